# match inside async def: awaits in the subject, a guard and the bodies.
import asyncio

async def fetch(v):
    await asyncio.sleep(0)
    return v

async def is_big(n):
    await asyncio.sleep(0)
    return n > 10

async def handle(msg):
    match await fetch(msg):
        case {"op": "add", "args": [a, b]}:
            return await fetch(a + b)
        case {"op": "num", "value": int(n)} if await is_big(n):
            await asyncio.sleep(0)
            return f"big {n}"
        case {"op": "num", "value": n}:
            return f"small {n}"
        case [*items]:
            results = []
            for item in items:
                results.append(await handle(item))
            return results
        case _:
            return "unknown"

async def main():
    msgs = [
        {"op": "add", "args": [2, 3]},
        {"op": "num", "value": 50},
        {"op": "num", "value": 5},
        [{"op": "num", "value": 11}, {"op": "add", "args": [1, 1]}],
        "junk",
    ]
    results = await asyncio.gather(*(handle(m) for m in msgs))
    for m, r in zip(msgs, results):
        print(m, "->", r)

    # a match without awaits inside a coroutine
    match [1, 2, 3]:
        case [1, *rest]:
            print("plain match in coroutine:", rest)

asyncio.run(main())
