import asyncio

class Logger:
    def __init__(self):
        self.lines = []

    async def log_after(self, delay, msg):
        await asyncio.sleep(delay)
        self.lines.append(msg)

async def main():
    lg = Logger()
    tasks = [asyncio.create_task(lg.log_after(d, m)) for d, m in [(0.03, "c"), (0.01, "a"), (0.02, "b")]]
    for t in tasks:
        await t
    print(lg.lines)

asyncio.run(main())
