# The time module's Python half: struct_time and the functions that take or
# make one, over the C library natives of time.rs (gmtime_r, localtime_r,
# mktime, strftime), with the checks and messages of Modules/timemodule.c.

class struct_time:
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __init__(self, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        _set(self, '_values', seq[:9])
        _set(self, '_extra', seq[9:] + (None,) * (11 - len(seq)))

    def __getattr__(self, name):
        if name in struct_time._names:
            return self._values[struct_time._names.index(name)]
        if name == 'tm_zone':
            return self._extra[0]
        if name == 'tm_gmtoff':
            return self._extra[1]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in struct_time._names or name in ('tm_zone', 'tm_gmtoff'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __repr__(self):
        fields = ', '.join('%s=%r' % (n, v) for n, v in zip(struct_time._names, self._values))
        return 'time.struct_time(%s)' % fields

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            other = other._values
        return self._values == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        if isinstance(other, struct_time):
            other = other._values
        return self._values < other

    def __hash__(self):
        return hash(self._values)

    def __add__(self, other):
        return self._values + other

    def __reduce__(self):
        return (struct_time, (self._values,))


def _set(obj, name, value):
    _instance_set(obj, name, value)


def _seconds(secs):
    if secs is None:
        return None
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return _floor(secs)
    if isinstance(secs, int):
        return int(secs)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def gmtime(secs=None):
    return struct_time(_gmtime(_seconds(secs)))


def localtime(secs=None):
    return struct_time(_localtime(_seconds(secs)))


def _time_tuple(t, fname):
    if isinstance(t, struct_time):
        return t._values, t._extra[0], t._extra[1]
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t, None, None


def _checked(values):
    year, mon, mday, hour, minute, sec, wday, yday, isdst = values
    if mon == 0:
        mon = 1
    elif mon < 1 or mon > 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif mday < 0 or mday > 31:
        raise ValueError("day of month out of range")
    if hour < 0 or hour > 23:
        raise ValueError("hour out of range")
    if minute < 0 or minute > 59:
        raise ValueError("minute out of range")
    if sec < 0 or sec > 61:
        raise ValueError("seconds out of range")
    if wday < -1:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif yday < 0 or yday > 366:
        raise ValueError("day of year out of range")
    isdst = -1 if isdst < -1 else 1 if isdst > 1 else isdst
    return (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    values, zone, gmtoff = _time_tuple(t, 'strftime')
    return _strftime(format, _checked(values), zone, gmtoff)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    if t is None:
        t = localtime()
    values, zone, gmtoff = _time_tuple(t, 'asctime')
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _checked(values)
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday,
                                            hour, minute, sec, year)


def ctime(secs=None):
    return asctime(localtime(secs))


def mktime(t):
    values, zone, gmtoff = _time_tuple(t, 'mktime')
    return _mktime(values)
