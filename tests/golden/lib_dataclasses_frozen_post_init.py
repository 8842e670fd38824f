from dataclasses import dataclass, field, asdict, fields, astuple, replace
import dataclasses
@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "hi"

fz = Frozen(1)
print(fz, hash(fz) == hash(Frozen(1)))
try:
    fz.a = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass
class Inv:
    name: str
    qty: int = 0
    def total(self, price):
        return self.qty * price
    def __post_init__(self):
        self.name = self.name.upper()
print(Inv("widget", 3), Inv("w", 3).total(2.5))
