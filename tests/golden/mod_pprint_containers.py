# pprint: line breaking of nested dicts, lists, tuples and sets.
import pprint

data = {
    'name': 'pyasync',
    'tags': ['interpreter', 'rust', 'asyncio', 'lalrpop', 'logos', 'golden'],
    'nested': {'a': [1, 2, 3], 'b': (4, 5, 6), 'c': {'x': 1.5, 'y': None}},
    'numbers': list(range(30)),
    'single': (1,),
    'empty': [[], {}, (), set()],
    3: 'int key',
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=30)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint([list(range(10))] * 4, width=35)
pprint.pprint([list(range(10))] * 4, width=35, compact=True)
pprint.pprint({5, 3, 1, 2, 4, 10, 20, 30, 40, 50, 60, 70, 80}, width=20)
pprint.pprint(frozenset(range(15)), width=20)
pprint.pprint(((1, 2), (3, 4), ('five', 'six', 'seven', 'eight')), width=20)
pprint.pprint([(1,)], width=3)
pprint.pprint({'key': {'deeper': {'deepest': list(range(12))}}}, width=25)
pprint.pprint({1: 'a', 'b': 2, (3,): 'c', None: 4}, width=10)
pprint.pprint(10 ** 12, underscore_numbers=True)
pprint.pprint([10 ** 12, 12345.5, -10 ** 7], underscore_numbers=True)
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3))
print(pprint.pformat({'a': 1, 'b': [1, 2, 3]}, width=1))
print(repr(pprint.pformat('')), repr(pprint.pformat([])))


class L(list):
    pass


class M(list):
    def __repr__(self):
        return 'M!'


pprint.pprint(L(range(30)))
pprint.pprint(M(range(30)))
pprint.pprint([M(range(30)), 'x'], width=10)
for kwargs in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
