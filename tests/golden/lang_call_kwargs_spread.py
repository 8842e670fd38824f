def f(a, b, c=3, d=4):
    return [a, b, c, d]

print(f(1, 2))
print(f(1, 2, 5))
print(f(1, b=20))
print(f(c=30, b=20, a=10))
print(f(1, 2, d=40))
args = [7, 8, 9]
print(f(*args))
print(f(0, *[1]))
kw = {"d": "D", "c": "C"}
print(f(1, 2, **kw))
print(f(*(1, 2), **{"d": 0}))
print(f(*"xy"))
print(max(*[4, 9, 2]))
parts = ["a", "b"]
opts = {"sep": "+", "end": "!\n"}
print(*parts, **opts)
print(*range(3))
