# Out-of-range and huge arguments: C int/long conversions, platform time
# limits, strftime's buffer limit.
import datetime as D


def show(label, f):
    try:
        r = f()
        print(label, repr(r)[:100])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:100])


for v in (2 ** 31 - 1, 2 ** 31, 2 ** 63 - 1, 2 ** 63, -2 ** 31 - 1, 10 ** 100):
    show('date %d' % v, lambda: D.date(v, 1, 1))
    show('month', lambda: D.date(2020, v, 1))
    show('time', lambda: D.time(v))
    show('fromordinal', lambda: D.date.fromordinal(v))
    show('replace', lambda: D.date(2020, 1, 1).replace(year=v))
    show('timedelta', lambda: D.timedelta(days=v))
    show('isocal', lambda: D.date.fromisocalendar(v, 1, 1))
show('td sec', lambda: D.timedelta(seconds=10 ** 100))
show('td * big', lambda: D.timedelta(1) * 10 ** 100)
show('td // big', lambda: D.timedelta(1) // 10 ** 100)
show('td / big', lambda: D.timedelta(1) / 10 ** 100)
show('td * 1e300', lambda: D.timedelta(1) * 1e300)
show('td / 1e-300', lambda: D.timedelta(1) / 1e-300)
show('td tiny', lambda: D.timedelta(days=1e-300))
show('td edge', lambda: D.timedelta(days=999999999, seconds=86399.9999999))
for ts in (10 ** 30, -10 ** 12, -62135596800, -62135596801, 253402300800, 253402300799.9999999,
           1e18, -1e13, float('-inf')):
    show('utc %r' % ts, lambda: D.datetime.utcfromtimestamp(ts))
    show('tz', lambda: D.datetime.fromtimestamp(ts, D.timezone.utc))
show('date.fromts', lambda: D.date.fromtimestamp(-1e13))
show('fromordinal big', lambda: D.date.fromordinal(10 ** 30))
show('fromordinal neg', lambda: D.date.fromordinal(-5))
show('+ max', lambda: D.datetime(2020, 1, 1) + D.timedelta.max)
show('nul', lambda: D.date.fromisoformat('2020-01-01\x00'))
show('tz 99', lambda: D.datetime.fromisoformat('2020-01-01T12:00:00+99:00'))
show('max utc', lambda: D.datetime.strptime('9999-12-31 23:59:59 -2359', '%Y-%m-%d %H:%M:%S %z').astimezone(D.timezone.utc))
d = D.date(2020, 1, 1)
for f in ['%1023d', '%1024d', 'x' * 1023, 'x' * 1024, '%Y' * 600, 'ab%2000d', '%99999d',
          '%9999999999999999999999d']:
    print(len(f), len(d.strftime(f)))
