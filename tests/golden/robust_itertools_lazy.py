import itertools
print(next(itertools.product('ab', repeat=24)))
print(next(itertools.permutations(range(12))))
print(next(itertools.combinations(range(40), 20)))
print(next(itertools.combinations_with_replacement(range(40), 20)))
p = itertools.product(range(10), repeat=30)
print(next(p), next(p)[-3:])
print(list(itertools.islice(itertools.permutations("abcdefghijklmn"), 3)))
for f in (lambda: itertools.product('ab', repeat=-1), lambda: itertools.combinations('ab', -1),
          lambda: itertools.permutations('ab', -2), lambda: itertools.combinations('ab', 'x')):
    try:
        print(next(iter(f()), "empty"))
    except Exception as e:
        print(type(e).__name__, e)
print(len(list(itertools.product('abc', 'de', repeat=2))))
print(list(itertools.combinations_with_replacement('', 0)), list(itertools.product()))
for f in (itertools.combinations, itertools.combinations_with_replacement, itertools.permutations):
    for r in ('x', 2.0, True):
        try:
            print(f.__name__, r, list(f('ab', r))[:1])
        except Exception as e:
            print(f.__name__, r, type(e).__name__, e)
