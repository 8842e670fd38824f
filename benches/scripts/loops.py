def while_loop(n):
    i = 0
    acc = 0
    while i < n:
        if i % 3 == 0:
            acc += i
        elif i % 3 == 1:
            acc -= 1
        else:
            acc += 2
        i += 1
    return acc


def for_append(n):
    xs = []
    for i in range(n):
        xs.append(i * 2 + 1)
    return xs


def nested(n):
    total = 0
    for i in range(n):
        for j in range(100):
            if j == 50:
                continue
            total += i ^ j
    return total


def sum_list(xs):
    s = 0
    for x in xs:
        s += x
    return s


a = while_loop(1000000)
xs = for_append(1000000)
b = sum_list(xs)
c = nested(10000)
print(a, len(xs), b, sum(xs), c, max(xs), min(xs))
