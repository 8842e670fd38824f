class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())
print(D.__bases__ == (B, C))
print([k.__name__ for k in B.__mro__])

class Mixin:
    def greet(self):
        return "hi from " + type(self).__name__

class Thing(Mixin, A):
    pass

print(Thing().greet(), Thing().who())
