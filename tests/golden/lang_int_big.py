print(2 ** 100)
print(2 ** 64 - 1)
print(-(2 ** 70))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20))
print(f % 1000007)
big = 12345678901234567890123456789
print(big * big)
print(big - big - 1)
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(2 ** 100 == 2 ** 100, 2 ** 100 > 2 ** 99)
print(2 ** 200 // 2 ** 199)
print(1 << 80, (1 << 80) >> 79)
print(abs(-(3 ** 50)))
print(int("123456789012345678901234567890") + 1)
print(str(7 ** 40))
print(len(str(2 ** 1000)))
print(10 ** 20 / 10 ** 10)
