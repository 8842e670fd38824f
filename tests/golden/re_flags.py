# Flags: global and scoped inline flags, VERBOSE, MULTILINE, DOTALL, ASCII.
import re

TEXT = "First line\nsecond Line\n\nthird LINE\n"
for flags in [0, re.M, re.S, re.I, re.M | re.S, re.M | re.I]:
    print(repr(flags), re.findall("^\\w+", TEXT, flags), re.findall("\\w+$", TEXT, flags),
          re.findall("line.", TEXT, flags), len(re.findall(".", TEXT, flags)))

VERBOSE = """
    (?P<int> \\d+ )      # the integer part
    (?: \\. (?P<frac>\\d*) )?   # an optional fraction
    \\ ?[#] [ ]x         # escaped space, a hash in a set, a space in a set
"""
p = re.compile(VERBOSE, re.X)
print(p.groups, p.groupindex, p.match("12.5 # x"), p.match("7# x"))
print(re.match("(?x) a b c # comment", "abc"), re.match("(?x)a\\ b", "a b"))
print(re.match("(?x)[ a]+", "a a"), re.match("a{2, 3}", "a{2, 3}"), re.match("(?x)a{2}", "aa"))
for pat, s in [("(?i)abc", "ABC"), ("(?i:a)bc", "Abc"), ("(?i:a)bc", "ABC"), ("a(?i:b)c", "aBc"),
               ("(?s).", "\n"), ("(?s:.).", "\n\n"), ("(?m)^b", "a\nb"), ("(?m:^b)", "a\nb"),
               ("(?-i:a)b", "aB"), ("(?a)\\w+", "héllo"), ("(?u)\\w+", "héllo"), ("(?x:a b)c", "abc"),
               ("(?im)^A$", "x\na\n"), ("(?is)A.B", "a\nb"), ("(?ms-i:^a.$)", "b\na\n\n"),
               ("(?a:\\w)\\w", "éé"), ("(?i)(?-i:A)", "a"), ("((?i)a)", "A")]:
    try:
        m = re.search(pat, s)
        print(pat, repr(s), m and m.span(), re.compile(pat).flags)
    except re.error as e:
        print(pat, "error:", e)
for flags in [re.I, re.M, re.S, re.X, re.A, re.U, re.L, 0, re.I | re.S | re.X]:
    try:
        p = re.compile("a", flags)
        print(repr(flags), int(flags), p.flags, p)
    except ValueError as e:
        print(repr(flags), "ValueError", e)
print(re.compile(b"a", re.L).flags, re.compile(b"(?L)a").flags, re.compile(b"(?a)a").flags)
print(f"{re.I}", format(re.M), str(re.S), re.I.name, re.I.value, (re.I | re.M).value)
print(re.I | 0, re.I | re.I, re.I & re.M, re.I ^ re.I, ~re.I & re.A)
print(re.search("a$", "a\n").span(), re.search("a\\Z", "a\n"), re.search("(?m)a$", "a\nb").span())
print(re.findall("(?m)$", "a\n\nb"), re.findall("$", "a\n"), re.findall("\\Z", "a\n"))
