i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while ended normally, i =", i)

n = 0
while True:
    n += 1
    if n >= 3:
        break
print("broke at", n)

k = 10
while k > 0:
    if k == 7:
        print("found 7")
        break
    k -= 1
else:
    print("not printed")

j = 0
while j < 0:
    print("never")
else:
    print("else runs when the loop never starts")
