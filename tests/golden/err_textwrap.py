import textwrap

try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("hello world", 3, placeholder=" [more]")
except ValueError as e:
    print(e)
textwrap.dedent(5)
