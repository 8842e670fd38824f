# time of day: fields, repr/str/isoformat, replace, comparisons, misuse.
from datetime import time, timezone, timedelta, tzinfo


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t = time(13, 5, 9, 1200)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 5, fold=1)))
print(repr(time.min), repr(time.max), repr(time.resolution))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
z = time(1, 2, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(repr(z), str(z), z.utcoffset(), z.tzname(), z.dst())
print(repr(time(1, 2, tzinfo=timezone.utc)), time(1, tzinfo=timezone.utc).isoformat())
print(t.utcoffset(), t.tzname(), t.dst())
print(repr(t.replace(hour=1)), repr(t.replace(microsecond=0, tzinfo=timezone.utc)), repr(t.replace(fold=1)))
print(t.strftime('%H:%M:%S.%f %I %p %Y-%m-%d'), format(t, '%H h'), format(t, ''))
print(time(12) > time(11, 59), time(1) == time(1, 0, 0, 0), time(1) != time(2))
print(time(3, tzinfo=timezone(timedelta(hours=2))) == time(1, tzinfo=timezone.utc))
print(time(3, tzinfo=timezone(timedelta(hours=2))) < time(1, 30, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
print(hash(time(1, 2)) == hash(time(1, 2)), len({time(1), time(1, 0), time(2)}))
print(bool(time()), time(1) == 1)
print(sorted([time(5), time(1, 30), time(1, 5)]))
show('hour 24', lambda: time(24))
show('minute 60', lambda: time(0, 60))
show('second 60', lambda: time(0, 0, 60))
show('us big', lambda: time(0, 0, 0, 1000000))
show('negative', lambda: time(-1))
show('fold 2', lambda: time(0, fold=2))
show('tzinfo int', lambda: time(tzinfo=1))
show('tz positional', lambda: time(1, 2, 3, 4, 5))
show('too many pos', lambda: time(1, 2, 3, 4, None, 5))
show('too many', lambda: time(1, 2, 3, 4, None, fold=1, x=2))
show('bad kw', lambda: time(1, x=2))
show('str hour', lambda: time('1'))
show('naive vs aware', lambda: time(1) < time(1, tzinfo=timezone.utc))
show('lt int', lambda: time(1) < 1)
show('add td', lambda: time(1) + timedelta(1))
show('timespec', lambda: time(1).isoformat('x'))
show('timespec type', lambda: time(1).isoformat(3))
show('replace bad', lambda: time(1).replace(hour=30))
show('format int', lambda: time(1).__format__(1))
