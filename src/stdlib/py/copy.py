# The copy module: copy() and deepcopy() as CPython's Lib/copy.py does them
# for the builtin types and for instances of user classes (a new instance of
# the same class whose __dict__ is copied, without calling __init__).

class Error(Exception):
    pass

error = Error

_atomic = (type(None), int, float, bool, complex if False else int, str, type,
           range, type(len), type(lambda: 0))


def copy(x):
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls is list:
        return x.copy()
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if _is_instance(x):
        return _reconstruct(x, None)
    raise Error("un(shallow)copyable object of type %s" % cls)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    result = _deep(x, memo, key)
    # An object that is its own copy is not recorded. Anything else is, and
    # the original is kept alive in the memo's list at memo[id(memo)], so
    # that its id cannot be reused by a new object while the memo lives.
    if result is not x:
        memo[key] = result
        memo.setdefault(id(memo), []).append(x)
    return result


def _deep(x, memo, key):
    """The deep copy of `x` (of id `key`), not yet recorded in `memo`."""
    kind = type(x)
    if kind in _atomic or isinstance(x, type):
        return x
    if kind is tuple:
        return _deep_tuple(x, memo, key)
    if kind is frozenset:
        return frozenset([deepcopy(item, memo) for item in x])
    if kind in (list, dict, set):
        # The empty container goes into the memo first, so that the items
        # that refer back to it get the copy.
        result = kind()
        memo[key] = result
        if kind is dict:
            for k, v in x.items():
                result[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            grow = result.append if kind is list else result.add
            for item in x:
                grow(deepcopy(item, memo))
        return result
    hook = getattr(x, "__deepcopy__", None)
    if hook is not None:
        return hook(memo)
    if _is_instance(x):
        return _reconstruct(x, memo)
    raise Error(f"un(deep)copyable object of type {kind}")


def _deep_tuple(x, memo, key):
    items = [deepcopy(item, memo) for item in x]
    # If copying the items reached this tuple again (through a list, say),
    # that copy was recorded and is the one to return.
    if key in memo:
        return memo[key]
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    # No item changed: the tuple is its own copy.
    return x


def _reconstruct(x, memo):
    # What copyreg's __reduce_ex__ and copy._reconstruct do for instances:
    # a new object without __init__, its __dict__, then the items of a list
    # or dict through the new object's own append/__setitem__; sets and
    # bytearrays reduce to a call of their class.
    deep = memo is not None
    p = _payload(x)
    if type(p) in (set, bytearray):
        args = [deepcopy(a, memo) for a in p] if deep else list(p)
        y = type(x)(args if type(p) is set else bytes(args))
    else:
        if type(p) is list:
            p = []
        elif type(p) is dict:
            p = {}
        elif deep:
            p = deepcopy(p, memo)
        y = _new_empty(x, p)
    if deep:
        memo[id(x)] = y
    for key, value in x.__dict__.items():
        setattr(y, key, deepcopy(value, memo) if deep else value)
    if isinstance(x, list):
        for item in list.__iter__(x):
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
