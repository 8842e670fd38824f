# The parts of heapq built on the heap primitives (heappush, heapify, ...,
# natives of this module): merging sorted inputs and picking the n best
# items. Both keep equal items in their input order, as sorted() does.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

_NOTHING = object()


def merge(*iterables, key=None, reverse=False):
    # One entry per input that has items left: [sort key, tiebreak, item,
    # iterator]. The tiebreak is the input's index (negated for a max-heap)
    # so that equal items come out in input order, and no comparison ever
    # reaches the items themselves when a key is given.
    if reverse:
        build, replace, drop, step = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        build, replace, drop, step = heapify, heapreplace, heappop, 1
    entries = []
    for index, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for first in iterator:
            entries.append([first if key is None else key(first), index * step, first, iterator])
            break
    build(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        # The next item is fetched only once the consumer asks for more.
        try:
            following = next(entry[3])
        except StopIteration:
            drop(entries)
            continue
        entry[0] = following if key is None else key(following)
        entry[2] = following
        replace(entries, entry)
    if entries:
        # The last input left needs no more comparing (nor keys).
        _, _, item, iterator = entries[0]
        yield item
        yield from iterator


def _length(iterable):
    """len(iterable), or None for an iterable that has none."""
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def nsmallest(n, iterable, key=None):
    if n == 1:
        best = min(iterable, default=_NOTHING, key=key)
        return [] if best is _NOTHING else [best]
    size = _length(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    return _select(iterable, n, key, True)


def nlargest(n, iterable, key=None):
    if n == 1:
        best = max(iterable, default=_NOTHING, key=key)
        return [] if best is _NOTHING else [best]
    size = _length(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    return _select(iterable, n, key, False)


def _select(iterable, n, key, smallest):
    """The n smallest (or largest) items, best first, equal items in input
    order, reading the input once and keeping at most n items."""
    items = iter(iterable)
    if not smallest:
        # CPython counts nlargest's items down from 0 to -n, so an n that
        # cannot be negated fails on the negation before anything else.
        -n
    limit = n
    if type(limit) is not int:
        # Anything but an int or an object with __index__ is refused with
        # range()'s message.
        range(limit)
        limit = limit.__index__()
    if limit <= 0:
        return []
    # The kept items, as (sort key, rank, item), in a heap whose root is
    # the worst one kept: a max-heap for the smallest, a min-heap for the
    # largest. The rank grows for smallest and shrinks for largest, so
    # among equal keys the earliest item ranks best either way.
    step = 1 if smallest else -1
    kept = []
    rank = 0
    for item in items:
        kept.append((item if key is None else key(item), rank, item))
        rank += step
        if len(kept) == limit:
            break
    if not kept:
        return kept
    if smallest:
        _heapify_max(kept)
    else:
        heapify(kept)
    worst = kept[0][0]
    for item in items:
        k = item if key is None else key(item)
        if (k < worst) if smallest else (worst < k):
            if smallest:
                _heapreplace_max(kept, (k, rank, item))
            else:
                heapreplace(kept, (k, rank, item))
            worst = kept[0][0]
        rank += step
    kept.sort(reverse=not smallest)
    return [entry[2] for entry in kept]

