# isoformat, str, strftime directives (C locale), __format__, ctime.
from datetime import date, datetime, time, timedelta, timezone


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = datetime(2024, 1, 2, 3, 4, 5, 60)
print(d.isoformat(), d.isoformat(' '), d.isoformat(sep='_'), d.isoformat(timespec='hours'))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, d.isoformat(timespec=spec), datetime(2020, 1, 1).isoformat(timespec=spec))
z = datetime(2020, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=-5, seconds=-30, microseconds=-7)))
print(z.isoformat(), str(z), z.strftime('%z|%Z'))
print(d.strftime('%c|%x|%X'))
print(d.strftime('%a %A %b %B %d %e %j %U %W %w %u %p %I %y %Y %G %V'))
print(d.strftime('%H:%M:%S.%f %% %D %T %F %C %h %R %r'))
print(d.strftime('tab%tnl%nend'), d.strftime('%Q stays'), d.strftime(''), d.strftime('100%'))
print(d.strftime('%z%Z|'), date(2020, 1, 1).strftime('%f %z %Z %H %M %S'))
print(date(5, 1, 1).strftime('%Y %G %y %C'), date(999, 12, 31).strftime('%Y-%m-%d'))
for day in range(1, 15):
    x = date(2023, 1, day)
    print(x, x.strftime('%a %U %W %j %G-%V-%u'))
for x in (date(2020, 12, 31), date(2021, 1, 1), date(2027, 1, 1), date(2024, 12, 30)):
    print(x, x.strftime('%U %W %V %G'))
for h in (0, 1, 11, 12, 13, 23):
    print(h, time(h).strftime('%I %p %H'))
print(d.ctime(), date(2024, 1, 12).ctime(), datetime(2024, 11, 22, 23, 1).ctime())
print(f'{d:%Y-%m-%d}', f'{d}', f'{date(2020, 3, 4):%d/%m}', f'{time(4, 5):%H.%M}', format(d, ''))
print('{:%B %Y}'.format(d), '%s' % d, str(date(2020, 3, 4)), repr(str(time(0))))
print(str(datetime(2020, 1, 1, 0, 0, 0, 1)), datetime(2020, 1, 1, tzinfo=timezone.utc).isoformat())
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(minutes=90))).isoformat(timespec='minutes'))
show('strftime int', lambda: date(2020, 1, 1).strftime(1))
show('timespec', lambda: datetime(2020, 1, 1).isoformat(timespec='x'))
show('sep long', lambda: datetime(2020, 1, 1).isoformat(sep='ab'))
show('sep int', lambda: datetime(2020, 1, 1).isoformat(1))
show('format int', lambda: date(2020, 1, 1).__format__(1))
show('format bad', lambda: format(datetime(2020, 1, 1), 5))
