import asyncio
async def main():
    return 1
print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.run_until_complete(main()))
loop.close()
try:
    loop.run_until_complete(main())
except RuntimeError as e:
    print("RuntimeError:", e)
