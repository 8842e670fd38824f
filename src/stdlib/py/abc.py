# The abc module: ABCMeta computes __abstractmethods__ when a class is made
# and refuses to instantiate a class that still has some, as CPython's
# Lib/abc.py + Modules/_abc.c; register() records virtual subclasses,
# which isinstance() and issubclass() then accept (without a cache).

def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    try:
        return bool(getattr(value, '__isabstractmethod__', False))
    except Exception:
        return False


class ABCMeta(type):
    # Each class keeps the classes registered with it and the ABCMeta
    # classes derived from it: a class is a virtual subclass when one of
    # those (or their own registrations) claims it.
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        found = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, key, None)):
                    found.add(key)
        cls.__abstractmethods__ = frozenset(found)
        cls._abc_registered = []
        cls._abc_derived = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_derived.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            missing = sorted(cls.__abstractmethods__)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(missing) > 1 else '', ', '.join(missing)))
        return _instantiate(cls, *args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registered.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        kind = type(instance)
        if cls.__subclasscheck__(kind):
            return True
        claimed = getattr(instance, '__class__', kind)
        return claimed is not kind and cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            return bool(verdict)
        if cls in subclass.__mro__:
            return True
        return any(issubclass(subclass, other)
                   for other in cls._abc_registered + cls._abc_derived)


class ABC(metaclass=ABCMeta):
    __slots__ = ()
