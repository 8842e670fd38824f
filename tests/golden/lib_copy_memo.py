# copy.deepcopy's memo: what it records, the originals it keeps alive,
# shared and recursive structures, and tuples that need no copy.
import copy

shared = [1, 2]
memo = {}
out = copy.deepcopy({"a": shared, "b": shared, "t": (shared, 3)}, memo)
print(out, out["a"] is out["b"], out["t"][0] is out["a"], out["a"] is shared)
print(len(memo), memo[id(shared)] is out["a"], memo[id(memo)][0] is shared, len(memo[id(memo)]))
atoms = (1, "s", None, 2.5, (3, "t"))
m2 = {}
print(copy.deepcopy(atoms, m2) is atoms, m2)
print(copy.deepcopy(frozenset([1, 2])) == frozenset([1, 2]), copy.deepcopy({1, 2}))
pre = [0]
m3 = {id(shared): pre}
print(copy.deepcopy([shared, shared], m3), copy.deepcopy(shared, m3) is pre)
loop = [1]
loop.append(loop)
c = copy.deepcopy(loop)
print(c[1] is c, c is not loop, c[0])
tup_loop = ([],)
tup_loop[0].append(tup_loop)
ct = copy.deepcopy(tup_loop)
print(ct is not tup_loop, id(ct[0][0]) == id(ct), type(ct).__name__)
d = {}
d["self"] = d
cd = copy.deepcopy(d)
print(cd["self"] is cd, list(cd))


class Box:
    def __init__(self, v):
        self.v = v


b = Box([1])
pair = [b, b, (b,)]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[2][0] is cp[0], cp[0].v == [1], cp[0].v is not b.v)


class Hooked:
    def __deepcopy__(self, memo):
        print("hook sees", type(memo).__name__, len(memo))
        return "copied"


print(copy.deepcopy([Hooked(), Hooked()]))
print(copy.deepcopy(Hooked(), {1: 2}))
print(copy.copy([1, [2]]), copy.copy((1,)), copy.copy({"k": [1]}), copy.error is copy.Error)
