# await inside except* clauses.
import asyncio


async def fail(n, delay):
    await asyncio.sleep(delay)
    raise ValueError(n)


async def main():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("values before await", repr(e))
        await asyncio.sleep(0.01)
        print("values after await")
    except* TypeError as e:
        await asyncio.sleep(0)
        print("types", repr(e))

    try:
        await fail(3, 0.01)
    except* ValueError as e:
        print("awaited failure", repr(e))

    try:
        try:
            raise ExceptionGroup("g", [ValueError(4), KeyError(5)])
        except* KeyError:
            await asyncio.sleep(0)
            raise RuntimeError("raised after await")
    except* RuntimeError as e:
        print("outer runtime", repr(e))
    except* ValueError as e:
        print("outer value", repr(e))
    return "done"


print(asyncio.run(main()))
