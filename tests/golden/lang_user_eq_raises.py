class Raiser:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ValueError("eq called")
a, b = Raiser(), Raiser()
try:
    d = {a: 1, b: 2}
except ValueError as e:
    print("literal:", e)
try:
    d = {k: 0 for k in (a, b)}
except ValueError as e:
    print("comprehension:", e)
try:
    s = {a, b}
except ValueError as e:
    print("set literal:", e)
try:
    dict([(a, 1), (b, 2)])
except ValueError as e:
    print("dict():", e)
try:
    {a: 1}.get(1)
except ValueError as e:
    print("get:", e)
try:
    {a: 1}[b]
except ValueError as e:
    print("getitem:", e)
try:
    {a}.discard(b)
except ValueError as e:
    print("discard:", e)
print({a: 1}[a], a in {a}, 2 in {a: 1})
class K:
    r = Raiser()
try:
    match {a: 1}:
        case {K.r: x}:
            pass
except Exception as e:
    print(type(e).__name__, e)
print("after")
class Plain:
    pass
class WithSuper(Plain):
    def __hash__(self):
        return super().__hash__()
w = WithSuper()
print(hash(w) == w.__hash__(), w in {w})
class Sup:
    def __hash__(self):
        return super().__hash__()
    def __eq__(self, o):
        return self is o
s = Sup()
print(hash(s) == s.__hash__(), s in {s})
