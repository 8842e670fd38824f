//! The `itertools` module, written in Python after the pure-Python
//! equivalents in CPython's documentation.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::Globals;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(vm, "itertools", SOURCE, vec![])
}

const SOURCE: &str = r#"
# The constructors check their arguments and take their iterables' iterators
# at once, as the C types do; the generators that follow do the work.
def _is_number(x):
    return isinstance(x, (int, float))

def count(start=0, step=1):
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    return _count_gen(start, step)

def _count_gen(start, step):
    n = start
    while True:
        yield n
        n += step

def cycle(iterable):
    return _cycle_gen(iter(iterable))

def _cycle_gen(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element

def repeat(object, times=None):
    if times is None:
        while True:
            yield object
    else:
        for i in range(times):
            yield object

class chain:
    def __init__(self, *iterables):
        self._it = _chain_gen(iterables)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._it)
    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._it = _chain_gen(iterables)
        return c

def _chain_gen(iterables):
    for it in iterables:
        for element in it:
            yield element

def _islice_index(value, what):
    if value is None:
        return None
    if isinstance(value, int) and 0 <= value:
        return value
    raise ValueError(what + " for islice() must be None or an integer: 0 <= x <= sys.maxsize.")

def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) == 2:
        start, stop, step = args[0], args[1], None
    elif len(args) == 3:
        start, stop, step = args
    elif not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    stop = _islice_index(stop, "Stop argument" if len(args) == 1 else "Indices")
    start = _islice_index(start, "Indices")
    if start is None:
        start = 0
    if step is None:
        step = 1
    elif not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice_gen(iter(iterable), start, stop, step)

def _islice_gen(it, start, stop, step):
    i = 0
    nexti = start
    while stop is None or nexti < stop:
        while i < nexti:
            try:
                next(it)
            except StopIteration:
                return
            i += 1
        try:
            element = next(it)
        except StopIteration:
            return
        i += 1
        yield element
        nexti += step

def product(*args, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product_gen([tuple(pool) for pool in args] * repeat)

def _product_gen(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is not None and not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r is not None and r < 0:
        raise ValueError("r must be non-negative")
    return _permutations_gen(pool, r)

def _permutations_gen(pool, r):
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return

def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_gen(pool, r)

def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)

def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)

def _add(a, b):
    return a + b

def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        func = _add
    for element in it:
        total = func(total, element)
        yield total

def _identity(x):
    return x

class _Marker:
    pass

class groupby:
    def __init__(self, iterable, key=None):
        if key is None:
            key = _identity
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = _marker = _Marker
        self._marker = _marker
        self._id = None
    def __iter__(self):
        return self
    def __next__(self):
        self._id = _Marker()
        while self.currkey is self._marker or self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self._id))
    def _grouper(self, tgtkey, id):
        while self._id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)

def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break

def dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x

def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x

def starmap(function, iterable):
    for args in iterable:
        yield function(*args)

def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d

def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b

def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for i in range(n)]
    def gen(mydeque):
        while True:
            if not mydeque:
                try:
                    newval = next(it)
                except StopIteration:
                    return
                for d in buffers:
                    d.append(newval)
            yield mydeque.pop(0)
    return tuple(gen(d) for d in buffers)
"#;
