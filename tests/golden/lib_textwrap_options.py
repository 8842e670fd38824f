# TextWrapper's options, one at a time and mixed.
import textwrap

s = "The cat sat.  The dog ran!  Really?  Yes. \tTabs\there and\nnewlines\r\nto be."
for w in [10, 17, 30]:
    print(w, textwrap.wrap(s, w))
print(textwrap.wrap(s, 20, fix_sentence_endings=True))
print(textwrap.wrap('He said "go." Then. "Stop!" Mr. X. A. b? c', 12, fix_sentence_endings=True))
print(textwrap.wrap(s, 20, replace_whitespace=False))
print(textwrap.wrap(s, 20, expand_tabs=False))
print(textwrap.wrap(s, 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
print(textwrap.wrap("a\tb\tc", 40, tabsize=0, replace_whitespace=False))
print(textwrap.wrap("  lead  and trail  ", 8))
print(textwrap.wrap("  lead  and trail  ", 8, drop_whitespace=False))
print(textwrap.wrap("   ", 8, drop_whitespace=False))
print(textwrap.wrap("one two three four", 9, initial_indent="-> ", subsequent_indent="   "))
print(textwrap.wrap("one two three four", 3, initial_indent="####"))
print(textwrap.wrap("word", 5, initial_indent="12345"))

# max_lines and placeholder
t = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod"
for n in [1, 2, 3, 10]:
    print(n, textwrap.wrap(t, 20, max_lines=n))
print(textwrap.wrap(t, 20, max_lines=2, placeholder="~"))
print(textwrap.wrap(t, 12, max_lines=2, placeholder="..."))
print(textwrap.wrap("abcdefghijklmnop qr", 10, max_lines=1, placeholder="***"))
print(textwrap.wrap("aaaa bbbb cccc", 9, max_lines=2, placeholder=" [...]"))
print(textwrap.wrap("aa bb cc dd ee", 9, max_lines=2, subsequent_indent="  "))
print(textwrap.wrap("one two   ", 7, max_lines=1))
print(textwrap.wrap("one two", 7, max_lines=1))
print(textwrap.wrap("one two three", 7, max_lines=2, placeholder=" ..."))
print(textwrap.fill(t, 25, max_lines=2))

# The wrapper object and its attributes
w = textwrap.TextWrapper(width=15, subsequent_indent="  ")
print(w.width, repr(w.initial_indent), repr(w.subsequent_indent), w.expand_tabs,
      w.replace_whitespace, w.fix_sentence_endings, w.break_long_words,
      w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))
print(w.fill(t))
w.width = 30
w.initial_indent = "* "
print(w.fill(t))
w2 = textwrap.TextWrapper(20, "", "", True, True, False, True, True, True, 8)
print(w2.wrap(t))
print(textwrap.fill(""), textwrap.wrap("", 5, max_lines=1))

# Misuse
for f in [lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("a b", -3),
          lambda: textwrap.wrap("a b c", 4, max_lines=0),
          lambda: textwrap.wrap("a b c", 6, max_lines=2, subsequent_indent="  "),
          lambda: textwrap.wrap(5), lambda: textwrap.fill(None),
          lambda: textwrap.wrap("a b", "x"),
          lambda: textwrap.TextWrapper(bogus=1),
          lambda: textwrap.wrap("a b", 5, 6),
          lambda: textwrap.TextWrapper(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
