# urllib.parse: quoting, unquoting, urlencode and query string parsing.
from urllib.parse import (quote, quote_plus, unquote, unquote_plus, urlencode,
                          parse_qs, parse_qsl, quote_from_bytes, unquote_to_bytes)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['abc def', 'a/b/c', 'ümlaut €', '~user_name-1.0', '', '100%', 'a+b=c&d', '\x00\x7f']:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote_plus(s)), repr(quote_plus(s, safe='/')))
print(quote('a b', safe=' '), quote(b'a b\xff'), quote('é', encoding='latin-1'), quote_from_bytes(b'/x y'))
print(quote('é', encoding='ascii', errors='replace'), quote_plus(b'a b'), quote('abc', safe=b'b'))
for s in ['abc%20def', '%7Euser', 'caf%C3%A9', '%zz%2', 'a+b%2B', '%C3', '%E2%82%AC+x', 'no escapes', '%41é%42', '']:
    print(repr(unquote(s)), repr(unquote_plus(s)), repr(unquote_to_bytes(s)))
print(unquote(b'a%20b'), unquote('%E9', encoding='latin-1'), unquote('%FF', errors='strict' if False else 'replace'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))
print(urlencode([('k', 'v1'), ('k', 'v2'), ('sp', '/ ')]))
print(urlencode({'k': ['a', 'b'], 'n': 5, 's': 'str', 't': (1, 2), 'b': b'by tes'}, doseq=True))
print(urlencode({'k': ['a', 'b']}), urlencode({'p': 'a/b'}, safe='/'), urlencode({'q': 'a b'}, quote_via=quote))
print(urlencode([]), urlencode({}))
qs = 'a=1&b=2&a=3&empty=&noval&sp=x+y&enc=%C3%A9&&c=%3D'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(''), parse_qs(''))
t(lambda: parse_qsl('a=1&b', strict_parsing=True))
t(lambda: parse_qsl('a=1&&b=2', strict_parsing=True))
t(lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2))
t(lambda: parse_qsl('a=1', separator=''))
t(lambda: parse_qsl('a=1', separator=3))
t(lambda: urlencode('abc'))
t(lambda: urlencode([1, 2]))
t(lambda: quote(123))
t(lambda: quote(b'x', encoding='utf-8'))
t(lambda: quote(b'x', errors='strict'))
t(lambda: quote_from_bytes('str'))
t(lambda: unquote(None))
t(lambda: quote('é', encoding='ascii'))
t(lambda: parse_qsl('a=1;b=2', separator=b';'))
t(lambda: parse_qsl('a=1', separator=None))
