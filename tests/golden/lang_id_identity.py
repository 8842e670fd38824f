# id() is stable for an object and unique among objects alive together,
# for unboxed values (ints, floats, None, bools, the empty tuple) too.
import copy

values = [5, 6, -1, 0, 2**40, 2.5, 3.5, -2.5, None, True, False, (), (1,), (2,),
          "a", "b", b"x", [1], {}, int, str, print, ..., NotImplemented, range(3), 10**30]
ids = [id(v) for v in values]
print(len(set(ids)) == len(values))
print(all(id(v) == i for v, i in zip(values, ids)))
print(all(i >= 0 for i in ids))
print(id(5) == id(5), id(None) == id(None), id(()) == id(tuple()))
a, b = (1, 2), (1, 2)
print(id(a) == id(a), (a is b) == (id(a) == id(b)))

# copy.deepcopy keys its memo on id(): a tuple reached again through its own
# items must come back as the same copy.
t = ([],)
t[0].append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct is not t, ct[0] is not t[0])
pair = ((1, [2]), (1, [2]))
cp = copy.deepcopy(pair)
print(cp == pair, cp[0] is not cp[1], cp[0][1] is not cp[1][1])
nested = [(i, (i, [i])) for i in range(5)]
cn = copy.deepcopy(nested)
print(cn == nested, [x[1][1] is y[1][1] for x, y in zip(cn, nested)])
