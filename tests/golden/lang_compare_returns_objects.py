# A comparison's value is what the comparison method returned, not its truth;
# a chain stops at the first false link and answers with it.
import asyncio
import operator


class Expr:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Expr({self.text!r})"

    def __lt__(self, other):
        return Expr(f"{self.text} < {other!r}")

    def __gt__(self, other):
        return Expr(f"{self.text} > {other!r}")

    def __eq__(self, other):
        return Expr(f"{self.text} == {other!r}")

    def __bool__(self):
        return len(self.text) % 2 == 0


class Falsy:
    def __lt__(self, other):
        return 0

    def __le__(self, other):
        return ""


x = Expr("x")
print(x < 1, x == "a", 2 > x, 1 < x)
print(x < 1 < 2)
print(Falsy() < 1 < 2, repr(Falsy() <= 1 <= 2))
print(1 < 2 < x < 5, Expr("ab") < 1 < 2)
print([x < i for i in range(2)])
print(operator.lt(x, 3), operator.eq(x, 4), operator.gt(Falsy(), 1) if False else "-")
print(not (x < 1), bool(x < 12))
print("a" in ["a"], x in [1, 2])
if x < 1:
    print("truthy")
else:
    print("falsy")


async def main():
    await asyncio.sleep(0)
    return (x < await asyncio.sleep(0, 7)), (Falsy() < await asyncio.sleep(0, 1) < 3)


print(asyncio.run(main()))
try:
    print(Falsy() > 1)
except TypeError as e:
    print("TypeError:", e)
