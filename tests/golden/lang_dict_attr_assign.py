# Assigning an instance's __dict__ replaces its attributes; a module's
# __dict__ is its namespace; source with a NUL byte is a SyntaxError.
import sys


class A:
    pass


a = A()
a.old = 0
a.__dict__ = {"x": 1}
print(a.x, hasattr(a, "old"), a.__dict__)
new = {"y": 2}
a.__dict__ = new
new["z"] = 3
print(a.y, a.z, a.__dict__ is new)
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(type(vars(sys)).__name__, vars(sys) is sys.__dict__, "argv" in vars(sys))
for src in ["\0", "x = 1\0"]:
    for run in (lambda s: compile(s, "f", "exec"), exec, eval):
        try:
            run(src)
        except SyntaxError as e:
            print(type(e).__name__, e)
