def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=1, c=0, d=1, z=2))

def kwonly(*, x, y=0):
    return x - y
print(kwonly(x=5), kwonly(y=2, x=5))

def collect(*items):
    return len(items), items
print(collect(), collect(1), collect(*[1, 2], 3, *(4,)))

def opts(**options):
    return sorted(options.items())
print(opts(b=2, a=1), opts(**{"z": 0}, y=1))

def target(a, b, c):
    return a * 100 + b * 10 + c
args = (1, 2)
print(target(*args, 3), target(*[3], **{"c": 1, "b": 2}))

def fwd(*args, **kwargs):
    return target(*args, **kwargs)
print(fwd(4, c=6, b=5))
