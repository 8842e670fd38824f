import asyncio
async def main():
    asyncio.sleep(1)
    print("forgot await")
asyncio.run(main())
