import asyncio


class TransientError(Exception):
    pass


class FlakyService:
    def __init__(self, plan):
        self.plan = list(plan)
        self.calls = 0

    async def request(self, payload):
        self.calls += 1
        action = self.plan.pop(0) if self.plan else "ok"
        if action == "slow":
            await asyncio.sleep(0.2)
        elif action == "fail":
            await asyncio.sleep(0)
            raise TransientError(f"call {self.calls} failed")
        return f"response({payload})#{self.calls}"


async def with_retry(service, payload, attempts=4, timeout=0.05, base=0.005):
    delay = base
    for attempt in range(1, attempts + 1):
        try:
            result = await asyncio.wait_for(service.request(payload), timeout=timeout)
            print(f"  attempt {attempt}: success")
            return result
        except asyncio.TimeoutError:
            print(f"  attempt {attempt}: timed out")
        except TransientError as exc:
            print(f"  attempt {attempt}: {exc}")
        if attempt < attempts:
            print(f"  backing off {delay * 1000:.0f} ms")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError(f"gave up on {payload!r} after {attempts} attempts")


async def main():
    scenarios = {
        "fast": [],
        "flaky": ["fail", "fail"],
        "slow-then-ok": ["slow", "ok"],
        "hopeless": ["fail", "slow", "fail", "fail"],
    }
    summary = {}
    for name, plan in scenarios.items():
        print(f"scenario {name}:")
        service = FlakyService(plan)
        try:
            result = await with_retry(service, name)
            summary[name] = ("ok", service.calls)
            print("  ->", result)
        except RuntimeError as exc:
            summary[name] = ("failed", service.calls)
            print("  ->", exc)
    print()
    for name, (status, calls) in summary.items():
        print(f"{name:<14}{status:<8}{calls} calls")

    async def never():
        await asyncio.sleep(10)
    try:
        await asyncio.wait_for(never(), 0.01)
    except TimeoutError as e:
        print("builtin TimeoutError caught:", type(e).__name__, asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
