for x in [1, 2, 3]:
    print("x", x)
else:
    print("for else ran")

for x in range(10):
    if x % 2 == 0:
        continue
    if x > 6:
        print("break at", x)
        break
    print("odd", x)
else:
    print("not printed")

for ch in "abc":
    print(ch, end=" ")
print()

for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)

for item in []:
    print("never")
else:
    print("empty loop else")
print("loop variable survives:", x)

for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for k in {"p": 1, "q": 2}:
    print(k)
