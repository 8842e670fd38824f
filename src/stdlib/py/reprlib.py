# reprlib: repr() with size limits, and a guard for recursive __repr__.
#
# Repr dispatches on the type's name to a repr_<name> method; each
# container shows at most max<type> elements and nests at most maxlevel
# deep, with `fillvalue` standing for what was left out.

# The builtin, saved before this module's own `repr` shadows it.
_builtin_repr = repr

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    # A __repr__ decorator: a call for an object already being shown
    # returns `fillvalue` instead of recursing.

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        for attr in ('__module__', '__doc__', '__name__', '__qualname__',
                     '__annotations__'):
            try:
                value = getattr(user_function, attr)
            except AttributeError:
                continue
            setattr(wrapper, attr, value)
        return wrapper

    return decorating_function


def _sorted_if_possible(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


# Container reprs: type name -> (opening, closing, limit attribute, text
# after a lone element, whether elements are sorted, repr when empty).
_CONTAINERS = {
    'tuple': ('(', ')', 'maxtuple', ',', False, None),
    'list': ('[', ']', 'maxlist', '', False, None),
    'set': ('{', '}', 'maxset', '', True, 'set()'),
    'frozenset': ('frozenset({', '})', 'maxfrozenset', '', True,
                  'frozenset()'),
    'deque': ('deque([', '])', 'maxdeque', '', False, None),
}

_LIMITS = (('maxlevel', 6), ('maxtuple', 6), ('maxlist', 6),
           ('maxarray', 5), ('maxdict', 4), ('maxset', 6),
           ('maxfrozenset', 6), ('maxdeque', 6), ('maxstring', 30),
           ('maxlong', 40), ('maxother', 30))


class Repr:
    def __init__(self):
        self.fillvalue = '...'
        for name, limit in _LIMITS:
            setattr(self, name, limit)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Spaces in a type's name become underscores in the method name.
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is None:
            method = self.repr_instance
        return method(x, level)

    def _shorten(self, s, limit):
        # Keep the head and tail of `s` around the fill value.
        if len(s) <= limit:
            return s
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return s[:head] + self.fillvalue + s[len(s) - tail:]

    def _elements(self, items, count, level, limit):
        # The reprs of the first `limit` items, and the fill value when
        # there are more; just the fill value past the nesting limit.
        if level <= 0 and count:
            return self.fillvalue
        shown = []
        for item in items:
            if len(shown) == limit:
                break
            shown.append(self.repr1(item, level - 1))
        if count > limit:
            shown.append(self.fillvalue)
        return ', '.join(shown)

    def _container(self, kind, x, level):
        opening, closing, limit_name, lone, ordered, empty = _CONTAINERS[kind]
        if empty is not None and not x:
            return empty
        items = _sorted_if_possible(x) if ordered else x
        inside = self._elements(items, len(x), level, getattr(self, limit_name))
        if len(x) == 1 and level > 0:
            closing = lone + closing
        return opening + inside + closing

    def repr_tuple(self, x, level):
        return self._container('tuple', x, level)

    def repr_list(self, x, level):
        return self._container('list', x, level)

    def repr_set(self, x, level):
        return self._container('set', x, level)

    def repr_frozenset(self, x, level):
        return self._container('frozenset', x, level)

    def repr_deque(self, x, level):
        return self._container('deque', x, level)

    def repr_array(self, x, level):
        code = x.typecode
        if not x:
            return "array('%s')" % code
        inside = self._elements(x, len(x), level, self.maxarray)
        return "array('%s', [%s])" % (code, inside)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        keys = _sorted_if_possible(x)
        shown = ['%s: %s' % (self.repr1(k, level - 1),
                             self.repr1(x[k], level - 1))
                 for k in keys[:self.maxdict]]
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{%s}' % ', '.join(shown)

    def repr_str(self, x, level):
        limit = self.maxstring
        s = _builtin_repr(x[:limit])
        if len(s) <= limit:
            return s
        # Cut the string itself (not its repr) so escapes stay whole.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        s = _builtin_repr(x[:head] + x[len(x) - tail:])
        return s[:head] + self.fillvalue + s[len(s) - tail:]

    def repr_int(self, x, level):
        return self._shorten(_builtin_repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = _builtin_repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._shorten(s, self.maxother)


aRepr = Repr()
repr = aRepr.repr
