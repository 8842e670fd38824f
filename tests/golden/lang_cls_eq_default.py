class Plain:
    pass

a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
print([a, b].count(a))
print(a == 1, a != "x")

class AlwaysEq:
    def __eq__(self, other):
        return True

print(AlwaysEq() == 5, AlwaysEq() != 5, 5 == AlwaysEq())
