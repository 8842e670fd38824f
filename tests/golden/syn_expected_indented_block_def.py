import asyncio

async def main():
# only a comment

asyncio.run(main())
