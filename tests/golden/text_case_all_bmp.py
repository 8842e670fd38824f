# Case conversions of every code point below U+10000 (surrogates aside):
# each method's results are summarised by a count of changed characters and
# a checksum, so the output stays small and any difference shows.
def digest(acc, text):
    for ch in text:
        acc = (acc * 131 + ord(ch)) % 1000000007
    return (acc * 7 + len(text)) % 1000000007

points = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
for method in ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold']:
    f = getattr(str, method)
    changed = 0
    grown = 0
    acc = 0
    for ch in points:
        r = f(ch)
        if r != ch:
            changed += 1
            acc = digest(acc, r)
            if len(r) > 1:
                grown += 1
    print(method, changed, grown, acc)

# The same in context: after a cased letter, after a space.
for method in ['title', 'capitalize', 'swapcase']:
    f = getattr(str, method)
    acc = 0
    for ch in points[::7]:
        acc = digest(acc, f('a' + ch + 'B'))
        acc = digest(acc, f(' ' + ch + 'b'))
    print(method, 'in context', acc)

for pred in ['isupper', 'islower', 'isalpha', 'isspace', 'isdecimal']:
    f = getattr(str, pred)
    print(pred, sum(1 for ch in points if f(ch)))

print('ﬁ'.casefold(), 'ﬁ'.upper(), 'ﬁ'.title(), 'ß'.upper(), 'ß'.casefold(), 'ß'.title())
print('ǆ'.title(), 'ǆ'.capitalize(), 'ǆ'.swapcase(), 'ǅ'.swapcase(), 'ǅ'.lower(), 'ǅ'.upper())
print(repr('İ'.lower()), len('İ'.lower()), 'ŉ'.upper(), 'ΐ'.upper(), 'ᾳ'.title(), 'ᾳ'.upper())
print('ΣΑΣ'.lower(), 'ΑΣ ΣΑ'.lower(), 'Σ'.lower(), 'aΣ.'.lower(), 'Σa'.lower(), "AΣ'a".lower(), "AΣ'".lower())
print('ΣΑΣ'.title(), 'σας'.upper(), 'ΑΣ'.swapcase(), 'ΑΣ'.capitalize(), 'ΣΣ'.capitalize())
print('ﬃ straße'.title(), 'ﬃ'.capitalize(), 'STRASSE'.casefold() == 'straße'.casefold())
print('Ǆungla'.isupper(), 'ǆ'.islower(), 'ǅ'.isupper(), 'ǅ'.islower())
for bad in [(1,), ('x',)]:
    try:
        print('a'.casefold(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    str.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
for pred in ['isdigit', 'isnumeric', 'isalnum', 'isidentifier']:
    f = getattr(str, pred)
    print(pred, sum(1 for ch in points if f(ch)), sum(1 for ch in points if f('a' + ch)))
