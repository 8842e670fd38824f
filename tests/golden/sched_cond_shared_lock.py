import asyncio

# Two conditions over one lock: holding the lock through one is holding it
# through the other.

async def reader(name, not_empty, buf):
    async with not_empty:
        await not_empty.wait_for(lambda: buf)
        print(name, "reads", buf.pop(0))

async def writer(name, not_empty, lock, buf, value):
    async with lock:
        buf.append(value)
        print(name, "writes", value, "; cond locked:", not_empty.locked())
        not_empty.notify()

async def main():
    lock = asyncio.Lock()
    not_empty = asyncio.Condition(lock)
    other = asyncio.Condition(lock=lock)
    buf = []
    readers = [asyncio.create_task(reader(f"r{i}", not_empty, buf)) for i in range(3)]
    await asyncio.sleep(0)
    writers = [asyncio.create_task(writer(f"w{i}", not_empty, lock, buf, i * 10)) for i in range(3)]
    for t in writers + readers:
        await t
    async with other:
        print("other holds the shared lock:", lock.locked(), not_empty.locked())
    print("free:", lock.locked())

asyncio.run(main())
