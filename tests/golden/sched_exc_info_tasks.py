# sys.exc_info() in tasks that suspend inside except clauses: each task
# sees the exception its own frames handle, however they interleave.
import asyncio
import sys


def current():
    e = sys.exc_info()[1]
    return None if e is None else repr(e)


async def worker(name, delay):
    print(name, "before", current())
    try:
        raise ValueError(name)
    except ValueError:
        print(name, "handling", current())
        await asyncio.sleep(delay)
        print(name, "after sleep", current())
        try:
            raise KeyError(name)
        except KeyError:
            await asyncio.sleep(0)
            print(name, "nested", current())
        print(name, "back", current())
    print(name, "done", current())


async def main():
    try:
        raise RuntimeError("main")
    except RuntimeError:
        await asyncio.gather(worker("a", 0.01), worker("b", 0.02))
        print("main", current())
    print("main after", current())


asyncio.run(main())
