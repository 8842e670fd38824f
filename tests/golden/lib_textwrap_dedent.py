# dedent, indent and shorten.
import textwrap

cases = [
    "    a\n    b\n", "  a\n    b\n  c", "\ta\n\tb", "\ta\n        b",
    "  a\n\n  b", "  a\n   \n  b\n", "  a\n \t \n  b", " \t a\n \t b",
    "\t a\n \tb", "", "\n\n", "   ", "x\n  y", "  x\r\n  y\r\n",
    "  a\n  b  \n", "    lead\n  less\n      more",
]
for c in cases:
    print(repr(c), "->", repr(textwrap.dedent(c)))

print(repr(textwrap.indent("a\nb\n", "  ")))
print(repr(textwrap.indent("a\r\nb\rc\x0bd\u2028e", "> ")))
print(repr(textwrap.indent("a\n\n \nb", "#")))
print(repr(textwrap.indent("a\n\n \nb", "#", lambda line: True)))
print(repr(textwrap.indent("keep\nskip\nkeep", "+ ", lambda line: line.startswith("k"))))
print(repr(textwrap.indent("", "x")))

for w in [5, 10, 11, 12, 20, 40]:
    print(w, repr(textwrap.shorten("Hello  world!   How are\tyou today?", w)))
print(repr(textwrap.shorten("  lots   of \n space  ", 40)))
print(repr(textwrap.shorten("Hello world", 8, placeholder="..")))
print(repr(textwrap.shorten("Hello world", 8, placeholder="")))
print(repr(textwrap.shorten("abcdefghijkl", 8)))
print(repr(textwrap.shorten("The quick brown fox", 12, break_long_words=False)))

for f in [lambda: textwrap.dedent(5), lambda: textwrap.indent(5, ">"),
          lambda: textwrap.indent("a", 5), lambda: textwrap.shorten(5, 10),
          lambda: textwrap.shorten("a b", 10, max_lines=3),
          lambda: textwrap.shorten("hello world", 3, placeholder=" [more]"),
          lambda: textwrap.shorten("hello")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
