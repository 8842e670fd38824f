class A: pass
class B(A): pass
class C: pass

objs = [A(), B(), C(), 1, "s", [1], None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (int, str)))
print(issubclass(B, (C, A)), issubclass(bool, int), issubclass(A, object))
print(isinstance(True, int), isinstance(1.0, int), isinstance(B, type))
