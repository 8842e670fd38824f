# AttributeError.name/.obj and NameError.name say what lookup failed.
class A:
    pass


a = A()
for thunk in [lambda: None.x, lambda: a.missing, lambda: A.nope, lambda: (1).real.zz]:
    try:
        thunk()
    except AttributeError as e:
        print(e, '|', e.name, '|', type(e.obj).__name__, e.obj is a)
try:
    undefined_name
except NameError as e:
    print(e, '|', e.name)


def f():
    return later_defined_nowhere


try:
    f()
except NameError as e:
    print(e.name, e.args)
e = AttributeError('by hand')
print(e.name, e.obj, e.args)
n = NameError('by hand')
print(n.name)
e.name = 'set'
print(e.name)
try:
    getattr(a, 'gone')
except AttributeError as e:
    print(e.name, e.obj is a)
print(getattr(a, 'gone', 'default'), hasattr(a, 'gone'))
