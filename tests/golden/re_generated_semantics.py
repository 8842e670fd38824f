# Randomly built patterns (a fixed seed) run over a few subjects: findall,
# sub, split, finditer, match and fullmatch.
import re, random
rng = random.Random(2024)
ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "\\w", "\\W", "\\s", "\\d", "(a)", "(b|c)", "(?:ab)", "(a*)",
         "(?P<g>b)", "\\b", "\\B", "^", "$", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "(?>a+)", "x?", "", "(|a)"]
QUANT = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}?", "*+"]
SUBJECTS = ["", "a", "ab", "aab ba", "abcabc\nb a", "bbb a1 c_2", "caab\n"]
for _ in range(120):
    parts = []
    for _ in range(rng.randint(1, 4)):
        atom = rng.choice(ATOMS)
        q = rng.choice(QUANT)
        if atom in ("^", "$", "\\b", "\\B", ""):
            q = ""
        parts.append(atom + q)
    if rng.random() < 0.2:
        parts.insert(rng.randint(0, len(parts)), "|")
    p = "".join(parts)
    try:
        c = re.compile(p)
    except re.error as e:
        print(repr(p), "error", e)
        continue
    res = []
    for s in SUBJECTS:
        try:
            res.append((c.findall(s), c.sub("<\\g<0>>", s), c.split(s), [m.span() for m in c.finditer(s)],
                        c.match(s) and c.match(s).groups(), c.fullmatch(s) and c.fullmatch(s).span()))
        except Exception as e:
            res.append((type(e).__name__, str(e)))
    print(repr(p), res)
