# The inspect module: predicates on objects, signatures of callables,
# docstrings and source. The natives _def_header (the text of a def's
# header: the parameters' kinds and names) and _function_kind (plain,
# generator, coroutine, async generator) stand in for code-object details; pyasync has no frame objects, so
# currentframe() returns None, as the documentation allows.

import sys
import enum
import collections
import types as _types

__all__ = ['Parameter', 'Signature', 'BoundArguments', 'signature',
           'cleandoc', 'getdoc', 'getmembers', 'getmro', 'isabstract',
           'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin',
           'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
           'isfunction', 'isgenerator', 'isgeneratorfunction', 'ismethod',
           'ismodule', 'isroutine', 'istraceback', 'isframe',
           'getsource', 'getsourcelines', 'getfile', 'getsourcefile',
           'unwrap', 'currentframe', 'get_annotations', 'getfullargspec']


# ----- predicates -----

def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def ismethoddescriptor(object):
    return isinstance(object, (_types.MethodDescriptorType,
                               _types.WrapperDescriptorType))


def isdatadescriptor(object):
    if isinstance(object, (type, _types.MethodType, _types.FunctionType)):
        return False
    return any(hasattr(type(object), name) for name in ("__set__", "__delete__"))


def ismemberdescriptor(object):
    return False


def isgetsetdescriptor(object):
    return False


def ismethodwrapper(object):
    return False


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def iscode(object):
    return isinstance(object, _types.CodeType)


def istraceback(object):
    return isinstance(object, _types.TracebackType)


def isframe(object):
    return False


def _unwrap_partial(f):
    while ismethod(f):
        f = f.__func__
    functools = sys.modules.get('functools') if hasattr(sys, 'modules') else None
    partial = getattr(functools, 'partial', None)
    while partial is not None and isinstance(f, partial):
        f = f.func
    return f


def _kind(f):
    f = _unwrap_partial(f)
    if isfunction(f):
        return _function_kind(f)
    return None


def isgeneratorfunction(obj):
    return _kind(obj) == 'generator'


def iscoroutinefunction(obj):
    return _kind(obj) == 'coroutine'


def isasyncgenfunction(obj):
    return _kind(obj) == 'async_generator'


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isawaitable(object):
    if iscoroutine(object):
        return True
    if isgenerator(object) or isasyncgen(object):
        return False
    return isinstance(object, collections.abc.Awaitable)


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


# ----- members, docs -----

def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) for each attribute of object, sorted by name, with
    only those satisfying predicate when it is given."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def _indent_of(line):
    return len(line) - len(line.lstrip())


def cleandoc(doc):
    """doc with the indentation of its second and later lines removed as a
    block, the first line's leading blanks and the blank lines at both
    ends dropped."""
    first, *rest = doc.expandtabs().split('\n')
    indents = [_indent_of(line) for line in rest if line.strip()]
    margin = min(indents) if indents else 0
    lines = [first.lstrip()] + [line[margin:] for line in rest]
    start, stop = 0, len(lines)
    while start < stop and not lines[start]:
        start += 1
    while stop > start and not lines[stop - 1]:
        stop -= 1
    return '\n'.join(lines[start:stop])


def _inherited_doc(obj):
    """The docstring obj's class or the classes its method is defined
    on hand down, for getdoc when obj has none of its own."""
    if isclass(obj):
        docs = [base.__doc__ for base in obj.__mro__ if base is not object]
        return next((doc for doc in docs if doc is not None), None)
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj):
        name = obj.__name__
        owner_name, _, _ = obj.__qualname__.rpartition('.')
        owner = _function_globals(obj).get(owner_name) if owner_name else None
        if not isclass(owner):
            return None
    else:
        return None
    for base in owner.__mro__[1:]:
        namespace = getattr(base, '__dict__', {})
        doc = getattr(namespace.get(name), '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring, cleaned up; inherited from the class or a
    base when the object has none of its own."""
    doc = getattr(object, '__doc__', None)
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            doc = None
    return cleandoc(doc) if isinstance(doc, str) else None


def unwrap(func, *, stop=None):
    """The innermost function of a chain of __wrapped__ attributes."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def _source_function(object):
    object = unwrap(object)
    if ismethod(object):
        object = object.__func__
    if not isfunction(object):
        if isclass(object) or ismodule(object) or iscode(object) or istraceback(object):
            raise OSError('could not get source code')
        raise TypeError('module, class, method, function, traceback, frame, '
                        'or code object was expected, got {}'.format(type(object).__name__))
    return object


def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        filename = getattr(object, '__file__', None)
        if not filename:
            raise TypeError('{!r} is a built-in module'.format(object))
        return filename
    if isclass(object):
        raise TypeError('{!r} is a built-in class'.format(object))
    return _def_lines(_source_function(object))[0]


getsourcefile = getfile


def getsourcelines(object):
    """The lines of the object's definition and the number of its first."""
    filename, first, last = _def_lines(_source_function(object))
    try:
        with open(filename) as f:
            lines = f.read().splitlines(keepends=True)
    except OSError:
        raise OSError('could not get source code') from None
    if last > len(lines):
        raise OSError('could not get source code')
    return lines[first - 1:last], first


def getsource(object):
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def currentframe():
    """None: pyasync has no frame objects."""
    return None


# ----- signatures -----

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return ('positional-only', 'positional or keyword', 'variadic positional',
                'keyword-only', 'variadic keyword')[self]


# The kinds by name, for the module's own use.
_KINDS = {kind.name: kind for kind in _ParameterKind}
globals().update({'_' + name: kind for name, kind in _KINDS.items()})


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        module = getattr(annotation, '__module__', 'builtins')
        if module in ('builtins', base_module):
            return annotation.__qualname__
        return module + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: its name, kind, default and
    annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS.values():
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        kind = _ParameterKind(kind)
        if kind in (_VAR_POSITIONAL, _VAR_KEYWORD) and default is not _empty:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, **changes):
        fields = {'name': self._name, 'kind': self._kind,
                  'default': self._default, 'annotation': self._annotation}
        for key in changes:
            if key not in fields:
                raise TypeError(f"replace() got an unexpected keyword argument '{key}'")
        fields.update(changes)
        return type(self)(fields.pop('name'), fields.pop('kind'), **fields)

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if isinstance(other, Parameter):
            return self is other or self._key() == other._key()
        return NotImplemented


for _kind_name, _kind_value in _KINDS.items():
    setattr(Parameter, _kind_name, _kind_value)
del _kind_name, _kind_value


class BoundArguments:
    """The result of Signature.bind: which argument went to which
    parameter."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        """(args, kwargs) that would make the same binding: positional
        values up to the first one not given, the rest by keyword."""
        args, kwargs = [], {}
        in_order = True
        for param in self._signature.parameters.values():
            if param.name not in self.arguments:
                if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    in_order = False
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            elif param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            elif param.kind == _KEYWORD_ONLY or not in_order:
                kwargs[param.name] = value
            else:
                args.append(value)
        return tuple(args), kwargs

    args = property(lambda self: self._split()[0])
    kwargs = property(lambda self: self._split()[1])

    def apply_defaults(self):
        """Adds the default of each parameter not bound (an empty tuple or
        dict for *args and **kwargs)."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                filled[name] = () if param.kind == _VAR_POSITIONAL else {}
        self.arguments = filled

    def __eq__(self, other):
        if isinstance(other, BoundArguments):
            return (self.signature, self.arguments) == (other.signature, other.arguments)
        return NotImplemented

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = collections.OrderedDict()
        highest = _POSITIONAL_ONLY
        defaults_started = False
        for param in parameters or ():
            if __validate_parameters__:
                if param.kind < highest:
                    raise ValueError(
                        'wrong parameter order: {} parameter before {} parameter'.format(
                            highest.description, param.kind.description))
                highest = max(highest, param.kind)
                if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is not _empty:
                        defaults_started = True
                    elif defaults_started:
                        raise ValueError('non-default argument follows default argument')
            if param.name in params:
                raise ValueError('duplicate parameter name: {!r}'.format(param.name))
            params[param.name] = param
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, **changes):
        unknown = set(changes) - {'parameters', 'return_annotation'}
        if unknown:
            raise TypeError(f"replace() got an unexpected keyword argument '{unknown.pop()}'")
        parameters = changes.get('parameters', list(self._parameters.values()))
        annotation = changes.get('return_annotation', self._return_annotation)
        return type(self)(parameters, return_annotation=annotation)

    def _key(self, keyword_only=dict):
        # Keyword-only parameters compare regardless of their order.
        params = list(self._parameters.values())
        ordered = tuple(p for p in params if p.kind != _KEYWORD_ONLY)
        by_name = keyword_only((p.name, p) for p in params if p.kind == _KEYWORD_ONLY)
        return (ordered, by_name, self._return_annotation)

    def __hash__(self):
        return hash(self._key(frozenset))

    def __eq__(self, other):
        if isinstance(other, Signature):
            return self is other or self._key() == other._key()
        return NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        positional = [p for p in params
                      if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
        var_positional = [p for p in params if p.kind == _VAR_POSITIONAL]
        var_keyword = [p for p in params if p.kind == _VAR_KEYWORD]
        if len(args) > len(positional) and not var_positional:
            raise TypeError('too many positional arguments')
        bound = {}
        for param, value in zip(positional, args):
            if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            bound[param.name] = value
        if var_positional and len(args) > len(positional):
            bound[var_positional[0].name] = tuple(args[len(positional):])
        for param in params:
            if param.name in bound or param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                continue
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                bound[param.name] = kwargs.pop(param.name)
            elif param.name in kwargs and not var_keyword:
                raise TypeError('{!r} parameter is positional only, but was passed '
                                'as a keyword'.format(param.name))
            elif param.default is _empty and not partial:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        if kwargs:
            if not var_keyword:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            bound[var_keyword[0].name] = kwargs
        arguments = {p.name: bound[p.name] for p in params if p.name in bound}
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        params = list(self.parameters.values())
        has_var_positional = any(p.kind == _VAR_POSITIONAL for p in params)
        parts = []
        star_written = has_var_positional
        for i, param in enumerate(params):
            if param.kind == _KEYWORD_ONLY and not star_written:
                parts.append('*')
                star_written = True
            parts.append(str(param))
            last_positional_only = param.kind == _POSITIONAL_ONLY and (
                i + 1 == len(params) or params[i + 1].kind != _POSITIONAL_ONLY)
            if last_positional_only:
                parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


def _split_top_level(text, separator):
    """text cut at each separator character outside brackets and string
    literals (comments dropped)."""
    parts = []
    depth = 0
    current = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in '\'"':
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and text[j:j + len(quote)] != quote:
                j += 2 if text[j] == '\\' else 1
            j += len(quote)
            current.append(text[i:j])
            i = j
            continue
        if ch == '#':
            while i < n and text[i] != '\n':
                i += 1
            continue
        if ch == separator and depth == 0:
            parts.append(''.join(current))
            current = []
            i += 1
            continue
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        current.append(ch)
        i += 1
    parts.append(''.join(current))
    return parts


def _parse_header(header):
    """([(name, prefix, annotation text or None)], return annotation text
    or None) for a def header; prefix is '', '*' or '**', and the markers
    '/' and '*' are entries of their own."""
    if header.startswith('lambda'):
        params_text = _split_top_level(header[len('lambda'):], ':')[0]
        returns = None
    else:
        # Inside the parentheses, the first ')' outside brackets and
        # strings closes the parameter list.
        inside, *after = _split_top_level(header[header.index('(') + 1:], ')')
        params_text = inside
        tail = ')'.join(after).strip()
        returns = None
        if tail.startswith('->'):
            returns = tail[2:].rstrip()
            if returns.endswith(':'):
                returns = returns[:-1]
            returns = returns.strip()
    entries = []
    for part in _split_top_level(params_text, ','):
        part = part.strip()
        if not part:
            continue
        if part in ('/', '*'):
            entries.append((part, part, None))
            continue
        prefix = ''
        if part.startswith('**'):
            prefix, part = '**', part[2:]
        elif part.startswith('*'):
            prefix, part = '*', part[1:]
        before_default = _split_top_level(part, '=')[0]
        pieces = _split_top_level(before_default, ':')
        name = pieces[0].strip()
        annotation = pieces[1].strip() if len(pieces) > 1 else None
        entries.append((name, prefix, annotation))
    return entries, returns


def _annotations(func):
    return dict(func.__annotations__)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isfunction(obj):
        return _annotations(obj)
    if isclass(obj) or ismodule(obj):
        ann = obj.__dict__.get('__annotations__', None) if hasattr(obj, '__dict__') else None
        return dict(ann) if ann else {}
    if callable(obj):
        return dict(getattr(obj, '__annotations__', None) or {})
    raise TypeError(f"{obj!r} is not a module, class, or callable.")


def _signature_from_function(func):
    entries, returns = _parse_header(_def_header(func))
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    has_slash = any(e[0] == '/' for e in entries)
    n_pos = func.__code__.co_argcount
    first_default = n_pos - len(defaults)
    params = []
    kind = _POSITIONAL_ONLY if has_slash else _POSITIONAL_OR_KEYWORD
    index = 0
    for name, prefix, text in entries:
        if name == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if name == '*' and prefix == '*':
            kind = _KEYWORD_ONLY
            continue
        annotation = annotations.get(name, _empty)
        if prefix == '*':
            params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotation))
            kind = _KEYWORD_ONLY
        elif prefix == '**':
            params.append(Parameter(name, _VAR_KEYWORD, annotation=annotation))
        elif kind == _KEYWORD_ONLY:
            params.append(Parameter(name, kind, default=kwdefaults.get(name, _empty),
                                    annotation=annotation))
        else:
            default = defaults[index - first_default] if index >= first_default else _empty
            params.append(Parameter(name, kind, default=default, annotation=annotation))
            index += 1
    if index != n_pos:
        raise ValueError('no signature found for {!r}'.format(func))
    return_annotation = annotations.get('return', _empty)
    return Signature(params, return_annotation=return_annotation,
                     __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _class_attribute(cls, name):
    for base in cls.__mro__:
        namespace = getattr(base, '__dict__', None)
        if namespace is not None and name in namespace:
            return base, namespace[name]
    return None, None


def _signature_from_callable(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, _types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _types.MethodType):
            return _signature_from_callable(obj, follow_wrapped)
    sig = getattr(obj, '__signature__', None) if not isclass(obj) else None
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    functools = sys.modules.get('functools') if hasattr(sys, 'modules') else None
    if isbuiltin(obj) or ismethoddescriptor(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isclass(obj):
        for name in ('__init__', '__new__'):
            owner, value = _class_attribute(obj, name)
            if owner is not None and owner is not object and isfunction(
                    getattr(value, '__func__', value)):
                sig = _signature_from_callable(getattr(value, '__func__', value), follow_wrapped)
                return _drop_first(sig)
        for base in obj.__mro__:
            if base is not object and getattr(base, '__dict__', None) is None:
                raise ValueError('no signature found for builtin type {!r}'.format(base))
        return Signature()
    owner, call = _class_attribute(type(obj), '__call__')
    if owner is not None and isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


def getfullargspec(func):
    """The parameters of func as the FullArgSpec named tuple."""
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    params = list(sig.parameters.values())
    of_kind = lambda *kinds: [p for p in params if p.kind in kinds]
    positional = of_kind(_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)
    defaults = tuple(p.default for p in positional if p.default is not _empty)
    kwonly = of_kind(_KEYWORD_ONLY)
    kwdefaults = {p.name: p.default for p in kwonly if p.default is not _empty}
    var_pos = of_kind(_VAR_POSITIONAL)
    var_kw = of_kind(_VAR_KEYWORD)
    annotations = {p.name: p.annotation for p in params if p.annotation is not _empty}
    if sig.return_annotation is not _empty:
        annotations = {'return': sig.return_annotation, **annotations}
    return FullArgSpec([p.name for p in positional],
                       var_pos[0].name if var_pos else None,
                       var_kw[0].name if var_kw else None,
                       defaults or None, [p.name for p in kwonly],
                       kwdefaults or None, annotations)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def _run_state(obj, attribute_prefix, state_prefix):
    """CREATED, RUNNING, SUSPENDED or CLOSED, from what a generator or
    coroutine tells of itself (gi_running, gi_suspended, gi_frame)."""
    if getattr(obj, attribute_prefix + 'running'):
        state = 'RUNNING'
    elif getattr(obj, attribute_prefix + 'suspended'):
        state = 'SUSPENDED'
    elif getattr(obj, attribute_prefix + 'frame') is None:
        state = 'CLOSED'
    else:
        state = 'CREATED'
    return state_prefix + state


for _state in ('CREATED', 'RUNNING', 'SUSPENDED', 'CLOSED'):
    globals()['GEN_' + _state] = 'GEN_' + _state
    globals()['CORO_' + _state] = 'CORO_' + _state
del _state


def getgeneratorstate(generator):
    return _run_state(generator, 'gi_', 'GEN_')


def getcoroutinestate(coroutine):
    return _run_state(coroutine, 'cr_', 'CORO_')
