import asyncio

print(type(1))
print(type(1.0), type("s"), type(True), type(None))
print(type([]), type(()), type({}))
print(type(2 ** 100))
print(type(1) == type(2), type(1) is int)

def f():
    pass

async def g():
    pass

print(type(f))
print(type(asyncio))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(1.5, float), isinstance(None, int), isinstance(False, bool))
print(int, str, float, bool, list, tuple, dict)
print(type(type(1)))
print(type(range(3)))
