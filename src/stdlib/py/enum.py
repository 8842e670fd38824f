# The enum module: Enum, IntEnum, StrEnum, auto, unique, with CPython
# 3.11's reprs, lookups and error messages (Lib/enum.py). EnumType gathers
# the members when the class is created (its __init__; pyasync does not run
# a metaclass's __new__/__prepare__); members of a plain Enum are instances
# of the class made without calling __init__ (_new_member), those of an enum
# mixed with a data type (IntEnum, class Color(str, Enum)) are made by the
# data type's __new__, so they are real ints and strs.

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


ReprEnum = None
_DATA_TYPES = (int, str, float, bytes, bytearray, tuple, list, dict, set, frozenset)


def _find_data_type(class_name, bases):
    # EnumType._find_data_type_: the first base along each chain that has
    # a __new__ of its own (the builtin types all do).
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            elif isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif base in _DATA_TYPES or '__new__' in base.__dict__:
                found = candidate or base
                if found not in data_types:
                    data_types.append(found)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
    return data_types[0] if data_types else object


class EnumType(type):
    def __init__(cls, name, bases, ns):
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        if _Enum_defined is None:
            cls._member_type_ = object
            return
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%r cannot extend %r' % (cls, base))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = _find_data_type(name, bases)
        _type_setattr(cls, '_member_type_', member_type)
        # EnumType._find_new_: the class's own __new__, one saved by an
        # earlier enum, else the data type's.
        new = ns.get('__new__')
        if new is not None:
            _type_setattr(cls, '__new_member__', new)
        else:
            new = getattr(first_enum, '__new_member__', None)
            if new is None and member_type is not object:
                new = member_type.__new__
        use_args = new is not None
        # EnumType.__new__: a ReprEnum keeps the data type's str() and
        # format(); every enum keeps Enum's repr() over the data type's.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in ns:
                _type_setattr(cls, '__format__', member_type.__format__)
            if '__str__' not in ns:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                _type_setattr(cls, '__str__', method)
        own = set(cls.__dict__)
        for attr in ('__repr__', '__str__', '__format__'):
            if attr not in own:
                enum_method = getattr(first_enum, attr)
                found_method = getattr(cls, attr)
                if found_method in (getattr(member_type, attr), getattr(object, attr)):
                    _type_setattr(cls, attr, enum_method)
        last_values = []
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
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if use_args:
                member = new(cls, *args)
            else:
                member = _new_member(cls)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    member._value_ = value
                else:
                    try:
                        member._value_ = member_type(*args)
                    except Exception as exc:
                        raise TypeError('_value_ not set in __new__, unable to create it') from exc
            value = member._value_
            member._name_ = key
            member.__init__(*args)
            existing = None
            for m in cls._member_map_.values():
                if m._value_ == value or m._value_ is value:
                    existing = m
                    break
            if existing is not None:
                cls._member_map_[key] = existing
                _type_setattr(cls, key, existing)
                continue
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
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


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
