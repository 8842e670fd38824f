x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 5)
print(1 < 3 > 2 != 2)
print(x == 5 == 5.0)
print(0 <= x <= 4)
print(3 > 2 > 1 >= 1)
print("a" < "b" < "c")
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(1 == 1.0, 1 != 2, 2 >= 2.5)

def loud(v):
    print("eval", v)
    return v

print(loud(1) < loud(0) < loud(99))
print(loud(1) < loud(2) < loud(3))
