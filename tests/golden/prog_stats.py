import math


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))


def show(name, m):
    print(f"{name}:")
    for row in m:
        print("  [" + " ".join(f"{v:>6}" for v in row) + "]")


a = [[2, -1, 0], [1, 3, 2], [0, 1, 4]]
b = [[1, 2, 3], [0, 1, 0], [4, 0, 1]]
show("A", a)
show("A x B", matmul(a, b))
show("A^T", transpose(a))
print("A x I == A:", matmul(a, identity(3)) == a)
print("det(A) =", det(a), "det(B) =", det(b), "det(AB) =", det(matmul(a, b)))

data = [12.5, 15.0, 9.75, 22.1, 18.4, 15.0, 11.2, 30.3, 14.8, 16.6]
print(f"n={len(data)} mean={mean(data):.4f} median={median(data)} stdev={stdev(data):.4f}")
print(f"min={min(data)} max={max(data)} range={max(data) - min(data):.2f}")
m, sd = mean(data), stdev(data)
z = [round((x - m) / sd, 3) for x in data]
print("z-scores:", z)
print("outliers:", [x for x, zz in zip(data, z) if abs(zz) > 1.5])

xs = list(range(1, 9))
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1]
mx, my = mean(xs), mean(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
intercept = my - slope * mx
r = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / math.sqrt(
    sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))
print(f"fit: y = {slope:.4f}x + {intercept:.4f}, r = {r:.6f}")

print("math:", math.pi, math.e, math.floor(-2.5), math.ceil(2.1), math.gcd(84, 36), math.factorial(10))
print("trig:", round(math.sin(math.pi / 6), 10), round(math.cos(0), 3), math.degrees(math.atan2(1, 1)))
print("logs:", math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print("misc:", math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.comb(10, 3), math.isqrt(99))
print("primes:", [n for n in range(2, 60) if all(n % d for d in range(2, math.isqrt(n) + 1))])
