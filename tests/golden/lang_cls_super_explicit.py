class Base:
    def hello(self):
        return "base hello"

    @classmethod
    def make(cls):
        return cls.__name__ + " made"

class Child(Base):
    def hello(self):
        return "child+" + super(Child, self).hello()

    @classmethod
    def make(cls):
        return "child:" + super().make()

print(Child().hello())
print(Child.make())
print(Base.make())
