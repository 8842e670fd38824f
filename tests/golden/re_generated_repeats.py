# Randomly built patterns (a fixed seed) of repeated groups that can match
# empty: the groups' spans after the repeat, findall and sub.
import re, random
rng = random.Random(4)
ATOMS = ["a", "b", "(a*)", "(b?)", "(?:(a*)b?)", "((a*))", "(a|b*)", "(?:x(a*))", "(\\w*\\s*)", "(?:(a)|b)",
         "(a*)\\1", "(?P<n>b*)(?P=n)", "(?>(a*))", "(?:(a?)(b?))"]
QUANT = ["", "*", "+", "?", "*?", "{2}", "{1,3}", "{,2}"]
SUBJ = ["aab", "ab ab", "", "bbaa", "xaxa b"]
for _ in range(110):
    parts = [rng.choice(ATOMS) + rng.choice(QUANT) for _ in range(rng.randint(1, 3))]
    p = "".join(parts)
    try:
        c = re.compile(p)
    except re.error as e:
        print(repr(p), "error", e)
        continue
    res = []
    for s in SUBJ:
        m = c.match(s)
        res.append((m and m.regs, m and m.lastindex, c.findall(s), c.sub("<\\g<0>>", s)))
    print(repr(p), res)
