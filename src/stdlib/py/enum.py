# The enum module: Enum, IntEnum, StrEnum, auto, unique, with CPython
# 3.11's reprs, lookups and error messages (Lib/enum.py). EnumType gathers
# the members when the class is created (its __init__; pyasync does not run
# a metaclass's __new__/__prepare__); members are instances of the class
# made without calling __init__ (_new_member).

class auto:
    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class EnumType(type):
    def __init__(cls, name, bases, ns):
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        if _Enum_defined is None:
            return
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%r cannot extend %r' % (cls, base))
        last_values = []
        init = None
        for klass in cls.__mro__:
            if '__init__' in klass.__dict__:
                init = klass.__dict__['__init__']
                break
        if init is Enum.__dict__['__init__']:
            init = None
        for key, value in ns.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(name, key):
                continue
            if _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(
                        key, 1, len(cls._member_names_), last_values[:])
                value = value.value
            last_values.append(value)
            existing = None
            for m in cls._member_map_.values():
                if m._value_ == value or m._value_ is value:
                    existing = m
                    break
            if existing is not None:
                cls._member_map_[key] = existing
                _type_setattr(cls, key, existing)
                continue
            member = _new_member(cls)
            member._name_ = key
            member._value_ = cls._check_value_(value)
            if init is not None:
                args = value if isinstance(value, tuple) else (value,)
                init(member, *args)
            cls._member_names_.append(key)
            cls._member_map_[key] = member
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
            _type_setattr(cls, key, member)

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise NotImplementedError("pyasync does not support the functional Enum API")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        if missing is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, missing))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        _type_setattr(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        _type_delattr(cls, name)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(cls):
        return "<enum %r>" % (cls.__name__,)

    @property
    def __members__(cls):
        return dict(cls._member_map_)


_Enum_defined = None


class Enum(metaclass=EnumType):
    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1] if False else last_values[-1]
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _check_value_(cls, value):
        return value

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in type(self).__mro__:
            if cls is object or cls.__module__ == 'enum':
                continue
            for name in cls.__dict__:
                if name[0] != '_' and name not in type(self)._member_map_:
                    interesting.add(name)
        return sorted(interesting)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


_Enum_defined = True


class ReprEnum(Enum):
    pass


class IntEnum(int if False else ReprEnum):
    """Members compare, hash and compute as their int values."""

    @classmethod
    def _check_value_(cls, value):
        if isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                pass
        if not isinstance(value, int):
            raise TypeError("%r is not an int" % (value,) if False else
                            "int() argument must be a string, a bytes-like object or a real number, not '%s'"
                            % type(value).__name__)
        return value

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _plain(other)

    def __ne__(self, other):
        return self._value_ != _plain(other)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _plain(other)

    def __rsub__(self, other):
        return _plain(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _plain(other)

    def __rmul__(self, other):
        return _plain(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _plain(other)

    def __floordiv__(self, other):
        return self._value_ // _plain(other)

    def __mod__(self, other):
        return self._value_ % _plain(other)

    def __and__(self, other):
        return self._value_ & _plain(other)

    def __or__(self, other):
        return self._value_ | _plain(other)

    def __xor__(self, other):
        return self._value_ ^ _plain(other)

    def __neg__(self):
        return -self._value_

    def __getattr__(self, name):
        return getattr(self._value_, name)


class StrEnum(ReprEnum):
    """Members compare and hash as their str values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    @classmethod
    def _check_value_(cls, value):
        if not isinstance(value, str):
            raise TypeError('%r is not a string' % (value,))
        return value

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _plain(other)

    def __ne__(self, other):
        return self._value_ != _plain(other)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __len__(self):
        return len(self._value_)

    def __getattr__(self, name):
        return getattr(self._value_, name)


def _plain(v):
    return v._value_ if isinstance(v, Enum) else v


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration
