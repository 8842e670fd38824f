data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

items = ["a", "bb", "ccc", ""]
i = 0
while (word := items[i]):
    print("word", word)
    i += 1

print([y for x in data if (y := x * 2) > 6])
print(y)
print([last := v for v in range(3)], last)

def f():
    total = 0
    vals = [(total := total + v) for v in [1, 2, 3]]
    return vals, total
print(f())

print((z := 5) + z)
stack = [1, 2, 3]
while (top := stack.pop()) != 1:
    print("popped", top)
print(top, stack)
