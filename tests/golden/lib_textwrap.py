import textwrap

text = """
    Hello there,
      indented line
    last line
"""
print(repr(textwrap.dedent(text)))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("    x\n   \n    y")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
s = "The quick brown fox jumps over the lazy dog and keeps on running far away into the distance."
print(textwrap.fill(s, width=30))
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.wrap("   "))
print(textwrap.wrap("averyveryverylongwordthatexceeds the width", 10))
print(textwrap.wrap("averyveryverylongword x", 10, break_long_words=False))
print(textwrap.shorten("Hello  world! This is a test.", width=15))
print(textwrap.fill("a\tb  c\nd", 40))
w = textwrap.TextWrapper(width=12, max_lines=2, placeholder="...")
print(w.wrap(s))
s = "A well-known long-term state-of-the-art self-driving e-mail x-y ab-c a-b-c-d foo--bar re-enter-ed 2-3 non-ASCII-ok"
for w in [5, 8, 10, 12, 15, 20]:
    print(textwrap.wrap(s, w))
print(textwrap.wrap(s, 10, break_on_hyphens=False))
t = "pre--post self-evident x--y-z hello-world-wide-web a--b--c ab-cd-ef-gh well,--said non-stop-ish"
for w in [4, 6, 7, 9, 11, 14]:
    print(textwrap.wrap(t, w))
