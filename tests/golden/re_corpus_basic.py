# search / match / fullmatch over a corpus of patterns: spans and groups.
import re

CASES = [
    ("abc", "xxabcxx"), ("a.c", "abc a\nc"), ("a.c", "a\nc"), ("a*", "aaab"),
    ("a+", "baaa"), ("a?b", "ab b"), ("ab*?", "abbb"), ("ab+?", "abbb"),
    ("a{2}", "aaaa"), ("a{2,}", "aaaa"), ("a{,2}", "aaaa"), ("a{1,3}?", "aaaa"),
    ("a{,}", "aaa"), ("a{x}", "a{x}"), ("a{1", "a{1"), ("x{2,3}y", "xxxy"),
    ("^abc", "abc"), ("^abc", "xabc"), ("abc$", "abc\n"), ("abc$", "abc\n\n"),
    ("abc\\Z", "abc\n"), ("\\Aabc", "abc"), ("a|b|c", "zzc"), ("ab|abc", "abc"),
    ("(ab|abc)d", "abcd"), ("[abc]+", "xxbcay"), ("[^abc]+", "abxyzc"),
    ("[a-f0-9]+", "zz12fe9g"), ("[]a]+", "a]]b"), ("[^]a]+", "a]xyz"),
    ("[a-]+", "a-a-b"), ("[-a]+", "-a-b"), ("[\\]\\\\]+", "x]\\]"),
    ("[.*+?]+", "a.*+?b"), ("\\.\\*\\+", "a.*+b"), ("(a)(b)(c)", "abc"),
    ("(a)|(b)", "b"), ("(a(b(c)))", "abc"), ("(?:ab)+", "ababab"),
    ("(a|b)*c", "abbac"), ("x*y*z*", ""),
    ("", "abc"), ("()", "x"), ("\\d+", "ab123cd"), ("\\D+", "12ab34"),
    ("\\s+", "a \t\nb"), ("\\S+", "  ab  "), ("\\w+", "!!ab_9!!"),
    ("\\W+", "ab!?cd"), ("\\bfoo\\b", "a foo b"), ("\\bfoo\\b", "afoo"),
    ("\\Bo\\B", "foo"), ("a\\tb", "a\tb"), ("\\x41\\101\\u0042", "AAB"),
    ("[\\x41-\\x43]+", "ABCD"), ("\\0", "a\x00"), ("a\\-b", "a-b"),
    ("(a+)+$", "aaaa"), ("colou?r", "color colour"), ("\\$\\d+\\.\\d\\d", "cost $12.50"),
    ("[0-9]{3}-[0-9]{4}", "call 555-1234 now"), ("^$", ""), ("^$", "\n"),
    (".*", "ab\ncd"), (".+?", "abc"),
]

def show(op, pattern, string):
    try:
        p = re.compile(pattern)
        m = getattr(p, op)(string)
        result = None if m is None else (m.span(), m.group(), m.groups())
    except Exception as e:
        result = (type(e).__name__, str(e))
    print(op, repr(pattern), repr(string), result)

for pattern, string in CASES:
    for op in ("search", "match", "fullmatch"):
        show(op, pattern, string)

# pos and endpos
p = re.compile("a+$")
for pos, endpos in [(0, 3), (1, 3), (0, 2), (2, 1), (-3, 100), (5, 6)]:
    m = p.search("aaab", pos, endpos)
    print(pos, endpos, m and m.span())
p = re.compile("^a")
print(p.search("ba", 1), p.match("ba", 1), re.compile("a").match("ba", 1).span())
print(re.compile("b$").search("abc", 0, 2).span(), re.compile("\\Ab").search("ab", 1))
