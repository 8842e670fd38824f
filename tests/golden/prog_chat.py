import asyncio


class ChatRoom:
    def __init__(self):
        self.messages = []
        self.cond = asyncio.Condition()
        self.closed = asyncio.Event()

    async def post(self, user, text):
        async with self.cond:
            self.messages.append((user, text))
            self.cond.notify_all()

    async def listen(self, user, log):
        seen = 0
        while True:
            async with self.cond:
                await self.cond.wait_for(lambda: len(self.messages) > seen or self.closed.is_set())
                new = self.messages[seen:]
                seen = len(self.messages)
            for author, text in new:
                if author != user:
                    log.append(f"[{user}] sees {author}: {text}")
            if self.closed.is_set() and seen == len(self.messages):
                log.append(f"[{user}] leaves after {seen} messages")
                return seen


async def talker(room, user, lines, delay):
    for i, line in enumerate(lines):
        await asyncio.sleep(delay * (i + 1))
        await room.post(user, line)


async def main():
    room = ChatRoom()
    log = []
    ready = asyncio.Event()

    async def gatekeeper():
        await ready.wait()
        log.append("gate opened")

    gate = asyncio.create_task(gatekeeper())
    listeners = [asyncio.create_task(room.listen(u, log)) for u in ("ann", "ben", "cat")]
    await asyncio.sleep(0)
    print("ready set?", ready.is_set())
    ready.set()
    await gate
    await asyncio.gather(
        talker(room, "ann", ["hi all", "how are you?"], 0.03),
        talker(room, "ben", ["hey ann"], 0.05),
        talker(room, "cat", ["good, thanks"], 0.13),
    )
    async with room.cond:
        room.closed.set()
        room.cond.notify_all()
    counts = await asyncio.gather(*listeners)
    for entry in log:
        print(entry)
    print("message counts:", counts)
    print("transcript:", " | ".join(f"{u}>{t}" for u, t in room.messages))
    ready.clear()
    print("after clear:", ready.is_set())


asyncio.run(main())
