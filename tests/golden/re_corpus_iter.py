# findall / finditer / split / sub over a corpus, empty matches included.
import re

CASES = [
    ("a", "banana"), ("an", "banana"), ("x*", "abxd"), ("x*", ""), ("", "abc"),
    ("a*?", "baac"), ("|a", "ab"), ("a|", "ab"), ("\\b", "ab cd"),
    ("(a)", "banana"), ("(a)(n)", "banana"), ("(a)|(n)", "banana"),
    ("(a)(x)?", "aa"), ("\\s*", "a b  c"), ("\\W+", "Words, words, words."),
    ("(\\W+)", "Words, words, words."), ("[aeiou]", "education"), ("$", "a\nb\n"),
    ("^", "a\nb\n"), ("(?m)^", "a\nb\n"), ("(?m)$", "a\nb\n"), ("\\d+", "1 22 333 x"),
    ("(\\d)(\\d)?", "1 22 333"), ("(?=a)", "banana"), ("a(?=n)", "banana"),
    ("(?<=a)n", "banana"), ("é", "été"), (".", "aé\n€"), ("\\w+", "héllo wörld ünd"),
]

for pattern, string in CASES:
    p = re.compile(pattern)
    print(repr(pattern), repr(string))
    print("  findall", p.findall(string))
    print("  finditer", [(m.span(), m.group()) for m in p.finditer(string)])
    print("  split", p.split(string), p.split(string, 1), p.split(string, maxsplit=2))
    print("  sub", repr(p.sub("-", string)), p.subn("<\\g<0>>", string), p.sub("#", string, 2))

print(re.findall("a", "aaaa", ) , re.compile("a").findall("aaaa", 1, 3))
print([m.span() for m in re.compile("a*").finditer("baaab", 1, 4)])
print(re.split("x", "axbxc", -1), re.sub("a", "b", "aaa", -1), re.subn("a", "b", "aaa", 0))
print(re.split("(a)|(b)", "xaybz"), re.split("[,;]\\s*", "a, b;c,  d"))
print(re.sub("(?=b)", "^", "abab"), re.sub("$", "!", "line\n"), re.sub("(?m)^", "> ", "a\nb"))
print(re.sub("", "-", "abc"), re.subn("", "-", ""), re.split("", "ab"))
