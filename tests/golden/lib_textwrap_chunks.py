# How TextWrapper cuts text into chunks: whitespace runs, words, hyphenated
# words and em-dashes. Width 1 with break_long_words=False puts every
# non-blank chunk on a line of its own.
import textwrap


def chunks(text, **kw):
    return textwrap.wrap(text, 1, break_long_words=False, **kw)


samples = [
    "well-known", "a-b", "ab-cd", "ab-c", "a-bc", "abc-de-fg", "a-b-c-d",
    "x-y-zz", "ab--cd", "a--b", "hello--world", "hello---world",
    "--start", "end--", "-lead", "trail-", "9-11", "ab-12", "12-ab",
    "ab_-cd", "_a-bc", "re-enter-ed", "e-mail", "non-ASCII-ok",
    "well,--said", "ok!--go", "what?--no", "quote'--x", "amp&--y",
    "a.--b", "dash -- spaced", "a-- b", "--", "---", "-", "a - b",
    "über-straße", "naïve-café-au-lait", "x\u2013y", "x-\u00e9t\u00e9",
    "ab-cd-", "ab-cd-e", "ab-c-d", "abc-d-ef", "pre--post-fix",
]
for s in samples:
    print(repr(s), chunks(s))
print(chunks("ab-cd ef-gh", break_on_hyphens=False))
print(chunks("hello--world", break_on_hyphens=False))

# Whitespace kinds: only ASCII whitespace separates chunks.
print(ascii(chunks("a\u00a0b c\u2003d")))
print(chunks("a\x0bb\x0cc\rd"))
print(textwrap.wrap("a\u00a0b c", 3))

# Long words: broken at the width, or after a hyphen that fits.
for w in [3, 4, 5, 6, 7]:
    print(w, textwrap.wrap("supercalifragilistic-expialidocious", w))
    print(w, textwrap.wrap("abc-defghij-klm nop", w))
print(textwrap.wrap("---------x", 4))
print(textwrap.wrap("ab ---------x", 4))
print(textwrap.wrap("ab-cdefghijk", 5, break_on_hyphens=False))
print(textwrap.wrap("verylongword tiny", 4, break_long_words=False))
print(textwrap.wrap("a verylongword", 4, break_long_words=False))
