async def outer():
    def inner():
        await outer()
