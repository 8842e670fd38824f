# now/today/utcnow read the interpreter's clock: relations in real time,
# exact steps under the virtual clock (printed truncated, with slack for
# scheduling delays in real time, so both agree).
import asyncio
from datetime import date, datetime, timedelta, timezone


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    a = datetime.now()
    u = datetime.now(timezone.utc)
    await asyncio.sleep(2)
    b = datetime.now()
    v = datetime.now(tz=timezone.utc)
    print(type(a).__name__, a.tzinfo, repr(u.tzinfo), b >= a)
    print(int((b - a).total_seconds()), int((v - u).total_seconds()))
    await asyncio.sleep(0.5)
    c = datetime.utcnow()
    print(c.tzinfo, 0.5 <= (c.replace(tzinfo=timezone.utc) - v).total_seconds() < 1.5)
    print(abs((datetime.today() - datetime.now()).total_seconds()) < 1)
    t = date.today()
    print(type(t).__name__, t == datetime.now().date() or t == (datetime.now() - timedelta(seconds=1)).date())
    print(t.year >= 2024, datetime.now().year >= 2024)
    await asyncio.sleep(1)
    w = datetime.now(timezone(timedelta(hours=3)))
    print(int((w - v).total_seconds() - 0.5), w.utcoffset())


asyncio.run(main())
show('now int', lambda: datetime.now(1))
show('now 2 args', lambda: datetime.now(None, None))
show('utcnow arg', lambda: datetime.utcnow(1))
show('today arg', lambda: datetime.today(1))
