import math
x = 5
def f(): pass
class A:
    y = 1
    print(sorted(locals()))
    print(dir())
    def m(self): pass
a = A(); a.z = 3
print([n for n in dir() if not n.startswith('__')])
print(sorted(k for k in globals() if not k.startswith('__')))
print(globals()['x'], locals()['x'], vars()['x'], globals() == locals())
print([n for n in dir(a) if not n.startswith('__')], [n for n in dir(A) if not n.startswith('__')])
print(dir(a) == sorted(set(dir(object)) | {'__dict__', '__module__', '__weakref__', 'y', 'm', 'z'}))
class E(ValueError): pass
print([n for n in dir(E) if n not in dir(object)])
print('sqrt' in dir(math), 'pi' in dir(math))
print(eval('x + 1'), eval('[i * 2 for i in range(3)]'), eval('x * y', {'x': 2, 'y': 3}), eval(' 1'))
exec('w = x * 10\nprint("in exec", w)')
print(w)
ns = {'a': 1}
exec('b = a + 1', ns)
print(ns['b'], sorted(k for k in ns if k != '__builtins__'))
print(vars(a), vars(A)['y'])
print(eval("len('abc')"))
