import asyncio
async def f():
    pass
def g():
    c = f()
    return 1
g()
print("end")
