# Groups, backreferences, lookaround, atomic groups, possessive repeats,
# conditionals, lazy repeats.
import re

CASES = [
    ("(a)\\1", "aa ab"), ("(\\w+) \\1", "hello hello world"), ("(?P<w>\\w)(?P=w)", "abccd"),
    ("(a)(b)?\\2", "a"), ("(a|b)\\1+", "aaabbb"), ("((a)b)\\2", "aba"),
    ("\\w+(?=,)", "one, two, three"), ("\\w+(?!,)\\b", "one, two"),
    ("(?<=\\$)\\d+", "cost $42"), ("(?<!\\$)\\b\\d+", "cost $42 and 17"),
    ("(?<=ab|cd)x", "abx cdx efx"), ("(?>a+)b", "aaab"), ("(?>a+)a", "aaa"),
    ("a++a", "aaa"), ("a*+b", "aab"), ("(?:ab)?+a", "aba"), ("a{2}+", "aaaaa"),
    ("(<)?\\w+(?(1)>|$)", "<abc>"), ("(<)?\\w+(?(1)>|$)", "abc"), ("(<)?\\w+(?(1)>|$)", "<abc"),
    ("(?P<q>')?x(?(q)')", "'x' x"), ("a.*?b", "axxbxxb"), ("a.*b", "axxbxxb"),
    ("<.+?>", "<a><b>"), ("(a+?)(a*)", "aaaa"), ("(a{2,3}?)(.*)", "aaaa"),
    ("(?:(a)|b)+", "ab"), ("(?:(a)|(b))+", "ab"), ("(a)?(b)?c", "bc"),
    ("((?:a|b)*)c", "ababc"), ("(\\d+)-(\\d+)", "10-20"), ("(?i)(a)\\1", "aA"),
    ("(?s)a.b", "a\nb"), ("(?x) a \\  b", "a b"), ("(?m)^b$", "a\nb\nc"),
    ("(?i)[a-c]+(?-i:d)", "ABCd ABCD"), ("(?P<first>\\w+)\\s(?P<last>\\w+)", "Ada Lovelace"),
]

for pattern, string in CASES:
    p = re.compile(pattern)
    m = p.search(string)
    if m is None:
        print(repr(pattern), repr(string), None)
        continue
    print(repr(pattern), repr(string), m.span(), m.groups(), m.groupdict(),
          m.lastindex, m.lastgroup, [m.span(i) for i in range(p.groups + 1)])
    print("  ", p.findall(string), p.sub("[\\g<0>]", string))

for pattern, string in [("(a)(b)", "ab"), ("((a)(b))", "ab"), ("(a)((b))", "ab"),
                        ("(a)()", "a"), ("(a())", "a"), ("(a)|(b)", "b"), ("(?:(a)|b)c", "bc"),
                        ("(?P<x>a)(?P<y>b)?", "a")]:
    m = re.match(pattern, string)
    print(pattern, m.lastindex, m.lastgroup, m.regs)
