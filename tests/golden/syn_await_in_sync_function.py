import asyncio

def sync_function():
    await asyncio.sleep(1)

sync_function()
