# derive(), and split() calling a subclass's derive().
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
d = eg.derive([KeyError(3)])
print(type(d).__name__, repr(d), d.message)
bd = eg.derive([KeyboardInterrupt()])
print(type(bd).__name__, repr(bd))


class Plain(ExceptionGroup):
    pass


p = Plain("p", [ValueError(1), TypeError(2)])
print(type(p.derive([ValueError(9)])).__name__)
print([type(x).__name__ for x in p.split(ValueError)])


class Tagged(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", excs)
        return Tagged(self.message + "!", excs)


t = Tagged("t", [ValueError(1), TypeError(2), ValueError(3)])
m, r = t.split(ValueError)
print(type(m).__name__, repr(m))
print(type(r).__name__, repr(r))
print(repr(t.subgroup(TypeError)))


class Bad(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    Bad("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)
