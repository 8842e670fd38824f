# Unicode semantics of \w \d \s \b for str, ASCII for bytes and re.ASCII;
# IGNORECASE.
import re

SAMPLES = ["héllo", "ΣΑΣ σας", "١٢٣ 123", "a\u00a0b\u2003c\x1cd", "x_y-z",
           "½²", "日本語 テキスト", "naïve café", "\u0301a", "Ωmega ωmega"]
PATTERNS = ["\\w+", "\\W+", "\\d+", "\\D+", "\\s+", "\\S+", "\\b\\w", "\\w\\b",
            "\\B.", "[\\w]+", "[^\\W\\d]+", "[\\s\\d]+", "[\\S]+"]

for s in SAMPLES:
    for pat in PATTERNS:
        print(repr(s), pat, re.findall(pat, s), re.findall(pat, s, re.ASCII))

for pat, s in [("straße", "STRASSE"), ("σας", "ΣΑΣ"), ("é", "É"), ("[a-z]+", "HeLLo"),
               ("[^a-z]+", "HeLLo"), ("(?i)k", "\u212a"), ("\\w+", "ÀÉÎ"),
               ("(a)\\1", "aA"), ("(?i:a)b", "AB"), ("(?i:a)b", "Ab")]:
    print(pat, repr(s), re.findall(pat, s, re.I), re.findall(pat, s, re.I | re.A))
print(re.match("(?ai)é", "É"), re.match("(?a)\\w", "é"), re.match("(?u)\\w", "é"))

B = [b"hello world", b"caf\xc3\xa9 \xe9t\xe9", b"\x00\x01\xff abc", b"a1_2 b"]
for s in B:
    for pat in [b"\\w+", b"\\d", b"\\s+", b"\\bw", b".", b"[\\x80-\\xff]+", b"\\xff"]:
        print(s, pat, re.findall(pat, s))
print(re.findall(b"(?i)[A-Z]+", b"abc\xe9"), re.sub(b"a", b"\\n", b"banana"))
print(re.sub(rb"(\w+)", rb"<\1>", b"ab cd"), re.split(b"\\s", b"a b\tc"))
m = re.search(b"(?P<x>b+)", b"abbbc")
print(m, m.group("x"), m.span(), m.groupdict(), m.expand(b"[\\g<x>]"))
print(re.escape(b"a.b*c"), re.escape("1+1=2 ä"), re.search(re.escape("a.b"), "axb a.b"))
