# copy, user tzinfo conversions (fromutc), final timezone, dict keys,
# subclasses, and mixed-type operations.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=1), 'X'))
print(repr(copy.copy(d)), repr(copy.deepcopy(d)), copy.copy(d) == d)
print(repr(copy.deepcopy([date(2020, 1, 1), time(1), timedelta(3)])))


class Two(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return None

    def __repr__(self):
        return 'Two()'


class Std(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-4)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'STD'

    def __repr__(self):
        return 'Std()'


z = Two()
show('fromutc int', lambda: z.fromutc(1))
show('fromutc naive', lambda: z.fromutc(datetime(2020, 1, 1)))
show('fromutc other tz', lambda: z.fromutc(datetime(2020, 1, 1, tzinfo=Two())))
show('fromutc no dst', lambda: z.fromutc(datetime(2020, 1, 1, tzinfo=z)))
show('astimezone no dst', lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(z))
s = Std()
print(repr(s.fromutc(datetime(2020, 1, 1, tzinfo=s))))
print(repr(datetime(2020, 1, 1, 12, tzinfo=timezone.utc).astimezone(s)))
print(repr(datetime(2020, 1, 1, 12, tzinfo=s).astimezone(timezone.utc)), datetime(2020, 1, 1, tzinfo=s).tzname())
show('utc fromutc naive', lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
show('utc fromutc int', lambda: timezone.utc.fromutc(1))
three = timezone(timedelta(hours=3))
print(repr(three.fromutc(datetime(2020, 1, 1, tzinfo=three))))
show('fromutc equal tz', lambda: three.fromutc(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3)))))


def subclass_timezone():
    class Mine(timezone):
        pass
    return Mine


show('subclass timezone', subclass_timezone)
table = {date(2020, 1, 1): 'a', datetime(2020, 1, 1, 5): 'b', time(5): 'c', timedelta(1): 'd'}
print(table[date(2020, 1, 1)], table[datetime(2020, 1, 1, 5)], table[time(5)], table[timedelta(hours=24)])
print(datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))))
print(hash(datetime(2020, 1, 1, tzinfo=timezone.utc)) == hash(datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))))
print(datetime(2020, 1, 1) != date(2020, 1, 1), date(2020, 1, 1).isocalendar() == (2020, 1, 3))
print(repr(date(2020, 1, 1) + timedelta(days=0.5)), repr(date(2020, 1, 1) - timedelta(hours=1)))
print(repr(datetime(2020, 1, 1) + timedelta(days=0.5)), repr(datetime(1, 1, 1) - datetime(9999, 12, 31)))
show('neg max', lambda: -timedelta.max)
show('min * -1', lambda: timedelta.min * -1)
print(repr(timedelta(seconds=1) * 5e-7), repr(timedelta(seconds=1) * 1.5e-6), repr(timedelta(microseconds=5) / -2.0))
print(repr(timedelta(microseconds=3) / -2), repr(timedelta(microseconds=-1) // timedelta(microseconds=3)))
show('div zero float', lambda: timedelta(microseconds=1) / 0.0)
print(repr(timedelta(microseconds=1) * 0.0), repr(timedelta(weeks=-0.1)), repr(timedelta(milliseconds=0.5)))
print(repr(datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).utcoffset()))
show('max to utc', lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(timezone.utc))
print(repr(datetime(2020, 1, 1, tzinfo=timezone.utc).timetuple()), repr(datetime(2020, 1, 1).utctimetuple()))
print(repr(datetime(2020, 1, 1, tzinfo=Std()).timetuple()))
print(repr(time(1, 2, 3, 4, timezone.utc, fold=1)), repr(date(2020, 1, 1).replace(year=2021, month=2, day=3)))
show('replace too many', lambda: date(2020, 1, 1).replace(2021, 2, 3, 4))


class Meeting(datetime):
    def label(self):
        return self.strftime('%a %H:%M')


m = Meeting(2024, 5, 6, 9, 30)
print(repr(m), m.label(), type(m + timedelta(1)).__name__, type(m - m).__name__)
print(type(Meeting.fromisoformat('2024-05-06')).__name__, type(Meeting.combine(date(2020, 1, 1), time())).__name__)
print(type(Meeting.strptime('2024', '%Y')).__name__, type(m.replace(hour=1)).__name__)


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None

    def tzname(self, dt):
        return None

    def dst(self, dt):
        return None


n = datetime(2020, 1, 1, tzinfo=NoOffset())
print(repr(n.strftime('[%z] [%Z]')), n.isoformat(), repr(n - datetime(2020, 1, 1)), n == datetime(2020, 1, 1))
print(n < datetime(2020, 1, 2), n.utcoffset(), n.tzname(), n.dst(), repr(n.timetuple()))
show('timestamp', lambda: n.timestamp())
show('aware - none', lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) - n)
show('aware < none', lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) < n)
print(datetime(2020, 1, 1, tzinfo=timezone.utc) == n)
print('{0:%Y}|{0}|{1:%d %B}'.format(time(1), date(2020, 5, 17)), format(time(1), '%Y'))
