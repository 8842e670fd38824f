# Typical uses: tokenizers, parsing log lines, templates, annotations.
import re
import copy

TOKEN = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/()=])
  | (?P<ws>\s+)
  | (?P<bad>.)
""", re.VERBOSE)

def tokens(text):
    for m in TOKEN.finditer(text):
        if m.lastgroup != "ws":
            yield m.lastgroup, m.group()

print(list(tokens("x1 = 3.5 * (y + 42) $")))

LOG = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<level>[A-Z]+)\s+\[(?P<mod>[\w.]+)\] (?P<msg>.*)$", re.M)
text = """2024-01-02 INFO  [app.main] started
2024-01-02 ERROR [app.db] connection lost: retrying
garbage line
2024-01-03 WARN  [app] disk 91% full
"""
for m in LOG.finditer(text):
    print(m.group("date", "level"), m["mod"], repr(m["msg"]), m.span())
print([d["level"] for d in (m.groupdict() for m in LOG.finditer(text))])

EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)+[A-Za-z]{2,}")
print(EMAIL.findall("mail bob.smith+x@mail.example.com or alice@ex.org, not a@b"))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567 and 1000 and 999"))
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ada", "age": "36"}.get(m.group(1), m.group()),
             "{name} is {age}, {unknown}"))
print(re.split(r"\s*[;,]\s*|\s+and\s+", "a, b ;c and d"))
print(re.findall(r"(\w+)=(\"[^\"]*\"|\S+)", 'a=1 b="two words" c=x'))
print(re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseName").lower())
print(re.fullmatch(r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}", "192.168.0.255"))
print(re.match(r"^\s*#\s*(\w+)", "  # include").group(1), re.sub(r"\s+$", "", "text   \n"))
print(re.findall(r"\b(\w)(\w*)\1\b", "anna bob civic noon xyz"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.findall(r"\d+|[a-z]+", "ab12cd3"))

print(re.Pattern[str], re.Match[bytes], re.Pattern, re.Match)
p = re.compile(r"(a)(b)")
print(copy.copy(p) is p, copy.deepcopy(p) is p, re.compile(p) is p)
m = p.match("ab")
print(copy.copy(m) is m, m.string, m.re.pattern)

class Text(str):
    pass

m = re.search(r"b+", Text("abbc"))
print(m.group(), type(m.string).__name__, re.sub("b", "x", Text("abc")), re.findall("b", Text("bb")))
it = re.finditer("a", "aXa")
print(next(it).span(), next(it).span(), next(it, None))
print(re.split("a", "bab", -1), re.sub("a", "x", "aaa", -2), re.subn("a", "x", "aa", 1))
print(re.compile("x").split("axbxc", maxsplit=1), re.compile("x").subn(repl="y", string="xx"))
