# fromisoformat (3.11 grammar) and strptime.
from datetime import date, datetime, time, timedelta, timezone


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ['2020-01-02', '20200102', '2020-W01', '2020-W01-3', '2020W013', '2020W01',
          '2020-01-02T03', '2020-01-02T0304', '2020-01-02T03:04:05.1',
          '2020-01-02T03:04:05.1234567', '2020-01-02T03:04:05,5', '2020-01-02 03:04:05Z',
          '2020-01-02x03:04:05+01', '2020-01-02T03:04:05-0130', '2020-01-02T03:04:05+01:30:15.5',
          '2020-01-02T24:00', '2020-01-02T', '2020-01-0', '2020-1-02', '2020-01-02T03:04:05.',
          '2020-W53', '2021-W53', '2020-01-02T03:04:05+24:00', '2020-01-02T03:04:5',
          '2020-01-02T030405', '2020-01-02T03:0405', '', '2020-02-30', '2020-01-02T03:04:05+0',
          '2020-01-02T03:04:05Z1', '2020-01-02T03:04:05-00:00']:
    show(s, lambda: datetime.fromisoformat(s))
for s in ['03', '0304', '03:04:05.123', '03:04:05+01:00', 'T03:04', '03:04:05.1234567Z',
          '24:00', '3:04', '03:60', '']:
    show('time ' + s, lambda: time.fromisoformat(s))
for s in ['2020-01-02T03', '2020-W01-1', '20200102', '2020-01-02 ', '0000-01-01']:
    show('date ' + s, lambda: date.fromisoformat(s))
show('iso int', lambda: datetime.fromisoformat(5))
show('iso date int', lambda: date.fromisoformat(5))
d = datetime(2024, 1, 2, 3, 4, 5, 60, tzinfo=timezone(timedelta(hours=-2)))
print(datetime.fromisoformat(d.isoformat()) == d, time.fromisoformat(d.timetz().isoformat()) == d.timetz())

cases = [
    ('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'),
    ('20240102', '%Y%m%d'),
    ('2024-1-2', '%Y-%m-%d'),
    ('02/01/24', '%d/%m/%y'),
    ('02/01/69', '%d/%m/%y'),
    ('02/01/68', '%d/%m/%y'),
    ('Tue Jan  2 03:04:05 2024', '%c'),
    ('01/02/24 03:04:05', '%x %X'),
    ('March 5 2021', '%B %d %Y'),
    ('mar 5 2021', '%b %d %Y'),
    ('Friday 5 March 2021', '%A %d %B %Y'),
    ('7:05 PM', '%I:%M %p'),
    ('12:05 am', '%I:%M %p'),
    ('12:05 pm', '%I:%M %p'),
    ('12:30:45.5', '%H:%M:%S.%f'),
    ('12:30:45.000123', '%H:%M:%S.%f'),
    ('2024-060', '%Y-%j'),
    ('2023 10 1', '%Y %U %w'),
    ('2023 10 1', '%Y %W %w'),
    ('2023 0 Sun', '%Y %U %a'),
    ('2020-W53-5', '%G-W%V-%u'),
    ('2020-01-01T10:00:00+0530', '%Y-%m-%dT%H:%M:%S%z'),
    ('2020-01-01T10:00:00-05:00', '%Y-%m-%dT%H:%M:%S%z'),
    ('2020-01-01T10:00:00Z', '%Y-%m-%dT%H:%M:%S%z'),
    ('10:00 +0000 UTC', '%H:%M %z %Z'),
    ('10:00 +0100 UTC', '%H:%M %z %Z'),
    ('10:00 UTC', '%H:%M %Z'),
    ('100% done 5', '100%% done %d'),
    ('  5   6', ' %d %m'),
    ('1112', '%m%d'),
    ('123', '%m%d'),
    ('2024', '%Y-%m'),
    ('2020-01-01x', '%Y-%m-%d'),
    ('2020-13', '%Y-%m'),
    ('2020-02-30', '%Y-%m-%d'),
    ('02-29', '%m-%d'),
    ('61', '%S'),
    ('', ''),
    ('x', ''),
]
for text, fmt in cases:
    show('%r %r' % (text, fmt), lambda: datetime.strptime(text, fmt))
show('bad directive', lambda: datetime.strptime('2020', '%Q'))
show('stray', lambda: datetime.strptime('2020', '%Y%'))
show('text int', lambda: datetime.strptime(1, '%Y'))
show('fmt int', lambda: datetime.strptime('1', 2))
show('time.strptime attr', lambda: time.strptime)
for text, fmt in [('2023-366', '%Y-%j'), ('2023 53 6', '%Y %U %w'), ('2024 0 1', '%Y %W %w'),
                  ('2023 2', '%Y %U'), ('Mon 2020', '%a %Y'), ('2020 53', '%G %V'),
                  ('2020 5', '%Y %V'), ('2020-W53-5 2019', '%G-W%V-%u %Y'), ('1 2020', '%u %Y'),
                  ('2020 5 2020', '%G %V %Y'), ('2020 5 1 3', '%G %V %u %j'), ('2020 3', '%G %j'),
                  ('5', '%V'), ('2021 1 Mon', '%G %V %a'), ('2019 1 0', '%G %V %w')]:
    show('%r %r' % (text, fmt), lambda: datetime.strptime(text, fmt))
# long inputs: no deep recursion, no runaway backtracking
print(datetime.strptime('a' * 3000, 'a' * 3000).year, datetime.strptime(' ' * 3000 + '5', ' %d').day)
show('many digits', lambda: datetime.strptime('1' * 40 + 'x', '%m%d%H%M%S%y%j'))
show('padded', lambda: datetime.strptime('2024' + ' ' * 200 + 'x', '%Y %m'))
