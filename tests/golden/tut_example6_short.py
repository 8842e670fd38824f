import asyncio

async def fetch_data():
    print('start fetching')
    await asyncio.sleep(0.1)
    print('done fetching')
    return {'data': 1}

async def print_numbers():
    for i in range(10):
        print(i)
        await asyncio.sleep(0.05)

async def main():
    task1 = asyncio.create_task(fetch_data())
    value = await task1
    task2 = asyncio.create_task(print_numbers())
    print(value)

asyncio.run(main())
