import asyncio

print("looking up")
asyncio.no_such_function()
