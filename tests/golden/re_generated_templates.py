# Randomly built replacement templates (a fixed seed): results and errors.
import re, random
rng = random.Random(12)
PIECES = ["x", "\\1", "\\2", "\\g<0>", "\\g<1>", "\\g<n>", "\\n", "\\\\", "\\0", "\\012", "\\g<3>", "\\9", "\\", "\\q",
          "\\g<", "\\g<a b>", "\\&", "é", "\\11"]
PATS = ["(a)(?P<n>b)?", "(x)?(?P<n>a)", "(?P<n>a)(b)(c)?"]
for _ in range(120):
    t = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 3)))
    p = rng.choice(PATS)
    try:
        r = re.subn(p, t, "abcab a", count=rng.randint(0, 2))
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(p), repr(t), r)
