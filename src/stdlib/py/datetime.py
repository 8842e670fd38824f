# The datetime module: proleptic Gregorian dates, times of day, durations and
# fixed-offset zones, with the argument checks and messages of CPython 3.11's
# Modules/_datetimemodule.c. The current time comes from `time.time()`, which
# reads the interpreter's clock (virtual under `--clock=virtual`).

import time as _time
from operator import attrgetter as _attrgetter, itemgetter as _itemgetter

MINYEAR = 1
MAXYEAR = 9999

_MISSING = object()
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DAYS = 999999999

# Days in each month of a common year (index 1..12).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
               'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December')


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _days_before_year(year):
    # Days from 0001-01-01 up to January 1st of `year`.
    p = year - 1
    return p * 365 + p // 4 - p // 100 + p // 400


# Ordinals go through a calendar whose years start on March 1st, so the
# leap day ends a year and month lengths repeat in a 153-day pattern
# (Howard Hinnant's days_from_civil/civil_from_days); day 0 of that
# calendar, 0000-03-01, is ordinal -305.

def _to_ordinal(year, month, day):
    if month <= 2:
        year -= 1
        month += 9
    else:
        month -= 3
    era = year // 400
    yoe = year - era * 400
    doy = (153 * month + 2) // 5 + day - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 305


def _from_ordinal(n):
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return era * 400 + yoe, mp + 3, day
    return era * 400 + yoe + 1, mp - 9, day


def _iso_week1_monday(year):
    jan4 = _to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cls_prefix(obj):
    # The repr prefix: 'datetime.date' for the module's own classes, the
    # bare class name for a subclass (a heap type's tp_name).
    cls = type(obj)
    if cls in _OWN:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _c_int(value):
    # An argument the C module reads as a C int ("i" format).
    value = _index(value)
    if value >= 2 ** 63 or value < -2 ** 63:
        raise OverflowError('Python int too large to convert to C long')
    if value > 2 ** 31 - 1:
        raise OverflowError('signed integer is greater than maximum')
    if value < -2 ** 31:
        raise OverflowError('signed integer is less than minimum')
    return value


def _parse_args(args, kwargs, names, required, npositional, fname):
    """Bind `args`/`kwargs` to `names` as PyArg_ParseTupleAndKeywords does
    (its messages included); absent optional values are _MISSING."""
    nargs = len(args)
    total = nargs + len(kwargs)
    who = 'function' if fname is None else fname + '()'
    if nargs > npositional:
        if npositional == len(names):
            raise TypeError('%s takes at most %d argument%s (%d given)'
                            % (who, npositional,
                               '' if npositional == 1 else 's', total))
        raise TypeError('%s takes at most %d positional argument%s (%d given)'
                        % (who, npositional,
                           '' if npositional == 1 else 's', nargs))
    if total > len(names):
        raise TypeError('%s takes at most %d %sargument%s (%d given)'
                        % (who, len(names), '' if nargs else 'keyword ',
                           '' if len(names) == 1 else 's', total))
    out = []
    used = 0
    for i, name in enumerate(names):
        if i < nargs:
            if name in kwargs:
                raise TypeError("argument for %s given by name ('%s') and "
                                "position (%d)" % (who, name, i + 1))
            out.append(args[i])
        elif name in kwargs:
            out.append(kwargs[name])
            used += 1
        elif i < required:
            raise TypeError("%s missing required argument '%s' (pos %d)"
                            % (who, name, i + 1))
        else:
            out.append(_MISSING)
    if used < len(kwargs):
        for key in kwargs:
            if key not in names:
                where = 'this function' if fname is None else fname + '()'
                if not isinstance(key, str):
                    raise TypeError('keywords must be strings')
                raise TypeError("'%s' is an invalid keyword argument for %s"
                                % (key, where))
    return out


def _check_date_fields(y, m, d):
    y, m, d = _c_int(y), _c_int(m), _c_int(d)
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if m < 1 or m > 12:
        raise ValueError('month must be in 1..12')
    if d < 1 or d > _month_length(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


# (name, largest value) of the clock fields, in constructor order.
_CLOCK_LIMITS = (('hour', 23), ('minute', 59), ('second', 59),
                 ('microsecond', 999999))


def _check_time_fields(*values):
    fields = [_c_int(v) for v in values]
    for (name, top), v in zip(_CLOCK_LIMITS, fields):
        if v < 0 or v > top:
            raise ValueError('%s must be in 0..%d' % (name, top))
    if fields[4] not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return tuple(fields)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)
    return tz


def _round_half_even(num, den):
    # num / den rounded to the nearest integer, ties to even (den > 0).
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _exact_ratio(x):
    if isinstance(x, float):
        if x != x:
            raise ValueError('cannot convert float NaN to integer')
        if x in (float('inf'), float('-inf')):
            raise OverflowError('cannot convert float infinity to integer')
        return x.as_integer_ratio()
    return int(x), 1


# ---------------------------------------------------------------- timedelta

_TD_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes',
             'hours', 'weeks')
_TD_FACTORS = (_US_PER_DAY, _US_PER_SECOND, 1, 1000, 60 * _US_PER_SECOND,
               3600 * _US_PER_SECOND, 7 * _US_PER_DAY)


_TD_FACTOR_OF = dict(zip(_TD_NAMES, _TD_FACTORS))


def _td_from_us(cls, total):
    made = _timedelta_at(cls, total)
    if made is not None:
        return made
    days, rem = divmod(total, _US_PER_DAY)
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        if days >= 2 ** 31 or days < -2 ** 31:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= %d'
                            % (days, _MAX_DAYS))
    self = object.__new__(cls)
    self._total = total
    return self


class timedelta:
    """Difference between two datetime values."""

    def __new__(cls, *args, **kwargs):
        if not kwargs and len(args) == 1 and type(args[0]) is int:
            return _td_from_us(cls, args[0] * _US_PER_DAY)
        if not args:
            # Common case: whole-number keyword components.
            total = 0
            for key, value in kwargs.items():
                factor = _TD_FACTOR_OF.get(key)
                if factor is None or type(value) is not int:
                    break
                total += value * factor
            else:
                return _td_from_us(cls, total)
        values = _parse_args(args, kwargs, _TD_NAMES, 0, 7, '__new__')
        num = 0
        den = 1
        for name, value, factor in zip(_TD_NAMES, values, _TD_FACTORS):
            if value is _MISSING:
                continue
            if isinstance(value, int):
                num += int(value) * factor * den
            elif isinstance(value, float):
                n, d = _exact_ratio(value)
                num = num * d + n * factor * den
                den *= d
            else:
                raise TypeError('unsupported type for timedelta %s '
                                'component: %s' % (name, type(value).__name__))
        return _td_from_us(cls, _round_half_even(num, den))

    # Only the total is stored; the normalised fields are derived from it.
    _hashcode = -1

    days = property(lambda td: td._total // _US_PER_DAY,
                    doc='Number of days.')
    seconds = property(lambda td: td._total % _US_PER_DAY // _US_PER_SECOND,
                       doc='Number of seconds (>= 0 and less than 1 day).')
    microseconds = property(lambda td: td._total % _US_PER_SECOND,
                            doc='Number of microseconds (>= 0 and less '
                            'than 1 second).')

    def _fields(self):
        days, rem = divmod(self._total, _US_PER_DAY)
        secs, us = divmod(rem, _US_PER_SECOND)
        return days, secs, us

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._total / _US_PER_SECOND

    def __repr__(self):
        parts = []
        days, secs, us = self._fields()
        if days:
            parts.append('days=%d' % days)
        if secs:
            parts.append('seconds=%d' % secs)
        if us:
            parts.append('microseconds=%d' % us)
        if not parts:
            parts.append('0')
        return '%s(%s)' % (_cls_prefix(self), ', '.join(parts))

    def __str__(self):
        days, secs, us = self._fields()
        minutes, secs = divmod(secs, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, secs)
        if us:
            text += '.%06d' % us
        if days:
            plural = '' if abs(days) == 1 else 's'
            text = '%d day%s, %s' % (days, plural, text)
        return text

    def __add__(self, rhs):
        if isinstance(rhs, timedelta):
            return _td_from_us(timedelta, self._total + rhs._total)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, rhs):
        if isinstance(rhs, timedelta):
            return _td_from_us(timedelta, self._total - rhs._total)
        return NotImplemented

    def __rsub__(self, rhs):
        if isinstance(rhs, timedelta):
            return _td_from_us(timedelta, rhs._total - self._total)
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._total)

    def __pos__(self):
        return _td_from_us(timedelta, self._total)

    def __abs__(self):
        return _td_from_us(timedelta, abs(self._total))

    def __mul__(self, rhs):
        if isinstance(rhs, int):
            return _td_from_us(timedelta, self._total * int(rhs))
        if isinstance(rhs, float):
            n, d = rhs.as_integer_ratio()
            return _td_from_us(timedelta,
                               _round_half_even(self._total * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, rhs):
        if isinstance(rhs, timedelta):
            if rhs._total == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._total // rhs._total
        if isinstance(rhs, int):
            if rhs == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(timedelta, self._total // int(rhs))
        return NotImplemented

    def __truediv__(self, rhs):
        if isinstance(rhs, timedelta):
            if rhs._total == 0:
                raise ZeroDivisionError('division by zero')
            return self._total / rhs._total
        if isinstance(rhs, int):
            if rhs == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(timedelta,
                               _round_half_even(self._total, int(rhs))
                               if rhs > 0 else
                               _round_half_even(-self._total, -int(rhs)))
        if isinstance(rhs, float):
            n, d = rhs.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            if n < 0:
                n, d = -n, -d
            return _td_from_us(timedelta,
                               _round_half_even(self._total * d, n))
        return NotImplemented

    def __mod__(self, rhs):
        if isinstance(rhs, timedelta):
            if rhs._total == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _td_from_us(timedelta, self._total % rhs._total)
        return NotImplemented

    def __divmod__(self, rhs):
        if isinstance(rhs, timedelta):
            if rhs._total == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._total, rhs._total)
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    def __eq__(self, rhs):
        if isinstance(rhs, timedelta):
            return self._total == rhs._total
        return NotImplemented

    def __ne__(self, rhs):
        if isinstance(rhs, timedelta):
            return self._total != rhs._total
        return NotImplemented

    def __lt__(self, rhs):
        if isinstance(rhs, timedelta):
            return self._total < rhs._total
        return NotImplemented

    def __le__(self, rhs):
        if isinstance(rhs, timedelta):
            return self._total <= rhs._total
        return NotImplemented

    def __gt__(self, rhs):
        if isinstance(rhs, timedelta):
            return self._total > rhs._total
        return NotImplemented

    def __ge__(self, rhs):
        if isinstance(rhs, timedelta):
            return self._total >= rhs._total
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._fields())
        return self._hashcode

    def __bool__(self):
        return self._total != 0

    def __reduce__(self):
        return (type(self), self._fields())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = _td_from_us(timedelta, -_MAX_DAYS * _US_PER_DAY)
timedelta.max = _td_from_us(timedelta, (_MAX_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(timedelta, 1)

_ZERO = _td_from_us(timedelta, 0)
_DAY = _td_from_us(timedelta, _US_PER_DAY)


# ---------------------------------------------------------------- formatting

def _format_offset(off, sep):
    # '+HH<sep>MM[<sep>SS[.ffffff]]' for a utcoffset() value, '' for None.
    if off is None:
        return ''
    total = off._total
    sign = '+'
    if total < 0:
        sign = '-'
        total = -total
    secs, us = divmod(total, _US_PER_SECOND)
    mins, secs = divmod(secs, 60)
    hours, mins = divmod(mins, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, mins)
    if secs or us:
        text += '%s%02d' % (sep, secs)
        if us:
            text += '.%06d' % us
    return text


def _format_clock(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


def _week_of_year(yday, wday, first):
    # %U (first == 6, weeks start on Sunday) and %W (first == 0, Monday):
    # days before the year's first such weekday are in week 0.
    return (yday + 6 - (wday - first) % 7) // 7


# Numeric conversions: (natural width, natural padding).
_NUMERIC_FORMATS = {
    'd': (2, '0'), 'e': (2, ' '), 'H': (2, '0'), 'I': (2, '0'),
    'k': (2, ' '), 'l': (2, ' '), 'M': (2, '0'), 'S': (2, '0'),
    'm': (2, '0'), 'y': (2, '0'), 'g': (2, '0'), 'C': (1, '0'),
    'j': (3, '0'), 'U': (2, '0'), 'W': (2, '0'), 'V': (2, '0'),
    'Y': (1, '0'), 'G': (1, '0'), 'u': (1, '0'), 'w': (1, '0'),
    's': (1, '0'),
}
_E_MODIFIABLE = 'cCxXyY'
_O_MODIFIABLE = 'deHImMSuUVwWy'


def _strftime(fmt, fields, tz_owner):
    """Render `fmt` as glibc's strftime does in the C locale, with %f, %z
    and %Z supplied by the datetime object as CPython does. `fields` is
    (year, month, day, hour, minute, second, microsecond); `tz_owner`
    answers utcoffset()/tzname() (None for a date)."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(fmt).__name__)
    y, mo, d, h, mi, s, us = fields
    ordinal = _to_ordinal(y, mo, d)
    wday = (ordinal + 6) % 7
    yday = ordinal - _days_before_year(y)
    iso = None
    out = []
    i = 0
    n = len(fmt)
    # CPython gives up (returning '') once the text outgrows its buffer,
    # which doubles from 1024 up to 256 times the format's length.
    limit = 1024
    while limit < 256 * n:
        limit *= 2
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        start = i
        i += 1
        flags = ''
        while i < n and fmt[i] in '-_0^#':
            flags += fmt[i]
            i += 1
        width_start = i
        while i < n and '0' <= fmt[i] <= '9':
            i += 1
        width = int(fmt[width_start:i]) if i > width_start else None
        if width is not None and width >= limit:
            return ''
        modifier = ''
        if i < n and fmt[i] in 'EO':
            modifier = fmt[i]
            i += 1
        if i == n:
            # glibc copies an unfinished conversion, padded to its width.
            out.append(fmt[start:].rjust(width or 0))
            break
        c = fmt[i]
        i += 1
        plain = not flags and width is None and not modifier
        if c in 'zZ' and not plain:
            # CPython fills only the bare %z and %Z; glibc sees no zone.
            out.append('' if width is None else ''.rjust(width))
            continue
        if (modifier == 'E' and c not in _E_MODIFIABLE) or \
                (modifier == 'O' and c not in _O_MODIFIABLE) or \
                (c == 'f' and not plain):
            out.append(fmt[start:i])
            continue
        if c in _NUMERIC_FORMATS:
            if c in 'GVg' and iso is None:
                iso = _iso_calendar(y, mo, d)
            value = _numeric_field(c, fields, wday, yday, iso)
            natural, pad = _NUMERIC_FORMATS[c]
            text = str(value)
            if '-' in flags and width is None:
                out.append(text)
                continue
            if '_' in flags or '-' in flags:
                pad = ' '
            elif '0' in flags:
                pad = '0'
            out.append(text.rjust(natural if width is None else width, pad))
            continue
        text = _text_field(c, fields, wday, tz_owner)
        if text is None:
            out.append(fmt[start:i])
            continue
        if '^' in flags or ('#' in flags and c in 'aAbBh'):
            text = text.upper()
        elif '#' in flags and c in 'pZ':
            text = text.lower()
        if width is not None:
            text = text.rjust(width, '0' if '0' in flags else ' ')
        out.append(text)
    text = ''.join(out)
    return '' if len(text) >= limit else text


def _numeric_field(c, fields, wday, yday, iso):
    y, mo, d, h, mi, s = fields[:6]
    if c == 'd' or c == 'e':
        return d
    if c == 'H' or c == 'k':
        return h
    if c == 'I' or c == 'l':
        return (h + 11) % 12 + 1
    if c == 'M':
        return mi
    if c == 'S':
        return s
    if c == 'm':
        return mo
    if c == 'y':
        return y % 100
    if c == 'C':
        return y // 100
    if c == 'Y':
        return y
    if c == 'j':
        return yday
    if c == 'U':
        return _week_of_year(yday, wday, 6)
    if c == 'W':
        return _week_of_year(yday, wday, 0)
    if c == 'G':
        return iso[0]
    if c == 'g':
        return iso[0] % 100
    if c == 'V':
        return iso[1]
    if c == 'u':
        return wday + 1
    if c == 'w':
        return (wday + 1) % 7
    return _local_to_posix(_FieldView(fields))


def _text_field(c, fields, wday, tz_owner):
    # The text of a non-numeric conversion, or None for an unknown one.
    y, mo, d, h, mi, s, us = fields
    if c == 'a':
        return _DAY_ABBR[wday]
    if c == 'A':
        return _DAY_NAMES[wday]
    if c == 'b' or c == 'h':
        return _MONTH_ABBR[mo]
    if c == 'B':
        return _MONTH_NAMES[mo]
    if c == 'p':
        return 'AM' if h < 12 else 'PM'
    if c == 'P':
        return 'am' if h < 12 else 'pm'
    if c == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_ABBR[wday],
                                               _MONTH_ABBR[mo], d, h, mi, s,
                                               y)
    if c == 'x' or c == 'D':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if c == 'X' or c == 'T':
        return '%02d:%02d:%02d' % (h, mi, s)
    if c == 'F':
        return '%d-%02d-%02d' % (y, mo, d)
    if c == 'R':
        return '%02d:%02d' % (h, mi)
    if c == 'r':
        return '%02d:%02d:%02d %s' % ((h + 11) % 12 + 1, mi, s,
                                      'AM' if h < 12 else 'PM')
    if c == 'n':
        return '\n'
    if c == 't':
        return '\t'
    if c == '%':
        return '%'
    if c == 'f':
        return '%06d' % us
    if c == 'z':
        if tz_owner is None:
            return ''
        return _format_offset(tz_owner.utcoffset(), '')
    if c == 'Z':
        if tz_owner is None:
            return ''
        name = tz_owner.tzname()
        return '' if name is None else name
    return None


def _ctime(fields):
    # Like strftime's %c, but the year always has four digits.
    y, mo, d, h, mi, s = fields[:6]
    wday = (_to_ordinal(y, mo, d) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_ABBR[wday], _MONTH_ABBR[mo],
                                              d, h, mi, s, y)


def _iso_calendar(y, m, d):
    ordinal = _to_ordinal(y, m, d)
    year = y
    monday = _iso_week1_monday(year)
    if ordinal < monday:
        year -= 1
        monday = _iso_week1_monday(year)
    else:
        following = _iso_week1_monday(year + 1)
        if ordinal >= following:
            year += 1
            monday = following
    week, day = divmod(ordinal - monday, 7)
    return year, week + 1, day + 1


def _check_format_spec(fmt):
    if not isinstance(fmt, str):
        raise TypeError('__format__() argument 1 must be str, not %s'
                        % type(fmt).__name__)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(_itemgetter(0))
    week = property(_itemgetter(1))
    weekday = property(_itemgetter(2))

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % (self[0], self[1], self[2]))

    def __reduce__(self):
        return (tuple, (tuple(self),))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---------------------------------------------------------------- date

def _new_date(cls, y, m, d, ordinal):
    obj = object.__new__(cls)
    obj._ord = ordinal
    obj._year, obj._month, obj._day = y, m, d
    return obj


def _date_from_ordinal(cls, n):
    made = _date_at(cls, n)
    if made is None:
        raise OverflowError('date value out of range')
    return made


def _no_args(name, args, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if args:
        raise TypeError('%s() takes no arguments (%d given)'
                        % (name, len(args)))


def _check_str_arg(fname, value):
    if not isinstance(value, str):
        raise TypeError('%s: argument must be str' % fname)


class date:
    """date(year, month, day) --> date object"""

    _hashcode = -1

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 3:
            args = _parse_args(args, kwargs, ('year', 'month', 'day'), 3, 3,
                               None)
        y, m, d = _check_date_fields(args[0], args[1], args[2])
        return _new_date(cls, y, m, d, _to_ordinal(y, m, d))

    @classmethod
    def today(cls, *args, **kwargs):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        _no_args('datetime.today' if issubclass(cls, datetime)
                 else 'date.today', args, kwargs)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        secs, _ = _split_timestamp(t)
        fields = _local_fields(secs)
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _c_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % _from_ordinal(n)[0])
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, text):
        """str -> Construct a date from a string in ISO 8601 format."""
        _check_str_arg('fromisoformat', text)
        fields = _parse_iso_date(text, 0)
        if fields is None or fields[3] != len(text):
            raise ValueError('Invalid isoformat string: %r' % (text,))
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        parts = [_index(v) for v in (year, week, day)]
        for v in parts:
            if not -2 ** 31 <= v < 2 ** 31:
                raise ValueError('ISO calendar component out of range')
        y, m, d = _from_iso_calendar(*parts)
        return cls(y, m, d)

    year = property(_attrgetter('_year'), doc='year (1-9999)')
    month = property(_attrgetter('_month'), doc='month (1-12)')
    day = property(_attrgetter('_day'), doc='day (1-31)')

    def _date_fields(self):
        return (self._year, self._month, self._day)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return self._ord

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self._ord + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (self._ord + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_iso_calendar(self._year, self._month,
                                               self._day))

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        if args or kwargs:
            raise TypeError('date.isoformat() takes no arguments (%d given)'
                            % (len(args) + len(kwargs)))
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_cls_prefix(self), self._year,
                                   self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._date_fields() + (0, 0, 0))

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _strftime(fmt, self._date_fields() + (0, 0, 0, 0), None)

    def __format__(self, fmt):
        _check_format_spec(fmt)
        if not fmt:
            return str(self)
        return self.strftime(fmt)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _make_struct_time(self._date_fields() + (0, 0, 0), -1)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        y, m, d = _parse_args(args, kwargs, ('year', 'month', 'day'), 0, 3,
                              'replace')
        return type(self)(self._year if y is _MISSING else y,
                          self._month if m is _MISSING else m,
                          self._day if d is _MISSING else d)

    def __add__(self, rhs):
        if isinstance(rhs, timedelta):
            made = _date_at(type(self), self._ord + rhs._total // _US_PER_DAY)
            if made is None:
                raise OverflowError('date value out of range')
            return made
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, rhs):
        if isinstance(rhs, timedelta):
            return _date_from_ordinal(type(self), self._ord - rhs._total // _US_PER_DAY)
        if isinstance(rhs, date) and not isinstance(rhs, datetime):
            return _td_from_us(timedelta,
                               (self._ord - rhs._ord) * _US_PER_DAY)
        return NotImplemented

    def __eq__(self, rhs):
        if isinstance(rhs, datetime):
            return NotImplemented
        if isinstance(rhs, date):
            return self._date_fields() == rhs._date_fields()
        return NotImplemented

    def __ne__(self, rhs):
        if isinstance(rhs, datetime):
            return NotImplemented
        if isinstance(rhs, date):
            return self._date_fields() != rhs._date_fields()
        return NotImplemented

    def __lt__(self, rhs):
        if isinstance(rhs, date) and not isinstance(rhs, datetime):
            return self._date_fields() < rhs._date_fields()
        return NotImplemented

    def __le__(self, rhs):
        if isinstance(rhs, date) and not isinstance(rhs, datetime):
            return self._date_fields() <= rhs._date_fields()
        return NotImplemented

    def __gt__(self, rhs):
        if isinstance(rhs, date) and not isinstance(rhs, datetime):
            return self._date_fields() > rhs._date_fields()
        return NotImplemented

    def __ge__(self, rhs):
        if isinstance(rhs, date) and not isinstance(rhs, datetime):
            return self._date_fields() >= rhs._date_fields()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_fields())
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._date_fields())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_MAX_ORDINAL = _to_ordinal(MAXYEAR, 12, 31)
date.min = _new_date(date, 1, 1, 1, 1)
date.max = _new_date(date, MAXYEAR, 12, 31, _MAX_ORDINAL)
date.resolution = _DAY


def _make_struct_time(fields, isdst):
    y, m, d = fields[0], fields[1], fields[2]
    ordinal = _to_ordinal(y, m, d)
    return _time.struct_time((y, m, d, fields[3], fields[4], fields[5],
                              (ordinal + 6) % 7,
                              ordinal - _days_before_year(y), isdst))


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        last_week = 52
        # A year has 53 weeks when it starts on a Thursday, or on a
        # Wednesday in a leap year.
        jan1 = (_to_ordinal(year, 1, 1) + 6) % 7
        if jan1 == 3 or (jan1 == 2 and _is_leap(year)):
            last_week = 53
        if not 0 < week <= last_week:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _from_ordinal(n)


# ---------------------------------------------------------------- tzinfo

def _check_offset(what, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not '
                        "'%s'" % (what, type(off).__name__))
    if not -_DAY._total < off._total < _DAY._total:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError('tzinfo.tzname() must return None or a string, '
                        "not '%s'" % type(name).__name__)
    return name


class tzinfo:
    """Abstract base class for time zone info objects."""

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement '
                                  'utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement '
                                  'tzname()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _check_offset('utcoffset', self.utcoffset(dt))
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        saving = _check_offset('dst', self.dst(dt))
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = off - saving
        if standard:
            dt = dt + standard
            saving = _check_offset('dst', dt.dst())
            if saving is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent '
                                 'results; cannot convert')
        return dt + saving

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', None)
        args = args() if args is not None else ()
        return (type(self), args, getattr(self, '__dict__', None))


def _check_dt_arg(what, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError('%s(dt) argument must be a datetime instance or '
                        'None, not %s' % (what, type(dt).__name__))


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    def __init_subclass__(cls, **kwargs):
        # A final type in CPython (no Py_TPFLAGS_BASETYPE).
        raise TypeError("type 'datetime.timezone' is not an acceptable "
                        "base type")

    def __new__(cls, *args, **kwargs):
        offset, name = _parse_args(args, kwargs, ('offset', 'name'), 1, 2,
                                   'timezone')
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta,'
                            ' not %s' % type(offset).__name__)
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if name is None and offset._total == 0 and cls is timezone:
            return _UTC
        if not -_DAY._total < offset._total < _DAY._total:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        return _new_timezone(cls, offset, name)

    def utcoffset(self, dt):
        _check_dt_arg('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        _check_dt_arg('dst', dt)
        return None

    def tzname(self, dt):
        _check_dt_arg('tzname', dt)
        if self._name is not None:
            return self._name
        if self._offset._total == 0:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        prefix = _cls_prefix(self)
        if self._name is None:
            return '%s(%r)' % (prefix, self._offset)
        return '%s(%r, %r)' % (prefix, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, rhs):
        if isinstance(rhs, timezone):
            return self._offset == rhs._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        args = (self._offset,) if self._name is None else (self._offset,
                                                           self._name)
        return (type(self), args)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _new_timezone(cls, offset, name):
    zone = object.__new__(cls)
    zone._offset, zone._name = offset, name
    return zone


_UTC = _new_timezone(timezone, _ZERO, None)
timezone.utc = _UTC
timezone.min = _new_timezone(timezone, timedelta(hours=-23, minutes=-59),
                             None)
timezone.max = _new_timezone(timezone, timedelta(hours=23, minutes=59), None)
UTC = _UTC


# ---------------------------------------------------------------- time

def _new_time(cls, h, m, s, us, tz, fold):
    self = object.__new__(cls)
    self._hour = h
    self._minute = m
    self._second = s
    self._microsecond = us
    if tz is not None:
        self._tzinfo = tz
    if fold:
        self._fold = fold
    return self


_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    # Defaults an instance overrides only when it differs.
    _tzinfo = None
    _fold = 0
    _hashcode = -1

    def __new__(cls, *args, **kwargs):
        h, m, s, us, tz, fold = _parse_args(args, kwargs, _TIME_NAMES, 0, 5,
                                            None)
        h, m, s, us, fold = _check_time_fields(
            0 if h is _MISSING else h, 0 if m is _MISSING else m,
            0 if s is _MISSING else s, 0 if us is _MISSING else us,
            0 if fold is _MISSING else fold)
        tz = None if tz is _MISSING else _check_tzinfo(tz)
        return _new_time(cls, h, m, s, us, tz, fold)

    @classmethod
    def fromisoformat(cls, text):
        """string -> time from a string in ISO 8601 format"""
        _check_str_arg('fromisoformat', text)
        start = 1 if text[:1] == 'T' else 0
        parsed = _parse_iso_time(text, start)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (text,))
        h, m, s, us, tz = parsed
        return cls(h, m, s, us, tz)

    hour = property(_attrgetter('_hour'), doc='hour (0-23)')
    minute = property(_attrgetter('_minute'), doc='minute (0-59)')
    second = property(_attrgetter('_second'), doc='second (0-59)')
    microsecond = property(_attrgetter('_microsecond'),
                           doc='microsecond (0-999999)')
    tzinfo = property(_attrgetter('_tzinfo'), doc='timezone info object')
    fold = property(_attrgetter('_fold'))

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        (timespec,) = _parse_args(args, kwargs, ('timespec',), 0, 1,
                                  'isoformat')
        if timespec is _MISSING:
            timespec = 'auto'
        elif not isinstance(timespec, str):
            raise TypeError('isoformat() argument 1 must be str, not %s'
                            % type(timespec).__name__)
        return (_format_clock(self._hour, self._minute, self._second,
                              self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        parts = [str(self._hour), str(self._minute)]
        if self._second or self._microsecond:
            parts.append(str(self._second))
        if self._microsecond:
            parts.append(str(self._microsecond))
        text = '%s(%s' % (_cls_prefix(self), ', '.join(parts))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _strftime(fmt, (1900, 1, 1) + self._clock(), self)

    def __format__(self, fmt):
        _check_format_spec(fmt)
        if not fmt:
            return str(self)
        return self.strftime(fmt)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        h, m, s, us, tz, fold = _parse_args(args, kwargs, _TIME_NAMES, 0, 5,
                                            'replace')
        return type(self)(self._hour if h is _MISSING else h,
                          self._minute if m is _MISSING else m,
                          self._second if s is _MISSING else s,
                          self._microsecond if us is _MISSING else us,
                          self._tzinfo if tz is _MISSING else tz,
                          fold=self._fold if fold is _MISSING else fold)

    def _compare(self, rhs, op):
        # Returns a (key, key) pair to compare, or raises/returns None.
        if self._tzinfo is rhs._tzinfo:
            return self._clock(), rhs._clock()
        mine = self.utcoffset()
        theirs = rhs.utcoffset()
        if mine == theirs:
            return self._clock(), rhs._clock()
        if mine is None or theirs is None:
            if op == '==':
                return None
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        a = (self._hour * 3600 + self._minute * 60 + self._second) \
            * _US_PER_SECOND + self._microsecond - mine._total
        b = (rhs._hour * 3600 + rhs._minute * 60 + rhs._second) \
            * _US_PER_SECOND + rhs._microsecond - theirs._total
        return a, b

    def __eq__(self, rhs):
        if not isinstance(rhs, time):
            return NotImplemented
        keys = self._compare(rhs, '==')
        return keys is not None and keys[0] == keys[1]

    def __ne__(self, rhs):
        if not isinstance(rhs, time):
            return NotImplemented
        keys = self._compare(rhs, '==')
        return keys is None or keys[0] != keys[1]

    def __lt__(self, rhs):
        if not isinstance(rhs, time):
            return NotImplemented
        a, b = self._compare(rhs, '<')
        return a < b

    def __le__(self, rhs):
        if not isinstance(rhs, time):
            return NotImplemented
        a, b = self._compare(rhs, '<')
        return a <= b

    def __gt__(self, rhs):
        if not isinstance(rhs, time):
            return NotImplemented
        a, b = self._compare(rhs, '<')
        return a > b

    def __ge__(self, rhs):
        if not isinstance(rhs, time):
            return NotImplemented
        a, b = self._compare(rhs, '<')
        return a >= b

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash(self._clock())
            else:
                total = (self._hour * 3600 + self._minute * 60
                         + self._second) * _US_PER_SECOND \
                    + self._microsecond - off._total
                self._hashcode = hash(total)
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._clock() + (self._tzinfo,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---------------------------------------------------------------- datetime

_DT_NAMES = ('year', 'month', 'day') + _TIME_NAMES
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _new_datetime(cls, y, mo, d, h, mi, s, us, tz, fold, ordinal):
    self = object.__new__(cls)
    self._year = y
    self._month = mo
    self._day = d
    self._ord = ordinal
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    if tz is not None:
        self._tzinfo = tz
    if fold:
        self._fold = fold
    return self


def _dt_from_us(cls, total, tz, fold=0):
    # A datetime from microseconds since 0001-01-01T00:00 (ordinal 1).
    made = _datetime_at(cls, total, tz, fold)
    if made is None:
        raise OverflowError('date value out of range')
    return made


def _split_timestamp(t):
    # A POSIX timestamp as whole seconds and microseconds, rounded half to
    # even as _PyTime_ObjectToTimeval does.
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (float('inf'), float('-inf')) or abs(t) >= 2.0 ** 63:
            raise OverflowError('timestamp out of range for platform time_t')
        n, d = t.as_integer_ratio()
        total = _round_half_even(n * _US_PER_SECOND, d)
        return divmod(total, _US_PER_SECOND)
    t = _index(t)
    if abs(t) >= 2 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return t, 0


def _utc_fields(secs):
    days, rem = divmod(secs, 86400)
    n = days + _EPOCH_ORDINAL
    if not 1 <= n <= _MAX_ORDINAL:
        y = _from_ordinal(n)[0]
        if not -2 ** 31 <= y - 1900 < 2 ** 31:
            # gmtime_r/localtime_r cannot express the year (EOVERFLOW).
            raise OSError(75, 'Value too large for defined data type')
        raise ValueError('year %d is out of range' % y)
    y, mo, d = _from_ordinal(n)
    h, rem = divmod(rem, 3600)
    mi, s = divmod(rem, 60)
    return y, mo, d, h, mi, s


def _local_fields(secs):
    _utc_fields(secs)
    tm = _time.localtime(secs)
    return (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
            min(tm.tm_sec, 59))


def _local_fold(secs, fields):
    # 1 when the wall time `fields` occurred earlier too (the repeated hour
    # after a backward transition), else 0.
    wall = ((_to_ordinal(fields[0], fields[1], fields[2]) - _EPOCH_ORDINAL)
            * 86400 + fields[3] * 3600 + fields[4] * 60 + fields[5])
    earlier = wall - _local_offset(secs - 86400)[0]
    if earlier < secs and earlier + _local_offset(earlier)[0] == wall:
        return 1
    return 0


def _local_offset(secs):
    # Seconds east of UTC of the local zone at POSIX time `secs`.
    tm = _time.localtime(secs)
    return tm.tm_gmtoff, tm.tm_zone


def _naive_seconds(dt):
    return ((_to_ordinal(dt._year, dt._month, dt._day) - _EPOCH_ORDINAL)
            * 86400 + dt._hour * 3600 + dt._minute * 60 + dt._second)


class _FieldView:
    # The naive wall-clock fields strftime's %s hands to _local_to_posix.
    def __init__(self, fields):
        (self._year, self._month, self._day, self._hour, self._minute,
         self._second) = fields[:6]
        self._fold = 0


def _local_to_posix(dt):
    # The POSIX second of a naive local datetime: find u with
    # u + offset(u) == t, preferring the earlier answer unless fold is 1.
    t = _naive_seconds(dt)
    first = t - _local_offset(t - 86400)[0]
    second = t - _local_offset(t + 86400)[0]
    candidates = []
    for u in (first, second):
        if u + _local_offset(u)[0] == t and u not in candidates:
            candidates.append(u)
    if not candidates:
        # A gap: the wall time never happened; fold picks the side.
        return second if dt._fold else first
    candidates.sort()
    return candidates[-1] if dt._fold and len(candidates) > 1 \
        else candidates[0]


def _local_timezone(secs):
    off, name = _local_offset(secs)
    return timezone(timedelta(seconds=off), name)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    # Defaults an instance overrides only when it differs.
    _tzinfo = None
    _fold = 0

    def __new__(cls, *args, **kwargs):
        (y, mo, d, h, mi, s, us, tz,
         fold) = _parse_args(args, kwargs, _DT_NAMES, 3, 8, None)
        y, mo, d = _check_date_fields(y, mo, d)
        h, mi, s, us, fold = _check_time_fields(
            0 if h is _MISSING else h, 0 if mi is _MISSING else mi,
            0 if s is _MISSING else s, 0 if us is _MISSING else us,
            0 if fold is _MISSING else fold)
        tz = None if tz is _MISSING else _check_tzinfo(tz)
        return _new_datetime(cls, y, mo, d, h, mi, s, us, tz, fold,
                             _to_ordinal(y, mo, d))

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        t, tz = _parse_args(args, kwargs, ('timestamp', 'tz'), 1, 2, None)
        tz = None if tz is _MISSING else _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        if tz is None:
            fields = _local_fields(secs)
            return cls(*fields, us, fold=_local_fold(secs, fields))
        fields = _utc_fields(secs)
        return tz.fromutc(cls(*fields, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _split_timestamp(t)
        return cls(*_utc_fields(secs), us)

    @classmethod
    def now(cls, *args, **kwargs):
        """Returns new datetime object representing current time local to tz."""
        (tz,) = _parse_args(args, kwargs, ('tz',), 0, 1, 'now')
        tz = None if tz is _MISSING else _check_tzinfo(tz)
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls, *args, **kwargs):
        """Return a new datetime representing UTC day and time."""
        _no_args('datetime.utcnow', args, kwargs)
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        d, t, tz = _parse_args(args, kwargs, ('date', 'time', 'tzinfo'), 2,
                               3, None)
        if not isinstance(d, date):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % type(d).__name__)
        if not isinstance(t, time):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % type(t).__name__)
        if tz is _MISSING:
            tz = t._tzinfo
        return cls(d._year, d._month, d._day, t._hour, t._minute,
                   t._second, t._microsecond, tz, fold=t._fold)

    @classmethod
    def fromisoformat(cls, text):
        """string -> datetime from a string in most ISO 8601 formats"""
        _check_str_arg('fromisoformat', text)
        parsed = _parse_iso_date(text, 0)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (text,))
        y, mo, d, pos = parsed
        h = mi = s = us = 0
        tz = None
        if pos < len(text):
            # One separator character of any kind between date and time.
            clock = _parse_iso_time(text, pos + 1) if pos + 1 < len(text) \
                else None
            if clock is None:
                raise ValueError('Invalid isoformat string: %r' % (text,))
            h, mi, s, us, tz = clock
        return cls(y, mo, d, h, mi, s, us, tz)

    @classmethod
    def strptime(cls, text, fmt):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields = _strptime(text, fmt)
        return cls(*fields)

    hour = property(_attrgetter('_hour'), doc='hour (0-23)')
    minute = property(_attrgetter('_minute'), doc='minute (0-59)')
    second = property(_attrgetter('_second'), doc='second (0-59)')
    microsecond = property(_attrgetter('_microsecond'),
                           doc='microsecond (0-999999)')
    tzinfo = property(_attrgetter('_tzinfo'), doc='timezone info object')
    fold = property(_attrgetter('_fold'))

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _all_fields(self):
        return (self._year, self._month, self._day, self._hour,
                self._minute, self._second, self._microsecond)

    def _us(self):
        # Microseconds since 0001-01-01T00:00, ignoring tzinfo.
        return ((self._ord - 1) * 86400 + self._hour * 3600
                + self._minute * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return _local_to_posix(self) + self._microsecond / _US_PER_SECOND
        off = self.utcoffset()
        if off is None:
            raise TypeError("can't subtract offset-naive and offset-aware "
                            "datetimes")
        total = self._us() - off._total \
            - (_EPOCH_ORDINAL - 1) * _US_PER_DAY
        return total / _US_PER_SECOND

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        saving = self.dst()
        isdst = -1 if saving is None else (1 if saving else 0)
        return _make_struct_time(self._all_fields(), isdst)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self
        if off is not None and off:
            dt = _dt_from_us(datetime, self._us() - off._total, None)
        return _make_struct_time(dt._all_fields(), 0)

    def astimezone(self, *args, **kwargs):
        """tz -> convert to local time in new timezone tz"""
        (tz,) = _parse_args(args, kwargs, ('tz',), 0, 1, None)
        tz = None if tz is _MISSING else _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            off = _local_timezone(_local_to_posix(self))._offset
        utc_us = self._us() - off._total
        if tz is None:
            # The local zone in force at that instant.
            tz = _local_timezone(utc_us // _US_PER_SECOND
                                 - (_EPOCH_ORDINAL - 1) * 86400)
        elif self._tzinfo is tz:
            return self
        utc = _dt_from_us(type(self), utc_us, tz)
        return tz.fromutc(utc)

    def isoformat(self, *args, **kwargs):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        sep, timespec = _parse_args(args, kwargs, ('sep', 'timespec'), 0, 2,
                                    'isoformat')
        if sep is _MISSING:
            sep = 'T'
        elif not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        if timespec is _MISSING:
            timespec = 'auto'
        elif not isinstance(timespec, str):
            raise TypeError('isoformat() argument 2 must be str, not %s'
                            % type(timespec).__name__)
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _format_clock(self._hour, self._minute, self._second,
                                self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour,
                  self._minute]
        if self._second or self._microsecond:
            fields.append(self._second)
        if self._microsecond:
            fields.append(self._microsecond)
        text = '%s(%s' % (_cls_prefix(self),
                          ', '.join(str(f) for f in fields))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._all_fields())

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _strftime(fmt, self._all_fields(), self)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        (y, mo, d, h, mi, s, us, tz,
         fold) = _parse_args(args, kwargs, _DT_NAMES, 0, 8, 'replace')
        return type(self)(
            self._year if y is _MISSING else y,
            self._month if mo is _MISSING else mo,
            self._day if d is _MISSING else d,
            self._hour if h is _MISSING else h,
            self._minute if mi is _MISSING else mi,
            self._second if s is _MISSING else s,
            self._microsecond if us is _MISSING else us,
            self._tzinfo if tz is _MISSING else tz,
            fold=self._fold if fold is _MISSING else fold)

    def __add__(self, rhs):
        if isinstance(rhs, timedelta):
            return _dt_from_us(type(self), self._us() + rhs._total,
                               self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, rhs):
        if isinstance(rhs, timedelta):
            return _dt_from_us(type(self), self._us() - rhs._total,
                               self._tzinfo)
        if not isinstance(rhs, datetime):
            return NotImplemented
        a = self._us()
        b = rhs._us()
        if self._tzinfo is not rhs._tzinfo:
            mine = self.utcoffset()
            theirs = rhs.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if mine is not None:
                a -= mine._total
                b -= theirs._total
        return _td_from_us(timedelta, a - b)

    def __rsub__(self, rhs):
        return NotImplemented

    def _keys(self, rhs, ordering):
        # The pair of values to compare, or None when == must be False.
        if self._tzinfo is rhs._tzinfo:
            return self._all_fields(), rhs._all_fields()
        mine = self.utcoffset()
        theirs = rhs.utcoffset()
        if (mine is None) != (theirs is None):
            if ordering:
                raise TypeError("can't compare offset-naive and "
                                "offset-aware datetimes")
            return None
        if mine is None:
            return self._all_fields(), rhs._all_fields()
        return self._us() - mine._total, rhs._us() - theirs._total

    def _mismatch(self, rhs):
        raise TypeError("can't compare %s to %s"
                        % (_type_name(self), _type_name(rhs)))

    def __eq__(self, rhs):
        if isinstance(rhs, datetime):
            keys = self._keys(rhs, False)
            return keys is not None and keys[0] == keys[1]
        return NotImplemented

    def __ne__(self, rhs):
        if isinstance(rhs, datetime):
            keys = self._keys(rhs, False)
            return keys is None or keys[0] != keys[1]
        return NotImplemented

    def __lt__(self, rhs):
        if isinstance(rhs, datetime):
            a, b = self._keys(rhs, True)
            return a < b
        if isinstance(rhs, date):
            self._mismatch(rhs)
        return NotImplemented

    def __le__(self, rhs):
        if isinstance(rhs, datetime):
            a, b = self._keys(rhs, True)
            return a <= b
        if isinstance(rhs, date):
            self._mismatch(rhs)
        return NotImplemented

    def __gt__(self, rhs):
        if isinstance(rhs, datetime):
            a, b = self._keys(rhs, True)
            return a > b
        if isinstance(rhs, date):
            self._mismatch(rhs)
        return NotImplemented

    def __ge__(self, rhs):
        if isinstance(rhs, datetime):
            a, b = self._keys(rhs, True)
            return a >= b
        if isinstance(rhs, date):
            self._mismatch(rhs)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash(self._all_fields())
            else:
                self._hashcode = hash(self._us() - off._total)
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._all_fields() + (self._tzinfo,))


datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0, 1)
datetime.max = _new_datetime(datetime, MAXYEAR, 12, 31, 23, 59, 59, 999999,
                             None, 0, _MAX_ORDINAL)
datetime.resolution = timedelta.resolution

_OWN = (date, time, datetime, timedelta, timezone, tzinfo)


# ---------------------------------------------------------------- ISO parsing

def _digits(text, pos, count):
    # The integer of exactly `count` ASCII digits at `pos`, or None.
    chunk = text[pos:pos + count]
    if len(chunk) != count:
        return None
    for ch in chunk:
        if not '0' <= ch <= '9':
            return None
    return int(chunk)


def _parse_iso_date(text, pos):
    """(year, month, day, end) of the ISO date at `pos`: YYYY-MM-DD,
    YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None when malformed."""
    year = _digits(text, pos, 4)
    if year is None:
        return None
    pos += 4
    dash = text[pos:pos + 1] == '-'
    if dash:
        pos += 1
    if text[pos:pos + 1] == 'W':
        week = _digits(text, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        rest = text[pos:pos + 1]
        if (dash and rest == '-') or (not dash and '0' <= rest <= '9'
                                      and rest != ''):
            if dash:
                pos += 1
            day = _digits(text, pos, 1)
            if day is None:
                return None
            pos += 1
        try:
            y, m, d = _from_iso_calendar(year, week, day)
        except ValueError:
            return None
        return y, m, d, pos
    month = _digits(text, pos, 2)
    if month is None:
        return None
    pos += 2
    if dash:
        if text[pos:pos + 1] != '-':
            return None
        pos += 1
    day = _digits(text, pos, 2)
    if day is None:
        return None
    return year, month, day, pos + 2


def _parse_iso_clock(text, pos, end):
    """(h, m, s, us) of text[pos:end]: HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]];
    None when malformed."""
    h = _digits(text, pos, 2)
    if h is None:
        return None
    pos += 2
    fields = [h, 0, 0]
    colon = None
    for i in (1, 2):
        if pos == end:
            return fields[0], fields[1], fields[2], 0
        if text[pos] in '.,':
            # A decimal fraction may follow any field; it ends the clock.
            break
        if colon is None:
            colon = text[pos] == ':'
        if colon:
            if text[pos] != ':':
                return None
            pos += 1
        value = _digits(text, pos, 2)
        if value is None or pos + 2 > end:
            return None
        fields[i] = value
        pos += 2
    us = 0
    if pos < end:
        # 3.11's parser also reads digits straight after the seconds as a
        # fraction: '12:00:00:5' and '12000012' (two digits or more).
        if text[pos] in '.,' or (colon and text[pos] == ':'):
            pos += 1
        elif colon or end - pos < 2:
            return None
        frac = text[pos:end]
        if not frac:
            return None
        for ch in frac:
            if not '0' <= ch <= '9':
                return None
        us = int((frac + '000000')[:6])
    return fields[0], fields[1], fields[2], us


def _parse_iso_time(text, pos):
    """(h, m, s, us, tz) of the ISO time from `pos` to the end of `text`,
    with an optional Z or +/- offset; None when malformed."""
    end = len(text)
    tz_at = end
    for i in range(pos, end):
        if text[i] in '+-Z':
            tz_at = i
            break
    clock = _parse_iso_clock(text, pos, tz_at)
    if clock is None and pos < tz_at < end and \
            '.' not in text[pos:tz_at] and ',' not in text[pos:tz_at]:
        # 3.11 lets one character stand between the time and its offset.
        clock = _parse_iso_clock(text, pos, tz_at - 1)
    if clock is None:
        return None
    tz = None
    if tz_at < end:
        if text[tz_at] == 'Z':
            if tz_at + 1 != end:
                return None
            tz = _UTC
        else:
            off = _parse_iso_clock(text, tz_at + 1, end)
            if off is None:
                return None
            oh, om, osec, ous = off
            total = ((oh * 60 + om) * 60 + osec) * _US_PER_SECOND + ous
            if text[tz_at] == '-':
                total = -total
            tz = timezone(_td_from_us(timedelta, total))
    return clock + (tz,)


# ---------------------------------------------------------------- strptime

# Each numeric directive: (fewest digits, most digits, lowest value, highest
# value); longer readings are tried first and the match backtracks.
_NUMERIC = {
    'd': (1, 2, 1, 31), 'm': (1, 2, 1, 12), 'H': (1, 2, 0, 23),
    'I': (1, 2, 1, 12), 'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61),
    'j': (1, 3, 1, 366), 'U': (1, 2, 0, 53), 'W': (1, 2, 0, 53),
    'V': (1, 2, 1, 53), 'y': (2, 2, 0, 99), 'Y': (4, 4, 0, 9999),
    'G': (4, 4, 0, 9999), 'f': (1, 6, 0, 999999), 'w': (1, 1, 0, 6),
    'u': (1, 1, 1, 7),
}


def _numeric_choices(text, pos, spec, code):
    lo, hi, low, high = spec
    run = 0
    while run < hi and pos + run < len(text) and \
            '0' <= text[pos + run] <= '9':
        run += 1
    out = []
    for width in range(run, lo - 1, -1):
        chunk = text[pos:pos + width]
        value = int(chunk)
        if code == 'f':
            # '5' is half a second: the digits are a fraction.
            value = int((chunk + '000000')[:6])
        if not low <= value <= high:
            continue
        # Two-digit fields: a leading zero needs the full two digits, and
        # %d also takes ' 1'..' 9'.
        if code in 'dmIV' and width == 1 and value == 0:
            continue
        if code == 'j' and value == 0:
            continue
        out.append((value, pos + width))
    if code == 'd' and text[pos:pos + 1] == ' ' and \
            '1' <= text[pos + 1:pos + 2] <= '9':
        out.append((int(text[pos + 1]), pos + 2))
    return out


def _name_choices(text, pos, names):
    out = []
    lowered = text[pos:].lower()
    for index, name in sorted(names, key=lambda p: -len(p[1])):
        if name and lowered.startswith(name.lower()):
            out.append((index, pos + len(name)))
    return out


def _offset_choices(text, pos):
    if text[pos:pos + 1] == 'Z':
        return [(0, pos + 1)]
    sign = text[pos:pos + 1]
    if sign not in ('+', '-'):
        return []
    out = []
    h = _digits(text, pos + 1, 2)
    if h is None:
        return []
    p = pos + 3
    colon = text[p:p + 1] == ':'
    if colon:
        p += 1
    m = _digits(text, p, 2)
    if m is None or m > 59:
        return []
    p += 2
    total = (h * 60 + m) * 60 * _US_PER_SECOND
    q = p
    if colon and text[q:q + 1] == ':':
        q += 1
    elif not colon and text[q:q + 1] == ':':
        q += 1
    s = _digits(text, q, 2)
    if s is not None and s <= 59:
        q += 2
        total_s = total + s * _US_PER_SECOND
        r = q
        if text[r:r + 1] == '.':
            run = 0
            while run < 6 and '0' <= text[r + 1 + run:r + 2 + run] <= '9':
                run += 1
            if run:
                frac = int((text[r + 1:r + 1 + run] + '000000')[:6])
                value = total_s + frac
                out.append((-value if sign == '-' else value, r + 1 + run))
        out.append((-total_s if sign == '-' else total_s, q))
    out.append((-total if sign == '-' else total, p))
    return out


def _zone_names():
    names = {'utc', 'gmt'}
    local = getattr(_time, 'tzname', None)
    if local is None:
        local = (_time.localtime(0).tm_zone,)
    for name in local:
        names.add(name.lower())
    return [(n, n) for n in names]


def _tokenize_format(fmt):
    # The format as a list of ('lit', char), ('space',), ('dir', code).
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 == n:
                raise ValueError("stray %% in format '%s'" % fmt)
            code = fmt[i + 1]
            i += 2
            if code == 'c':
                tokens += _tokenize_format('%a %b %d %H:%M:%S %Y')
            elif code == 'x':
                tokens += _tokenize_format('%m/%d/%y')
            elif code == 'X':
                tokens += _tokenize_format('%H:%M:%S')
            elif code == '%':
                tokens.append(('lit', '%'))
            elif code in _NUMERIC or code in 'aAbBpzZ':
                tokens.append(('dir', code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (code, fmt))
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('space',))
        else:
            tokens.append(('lit', ch))
            i += 1
    return tokens


def _choices(token, text, pos):
    """The readings of one space or directive token at `pos`, most
    preferred first, as (directive code or None, value, end)."""
    if token[0] == 'space':
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        return [(None, None, e) for e in range(end, pos, -1)]
    code = token[1]
    if code in _NUMERIC:
        found = _numeric_choices(text, pos, _NUMERIC[code], code)
    elif code == 'a':
        found = _name_choices(text, pos, list(enumerate(_DAY_ABBR)))
    elif code == 'A':
        found = _name_choices(text, pos, list(enumerate(_DAY_NAMES)))
    elif code == 'b':
        found = _name_choices(text, pos, list(enumerate(_MONTH_ABBR)))
    elif code == 'B':
        found = _name_choices(text, pos, list(enumerate(_MONTH_NAMES)))
    elif code == 'p':
        found = _name_choices(text, pos, [(0, 'am'), (12, 'pm')])
    elif code == 'z':
        found = _offset_choices(text, pos)
    else:
        found = [(text[pos:end], end)
                 for _, end in _name_choices(text, pos, _zone_names())]
    return [(code, value, end) for value, end in found]


def _match(tokens, text, found):
    """Match `tokens` against a prefix of `text` as a backtracking regular
    expression would; returns the end of the match (None when there is
    none), with `found` holding each directive's value. The search keeps
    its own stack, and remembers the (token, position) pairs known to
    fail so that it stays polynomial."""
    dead = set()
    stack = []
    k = pos = 0
    while True:
        alive = True
        while k < len(tokens) and tokens[k][0] == 'lit':
            if pos >= len(text) or \
                    text[pos].lower() != tokens[k][1].lower():
                alive = False
                break
            k += 1
            pos += 1
        if alive:
            if k == len(tokens):
                return pos
            if (k, pos) not in dead:
                stack.append([k, pos, _choices(tokens[k], text, pos), 0])
        while stack:
            frame = stack[-1]
            if frame[3] < len(frame[2]):
                code, value, end = frame[2][frame[3]]
                frame[3] += 1
                if code is not None:
                    found[code] = value
                k = frame[0] + 1
                pos = end
                break
            stack.pop()
            dead.add((frame[0], frame[1]))
        else:
            return None


def _check_iso_directives(found, weekday):
    # The combinations of %G, %V, %Y and %j that strptime refuses.
    needs = "a weekday directive ('%A', '%a', '%w', or '%u')."
    if 'V' in found and 'Y' in found:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and " + needs)
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    if 'G' in found:
        if 'V' not in found or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and " + needs)
        if 'j' in found:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. Use "
                             "'%Y' instead.")
    elif 'V' in found:
        raise ValueError("ISO week directive '%V' must be used with the "
                         "ISO year directive '%G' and " + needs)


def _strptime(text, fmt):
    """The datetime constructor arguments for `text` read with `fmt`."""
    if not isinstance(text, str):
        raise TypeError('strptime() argument 1 must be str, not %s'
                        % type(text).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s'
                        % type(fmt).__name__)
    tokens = _tokenize_format(fmt)
    seen = set()
    for token in tokens:
        if token[0] == 'dir':
            if token[1] in seen:
                # CPython's pattern would name the same group twice.
                raise ValueError("strptime format uses the directive '%%%s' "
                                 "twice: '%s'" % (token[1], fmt))
            seen.add(token[1])
    found = {}
    end = _match(tokens, text, found)
    if end is None:
        raise ValueError('time data %r does not match format %r'
                         % (text, fmt))
    if end != len(text):
        raise ValueError('unconverted data remains: %s' % text[end:])
    year = 1900
    if 'Y' in found:
        year = found['Y']
    elif 'y' in found:
        year = found['y'] + (2000 if found['y'] < 69 else 1900)
    month = found.get('m', found.get('b', found.get('B', 1)))
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12 + found.get('p', 0)
    minute = found.get('M', 0)
    second = found.get('S', 0)
    us = found.get('f', 0)
    weekday = None
    if 'a' in found or 'A' in found:
        weekday = found.get('a', found.get('A'))
    elif 'w' in found:
        weekday = (found['w'] - 1) % 7
    elif 'u' in found:
        weekday = found['u'] - 1
    _check_iso_directives(found, weekday)
    if 'G' in found:
        year, month, day = _from_ordinal(_iso_week1_monday(found['G'])
                                         + (found['V'] - 1) * 7 + weekday)
    elif 'j' in found:
        year, month, day = _from_ordinal(_days_before_year(year)
                                         + found['j'])
    elif ('U' in found or 'W' in found) and weekday is not None:
        first = 6 if 'U' in found else 0
        week = found.get('U', found.get('W'))
        jan1 = _to_ordinal(year, 1, 1)
        # Weekdays counted from the week's first day; week 1 starts on the
        # year's first such day, week 0 holds the days before it.
        jan1_rel = (jan1 + 6 - first) % 7
        day_rel = (weekday - first) % 7
        if week == 0:
            n = jan1 + day_rel - jan1_rel
        else:
            n = jan1 + (7 - jan1_rel) % 7 + 7 * (week - 1) + day_rel
        year, month, day = _from_ordinal(n)
    tz = None
    if 'z' in found:
        off = _td_from_us(timedelta, found['z'])
        if 'Z' in found:
            tz = timezone(off, found['Z'])
        else:
            tz = timezone(off)
    return year, month, day, hour, minute, second, us, tz
