# Event loop policies, get_event_loop / set_event_loop, and Runner reuse.
import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, policy is asyncio.get_event_loop_policy())
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("current is set", asyncio.get_event_loop() is loop, policy.get_event_loop() is loop)


async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print("inside", loop.run_until_complete(inside()))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in [5, "loop"]:
    try:
        asyncio.set_event_loop(bad)
    except TypeError as e:
        print(type(e).__name__, e)
loop.close()

# A fresh policy has no loop set yet.
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
fresh = asyncio.get_event_loop_policy()
print("new policy", fresh is not policy)
l2 = fresh.new_event_loop()
fresh.set_event_loop(l2)
print("policy loop", asyncio.get_event_loop() is l2, l2.is_closed())
l2.close()
asyncio.set_event_loop_policy(None)
print("default again", type(asyncio.get_event_loop_policy()).__name__)
for bad in [5, object()]:
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print(type(e).__name__, str(e).split(", not")[0])

# asyncio.run leaves no current loop behind.
asyncio.run(asyncio.sleep(0))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(type(e).__name__, e)

# get_running_loop outside a loop.
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)


# Runner: one loop for several runs.
async def which_loop(tag):
    await asyncio.sleep(0)
    return tag, asyncio.get_running_loop()


with asyncio.Runner() as runner:
    rl = runner.get_loop()
    print("runner loop", type(rl).__name__, rl.is_running(), rl.is_closed())
    a, la = runner.run(which_loop("a"))
    b, lb = runner.run(which_loop("b"))
    print(a, b, la is rl, lb is rl, runner.get_loop() is rl)
    try:
        runner.run(5)
    except ValueError as e:
        print(type(e).__name__, e)
print("after with", rl.is_closed())
try:
    runner.get_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
coro = which_loop("c")
try:
    runner.run(coro)
except RuntimeError as e:
    print(type(e).__name__, e)
coro.close()

r = asyncio.Runner(debug=True)
print("debug runner", r.get_loop().get_debug())
r.close()
r.close()
