# Randomly built patterns (a fixed seed) over non-ASCII text, under
# IGNORECASE and ASCII and both.
import re, random
rng = random.Random(31)
ATOMS = ["é", "É", "ß", "k", "K", "\u212a", "[a-zé]", "[^é]", "[\\w]", "[^\\W]", "[\\s\\d]", "\\w", "\\S",
         "(é)", "(?i:é)", "(?i)", "[A-Z]", "[ä-ö]", ".", "σ", "Σ", "(?a:\\w)", "\\u00e9", "[\\u00c0-\\u00ff]"]
QUANT = ["", "", "*", "+", "?", "{1,2}"]
SUBJECTS = ["éÉ", "STRASSE ß ẞ", "kK\u212a", "ΣσςΣ", "äöüÄÖÜ", "a_b 9 ٣", "x\u00a0y\u2028z"]
for _ in range(100):
    parts = []
    for _ in range(rng.randint(1, 3)):
        a = rng.choice(ATOMS)
        parts.append(a + ("" if a in ("(?i)", "\\b") else rng.choice(QUANT)))
    p = "".join(parts)
    for flags in (0, re.I, re.A, re.I | re.A):
        try:
            c = re.compile(p, flags)
            res = [c.findall(s) for s in SUBJECTS]
        except re.error as e:
            res = str(e)
        print(repr(p), int(flags), res)
