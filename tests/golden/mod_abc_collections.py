# collections.abc: builtin values against every ABC, structural checks
# through __subclasshook__, and the import forms.
import collections
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Generator, Coroutine, Awaitable,
                             AsyncGenerator, AsyncIterator, AsyncIterable,
                             Hashable, Callable, Sized, Container)

print(collections.abc is cabc, cabc.__name__)
vals = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]),
        {}.keys(), {}.values(), {}.items(), len, 1, None, 1.5]
for name in ['Iterable', 'Iterator', 'Reversible', 'Container', 'Hashable', 'Sized',
             'Callable', 'Collection', 'Sequence', 'MutableSequence', 'Set',
             'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
             'ItemsView', 'ValuesView', 'ByteString', 'Generator']:
    abc_class = getattr(cabc, name)
    print(name, ''.join('T' if isinstance(v, abc_class) else '.' for v in vals))


def g():
    yield


async def c():
    pass


async def ag():
    yield


co = c()
print(isinstance(g(), Generator), isinstance(co, Coroutine), isinstance(co, Awaitable),
      isinstance(ag(), AsyncGenerator), isinstance(ag(), AsyncIterator),
      isinstance(ag(), AsyncIterable), isinstance(g(), Awaitable))
co.close()


class It:
    def __iter__(self):
        return iter([1, 2])


class NotIt:
    __iter__ = None


class Full:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


print(isinstance(It(), Iterable), isinstance(NotIt(), Iterable), issubclass(It, Iterable),
      isinstance(It(), Iterator))
print(isinstance(Full(), Iterator), isinstance(Full(), cabc.Collection),
      isinstance(Full(), Sized), isinstance(Full(), Container), isinstance(Full(), cabc.Sequence))


class Cnt:
    def __call__(self):
        pass


class H:
    __hash__ = None


print(isinstance(Cnt(), Callable), isinstance(Cnt, Callable), isinstance(1, Callable),
      isinstance(print, Callable), isinstance(lambda: 0, Callable))
print(isinstance(H(), Hashable), isinstance([], Hashable), isinstance((), Hashable))
print(Iterable[int], cabc.Mapping[str, int], Callable, cabc.Sequence.__module__)
print(sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableMapping.__abstractmethods__))
print(sorted(cabc.Set.__abstractmethods__), sorted(cabc.Iterator.__abstractmethods__))
for bad in ['issubclass(5, cabc.Sequence)', 'cabc.Sequence.register(5)', 'cabc.Sized()',
            'cabc.Mapping()', 'cabc.Iterable()']:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, '->', type(e).__name__, e)
