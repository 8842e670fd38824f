import asyncio

async def risky(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 / n

async def main():
    for n in [2, 0, 5]:
        try:
            v = await risky(n)
        except ZeroDivisionError as e:
            print("error:", e)
        else:
            print("value:", v)
        finally:
            print("done", n)

    async def wrapped():
        try:
            return await risky(0)
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e

    try:
        await wrapped()
    except ValueError as e:
        print(e, "cause:", repr(e.__cause__))

asyncio.run(main())
