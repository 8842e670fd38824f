# Randomly built (often malformed) patterns with a fixed seed: compile
# errors, or the matches in a fixed subject.
import re, random
rng = random.Random(99)
TOK = ["a", "b", "(", ")", "|", "*", "+", "?", "{2}", "{1,}", "{,2}", "[", "]", "^", "$", "-", "\\d", "\\1",
       "(?:", "(?P<n>", "(?P=n)", "(?=", "(?<=", "(?!", "(?i)", "(?i:", ".", "\\b", "{", "}", ",", "\\", "\\x4", "x"]
out = []
for _ in range(150):
    n = rng.randint(1, 6)
    p = "".join(rng.choice(TOK) for _ in range(n))
    out.append(p)
import sys
for p in out:
    try:
        c = re.compile(p)
        r = ("ok", c.groups)
        try:
            r += tuple((m.span(), m.groups()) for m in c.finditer("ab aab ba1 2b\nab"))
        except Exception as e:
            r += ("finditer", type(e).__name__, str(e))
    except re.error as e:
        r = ("error", str(e))
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(p), r)
