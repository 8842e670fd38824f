# locals(), vars(), dir(), eval() and exec() inside functions: a snapshot
# of the frame's variables, the same dict each call, as in CPython 3.11.
def f(a, b=2, *args, **kw):
    x = 1
    y = 2
    def g():
        return y + a
    d = locals()
    print(sorted(d) == sorted(locals()), d is locals(), list(d))
    x = 5
    print(d['x'], locals()['x'], list(locals()))
    d['x'] = 100
    print(x)
    exec('x = 7; z = 8')
    print(x, sorted(locals()))
    print(eval('x + a'))
    print(dir())
    print(vars() is locals())
    del x
    print('x' in locals())
    return g
f(1)
def k():
    q = 1
    def inner():
        print(locals())
        return q
    return inner
k()()
print(locals() is globals())


class C:
    a = 1
    print(sorted(locals()), eval('a + 1'))
    exec('b = a * 10')
    print(b)


def gen():
    n = 1
    yield sorted(locals())
    m = 2
    yield sorted(locals())


print(list(gen()))


async def co(p):
    w = p
    return locals()


import asyncio
print(asyncio.run(co(3)))


def shadow():
    return locals


def with_lambda(k):
    f = lambda j: sorted(locals())
    return f(k)


print(with_lambda(1), shadow() is locals)


def misuse():
    for call in [lambda: locals(1), lambda: vars(1, 2), lambda: dir(1, 2),
                 lambda: eval(), lambda: exec('x', 1), lambda: eval('1', {}, 1),
                 lambda: eval('x = 1'), lambda: exec(3), lambda: eval('1', x=1)]:
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)
    try:
        eval('undefined_name')
    except NameError as e:
        print(type(e).__name__, e)


misuse()


def uses_global():
    exec('global made_by_exec; made_by_exec = 42')
    return eval('made_by_exec')


print(uses_global(), made_by_exec)


def nested_def():
    exec('def inner(): return 7')
    return locals()['inner']()


print(nested_def())
