# Errors from sets, caught.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

s = set([1, 2])
attempt("remove", lambda: s.remove(5))
attempt("remove tuple", lambda: s.remove((1, 2)))
attempt("pop empty", lambda: set().pop())
attempt("unhashable add", lambda: s.add([1]))
attempt("unhashable set", lambda: s.add(set()))
attempt("unhashable ctor", lambda: set([[1], 2]))
attempt("in list", lambda: [1] in s)
attempt("hash set", lambda: hash(set([1])))
attempt("dict key", lambda: {set(): 1})
attempt("not iterable", lambda: set(5))
attempt("two args", lambda: set([1], [2]))
attempt("keyword", lambda: set(iterable=[1]))
attempt("frozenset args", lambda: frozenset(1, 2))
attempt("or list", lambda: s | [3])
attempt("add sets", lambda: s + s)
attempt("sub int", lambda: s - 1)
attempt("lt list", lambda: s < [1])
attempt("le int", lambda: s <= 1)
attempt("add arity", lambda: s.add())
attempt("copy arity", lambda: s.copy(1))
attempt("update kw", lambda: s.update(x=1))
attempt("update int", lambda: s.update(3))
attempt("isdisjoint int", lambda: s.isdisjoint(3))
attempt("issubset arity", lambda: s.issubset())
attempt("frozen add", lambda: frozenset().add(1))
attempt("frozen copy arity", lambda: frozenset().copy(1))
attempt("discard list", lambda: s.discard([1]))
attempt("sym update list", lambda: s.symmetric_difference_update([[1]]))
t = set([1])
try:
    t |= [2]
except TypeError as e:
    print("ior list", e)
try:
    t -= 1
except TypeError as e:
    print("isub int", e)
try:
    s.remove(7)
except KeyError as e:
    print("KeyError args", e.args)
print(s)
