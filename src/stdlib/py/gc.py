# The gc module. pyasync frees every object by reference counting alone:
# there is no cycle collector, so collect() never finds anything to free
# and returns 0, and objects kept alive only by a reference cycle stay
# until the program ends. The switches and thresholds are kept so that
# code tuning the collector runs unchanged; they change nothing.

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_threshold = [700, 10, 10]
_debug = 0
_collections = [0, 0, 0]


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return value.__index__()
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def enable():
    """Turns automatic collection on."""
    global _enabled
    _enabled = True


def disable():
    """Turns automatic collection off."""
    global _enabled
    _enabled = False


def isenabled():
    """Whether automatic collection is on."""
    return _enabled


def collect(generation=2):
    """Runs a collection of the given generation and returns the number of
    unreachable objects found: always 0 here (see the module comment)."""
    generation = _index(generation)
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    for callback in list(callbacks):
        callback("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    _collections[generation] += 1
    for callback in list(callbacks):
        callback("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def get_count(*args):
    if args:
        raise TypeError(f"gc.get_count() takes no arguments ({len(args)} given)")
    return (0, 0, 0)


def get_threshold(*args):
    if args:
        raise TypeError(f"gc.get_threshold() takes no arguments ({len(args)} given)")
    return tuple(_threshold)


def set_threshold(*args):
    if not args:
        raise TypeError("set_threshold() takes at least 1 argument (0 given)")
    if len(args) > 3:
        raise TypeError(f"set_threshold() takes at most 3 arguments ({len(args)} given)")
    values = [_index(a) for a in args]
    _threshold[:len(values)] = values


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = _index(flags)


def get_stats():
    return [{"collections": n, "collected": 0, "uncollectable": 0} for n in _collections]


_ATOMIC = (type(None), bool, int, float, complex, str, bytes, range)


def is_tracked(*args):
    """Whether the collector would track obj: containers and instances
    are, atoms (numbers, strings, None) and containers of atoms only are
    not."""
    if len(args) != 1:
        raise TypeError(f"gc.is_tracked() takes exactly one argument ({len(args)} given)")
    obj = args[0]
    if isinstance(obj, _ATOMIC) or type(obj) is object:
        return False
    if type(obj) is tuple:
        return len(obj) > 0
    if type(obj) is dict:
        return any(is_tracked(k) or is_tracked(v) for k, v in obj.items())
    return True


def is_finalized(obj):
    return False


def freeze():
    """Nothing to freeze: there is no collector."""


def unfreeze():
    """Nothing to unfreeze: there is no collector."""


def get_freeze_count():
    return 0


def _no_heap(name):
    raise NotImplementedError(f"pyasync cannot list the objects of the heap (gc.{name})")


def get_objects(generation=None):
    _no_heap('get_objects')


def get_referrers(*objs):
    _no_heap('get_referrers')


def get_referents(*objs):
    _no_heap('get_referents')
