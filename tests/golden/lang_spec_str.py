# str: indexing, slicing, operators and the methods scripts use, each with
# its edge cases and the errors of misuse.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1], s[1:10:3])
print("World" in s, "world" in s, "" in s, s + "!", "ab" * 3, 3 * "-", "x" * 0, "x" * -2)
print(len(s), s.upper(), s.lower(), "hello world of code".title(), "they're bill's".title())
print("hELLO wORLD".capitalize(), "".capitalize(), "ß".upper(), "İ".lower() == "i̇", "ǅ".title())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(3))))
print("a,b,,c".split(","), " a  b \t c\n".split(), "a b c".split(" ", 1), "".split(), "".split(","))
print("a,b,c".rsplit(",", 1), "  a  b  ".rsplit(), "a-b-c".rsplit("-"), "abc".split("abc"))
print(repr("  x y  ".strip()), repr("xxhixx".strip("x")), "  left".lstrip(), "right  ".rstrip() + "|")
print("www.example.com".strip("cmowz."), "abcba".lstrip("ab"), "abcba".rstrip("ab"), repr(" \t\n".strip()))
print("a-b-c".replace("-", "+"), "aaaa".replace("a", "b", 2), "abc".replace("", "."), "x".replace("y", "z"))
print(s.startswith("Hell"), s.startswith(("x", "He")), s.startswith("World", 7), s.endswith("ld"))
print(s.endswith(("a", "d")), s.endswith("Hello", 0, 5), "".startswith(""), "abc".endswith(""))
print(s.find("o"), s.find("o", 5), s.find("z"), s.rfind("o"), s.find(""), s.find("o", 5, 8))
print(s.index("W"), s.rindex("l"), s.count("l"), s.count("l", 4), "aaaa".count("aa"), "abc".count(""))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}:{n:>4}".format(name="x", n=7))
print("{:^9}|{:<5}|{:>5}|{:*^7}".format("mid", "l", "r", "s"), "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": 8}, 3))
print("{!r} {!s} {{literal}} {:.3}".format("q", "q", "truncate"), "{:,.2f}".format(1234567.891))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "".zfill(3))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("ab".center(7, "-")), repr("abc".center(6)), repr("ab".center(1)))
for t in ["123", "12.3", "", "٣", "²", "abc", "abc1", "ÄÖ", " ", " \t\n", "a b"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isnumeric(), t.isdecimal(), t.isupper(), t.islower())
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(), "a\n\nb".splitlines(True), "".splitlines(), "x\x0cy\u2028z".splitlines())
print("key=value=x".partition("="), "novalue".partition("="), "a.b.c".rpartition("."), "abc".rpartition("x"))
print("Tab\tsep".expandtabs(4), "%".join("ab"), "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc")
print(ord("A"), chr(97), chr(0x1F600), ord("€"), str(12), str(1.50), str(None), str([1, "a"]), str(b"x"))
print("caf\u00e9".encode(), "straße".casefold(), "Hello".swapcase(), "a1".isidentifier(), "x".join(("1", "2")))
print(s.removeprefix("Hello, "), s.removesuffix("World"), "abc".removeprefix("x"), max("abc"), sorted("bca"))
for bad in [lambda: s[20], lambda: s["1"], lambda: s.index("z"), lambda: s.rindex("z"), lambda: "a".join([1, 2]),
            lambda: ",".join("ab", "c"), lambda: s.split(""), lambda: s.split(1), lambda: "x".zfill("3"),
            lambda: "x".ljust(5, "ab"), lambda: "x".center(), lambda: s + 1, lambda: s * "2",
            lambda: s * 1.0, lambda: 1 in s, lambda: s.replace("a"), lambda: "x".startswith(["x"]),
            lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(y=1),
            lambda: "{:d}".format("s"), lambda: "{:q}".format(1), lambda: s.find(), lambda: ord("ab"),
            lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: s.strip(5),
            lambda: s.count(), lambda: "a".partition(""), lambda: "{".format(1), lambda: "}".format()]:
    try:
        print("ok", bad())
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
