import asyncio

SENTINEL = None


async def source(out_q, items):
    for item in items:
        await out_q.put(item)
        print(f"source  -> {item}")
    await out_q.put(SENTINEL)


async def stage(name, in_q, out_q, func):
    count = 0
    while True:
        item = await in_q.get()
        if item is SENTINEL:
            await out_q.put(SENTINEL)
            print(f"{name} done after {count} items")
            return count
        await asyncio.sleep(0)
        result = func(item)
        count += 1
        if result is not None:
            await out_q.put(result)


async def sink(in_q, collected):
    while True:
        item = await in_q.get()
        if item is SENTINEL:
            return len(collected)
        collected.append(item)
        print(f"sink    <- {item}")


async def main():
    q1, q2, q3, q4 = (asyncio.Queue(maxsize=2) for _ in range(4))
    collected = []
    words = ["apple", "kiwi", "banana", "fig", "cherry", "date", "elderberry"]
    results = await asyncio.gather(
        source(q1, words),
        stage("upper  ", q1, q2, lambda w: w.upper()),
        stage("filter ", q2, q3, lambda w: w if len(w) > 3 else None),
        stage("measure", q3, q4, lambda w: (w, len(w))),
        sink(q4, collected),
    )
    print("stage counts:", results)
    print("collected:", collected)
    longest = max(collected, key=lambda p: p[1])
    print("longest:", longest)


asyncio.run(main())
