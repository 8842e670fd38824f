# timezone and tzinfo: fixed offsets, names, user zones, astimezone,
# timestamps (the machine's local zone only through relations).
import datetime
from datetime import datetime as dt, timedelta, timezone, tzinfo


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(timezone.utc), repr(datetime.UTC), datetime.UTC is timezone.utc, str(timezone.utc))
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc)
print(repr(timezone(timedelta(0), 'Z0')), repr(timezone(timedelta(hours=1))))
print(repr(timezone(timedelta(hours=-1, minutes=-30))), str(timezone(timedelta(hours=-1, minutes=-30))))
print(str(timezone(timedelta(hours=5, seconds=30, microseconds=7))), str(timezone(timedelta(hours=1), 'CET')))
print(repr(timezone.min), repr(timezone.max))
tz = timezone(timedelta(hours=5, minutes=30))
print(tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz == timezone(timedelta(minutes=330), 'x'))
print(hash(tz) == hash(timezone(timedelta(minutes=330))), isinstance(tz, tzinfo))
print(repr(tz.fromutc(dt(2020, 1, 1, tzinfo=tz))))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, d):
        return self.off

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return self.name

    def __repr__(self):
        return 'Fixed(%s)' % self.name


class Summer(tzinfo):
    # One hour east of UTC, plus an hour of DST from April to September.
    def utcoffset(self, d):
        return timedelta(hours=1) + self.dst(d)

    def dst(self, d):
        if d is not None and 4 <= d.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, d):
        return 'S+2' if self.dst(d) else 'S+1'


f = Fixed(-90, 'M90')
a = dt(2024, 3, 10, 12, tzinfo=f)
print(repr(a), str(a), a.utcoffset(), a.tzname(), a.dst(), a.strftime('%z %Z'))
print(repr(a.astimezone(timezone.utc)), repr(a.astimezone(tz)))
print(repr(a.astimezone(Fixed(60, 'P60'))))
s = Summer()
for month in (1, 7):
    x = dt(2024, month, 1, 12, tzinfo=s)
    print(month, str(x), x.tzname(), repr(x.timetuple()), repr(x.astimezone(timezone.utc)))
print(str(dt(2024, 7, 1, 10, tzinfo=timezone.utc).astimezone(s)))
print(str(dt(2024, 1, 1, 10, tzinfo=timezone.utc).astimezone(s)))
print(a.timestamp(), dt(2020, 1, 1, 12, tzinfo=timezone.utc).timestamp(), dt(1969, 12, 31, tzinfo=timezone.utc).timestamp())
print(repr(dt.fromtimestamp(1e9, timezone.utc)), repr(dt.fromtimestamp(1e9, tz)))
print(repr(dt.fromtimestamp(0, timezone(timedelta(hours=-5)))), repr(dt.fromtimestamp(-1.5, timezone.utc)))
print(repr(dt.utcfromtimestamp(1e9)), repr(dt.utcfromtimestamp(1.5e9 + 0.1234565)), repr(dt.utcfromtimestamp(-1.5)))
print(repr(dt.fromtimestamp(1700000000.5, tz=timezone.utc)), repr(dt.fromtimestamp(86400 * 365, timezone.utc)))
# the local zone: round trips and relations only
local = dt.fromtimestamp(1e9)
print(type(local).__name__, local.tzinfo, local.timestamp() == 1e9, datetime.date.fromtimestamp(1e9).year)
print(dt(2020, 6, 1, 12).astimezone().utcoffset() == dt(2020, 6, 1, 12).astimezone().tzinfo.utcoffset(None))
aware = dt(2020, 6, 1, 12).astimezone()
print(aware.replace(tzinfo=None) == dt(2020, 6, 1, 12), aware.timestamp() == dt(2020, 6, 1, 12).timestamp())
print(repr(dt(2020, 6, 1, 12, tzinfo=timezone.utc).astimezone().astimezone(timezone.utc)))
show('tzinfo()', lambda: tzinfo().utcoffset(None))
show('tzinfo dst', lambda: tzinfo().dst(None))
show('tzinfo name', lambda: tzinfo().tzname(None))
show('24h', lambda: timezone(timedelta(hours=24)))
show('-24h', lambda: timezone(-timedelta(hours=24)))
show('name int', lambda: timezone(timedelta(hours=1), 3))
show('offset int', lambda: timezone(3))
show('no args', lambda: timezone())
show('utcoffset arg', lambda: timezone.utc.utcoffset(5))
show('tzname arg', lambda: timezone.utc.tzname(5))


class Bad(tzinfo):
    def utcoffset(self, d):
        return 5

    def tzname(self, d):
        return 7


class Huge(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=25)


show('bad offset', lambda: dt(2020, 1, 1, tzinfo=Bad()).utcoffset())
show('bad tzname', lambda: dt(2020, 1, 1, tzinfo=Bad()).tzname())
show('huge offset', lambda: dt(2020, 1, 1, tzinfo=Huge()).utcoffset())
show('astimezone int', lambda: dt(2020, 1, 1).astimezone(1))
show('fromts str', lambda: dt.fromtimestamp('a'))
show('fromts huge', lambda: dt.fromtimestamp(1e20))
show('fromts year', lambda: dt.utcfromtimestamp(1e13))
show('fromts nan', lambda: dt.utcfromtimestamp(float('nan')))
show('fromts tz', lambda: dt.fromtimestamp(0, 1))
