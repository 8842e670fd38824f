xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5])
print(xs[:3], xs[7:])
print(xs[-3:], xs[:-7])
print(xs[::2], xs[1::3])
print(xs[::-1])
print(xs[8:2:-2])
print(xs[100:], xs[-100:2])
print(xs[:])
s = "hello world"
print(s[0], s[-1], s[6:], s[::-1], s[:5:2])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[-1])
print(xs[5:2])
ys = xs[:]
ys[0] = 100
print(xs[0], ys[0])
print("abc"[1:2], "abc"[3:], "abc"[-1:-4:-1])
