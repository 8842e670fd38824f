# An instance's __dict__ is live both ways: update() and item assignment
# set attributes, attribute assignment shows in a dict taken earlier.
class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)


a = A(x=1, y=2)
print(a.x, a.y, a.__dict__)
a.__dict__['z'] = 3
print(a.z, vars(a))
vars(a)['w'] = 4
print(a.w)
del a.__dict__['x']
print(hasattr(a, 'x'), a.__dict__ is a.__dict__, vars(a) is a.__dict__)
d = a.__dict__
a.q = 5
del a.y
print(d, 'q' in d, d.get('y'))
d.clear()
print(hasattr(a, 'z'), vars(a))
d.setdefault('n', 7)
print(a.n, d.pop('n'), hasattr(a, 'n'))


class Slots:
    def __init__(self):
        for k, v in {'a': 1, 'b': 2}.items():
            setattr(self, k, v)

    def __repr__(self):
        return 'Slots(' + ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items()) + ')'


s = Slots()
print(s)
s.__dict__.update(a=10, c=3)
print(s, s.c)
