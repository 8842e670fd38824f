# The builtin functions scripts call: iteration helpers, min/max with key
# and default, conversions with CPython's errors, introspection helpers,
# input() at end of file, and print with all its keywords.
import sys

print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -4)), range(0, 10, 2)[2], len(range(1, 10, 2)))
print(range(3), range(1, 5, 2), 4 in range(0, 10, 2), range(10)[-1], range(10)[2:8:3], list(range(0)))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("xy", range(2))), list(zip("a", "b", "c")))
print(list(map(str.upper, "ab")), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda v: v % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted({3: "a", 1: "b"}), sorted("hello", reverse=True), sorted([3, 1, 2], key=lambda v: -v))
print(min(3, 1, 2), max([3, 1, 2]), min("apple", "fig", key=len), max(["a", "bbb", "cc"], key=len))
print(min([], default=None), max([], default="empty"), max([1, 5, 5], key=lambda v: 0), min(((1, "b"), (1, "a"))))
print(max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get), min(iter([4, 2, 8])), max(x * x for x in range(-5, 3)))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), 10), sum([], 5), sum([True, True]))
print(any([]), all([]), any([0, "", 3]), all([1, "x", [0]]), any(x > 2 for x in [1, 5]), all(iter([1, 0])))
print(abs(-3), abs(2.5), abs(-0.0), len("héllo"), len([1, [2, 3]]), len({"a": 1}), len(range(0, 100, 7)))
print(type(1), type("s"), type([]), type(None), type(type), type(print), type(len).__name__, type(3) is int)
print(hash(1) == hash(1.0), hash("a") == hash("a"), isinstance(hash(()), int), hash(-1), hash(2**61), hash(0.5))
o = object()
print(id(o) == id(o), id(o) != id(object()), isinstance(id(o), int), id(None) == id(None))
print(chr(65), ord("a"), chr(8364), ord("\n"), hex(0), oct(-8), bin(255), hex(2**40))
print(int("12"), int("-0x1f", 16), int("z", 36), int(" 101 ", 2), int(3.9), int("0o17", 0), float("3"), float(" 1e-3 "))
print(str(3), str(2.0), str(True), str([1]), str(), bool([]), bool([0]), bool(""), bool("0"), bool(None), bool())
print(list("ab"), list((1, 2)), list({"k": 1}), list(), dict(), tuple(), set(), tuple([1]), set([1, 1]), list(range(2)))
print(callable(len), callable(lambda: 0), callable(1), callable(int), callable("s".upper), callable(None))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\\"), repr(1.0), repr([None, True]))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234, ","), format(0.5, "%"), format(7))


class Obj:
    cls_attr = "c"


ob = Obj()
setattr(ob, "dyn", 5)
print(getattr(ob, "dyn"), getattr(ob, "cls_attr"), getattr(ob, "nope", None), hasattr(ob, "dyn"), hasattr(Obj, "dyn"))
delattr(ob, "dyn")
print(hasattr(ob, "dyn"), getattr(Obj, "cls_attr"), getattr("abc", "upper")(), hasattr([], "append"))
print("a", "b", 3, sep="")
print("a", "b", sep=", ", end=".\n")
print()
print(end="")
print("no newline", end="")
print(" then newline")
print(*[1, 2, 3], sep=" | ")
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)
print(None, 1.0, [1, "a"], {"k": (1,)}, sep=None, end=None)
print("sep none", sep=None)
try:
    v = input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
for bad in [lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(), lambda: range("3"), lambda: range(5)[10],
            lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: sum(["a", "b"], ""),
            lambda: sum([1, "a"]), lambda: len(5), lambda: len(None), lambda: abs(None), lambda: sorted(5),
            lambda: sorted([1], key=5), lambda: list(map(None, [1])), lambda: next(map(5, [1])), lambda: zip(5),
            lambda: enumerate(3), lambda: list(reversed({1: 2, 3: 4})), lambda: reversed(x for x in []), lambda: chr("a"),
            lambda: ord(5), lambda: hex("1"), lambda: int("3", base=99), lambda: int("abc"), lambda: int("1e5"),
            lambda: float("abc"), lambda: float("1.2.3"), lambda: int([]), lambda: list(1), lambda: dict([[1]]),
            lambda: dict(a=1)["b"], lambda: tuple(5), lambda: set(5), lambda: bool(1, 2), lambda: str(1, 2, 3, 4),
            lambda: getattr(ob, "missing"), lambda: getattr(ob, 5), lambda: setattr(ob, 5, 1), lambda: hasattr(ob),
            lambda: hash([]), lambda: hash({}), lambda: type(), lambda: print(sep=5), lambda: print(end=1),
            lambda: print(file=5), lambda: print("x", foo=1), lambda: format(1, "x", 3), lambda: callable(),
            lambda: repr(), lambda: any(5), lambda: all(None), lambda: divmod(1), lambda: filter(1, 2),
            lambda: iter(5, 6), lambda: isinstance(1), lambda: min(1, 2, key=5), lambda: input(1, 2)]:
    try:
        print("ok", bad())
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
