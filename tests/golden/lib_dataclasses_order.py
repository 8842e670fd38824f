from dataclasses import dataclass, field, asdict, fields, astuple, replace
import dataclasses
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list)

jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
print(sorted(jobs))
print(Job(1, "x") < Job(2, "y"), Job(1, "x") <= Job(1, "y"))
j = Job(5, "e"); j.tags.append("t"); print(j, Job(6, "f").tags)

