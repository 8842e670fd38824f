# urllib.parse.urljoin: RFC 3986 reference resolution examples and more.
from urllib.parse import urljoin

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s',
            'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../',
            '../g', '../..', '../../', '../../g', '../../../g',
            '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:',
            'https://other/x']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('http://a/b/', 'c'), urljoin('http://a/b', 'c'), urljoin('http://a', 'c'))
print(urljoin('', 'x'), urljoin('http://a/', ''), urljoin('mailto:a@b', 'c'))
print(urljoin('http://a/b/c', '../../../x/./y/'), urljoin('ftp://h/d/', 'f#x', allow_fragments=False))
print(urljoin('file:///tmp/a', 'b'), urljoin('svn+ssh://h/r/t', '../u'))
print(urljoin('http://a/b/c/', '//h2/p'), urljoin('http://a/b?x=1', '?y=2'))
