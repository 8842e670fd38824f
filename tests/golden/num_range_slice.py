# Slicing a range gives the range CPython computes from the clamped slice
# indices (the stop is start + stop_index * step, not normalised).
bounds = [None, -12, -5, -1, 0, 1, 2, 4, 5, 11]
steps = [None, 1, 2, 3, -1, -2, -4, 7]
ranges = [range(0, 10), range(1, 6, 2), range(10, 0, -3), range(-5, 5), range(0),
          range(3, 3), range(5, -5, -1), range(2, 40, 7)]
lines = []
for r in ranges:
    for a in bounds:
        for b in bounds:
            for c in steps:
                s = r[a:b:c]
                assert list(s) == list(r)[a:b:c]
                lines.append(f"{r!r}[{a}:{b}:{c}] = {s!r}")
# Print a sample and a digest of all results, to keep the output modest.
for line in lines[::97]:
    print(line)
print(len(lines), sum(len(x) for x in lines))
digest = 0
for ch in "\n".join(lines):
    digest = (digest * 131 + ord(ch)) % (2**61 - 1)
print(digest)
print(range(1, 6, 2)[:2], range(0, 10)[1:5:2], range(0, 10)[::-1], range(0, 10)[::-3])
print(range(0, 10)[100:], range(0, 10)[-100:-50:-1], range(0, 10)[5:1], range(10, 0, -1)[::-2])
print(range(0, 10)[slice(2, None, 3)], range(0, 10)[slice(-3, None)], range(7)[True:])
print(range(0, 10)[10**30:], range(0, 10)[-10**30:], range(0, 10)[::10**30], range(0, 10)[::-10**30])
for bad in [slice(None, None, 0), slice('a', None), slice(None, 1.0), slice(None, None, 1.5)]:
    try:
        print(range(5)[bad])
    except Exception as e:
        print(type(e).__name__, e)
