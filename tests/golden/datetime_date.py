# date: construction checks, calendar methods, arithmetic and comparisons.
import datetime
from datetime import date, timedelta


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day)
print(repr(date(year=1, month=1, day=1)), repr(date.min), repr(date.max), repr(date.resolution))
print(datetime.MINYEAR, datetime.MAXYEAR)
print(d.weekday(), d.isoweekday(), d.toordinal(), repr(date.fromordinal(738945)))
print(d.isocalendar(), d.isocalendar().week, d.isocalendar()[0], tuple(d.isocalendar()))
for y, m, dd in [(2020, 1, 1), (2021, 1, 3), (2020, 12, 31), (2026, 12, 28), (2015, 12, 31), (1, 1, 1)]:
    print(y, m, dd, date(y, m, dd).isocalendar(), date(y, m, dd).toordinal())
print(repr(date.fromisocalendar(2020, 53, 7)), repr(date.fromisocalendar(2024, 1, 1)))
print(repr(d.timetuple()))
print(repr(d.replace(year=2023, day=28)), repr(d.replace(2000)), repr(d.replace()))
print(repr(d + timedelta(days=1)), repr(timedelta(days=-60) + d), repr(d - timedelta(hours=47)))
print(repr(d - date(2024, 1, 1)), repr(date(2000, 1, 1) - d))
print(repr(d + timedelta(seconds=-1)))
print(d > date(2024, 2, 28), d == date(2024, 2, 29), d != date(2024, 2, 29), d <= date(2000, 1, 1))
print(hash(d) == hash(date(2024, 2, 29)), len({d, date(2024, 2, 29), date(2024, 3, 1)}))
print(d == 1, d != 'x', sorted([date(2024, 3, 1), date(2023, 5, 5), d]))
# leap years and month lengths
for y in (1900, 2000, 2023, 2024):
    show(str(y), lambda: date(y, 2, 29))
for n in (1, 365, 366, 730120, 3652059):
    print(n, repr(date.fromordinal(n)), date.fromordinal(n).toordinal() == n)


class MyDate(date):
    def double_year(self):
        return self.year * 2


m = MyDate(2020, 5, 6)
print(repr(m), m.double_year(), type(m).__name__, isinstance(m, date), m == date(2020, 5, 6))
# misuse
show('year 0', lambda: date(0, 1, 1))
show('year 10000', lambda: date(10000, 1, 1))
show('month 13', lambda: date(2020, 13, 1))
show('month 0', lambda: date(2020, 0, 1))
show('day 30 feb', lambda: date(2020, 2, 30))
show('day 0', lambda: date(2020, 1, 0))
show('str year', lambda: date('a', 1, 1))
show('float year', lambda: date(2020.0, 1, 1))
show('missing day', lambda: date(2020, 1))
show('missing all', lambda: date())
show('too many', lambda: date(2020, 1, 1, 1))
show('too many kw', lambda: date(year=2020, month=1, day=1, x=1))
show('dup', lambda: date(2020, year=2020, month=1, day=1))
show('bad kw', lambda: date(2020, 1, 1, x=1))
show('max+1', lambda: date.max + timedelta(1))
show('min-1', lambda: date.min - timedelta(1))
show('ordinal 0', lambda: date.fromordinal(0))
show('ordinal big', lambda: date.fromordinal(3652060))
show('isocal week', lambda: date.fromisocalendar(2021, 53, 7))
show('isocal day', lambda: date.fromisocalendar(2021, 5, 8))
show('isocal year', lambda: date.fromisocalendar(0, 5, 1))
show('add int', lambda: date(2020, 1, 1) + 1)
show('sub int', lambda: date(2020, 1, 1) - 1)
show('rsub', lambda: 1 - date(2020, 1, 1))
show('lt int', lambda: date(2020, 1, 1) < 1)
show('replace bad', lambda: date(2020, 1, 31).replace(month=2))
show('replace kw', lambda: date(2020, 1, 1).replace(hour=1))
show('today arg', lambda: date.today(1))
show('isoformat arg', lambda: date(2020, 1, 1).isoformat(1))
print(type(date.today()).__name__, date.today() >= date(2024, 1, 1))
