# Generator, coroutine and async generator introspection: *_running,
# *_frame (None once finished), *_code, gi_yieldfrom; re-entering a
# running generator.
def g():
    x = 1
    yield x
    yield from sub()
    yield from [7, 8]


def sub():
    yield 10
    yield 11
    return 'r'


gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_code.co_name, gen.gi_yieldfrom)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_code.co_name, gen.gi_code.co_firstlineno)
print(next(gen), gen.gi_frame.f_lineno, gen.gi_yieldfrom)
print(next(gen), gen.gi_yieldfrom.__name__, gen.gi_frame.f_lineno)
print(gen.gi_yieldfrom.gi_frame.f_lineno, gen.gi_yieldfrom.gi_running)
print(next(gen), gen.gi_yieldfrom.__name__)
print(next(gen), type(gen.gi_yieldfrom).__name__, gen.gi_frame.f_lineno)
print(list(gen), gen.gi_frame, gen.gi_running, gen.gi_yieldfrom, gen.gi_code.co_name)
print(gen.gi_code.co_qualname, gen.gi_code.co_filename.endswith('.py'))


class K:
    def method(self):
        yield 1


print(K().method().gi_code.co_qualname, K().method().gi_code.co_name)


def selfref():
    yield next(me)


me = selfref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(me.gi_frame)


def running():
    yield gen2.gi_running


gen2 = running()
print(next(gen2), gen2.gi_running)
gen3 = running()
gen3.close()
print(gen3.gi_frame, gen3.gi_running)


def sender():
    while True:
        got = yield
        if got == 'reenter':
            try:
                gen4.send(1)
            except ValueError as e:
                print(type(e).__name__, e)


gen4 = sender()
next(gen4)
gen4.send('reenter')


async def co():
    return 5


c = co()
print(c.cr_running, c.cr_frame is not None, c.cr_code.co_name, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print('stop', e.value, c.cr_frame, c.cr_running)


async def ag():
    yield 1


a = ag()
print(a.ag_running, a.ag_frame is not None, a.ag_code.co_name, a.ag_frame.f_code.co_name)
