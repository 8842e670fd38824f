import asyncio
import sys

async def quitter():
    print("quitter exits")
    sys.exit(4)

async def main():
    t = asyncio.create_task(quitter())
    await asyncio.sleep(0.01)
    print("never printed")

asyncio.run(main())
print("never printed either")
