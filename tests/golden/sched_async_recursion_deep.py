import asyncio
async def rec(n):
    if n == 0:
        return 0
    return 1 + await rec(n - 1)
async def main():
    print(await rec(900))
    print(await rec(5000))
asyncio.run(main())
