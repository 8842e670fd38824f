import functools
from functools import wraps, partial, reduce, lru_cache, cache
import asyncio

def log_calls(func):
    @wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return await func(*args, **kwargs)
    return wrapper

@log_calls
async def fetch(n):
    "Fetch n."
    await asyncio.sleep(0)
    return n * 2

print(fetch.__doc__, fetch.__wrapped__.__qualname__, fetch.__module__, fetch.__qualname__)
print(asyncio.run(fetch(21)))
