# The enum module: Enum, IntEnum, StrEnum, ReprEnum, auto and unique, with
# CPython 3.11's member rules, reprs, lookups and error messages.
#
# pyasync runs a metaclass's __init__ but not its __new__ or __prepare__,
# so EnumType.__init__ turns the finished class namespace into members, in
# definition order. Natives from enums.rs: _new_member(cls) makes a bare
# instance without running __init__ (what object.__new__(cls) does for
# CPython), _type_setattr/_type_delattr write the class dict past
# EnumType's own guards, and _is_descriptor tells methods and properties
# from member values.

__all__ = ["EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum",
           "auto", "unique"]


class auto:
    """Placeholder for a member value chosen by _generate_next_value_."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


# Sunder names an enum body may define; the rest are reserved.
_ALLOWED_SUNDERS = frozenset([
    "_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
    "_ignore_", "_iter_member_", "_iter_member_by_value_",
    "_iter_member_by_def_",
])

# Types that count as an enum's data type even without a __new__ in their
# own __dict__ (pyasync's builtins need not show one).
_BUILTIN_DATA_TYPES = (int, str, float, complex, bytes, bytearray, tuple,
                       list, dict, set, frozenset)


def _is_dunder(name):
    # "__x__": two underscores each side, something else in between.
    return (len(name) > 4 and name.startswith("__") and name.endswith("__")
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    # "_x_": one underscore each side.
    return (len(name) > 2 and name[0] == "_" and name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(class_name, name):
    # "__x" in a class body: CPython mangles it to "_Class__x"; pyasync
    # keeps the name as written.
    if name.endswith("__"):
        return False
    prefix = "_" + class_name.lstrip("_") + "__"
    if name.startswith(prefix) and len(name) > len(prefix):
        return True
    return name.startswith("__") and len(name) > 2


def _is_member_value(value):
    """Whether a class attribute becomes a member: anything but functions,
    properties and other descriptors."""
    if _is_descriptor(value):
        return False
    kind = type(value)
    return not any(hasattr(kind, hook)
                   for hook in ("__get__", "__set__", "__delete__"))


def _name_list(names):
    # _order_ and _ignore_ may be a list or a string of names.
    if isinstance(names, str):
        return names.replace(",", " ").split()
    return list(names)


def _data_type_along(base):
    """The data type one base brings (through its MRO), or None. A plain
    mixin class before the data type stands for it."""
    mixin = None
    for klass in base.__mro__:
        if klass is object:
            continue
        if isinstance(klass, EnumType):
            if klass._member_type_ is not object:
                return klass._member_type_
            continue
        if klass in _BUILTIN_DATA_TYPES or "__new__" in klass.__dict__:
            return mixin or klass
        if mixin is None:
            mixin = klass
    return None


def _next_after(values, start):
    """Enum's default auto() value: one more than the largest value when
    the values sort and it supports + 1; else one more than the latest
    value that supports it; else `start`."""
    if not values:
        return start
    try:
        return sorted(values)[-1] + 1
    except TypeError:
        pass
    for value in reversed(values):
        try:
            return value + 1
        except TypeError:
            pass
    return start


_enum_base_ready = False


class EnumType(type):
    """Metaclass of enums: makes the members and answers lookups."""

    def __init__(cls, name, bases, body):
        _type_setattr(cls, "_member_names_", [])
        _type_setattr(cls, "_member_map_", {})
        _type_setattr(cls, "_value2member_map_", {})
        if not _enum_base_ready:
            # Enum itself.
            _type_setattr(cls, "_member_type_", object)
            return

        first_enum = cls._check_bases(bases)
        member_type = cls._member_type_from(name, bases)
        _type_setattr(cls, "_member_type_", member_type)
        creator = cls._member_creator(body, first_enum, member_type)
        cls._choose_text_methods(body, bases, first_enum, member_type)

        ignored = _name_list(body.get("_ignore_", []))
        for key in ignored + ["_ignore_"]:
            if key in cls.__dict__:
                _type_delattr(cls, key)

        pending = []
        for key, value in body.items():
            if key in ignored or _is_dunder(key) or _is_private(name, key):
                continue
            if _is_sunder(key):
                if key not in _ALLOWED_SUNDERS:
                    raise ValueError("_sunder_ names, such as %r, are reserved "
                                     "for future Enum use" % (key,))
                continue
            if _is_member_value(value):
                pending.append((key, value))

        values_so_far = []
        for key, value in pending:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(
                        key, 1, len(values_so_far), values_so_far[:])
                value = value.value
            values_so_far.append(value)
            cls._add_member(key, value, creator, member_type)

        if "_order_" in body:
            order = _name_list(body["_order_"])
            _type_delattr(cls, "_order_")
            if order != cls._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (cls._member_names_, order))

    def _check_bases(cls, bases):
        """The enum base the class derives from (the last base), after
        refusing bases that already have members."""
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%r cannot extend %r" % (cls, base))
        last = bases[-1] if bases else None
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return last

    def _member_type_from(cls, name, bases):
        found = []
        for base in bases:
            data_type = _data_type_along(base)
            if data_type is not None and data_type not in found:
                found.append(data_type)
        if len(found) > 1:
            raise TypeError("too many data types for %r: %r" % (name, set(found)))
        return found[0] if found else object

    def _member_creator(cls, body, first_enum, member_type):
        """The __new__ that makes members from their values, or None for
        a bare instance. A __new__ written in an enum body is kept as
        __new_member__ so that subclasses use it too."""
        own = body.get("__new__")
        if own is not None:
            _type_setattr(cls, "__new_member__", own)
            return own
        inherited = getattr(first_enum, "__new_member__", None)
        if inherited is not None:
            return inherited
        if member_type is not object:
            return member_type.__new__
        return None

    def _choose_text_methods(cls, body, bases, first_enum, member_type):
        """repr(), str() and format() of members. A ReprEnum keeps the data
        type's str() and format(); any other enum mixed with a data type
        still shows "Class.NAME" rather than the data type's text."""
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data "
                                "type (i.e. int, str, float, etc.)")
            if "__format__" not in body:
                _type_setattr(cls, "__format__", member_type.__format__)
            if "__str__" not in body:
                as_text = member_type.__str__
                if as_text is object.__str__:
                    as_text = member_type.__repr__
                _type_setattr(cls, "__str__", as_text)
        for attr in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if attr in body or attr in cls.__dict__:
                continue
            current = getattr(cls, attr, None)
            if current in (getattr(member_type, attr, None), getattr(object, attr, None)):
                _type_setattr(cls, attr, getattr(first_enum, attr))

    def _add_member(cls, key, value, creator, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)  # a tuple value is the member, not its arguments
        if creator is None:
            member = _new_member(cls)
        else:
            member = creator(cls, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                try:
                    member._value_ = member_type(*args)
                except Exception as exc:
                    raise TypeError("_value_ not set in __new__, unable to "
                                    "create it") from exc
        member._name_ = key
        member.__init__(*args)
        value = member._value_

        # A value seen before makes an alias of the first member with it.
        for earlier in cls._member_map_.values():
            if earlier._value_ == value:
                cls._member_map_[key] = earlier
                _type_setattr(cls, key, earlier)
                return
        cls._member_names_.append(key)
        cls._member_map_[key] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            pass  # unhashable values are found by a linear search
        _type_setattr(cls, key, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is not None:
            raise NotImplementedError("pyasync does not support the functional Enum API")
        return cls._lookup(value)

    def _lookup(cls, value):
        """The member whose value is `value`, else what _missing_ finds."""
        if isinstance(value, cls):
            return value
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:
            # An unhashable value can only be found by comparing.
            member = next((candidate for candidate in cls._member_map_.values()
                           if candidate._value_ == value), None)
        if member is not None:
            return member

        problem = None
        try:
            found = cls._missing_(value)
        except Exception as exc:
            found, problem = None, exc
        if isinstance(found, cls):
            return found
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if problem is None:
            if found is None:
                raise not_valid
            problem = TypeError("error in %s._missing_: returned %r instead of "
                                "None or a valid member" % (cls.__name__, found))
        if not isinstance(problem, ValueError):
            problem.__context__ = not_valid
        raise problem

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        # Members are class attributes, so this only runs for a missing
        # name, which CPython's message gives alone.
        raise AttributeError(name)

    def __iter__(cls):
        return iter([cls._member_map_[key] for key in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[key] for key in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True  # even without members

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        _type_setattr(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        _type_delattr(cls, name)

    def __repr__(cls):
        return "<enum %r>" % (cls.__name__,)

    @property
    def __members__(cls):
        """Every member name, aliases included, in definition order."""
        return dict(cls._member_map_)


EnumMeta = EnumType
ReprEnum = None


def _read_only(attr, slot):
    def read(member):
        return getattr(member, slot)

    def refuse(member, value):
        raise AttributeError("%r cannot set attribute %r" % (Enum, attr))
    return property(read, refuse)


class Enum(metaclass=EnumType):
    """Base of enumerations: a class whose attributes are its members."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _next_after(last_values, start)

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
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__",
                 "name", "value"}
        members = type(self)._member_map_
        for klass in type(self).__mro__:
            if klass is object or klass.__module__ == "enum":
                continue
            names.update(key for key in klass.__dict__
                         if not key.startswith("_") and key not in members)
        names.update(key for key in getattr(self, "__dict__", {})
                     if not key.startswith("_"))
        return sorted(names)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    name = _read_only("name", "_name_")
    value = _read_only("value", "_value_")


_enum_base_ready = True


class ReprEnum(Enum):
    """Enum that only changes repr(): str() and format() are the data
    type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs."""

    def __new__(cls, *values):
        # The arguments str() takes, checked with CPython's messages.
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        labels = ("", "encoding", "errors")
        for position, given in enumerate(values):
            if not isinstance(given, str) and position > 0:
                raise TypeError("%s must be a string, not %r"
                                % (labels[position], given))
            if not isinstance(given, str) and position == 0 and len(values) == 1:
                raise TypeError("%r is not a string" % (given,))
        text = str(*values)
        member = str.__new__(cls, text)
        member._value_ = text
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: refuse aliases."""
    aliases = ["%s -> %s" % (key, member.name)
               for key, member in enumeration.__members__.items()
               if key != member.name]
    if aliases:
        raise ValueError("duplicate values found in %r: %s"
                         % (enumeration, ", ".join(aliases)))
    return enumeration
