# datetime: construction, arithmetic, naive/aware rules, components.
from datetime import datetime, date, time, timedelta, timezone


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


dt = datetime(2024, 1, 2, 3, 4, 5, 6)
print(repr(dt), str(dt))
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5)), repr(datetime(2020, 1, 1, fold=1)))
print(repr(datetime(2020, 1, 1, tzinfo=timezone.utc)), str(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1), 'X'))))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()), isinstance(dt, date))
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(repr(datetime.combine(date(2020, 5, 6), time(7, 8))),
      repr(datetime.combine(date(2020, 5, 6), time(7, 8), timezone.utc)),
      repr(datetime.combine(dt, time(1, tzinfo=timezone.utc))))
print(repr(dt + timedelta(days=1, microseconds=999995)), repr(dt - timedelta(hours=4)))
print(repr(timedelta(weeks=1) + dt))
print(repr(dt - datetime(2023, 12, 31)), repr(datetime(2023, 12, 31) - dt))
u1 = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
u2 = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=3)))
print(repr(u1 - u2), u1 > u2, u1 == u2 + timedelta(hours=1), hash(u1) == hash(u2 + timedelta(hours=1)))
print(datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1))) == u1)
print(dt.weekday(), dt.isoweekday(), dt.toordinal(), dt.isocalendar())
print(repr(dt.timetuple()))
print(repr(u2.utctimetuple()))
print(repr(dt.replace(year=2000, microsecond=0)), repr(dt.replace(tzinfo=timezone.utc)))
print(repr(u1.replace(tzinfo=None)), repr(dt.replace(fold=1)))
print(dt > datetime(2024, 1, 2), dt == datetime(2024, 1, 2, 3, 4, 5, 6), dt != dt)
print(datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc))
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]))
print(hash(dt) == hash(datetime(2024, 1, 2, 3, 4, 5, 6)))
print(datetime(2024, 2, 28, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2023, 12, 31, 23) + timedelta(hours=1))


class Stamp(datetime):
    pass


s = Stamp(2020, 1, 1, 5)
print(repr(s), type(s).__name__, isinstance(s, datetime), repr(s + timedelta(1)).startswith('Stamp'))
show('missing day', lambda: datetime(2020, 1))
show('too many pos', lambda: datetime(2020, 1, 1, 1, 2, 3, 4, None, 0))
show('bad kw', lambda: datetime(2020, 1, 1, x=1))
show('hour', lambda: datetime(2020, 1, 1, 24))
show('tzinfo', lambda: datetime(2020, 1, 1, tzinfo=1))
show('fold', lambda: datetime(2020, 1, 1, fold=-1))
show('max+1', lambda: datetime.max + timedelta(microseconds=1))
show('min-1', lambda: datetime.min - timedelta(microseconds=1))
show('cmp date', lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
show('cmp date 2', lambda: datetime(2020, 1, 1) >= date(2020, 1, 1))
show('naive<aware', lambda: datetime(2020, 1, 1) < u1)
show('naive-aware', lambda: datetime(2020, 1, 1) - u1)
show('date-datetime', lambda: date(2020, 1, 1) - datetime(2020, 1, 1))
show('datetime-date', lambda: datetime(2020, 1, 1) - date(2020, 1, 1))
show('add int', lambda: dt + 1)
show('combine 1', lambda: datetime.combine(1, time()))
show('combine 2', lambda: datetime.combine(date(2020, 1, 1), 1))
show('replace kw', lambda: dt.replace(week=1))
show('replace bad', lambda: dt.replace(minute=61))
