# repr() escapes exactly the characters str.isprintable() rejects: controls,
# format characters, separators other than the space, private use and
# unassigned code points; everything else is shown as is.
print(repr('\uffff'), repr('\u0378'), repr('\xad'), repr('\u200b'), repr('\ue000'))
print(repr('\xa0'), repr('\u3000'), repr('\u2028\u2029'), repr('\u0085'), repr('\ufeff'))
print(repr('\U000f0000'), repr('\U0010ffff'), repr('\U000e0001'), repr('\U0001f600'))
print(repr('\u061c'), repr('\u180e'), repr('\u0600'), repr('\U0001d173'), repr('\u2066'))
print(repr('é\u0301'), repr('\u0300'), repr('a\u20dd'), repr('\u1680'), repr('\u3164'))
print(repr(['\xad', '\x7f']), repr({'\u200b': '\u2060'}), repr(('\uffff',)))
z = '\ufeff'
print(ascii('\xad\u0378'), '%r' % '\u200b', '{!r}'.format('\xad'), f'{z!r:>10}')

# Per plane: how many characters repr() escapes, by kind of escape, and the
# repr's length, for every code point (surrogates aside).
for plane in range(17):
    lo = plane * 0x10000
    text = ''.join(chr(c) for c in range(lo, lo + 0x10000) if not 0xD800 <= c <= 0xDFFF)
    r = repr(text)
    print(plane, r.count('\\x'), r.count('\\u'), r.count('\\U'), len(r))

by_kind = {}
for c in range(0x80, 0x3000):
    r = repr(chr(c))[1:-1]
    kind = r[:2] if r.startswith('\\') else 'shown'
    by_kind[kind] = by_kind.get(kind, 0) + 1
print(sorted(by_kind.items()))
