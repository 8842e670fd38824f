import asyncio

ROUNDS = 100000


async def player(state, me, other):
    # state = [turn, counter, trace]: each player waits for its turn by
    # yielding with sleep(0), bumps the shared counter and passes the turn.
    hits = 0
    while True:
        if state[1] >= ROUNDS:
            break
        if state[0] == me:
            state[1] += 1
            state[2] = (state[2] * 31 + me) % 1000003
            hits += 1
            state[0] = other
        await asyncio.sleep(0)
    return hits


async def main():
    state = [0, 0, 7]
    a = asyncio.create_task(player(state, 0, 1))
    b = asyncio.create_task(player(state, 1, 0))
    ha = await a
    hb = await b
    print(state[1], ha, hb, state[2])


asyncio.run(main())
