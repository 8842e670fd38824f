# re.error: CPython's messages and positions for malformed patterns.
import re

PATTERNS = [
    "(", "a)", "*", "+a", "?", "a**", "a*??", "a{2}{3}", "(?<x>a)", "\\q", "[a", "[",
    "[]", "[^]", "a{2,1}", "(?P<1>a)", "(?P<a-b>x)", "(?P=x)", "\\1", "(a)\\2", "(a\\1)",
    "(?P<a>a(?P=a))", "(?z)", "[z-a]", "[\\d-z]", "[a-\\w]", "(?P<a>x)(?P<a>y)",
    "(?<=a+)b", "(?<!a*)b", "(?", "(?P", "(?P<", "(?P<a", "(?P>x)", "\\x4", "\\xg",
    "\\u12", "\\U0011ffff", "\\N{foo}", "\\N", "[\\q]", "[\\8]", "\\777", "(?i",
    "(?i-", "(?-i)", "(?i-:x)", "(?-a:x)", "(?q:x)", "(?(1)a|b)", "(?(x)a)", "(?(0)a)",
    "(a)(?(1)a|b|c)", "a|*", "\\", "a\\", "(?#abc", "a(?i)", "(?i)(?m)b(?s)", "^*",
    "\\b*", "$+", "x{,", "(?<", "a\n(", "ab\ncd)", "(?P<a>", "((a)",
]

for pattern in PATTERNS:
    try:
        p = re.compile(pattern)
        print(repr(pattern), "ok", p.groups)
    except re.error as e:
        print(repr(pattern), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)

try:
    re.compile(b"[z-a]")
except re.error as e:
    print(e, e.pattern, e.pos)
for flags in [re.X]:
    try:
        re.compile("a  # comment\n  (b", flags)
    except re.error as e:
        print(e, e.pos, e.lineno, e.colno)
try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print(type(e).__name__, e)
e = re.error("plain")
print(e, e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__name__)
print(re.error("m", "a\nbc", 3), re.error("m", b"ab", 1).colno)
