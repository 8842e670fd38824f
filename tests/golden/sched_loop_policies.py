# Event loop policies: the default policy's loop is asyncio.get_event_loop()'s;
# set_event_loop_policy swaps in another policy with its own loop, and None
# restores a fresh default policy.
import asyncio

policy = asyncio.get_event_loop_policy()
print(policy is asyncio.get_event_loop_policy())
print(isinstance(policy, asyncio.DefaultEventLoopPolicy),
      isinstance(policy, asyncio.AbstractEventLoopPolicy))
loop = policy.get_event_loop()
print(loop is asyncio.get_event_loop(), loop is policy.get_event_loop())
print(isinstance(loop, asyncio.AbstractEventLoop))

other = asyncio.DefaultEventLoopPolicy()
print(other is policy)
other_loop = other.new_event_loop()
other.set_event_loop(other_loop)
print(other.get_event_loop() is other_loop, asyncio.get_event_loop() is loop)
asyncio.set_event_loop_policy(other)
print(asyncio.get_event_loop_policy() is other, asyncio.get_event_loop() is other_loop)
asyncio.set_event_loop_policy(policy)
print(asyncio.get_event_loop() is loop, other.get_event_loop() is other_loop)

policy.set_event_loop(None)
try:
    policy.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
asyncio.set_event_loop_policy(None)
fresh = asyncio.get_event_loop_policy()
print(fresh is policy, isinstance(fresh, asyncio.DefaultEventLoopPolicy))
fresh_loop = asyncio.get_event_loop()
print(fresh_loop is loop, fresh_loop is other_loop)


async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in (1, 'policy', loop):
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print('TypeError:', e)
for call in (lambda: policy.set_event_loop(1), lambda: asyncio.set_event_loop('x'),
             lambda: policy.get_event_loop(1), lambda: policy.set_event_loop(),
             lambda: asyncio.get_event_loop_policy(1), lambda: asyncio.set_event_loop_policy(),
             lambda: asyncio.DefaultEventLoopPolicy(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
p = asyncio.DefaultEventLoopPolicy()
try:
    p.set_event_loop(5)
except TypeError as e:
    print('TypeError:', e)
try:
    p.get_event_loop()
except RuntimeError as e:
    print('set_event_loop failed but counts as called:', e)
for l in (loop, other_loop, fresh_loop):
    l.close()
