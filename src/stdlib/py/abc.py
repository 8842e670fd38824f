# The abc module: ABCMeta computes __abstractmethods__ when a class is made
# and refuses to instantiate a class that still has some; isinstance() and
# issubclass() against an ABC consult its __subclasshook__, the classes
# registered with register() and those of its subclasses, as described for
# CPython's abc module (PEP 3119).

def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    try:
        return bool(getattr(value, '__isabstractmethod__', False))
    except Exception:
        return False


# Bumped by every register(): a class found not to be a subclass may have
# become one since.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever an ABC gains a virtual subclass."""
    return _invalidation_counter


def _abstracts_of(cls, namespace, bases):
    abstracts = set()
    for key, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(key)
    for base in bases:
        for key in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, key, None)
            if _is_abstract(value):
                abstracts.add(key)
    return frozenset(abstracts)


class ABCMeta(type):
    def __init__(cls, name, bases, namespace, **kwargs):
        cls.__abstractmethods__ = _abstracts_of(cls, namespace, bases)
        cls._abc_registry = set()
        # issubclass answers already worked out, valid for _abc_version.
        cls._abc_answers = {}
        cls._abc_version = _invalidation_counter
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            missing = sorted(cls.__abstractmethods__)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(missing) > 1 else '', ', '.join(missing)))
        return _instantiate(cls, *args, **kwargs)

    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        kind = type(instance)
        if cls._abc_answers.get(kind):
            return True
        claimed = getattr(instance, '__class__', kind)
        if claimed is not kind and isinstance(claimed, type) and cls.__subclasscheck__(claimed):
            return True
        return cls.__subclasscheck__(kind)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls._abc_version != _invalidation_counter:
            # A registration since may have turned a "no" into a "yes".
            cls._abc_answers = {k: v for k, v in cls._abc_answers.items() if v}
            cls._abc_version = _invalidation_counter
        answer = cls._abc_answers.get(subclass)
        if answer is None:
            answer = cls._abc_answers[subclass] = cls._abc_decide(subclass)
        return answer

    def _abc_decide(cls, subclass):
        hooked = cls.__subclasshook__(subclass)
        if hooked is not NotImplemented:
            if not isinstance(hooked, bool):
                raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
            return hooked
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for sub in cls._abc_subclasses:
            if issubclass(subclass, sub):
                return True
        return False

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_answers = {}


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added to or
    removed from an already created class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for key in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, key, None)):
                abstracts.add(key)
    for key, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(key)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
