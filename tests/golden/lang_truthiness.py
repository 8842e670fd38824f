values = [0, 1, -1, 0.0, 0.5, "", "0", [], [0], (), (None,), {}, {"k": 0}, None, True, False, 2 ** 100]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
n = 3
while n:
    print("n", n)
    n -= 1
