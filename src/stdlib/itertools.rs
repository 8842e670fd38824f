//! The `itertools` module, in Python: each constructor checks its arguments
//! and takes its iterables' iterators at once, as CPython's C types do, and
//! hands the work to a generator. What each tool consumes from its input,
//! and when it calls keys and comparisons, is CPython's (the goldens pin it).

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::Globals;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(vm, "itertools", SOURCE, vec![])
}

const SOURCE: &str = r#"
# Stands for "no value here" where None is a value like any other.
_NOTHING = object()


def count(start=0, step=1):
    if not (isinstance(start, (int, float)) and isinstance(step, (int, float))):
        raise TypeError("a number is required")

    def counting(n):
        while True:
            yield n
            n += step
    return counting(start)


def cycle(iterable):
    source = iter(iterable)

    def cycling():
        seen = []
        for item in source:
            seen.append(item)
            yield item
        while seen:
            yield from seen
    return cycling()


def repeat(object, times=None):
    if times is None:
        def forever():
            while True:
                yield object
        return forever()
    return (object for _ in range(times))


def _chained(sources):
    for source in sources:
        yield from source


class chain:
    def __init__(self, *iterables):
        self._items = _chained(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._items)

    @classmethod
    def from_iterable(cls, iterables):
        made = cls()
        made._items = _chained(iter(iterables))
        return made


def _islice_bound(value, what):
    if value is None or (isinstance(value, int) and value >= 0):
        return value
    raise ValueError(what + " for islice() must be None or an integer: 0 <= x <= sys.maxsize.")


def islice(iterable, *args):
    if not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, _islice_bound(args[0], "Stop argument"), None
    else:
        start, stop, step = (list(args) + [None])[:3]
        stop = _islice_bound(stop, "Indices")
        start = _islice_bound(start, "Indices")
    if step is not None and not (isinstance(step, int) and step > 0):
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _slicing(iter(iterable), start or 0, stop, step or 1)


def _slicing(source, wanted, stop, step):
    # `drawn` items have been taken from the source; the one at index
    # `wanted` is the next to hand out. Once the next wanted index would
    # pass `stop`, it becomes `stop`: the source is then read up to `stop`
    # and not beyond.
    drawn = 0
    while True:
        while drawn < wanted:
            if next(source, _NOTHING) is _NOTHING:
                return
            drawn += 1
        if stop is not None and drawn >= stop:
            return
        item = next(source, _NOTHING)
        if item is _NOTHING:
            return
        drawn += 1
        yield item
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _odometer([tuple(pool) for pool in iterables] * repeat)


def _odometer(pools):
    # One digit per pool; the rightmost turns fastest. `row` holds the
    # items the digits point at, updated only where a digit moved.
    if not all(pools):
        return
    digits = [0] * len(pools)
    row = [pool[0] for pool in pools]
    while True:
        yield tuple(row)
        place = len(pools) - 1
        while place >= 0 and digits[place] == len(pools[place]) - 1:
            digits[place] = 0
            row[place] = pools[place][0]
            place -= 1
        if place < 0:
            return
        digits[place] += 1
        row[place] = pools[place][digits[place]]


def _check_r(r, message=None):
    # `permutations` words its TypeError apart from the other two.
    if not isinstance(r, int):
        raise TypeError(message or f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is not None:
        _check_r(r, "Expected int as r")
    return _arrangements(pool, len(pool) if r is None else r)


def _arrangements(pool, r):
    # Every sequence of r distinct positions, in lexicographic order: to
    # advance, the rightmost position that can take a larger free index
    # takes the smallest such, and the positions after it take the
    # smallest free indices left, in order.
    n = len(pool)
    if r > n:
        return
    picked = list(range(r))
    used = [i < r for i in range(n)]
    while True:
        yield tuple([pool[i] for i in picked])
        place = r - 1
        while place >= 0:
            current = picked[place]
            used[current] = False
            larger = current + 1
            while larger < n and used[larger]:
                larger += 1
            if larger < n:
                picked[place] = larger
                used[larger] = True
                smallest = 0
                for later in range(place + 1, r):
                    while used[smallest]:
                        smallest += 1
                    picked[later] = smallest
                    used[smallest] = True
                break
            place -= 1
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    _check_r(r)
    return _selections(pool, r, False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    _check_r(r)
    return _selections(pool, r, True)


def _selections(pool, r, repeats):
    # Every increasing (with repeats: non-decreasing) sequence of r
    # positions, in lexicographic order: the rightmost position below its
    # ceiling moves up one, and the positions after it restart just above
    # it (with repeats: level with it).
    n = len(pool)
    if r and (n == 0 or (r > n and not repeats)):
        return
    picked = [0] * r if repeats else list(range(r))
    while True:
        yield tuple([pool[i] for i in picked])
        place = r - 1
        while place >= 0 and picked[place] == (n - 1 if repeats else n - r + place):
            place -= 1
        if place < 0:
            return
        picked[place] += 1
        for later in range(place + 1, r):
            picked[later] = picked[later - 1] + (0 if repeats else 1)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    source = iter(iterable)
    combine = _add if func is None else func

    def running(total):
        if total is _NOTHING:
            total = next(source, _NOTHING)
            if total is _NOTHING:
                return
        yield total
        for item in source:
            total = combine(total, item)
            yield total
    return running(_NOTHING if initial is None else initial)


def _same(a, b):
    # Equality as CPython's containers test it: identity first.
    return a is b or a == b


class groupby:
    # The lookahead item (`_value`) and its key are shared with the group
    # iterators; starting a new group makes the previous one empty.
    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._key = self._value = self._target = _NOTHING
        self._group = None

    def __iter__(self):
        return self

    def _read(self):
        value = next(self._source)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __next__(self):
        self._group = group = object()
        # Read on past whatever is left of the group being left.
        while self._key is _NOTHING or (
            self._target is not _NOTHING and _same(self._target, self._key)
        ):
            self._read()
        self._target = self._key
        return self._key, self._members(group, self._target)

    def _members(self, group, key):
        while self._group is group:
            if self._value is _NOTHING:
                try:
                    self._read()
                except StopIteration:
                    return
            if not _same(key, self._key):
                return
            value, self._value = self._value, _NOTHING
            yield value


def zip_longest(*iterables, fillvalue=None):
    sources = [iter(source) for source in iterables]

    def zipping():
        live = len(sources)
        while live:
            row = []
            for i, source in enumerate(sources):
                item = fillvalue if source is None else next(source, _NOTHING)
                if item is _NOTHING:
                    live -= 1
                    if not live:
                        return
                    sources[i] = None
                    item = fillvalue
                row.append(item)
            yield tuple(row)
    return zipping()


def takewhile(predicate, iterable):
    for item in iterable:
        if not predicate(item):
            return
        yield item


def dropwhile(predicate, iterable):
    dropping = True
    for item in iterable:
        if dropping and predicate(item):
            continue
        dropping = False
        yield item


def filterfalse(predicate, iterable):
    test = bool if predicate is None else predicate
    return (item for item in iterable if not test(item))


def starmap(function, iterable):
    return (function(*args) for args in iterable)


def compress(data, selectors):
    return (item for item, keep in zip(data, selectors) if keep)


def pairwise(iterable):
    source = iter(iterable)

    def pairs():
        previous = next(source, _NOTHING)
        if previous is _NOTHING:
            return
        for item in source:
            yield previous, item
            previous = item
    return pairs()


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)

    # The readers share one chain of [value, next link] cells, grown from
    # the source by whichever reader is ahead; a cell every reader has
    # passed is freed.
    def reader(link):
        while True:
            if link[1] is None:
                value = next(source, _NOTHING)
                if value is _NOTHING:
                    return
                link[1] = [value, None]
            link = link[1]
            yield link[0]
    start = [None, None]
    return tuple(reader(start) for _ in range(n))
"#;
