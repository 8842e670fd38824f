# The abc module: ABCMeta computes __abstractmethods__ when a class is made
# and refuses to instantiate a class that still has some, as CPython's
# Lib/abc.py + Modules/_abc.c (virtual subclasses, register(), are not
# supported).

def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    try:
        return bool(getattr(value, '__isabstractmethod__', False))
    except Exception:
        return False


class ABCMeta(type):
    def __init__(cls, name, bases, namespace):
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                value = getattr(cls, key, None)
                if _is_abstract(value):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            missing = sorted(cls.__abstractmethods__)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(missing) > 1 else '', ', '.join(missing)))
        return _instantiate(cls, *args, **kwargs)

    def register(cls, subclass):
        raise NotImplementedError("pyasync does not support ABCMeta.register (virtual subclasses)")


class ABC(metaclass=ABCMeta):
    __slots__ = ()
