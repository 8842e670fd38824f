# operator's getters, iter(callable, sentinel) and exit/quit take their
# special methods from their types.
import operator

ig = operator.itemgetter(1)
ag = operator.attrgetter('real')
mc = operator.methodcaller('upper')
for g in (ig, ag, mc):
    print(type(g).__name__, callable(g), hasattr(g, '__call__'), '__call__' in dir(g))
print(ig([5, 6]), ag(3), mc('ab'), ig.__call__([7, 8]), repr(mc), mc.__repr__())
try:
    ig.nonesuch
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ig()
except TypeError as e:
    print(type(e).__name__, e)

items = [1, 2, 3, 0, 4]


def n():
    return items.pop(0)


it = iter(n, 0)
print(it.__next__(), list(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
try:
    it.__next__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(x for x in ['__iter__', '__next__', 'send'] if hasattr(it, x)))

print(exit.name, quit.name, exit.eof, '__call__' in dir(exit))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# iter() of an object whose __iter__ gives a generator, or of a file,
# gives that very object, with its methods.
import io


def gen():
    got = yield 1
    yield got


class Wrapper:
    def __iter__(self):
        return gen()


g = iter(Wrapper())
print(next(g), g.send('sent'), g.__name__, hasattr(g, 'throw'))
f = io.StringIO("a\nb\nc\n")
lines = iter(f)
print(next(lines), lines.readline(), lines.closed, lines.tell())
c = compile("x = 1", "f.py", "exec")
print(c.co_filename, c.co_name, c.co_firstlineno)
print([n for n in ['co_filename', 'co_name', 'co_firstlineno'] if n in dir(c)])
