# re.sub templates and callables.
import re

TEMPLATES = ["[\\1]", "\\g<1>\\g<0>", "\\g<name>!", "\\1\\2", "\\n\\t\\\\", "\\0", "\\01x",
             "\\101", "\\g<2>-", "\\10", "a\\&b", "\\'", "plain", "", "\\g<0>\\g<0>"]
p = re.compile("(?P<name>a)(b)?")
for t in TEMPLATES:
    try:
        print(repr(t), repr(p.sub(t, "xaby ax")))
    except Exception as e:
        print(repr(t), type(e).__name__, e)

p10 = re.compile("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)")
print(p10.sub("\\10\\11\\1", "abcdefghijk"))

def upper(m):
    return m.group().upper()

print(re.sub("\\w+", upper, "hello big world"), re.subn("o", lambda m: "0", "foo boo"))
print(re.sub("(\\d+)", lambda m: str(int(m.group(1)) + 1), "a9 b99 c"))
print(re.sub("x", lambda m: "", "axbxc"), re.sub("(x)|y", lambda m: repr(m.group(1)), "xy"))
calls = []
def record(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return "."
print(re.sub("a*", record, "baac"), calls)
print(re.sub(b"(a)", b"<\\1>", b"banana"), re.sub(b"a", lambda m: b"A", b"banana"))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("(?P<d>\\d)", "\\g<d>\\g<d>", "a1b2"))
print(re.sub("", "-", "héé"), re.sub("é", "e", "été"), re.sub("(?<=é)", "|", "été"))
print(re.compile("a").sub("b", "aaaa", 2), re.compile("a").subn("", "banana"))
m = re.match("(?P<k>\\w+)=(?P<v>\\w*)", "key=")
print(m.expand("\\g<v>|\\g<k>|\\2"), repr(m.expand("")), m.expand(r"\g<k>\n"))
