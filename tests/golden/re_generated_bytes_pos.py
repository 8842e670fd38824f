# Randomly built patterns (a fixed seed) as str and as bytes, searched
# between random pos and endpos.
import re, random
rng = random.Random(8)
ATOMS = ["a", "b", ".", "[ab]", "[^a]", "\\w", "\\W", "\\s", "\\d", "(a)", "(b|a)", "\\b", "\\B", "^", "$", "\\A", "\\Z",
         "(?=a)", "(?<=b)", "(?<!a)", "(?m:^)", "(?m:$)", "(?s:.)", "\\xe9", "[\\x80-\\xff]", "(?i:A)", "\\n"]
QUANT = ["", "", "*", "+", "?", "*?", "{1,2}"]
SUBJ = ["ab\nba", "a\xe9b \xff", "", "\n", "aa bb 12"]
for _ in range(80):
    parts = []
    for _ in range(rng.randint(1, 3)):
        a = rng.choice(ATOMS)
        parts.append(a + ("" if a[0] in "^$\\" and a[1:2] in ("", "b", "B", "A", "Z") else rng.choice(QUANT)))
    p = "".join(parts)
    for kind in ("str", "bytes"):
        try:
            c = re.compile(p if kind == "str" else p.encode("latin-1"))
        except re.error as e:
            print(repr(p), kind, "error", e)
            continue
        res = []
        for s in SUBJ:
            s2 = s if kind == "str" else s.encode("latin-1")
            pos = rng.randint(0, len(s)); endpos = rng.randint(pos, len(s) + 1)
            m = c.search(s2, pos, endpos)
            res.append((c.findall(s2), c.findall(s2, pos, endpos), m and m.span(), c.match(s2, pos, endpos) and 1,
                        c.fullmatch(s2, pos, endpos) and 1, c.split(s2, 2)))
        print(repr(p), kind, res)
