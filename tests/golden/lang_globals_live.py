# globals() is the module's own namespace: writes through it bind
# variables, and later assignments show up in it.
g = globals()
print(type(g), g is globals(), isinstance(g, dict))
globals()['x'] = 5
print(x)
y = 1
print(g['y'])
y = 2
print(g['y'], 'y' in g, 'nope' in g)
del globals()['x']
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
g['z'] = 10
g.update(w=20, v=30)
print(z + w + v)
print(g.pop('w'), 'w' in g)
try:
    w
except NameError as e:
    print(type(e).__name__, e)
print(g.setdefault('u', 99), u, g.get('u'), g.get('missing', 'default'))
del v
print('v' in g)


def f():
    global later
    later = 'set in f'
    return globals() is g


print(f(), g['later'])
names = [k for k in g if not k.startswith('__')]
print(names)
print(sorted(k for k in globals().keys() if not k.startswith('_')))
g[1] = 'non-str key'
print(g[1])
del g[1]
exec('exec_made = 3', globals())
print(exec_made)
exec('exec_made += 1', g)
print(g['exec_made'], eval('exec_made * 2', g))
snapshot = dict(globals())
counter = 0
print('counter' in snapshot, 'counter' in globals())


def bump():
    globals()['counter'] += 1


bump()
bump()
print(counter)
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__, e)
print(globals()['__name__'])
