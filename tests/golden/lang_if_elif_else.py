def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))

if []:
    print("empty list is truthy")
elif {}:
    print("empty dict is truthy")
else:
    print("both falsy")

if 1: print("one-line if")
x = 5
if x > 3:
    if x > 4:
        print("nested")
    else:
        print("not reached")
