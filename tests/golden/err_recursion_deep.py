def f(n):
    return f(n - 1) + 1 if n else 0

print(f(900))
print(f(100000))
