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
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif _is_instance(x):
            y = _reconstruct(x, memo)
        else:
            raise Error("un(deep)copyable object of type %s" % cls)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


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


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
