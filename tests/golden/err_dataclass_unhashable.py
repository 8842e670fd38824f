from dataclasses import dataclass


@dataclass
class Config:
    name: str
    level: int = 0


c = Config("x")
print(c == Config("x"))
registry = {c, Config("y")}
