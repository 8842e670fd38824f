"""Mock objects and patching (`unittest.mock`): the commonly used core.

Written for pyasync from the documented behaviour of CPython 3.11's
`unittest.mock`: `Mock`, `MagicMock`, `AsyncMock`, `call`, `ANY`,
`sentinel`, `DEFAULT`, and `patch` (as decorator, context manager or
started/stopped), `patch.object`, `patch.dict`. Autospeccing is not
provided and raises NotImplementedError.
"""

import sys
import builtins

__all__ = ['Mock', 'MagicMock', 'NonCallableMock', 'AsyncMock', 'patch',
           'call', 'ANY', 'sentinel', 'DEFAULT', 'PropertyMock',
           'create_autospec', 'mock_open', 'seal']


class _SentinelObject:
    """A unique named object, shown as `sentinel.NAME`."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    __reduce__ = __repr__


class _Sentinels:
    """`sentinel.NAME`: one unique object per name."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        if name not in self._made:
            self._made[name] = _SentinelObject(name)
        return self._made[name]


sentinel = _Sentinels()
DEFAULT = sentinel.DEFAULT


class _AnyValue:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _AnyValue()


def _format_arguments(args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % item for item in kwargs.items())
    return ', '.join(parts)


class _Call:
    """One recorded call: a name (None when unnamed), positional and keyword
    arguments. `call` builds them for comparison."""

    def __init__(self, name=None, args=(), kwargs=None, bound=False):
        self._name = name
        self.args = tuple(args)
        self.kwargs = dict(kwargs or {})
        self._bound = bound

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        prefix = self._name or ''
        return _Call('%s.%s' % (prefix, attr) if prefix else attr)

    def __call__(self, *args, **kwargs):
        return _Call(self._name or '', args, kwargs, bound=True)

    def __eq__(self, other):
        if isinstance(other, _Call):
            if self._name is not None and other._name is not None \
                    and self._name != other._name:
                return False
            return (self.args, self.kwargs) == (other.args, other.kwargs)
        if isinstance(other, tuple):
            if len(other) == 2 and isinstance(other[1], dict):
                return (self.args, self.kwargs) == (tuple(other[0]),
                                                    other[1])
            if len(other) == 3:
                return self == _Call(other[0], other[1], other[2])
            if len(other) == 1:
                if isinstance(other[0], dict):
                    return self.args == () and self.kwargs == other[0]
                return self.args == tuple(other[0]) and not self.kwargs
            return False
        return NotImplemented

    def __ne__(self, other):
        equal = self.__eq__(other)
        if equal is NotImplemented:
            return NotImplemented
        return not equal

    __hash__ = None

    def __iter__(self):
        if self._name:
            return iter((self._name, self.args, self.kwargs))
        return iter((self.args, self.kwargs))

    def __len__(self):
        return 3 if self._name else 2

    def __getitem__(self, index):
        return tuple(self)[index]

    def __repr__(self):
        if not self._bound:
            return 'call' if not self._name else 'call.%s' % self._name
        head = 'call.%s' % self._name if self._name else 'call'
        return '%s(%s)' % (head, _format_arguments(self.args, self.kwargs))

    def call_list(self):
        return _CallList([self])


class _CallList(list):
    """A list of calls, with containment of a contiguous sub-list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(len(self) - n + 1))

    def __repr__(self):
        return repr(list(self))


call = _Call(None, bound=False)


class _Unset:
    def __repr__(self):
        return '<unset>'


_UNSET = _Unset()

# Names a Mock never turns into child mocks.
_RESERVED = frozenset([
    'return_value', 'side_effect', 'called', 'call_count', 'call_args',
    'call_args_list', 'mock_calls', 'method_calls',
])


class NonCallableMock:
    """A mock that records how it is used: any attribute is a child mock,
    created on first access."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _new_name='', unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_name'] = name
        d['_mock_parent'] = parent
        d['_mock_new_name'] = _new_name
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_return_value'] = _UNSET
        d['_mock_side_effect'] = None
        d['_mock_unsafe'] = unsafe
        spec = spec_set if spec_set is not None else spec
        d['_spec_set'] = spec_set is not None
        if spec is None:
            d['_spec_names'] = None
            d['_spec_class'] = None
        elif isinstance(spec, (list, tuple)) and all(
                isinstance(s, str) for s in spec):
            d['_spec_names'] = frozenset(spec)
            d['_spec_class'] = None
        else:
            d['_spec_names'] = frozenset(dir(spec))
            d['_spec_class'] = spec if isinstance(spec, type) \
                else type(spec)
        self.reset_mock()
        self.configure_mock(**kwargs)

    def __class_getitem__(cls, item):
        return cls

    # -- identity
    def _full_name(self):
        parts = []
        m = self
        while m is not None:
            d = m.__dict__
            piece = d['_mock_new_name'] if d['_mock_parent'] is not None \
                else d['_mock_name']
            if d['_mock_parent'] is None:
                parts.append(piece or 'mock')
                break
            parts.append(piece)
            m = d['_mock_parent']
        return '.'.join(reversed(parts))

    def _own_name(self):
        d = self.__dict__
        if d['_mock_parent'] is not None:
            return d['_mock_new_name']
        return d['_mock_name'] or 'mock'

    def __repr__(self):
        d = self.__dict__
        shown = ''
        if d['_mock_parent'] is not None or d['_mock_name']:
            shown = ' name=%r' % self._full_name()
        spec = ''
        if d['_spec_class'] is not None:
            spec = ' spec%s=%r' % ('_set' if d['_spec_set'] else '',
                                   d['_spec_class'].__name__)
        return '<%s%s%s id=%r>' % (type(self).__name__, shown, spec,
                                   str(id(self)))

    @property
    def __class__(self):
        spec = self.__dict__.get('_spec_class')
        if spec is None:
            return type(self)
        return spec

    # -- configuration
    def configure_mock(self, **kwargs):
        for path, value in sorted(kwargs.items(),
                                  key=lambda kv: kv[0].count('.')):
            *parents, last = path.split('.')
            target = self
            for name in parents:
                target = getattr(target, name)
            setattr(target, last, value)

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = self
        mock.__dict__['_mock_new_name'] = attribute
        self.__dict__['_mock_children'][attribute] = mock

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = _UNSET
            d['_mock_return_set'] = False
        if side_effect:
            d['_mock_side_effect'] = None
        for child in list(d['_mock_children'].values()):
            if isinstance(child, NonCallableMock):
                child.reset_mock(return_value=return_value,
                                 side_effect=side_effect)
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    # -- attributes
    def _child_class(self, name=None):
        # Children are of the parent's class (magic methods of MagicMock
        # and AsyncMock are MagicMocks: `MagicMixin._magic`).
        return type(self)

    def __getattr__(self, name):
        d = self.__dict__
        if name in ('_mock_name', '_mock_children') or name not in d and \
                name.startswith('_mock_'):
            raise AttributeError(name)
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        children = d['_mock_children']
        if name in children:
            child = children[name]
            if child is _DELETED:
                raise AttributeError(name)
            return child
        names = d['_spec_names']
        if names is not None and name not in names:
            raise AttributeError('Mock object has no attribute %r' % name)
        if not d['_mock_unsafe'] and names is None and (
                name.startswith(('assert', 'assret', 'asert', 'aseert',
                                 'assrt'))):
            raise AttributeError(
                '%r is not a valid assertion. Use a spec for the mock if '
                '%r is meant to be an attribute.' % (name, name))
        wraps = d['_mock_wraps']
        child = self._child_class(name)(
            parent=self, _new_name=name,
            wraps=getattr(wraps, name) if wraps is not None else None)
        children[name] = child
        return child

    def __setattr__(self, name, value):
        d = self.__dict__
        if name == 'return_value':
            d['_mock_return_value'] = value
            d['_mock_return_set'] = True
            _adopt(self, value, '()')
            return
        if name == 'side_effect':
            d['_mock_side_effect'] = _side_effect_value(value)
            return
        if d.get('_spec_set') and d['_spec_names'] is not None \
                and name not in d['_spec_names'] and name not in d:
            raise AttributeError('Mock object has no attribute %r' % name)
        if name in _MAGICS and isinstance(self, MagicMixin):
            self._set_magic(name, value)
            return
        if isinstance(value, NonCallableMock) and \
                value.__dict__['_mock_parent'] is None and \
                value.__dict__['_mock_name'] is None:
            _adopt(self, value, name)
            d['_mock_children'][name] = value
            return
        if name in d['_mock_children']:
            del d['_mock_children'][name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in d and not name.startswith('_mock_'):
            object.__delattr__(self, name)
        if d['_mock_children'].get(name) is _DELETED:
            raise AttributeError(name)
        d['_mock_children'][name] = _DELETED

    def __dir__(self):
        extra = [n for n, c in self.__dict__['_mock_children'].items()
                 if c is not _DELETED]
        return sorted(set(dir(type(self)) + extra))

    @property
    def return_value(self):
        d = self.__dict__
        if d['_mock_return_value'] is _UNSET:
            value = self._child_class('()')(parent=self, _new_name='()')
            d['_mock_return_value'] = value
        return d['_mock_return_value']

    @property
    def side_effect(self):
        return self.__dict__['_mock_side_effect']

    # -- assertions
    def _call_text(self, args, kwargs):
        return '%s(%s)' % (self._own_name(), _format_arguments(args, kwargs))

    def _calls_text(self):
        return 'Calls: %s.' % (self.mock_calls,)

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError('Expected %r to have been called.'
                                 % self._own_name())

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError(
                'Expected %r to not have been called. Called %s times.\n%s'
                % (self._own_name(), self.call_count, self._calls_text()))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError(
                'Expected %r to have been called once. Called %s times.\n%s'
                % (self._own_name(), self.call_count, self._calls_text()))

    def assert_called_with(self, /, *args, **kwargs):
        expected = self._call_text(args, kwargs)
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n'
                                 '  Actual: not called.' % expected)
        if self.call_args != _Call(None, args, kwargs):
            actual = self._call_text(self.call_args.args,
                                     self.call_args.kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n'
                                 '  Actual: %s' % (expected, actual))

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError(
                'Expected %r to be called once. Called %s times.%s'
                % (self._own_name(), self.call_count,
                   '\n' + self._calls_text() if self.call_count else ''))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        if _Call(None, args, kwargs) not in list(self.call_args_list):
            raise AssertionError('%s call not found'
                                 % self._call_text(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        actual = _CallList(self.mock_calls)
        if not any_order:
            if expected not in actual:
                raise AssertionError('Calls not found.\nExpected: %r\n'
                                     '  Actual: %r' % (expected, actual))
            return
        remaining = list(actual)
        missing = []
        for c in expected:
            for i, a in enumerate(remaining):
                if a == c:
                    del remaining[i]
                    break
            else:
                missing.append(c)
        if missing:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r '
                'instead' % (self._own_name(), tuple(missing), remaining))


class _Deleted:
    pass


_DELETED = _Deleted()


def _adopt(parent, value, name):
    if isinstance(value, NonCallableMock) and \
            value.__dict__['_mock_parent'] is None and \
            value.__dict__['_mock_name'] is None:
        value.__dict__['_mock_parent'] = parent
        value.__dict__['_mock_new_name'] = name


def _side_effect_value(value):
    if value is None or callable(value) or isinstance(value, BaseException) \
            or (isinstance(value, type) and issubclass(value, BaseException)):
        return value
    return iter(value)


def _record(mock, args, kwargs):
    """Records a call of `mock`, and on its ancestors as a child call."""
    d = mock.__dict__
    this = _Call('', args, kwargs, bound=True)
    d['called'] = True
    d['call_count'] += 1
    d['call_args'] = _Call(None, args, kwargs, bound=True)
    d['call_args_list'].append(d['call_args'])
    d['mock_calls'].append(this)
    names = []
    child, parent = mock, d['_mock_parent']
    is_method = True
    while parent is not None:
        piece = child.__dict__['_mock_new_name']
        if piece == '()':
            is_method = False
            names.append('()')
        else:
            names.append(piece)
        dotted = ''
        for part in reversed(names):
            dotted += part if part == '()' or not dotted else '.' + part
        parent.__dict__['mock_calls'].append(
            _Call(dotted, args, kwargs, bound=True))
        if is_method and '()' not in names:
            parent.__dict__['method_calls'].append(
                _Call(dotted, args, kwargs, bound=True))
        child, parent = parent, parent.__dict__['_mock_parent']


class CallableMixin:
    def __call__(self, /, *args, **kwargs):
        _record(self, args, kwargs)
        return self._mock_call(args, kwargs)

    def _mock_call(self, args, kwargs):
        d = self.__dict__
        effect = d['_mock_side_effect']
        if effect is not None:
            if isinstance(effect, BaseException) or (
                    isinstance(effect, type)
                    and issubclass(effect, BaseException)):
                raise effect
            if callable(effect):
                result = effect(*args, **kwargs)
                if result is not DEFAULT:
                    return result
            else:
                result = next(effect)
                if isinstance(result, BaseException) or (
                        isinstance(result, type)
                        and issubclass(result, BaseException)):
                    raise result
                return result
        if d['_mock_return_value'] is not _UNSET:
            return d['_mock_return_value']
        if d['_mock_wraps'] is not None:
            return d['_mock_wraps'](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded and return `return_value` (a
    child mock unless set), or what `side_effect` says."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, unsafe=False,
                 **kwargs):
        NonCallableMock.__init__(self, spec=spec, wraps=wraps, name=name,
                                 spec_set=spec_set, unsafe=unsafe,
                                 parent=kwargs.pop('parent', None),
                                 _new_name=kwargs.pop('_new_name', ''),
                                 **kwargs)
        if return_value is not DEFAULT:
            self.return_value = return_value
        if side_effect is not None:
            self.side_effect = side_effect


# Magic methods MagicMock supports, with what they return when not
# configured (a callable gets the mock).
def _default_iter(mock):
    return iter([])


def _default_eq(mock):
    return lambda other: mock is other


def _default_ne(mock):
    return lambda other: mock is not other


_MAGIC_DEFAULTS = {
    '__len__': 0, '__int__': 1, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__complex__': 1j, '__contains__': False,
    '__exit__': False, '__sizeof__': 0,
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__iter__': _default_iter,
}
_MAGICS = frozenset([
    '__len__', '__int__', '__float__', '__bool__', '__index__',
    '__complex__', '__contains__', '__iter__', '__getitem__',
    '__setitem__', '__delitem__', '__enter__', '__exit__', '__str__',
    '__hash__', '__sizeof__', '__lt__', '__gt__', '__le__', '__ge__',
    '__eq__', '__ne__', '__add__', '__sub__', '__mul__', '__truediv__',
    '__floordiv__', '__mod__', '__neg__', '__pos__', '__abs__',
    '__invert__', '__round__', '__next__', '__fspath__', '__aenter__',
    '__aexit__', '__aiter__', '__anext__',
])
_CALLABLE_DEFAULT = {'__eq__': _default_eq, '__ne__': _default_ne}
_NOT_IMPLEMENTED = frozenset(['__lt__', '__gt__', '__le__', '__ge__'])


class MagicMixin:
    def _magic(self, name):
        """The child mock standing for magic method `name`."""
        children = self.__dict__['_mock_children']
        if name not in children:
            child = MagicMock(parent=self, _new_name=name)
            if name in _NOT_IMPLEMENTED:
                child.return_value = NotImplemented
            elif name in _MAGIC_DEFAULTS and \
                    not callable(_MAGIC_DEFAULTS[name]):
                child.return_value = _MAGIC_DEFAULTS[name]
            elif name in _MAGIC_DEFAULTS or name in _CALLABLE_DEFAULT:
                child.side_effect = _computed_default(self, child, name)
            children[name] = child
        return children[name]

    def _set_magic(self, name, value):
        if isinstance(value, NonCallableMock):
            _adopt(self, value, name)
            self.__dict__['_mock_children'][name] = value
        else:
            holder = self

            def call_value(*args, **kwargs):
                return value(holder, *args, **kwargs)
            self._magic(name).side_effect = call_value


def _computed_default(mock, child, name):
    """The side effect giving a magic method its computed default, until
    a return value is set explicitly."""
    if name in _CALLABLE_DEFAULT:
        compute = _CALLABLE_DEFAULT[name](mock)
    else:
        default = _MAGIC_DEFAULTS[name]

        def compute(*args, **kwargs):
            return default(mock)

    def effect(*args, **kwargs):
        if child.__dict__.get('_mock_return_set'):
            return DEFAULT
        return compute(*args, **kwargs)
    return effect


def _magic_method(name):
    """The class-level method for magic method `name`: it calls the
    instance's child mock for that name, so `len(m)` calls `m.__len__`."""
    def method(self, /, *args, **kwargs):
        return self._magic(name)(*args, **kwargs)
    method.__name__ = method.__qualname__ = name
    return method


def _magic_getattribute(self, name):
    # `m.__len__` is the child mock itself, so that it can be configured
    # (`m.__len__.return_value = 3`).
    if name in _MAGICS:
        return self._magic(name)
    return object.__getattribute__(self, name)


for _name in _MAGICS:
    setattr(MagicMixin, _name, _magic_method(_name))
MagicMixin.__getattribute__ = _magic_getattribute
del _name


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods (len(), iteration, `with`, comparisons,
    ...) are mocks too, with sensible defaults."""


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class AsyncMock(MagicMixin, Mock):
    """A mock whose call returns a coroutine: awaiting it produces the
    result (and records the await)."""

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()
        d['_is_coroutine'] = True

    def reset_mock(self, *args, **kwargs):
        Mock.reset_mock(self, *args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()

    def __call__(self, /, *args, **kwargs):
        _record(self, args, kwargs)
        return self._awaited(args, kwargs)

    async def _awaited(self, args, kwargs):
        d = self.__dict__
        d['await_count'] += 1
        d['await_args'] = _Call(None, args, kwargs, bound=True)
        d['await_args_list'].append(d['await_args'])
        effect = d['_mock_side_effect']
        if effect is not None and not isinstance(effect, BaseException) \
                and not (isinstance(effect, type)
                         and issubclass(effect, BaseException)) \
                and callable(effect):
            result = effect(*args, **kwargs)
            import inspect
            if inspect.isawaitable(result):
                result = await result
            if result is not DEFAULT:
                return result
            return self.return_value
        return self._mock_call(args, kwargs)

    def _await_name(self):
        d = self.__dict__
        return d['_mock_new_name'] if d['_mock_parent'] is not None \
            else d['_mock_name'] or 'mock'

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError('Expected %s to have been awaited.'
                                 % self._await_name())

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError(
                'Expected %s to have been awaited once. Awaited %s times.'
                % (self._await_name(), self.await_count))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(
                'Expected %s to not have been awaited. Awaited %s times.'
                % (self._await_name(), self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        expected = self._call_text(args, kwargs)
        if self.await_args is None:
            raise AssertionError('Expected %s to have been awaited.'
                                 % expected)
        if self.await_args != _Call(None, args, kwargs):
            actual = self._call_text(self.await_args.args,
                                     self.await_args.kwargs)
            raise AssertionError('expected await not found.\nExpected: %s\n'
                                 '  Actual: %s' % (expected, actual))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        self.assert_awaited_once()
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        if _Call(None, args, kwargs) not in list(self.await_args_list):
            raise AssertionError('%s await not found'
                                 % self._call_text(args, kwargs))


class PropertyMock(Mock):
    """A mock used as a class attribute: getting it calls it with no
    arguments, setting it calls it with the value."""

    def __get__(self, instance, owner=None):
        return self()

    def __set__(self, instance, value):
        self(value)


# ---------------------------------------------------------------------------
# Patching

def _resolve(dotted):
    """The object a dotted name denotes, importing modules as needed."""
    import importlib
    parts = dotted.split('.')
    obj = importlib.import_module(parts[0])
    for i in range(1, len(parts)):
        name = parts[i]
        try:
            obj = getattr(obj, name)
        except AttributeError:
            obj = importlib.import_module('.'.join(parts[:i + 1]))
    return obj


class _Patch:
    """Replaces an attribute for the duration of a call, a `with` block,
    or between `start()` and `stop()`."""

    def __init__(self, getter, attribute, new, create, new_callable,
                 kwargs, spec=None, autospec=None):
        if autospec is not None:
            raise NotImplementedError('unittest.mock: autospec is not '
                                      'supported by pyasync')
        if new is not DEFAULT and new_callable is not None:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.create = create
        self.new_callable = new_callable
        self.kwargs = kwargs
        self.spec = spec
        self.is_started = False

    def _replacement(self, original):
        if self.new is not DEFAULT:
            return self.new, False
        factory = self.new_callable
        if factory is None:
            import inspect
            factory = AsyncMock if (original is not _UNSET and
                                    inspect.iscoroutinefunction(original)) \
                else MagicMock
        kwargs = dict(self.kwargs)
        if self.spec is not None:
            kwargs['spec'] = original if self.spec is True else self.spec
        return factory(**kwargs), True

    def __enter__(self):
        target = self.getter()
        self.target = target
        try:
            original = target.__dict__[self.attribute] \
                if isinstance(target, type) and \
                self.attribute in target.__dict__ \
                else getattr(target, self.attribute)
            self._had = True
        except (AttributeError, KeyError):
            if not self.create:
                raise AttributeError('%r does not have the attribute %r'
                                     % (target, self.attribute))
            original = _UNSET
            self._had = False
        self.original = original
        new, made = self._replacement(original)
        setattr(target, self.attribute, new)
        self.is_started = True
        return new

    def __exit__(self, *exc_info):
        if not self.is_started:
            return False
        if self._had:
            setattr(self.target, self.attribute, self.original)
        else:
            delattr(self.target, self.attribute)
        self.is_started = False
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        if self in _active_patches:
            _active_patches.remove(self)
        return self.__exit__(None, None, None)

    def copy(self):
        return _Patch(self.getter, self.attribute, self.new, self.create,
                      self.new_callable, self.kwargs, self.spec)

    def __call__(self, func):
        if isinstance(func, type):
            return self._decorate_class(func)
        import functools
        import inspect
        patcher = self
        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def async_patched(*args, **kwargs):
                with patcher.copy() as new:
                    if patcher.new is DEFAULT:
                        args = args + (new,)
                    return await func(*args, **kwargs)
            return async_patched

        @functools.wraps(func)
        def patched(*args, **kwargs):
            with patcher.copy() as new:
                if patcher.new is DEFAULT:
                    args = args + (new,)
                return func(*args, **kwargs)
        return patched

    def _decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if callable(value):
                setattr(klass, name, self.copy()(value))
        return klass


_active_patches = []


def _split_target(target):
    try:
        holder, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r'
                        % (target,))
    return (lambda: _resolve(holder)), attribute


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    getter, attribute = _split_target(target)
    return _Patch(getter, attribute, new, create, new_callable, kwargs,
                  spec, autospec)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    if isinstance(target, str):
        raise TypeError('%r must be the actual object to be patched, not a '
                        'str' % (target,))
    return _Patch(lambda: target, attribute, new, create, new_callable,
                  kwargs, spec, autospec)


class _PatchDict:
    """Sets keys of a dictionary (optionally clearing it first) and
    restores its whole content afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict, self.clear = in_dict, clear
        self.values = dict(values, **kwargs)
        self._saved = None

    def _target(self):
        if isinstance(self.in_dict, str):
            return _resolve(self.in_dict)
        return self.in_dict

    def __enter__(self):
        target = self._target()
        self._saved = dict(target)
        if self.clear:
            target.clear()
        target.update(self.values)
        return target

    def __exit__(self, *exc_info):
        target = self._target()
        target.clear()
        target.update(self._saved)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)

    def __call__(self, func):
        import functools
        patcher = self

        @functools.wraps(func)
        def patched(*args, **kwargs):
            with patcher:
                return func(*args, **kwargs)
        return patched


def _stopall():
    for patcher in reversed(list(_active_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _PatchDict
patch.stopall = _stopall
patch.TEST_PREFIX = 'test'


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    raise NotImplementedError('unittest.mock.create_autospec() is not '
                              'supported by pyasync')


def mock_open(mock=None, read_data=''):
    raise NotImplementedError('unittest.mock.mock_open() is not supported '
                              'by pyasync')


def seal(mock):
    raise NotImplementedError('unittest.mock.seal() is not supported by '
                              'pyasync')
