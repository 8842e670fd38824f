for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after for")

n = 0
while True:
    n += 1
    try:
        try:
            if n < 3:
                continue
            break
        finally:
            print("inner", n)
    finally:
        print("outer", n)
print("n =", n)

def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("checked", x)
    return None

print(first_even([1, 3, 4, 5]))

for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if e.args[0] == 1:
            continue
        print("handled", e)
    finally:
        print("f", i)
