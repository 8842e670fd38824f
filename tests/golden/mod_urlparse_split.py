# urllib.parse: urlparse/urlsplit, the result tuples and their properties.
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urldefrag


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


urls = [
    'http://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag',
    'https://example.com',
    'HTTP://example.com/path/',
    '//netloc/only',
    '/just/a/path?x=1',
    'mailto:someone@example.com',
    'file:///etc/passwd',
    'http://[::1]:80/x',
    'http://[fe80::1%25eth0]/',
    'ftp://a@b@c/d',
    'tel:+1-816-555-1212',
    'path;params',
    'http://h/p;a;b/c;d',
    '  http://spaces/\t\nx  ',
    'a1+-.:rest',
    '1ab:rest',
    'http://host:/p',
    '',
]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(p)
    print(s)
    print(p.username, p.password, p.hostname, p.port, p.geturl(), s.geturl())
print(urlparse('x/y#f', allow_fragments=False))
print(urlsplit('path', scheme='https'))
r = urlparse('http://example.com/a?b#c')
print(r.scheme, r[1], r._replace(netloc='other.org').geturl(), len(r), tuple(r))
print(type(r).__name__, type(urlsplit('')).__name__, r._fields)
print(urlunparse(('http', 'h', '/p', 'a', 'q', 'f')), urlunparse(['', '', 'p', '', '', '']))
print(urlunsplit(('http', '', '/p', '', '')), urlunsplit(('mailto', '', 'x@y', '', '')))
print(urlunsplit(('', 'h', 'p', 'q', '')), urlunsplit(('https', 'h', '', '', 'f')))
d = urldefrag('http://h/p?q#frag')
print(d, d.url, d.fragment, d.geturl(), urldefrag('http://h/p'))
# errors
t(lambda: urlparse('http://h:99999/').port)
t(lambda: urlparse('http://h:abc/').port)
t(lambda: urlparse('http://h:-1/').port)
t(lambda: urlsplit('http://[::1/'))
t(lambda: urlsplit('http://::1]/'))
t(lambda: urlsplit('http://[1.2.3.4]/'))
t(lambda: urlsplit('http://[vx]/'))
t(lambda: urlsplit('http://[v1.x]/').netloc)
t(lambda: urlunsplit(('a', 'b')))
t(lambda: urlunparse(('a', 'b', 'c')))
