import asyncio
async def main():
    await asyncio.sleep(0.01)
    return 5
loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
loop.close()
l2 = asyncio.new_event_loop()
asyncio.set_event_loop(l2)
print(l2.run_until_complete(main()))
print(l2.is_closed())
l2.close()
print(l2.is_closed())
