# urllib.parse: splitting URLs into components and back, resolving
# relative references, and percent-encoding of strings and query strings.
#
# Only str URLs are handled; bytes URLs raise TypeError rather than being
# half supported.

from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit',
           'urlunsplit', 'urlencode', 'parse_qs', 'parse_qsl', 'quote',
           'quote_plus', 'quote_from_bytes', 'unquote', 'unquote_plus',
           'unquote_to_bytes', 'DefragResult', 'ParseResult', 'SplitResult']

# Schemes whose URLs may be resolved against a base, carry a network
# location, or carry ;params on the last path segment.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais',
                 'file', 'https', 'shttp', 'mms', 'prospero', 'rtsp',
                 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap',
               'wais', 'file', 'mms', 'https', 'shttp', 'snews', 'prospero',
               'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https',
               'shttp', 'rtsp', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
scheme_chars = _LETTERS + _DIGITS + '+-.'

_C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))
# RFC 3986 unreserved characters, never percent-encoded.
_ALWAYS_SAFE = frozenset((_LETTERS + _DIGITS + '_.-~').encode('ascii'))
_HEX = '0123456789ABCDEFabcdef'


def _str_only(*args):
    for a in args:
        if not isinstance(a, str):
            if isinstance(a, (bytes, bytearray)):
                raise TypeError('bytes URLs are not supported')
            raise TypeError('Cannot mix str and non-str arguments')


class _NetlocMixin:
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def _userinfo(self):
        userinfo, has_info, _ = self.netloc.rpartition('@')
        if not has_info:
            return None, None
        user, has_password, password = userinfo.partition(':')
        return user, (password if has_password else None)

    @property
    def _hostinfo(self):
        _, _, hostinfo = self.netloc.rpartition('@')
        _, bracket, inside = hostinfo.partition('[')
        if bracket:
            host, _, rest = inside.partition(']')
            _, _, port = rest.partition(':')
        else:
            host, _, port = hostinfo.partition(':')
        return host, (port or None)

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # An IPv6 zone id after '%' keeps its case.
        host, percent, zone = host.partition('%')
        return host.lower() + percent + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError('Port could not be cast to integer value as %r'
                             % (text,))
        number = int(text)
        if number > 65535:
            raise ValueError('Port out of range 0-65535')
        return number


class DefragResult(_namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return self.url + ('#' + self.fragment if self.fragment else '')


class SplitResult(_namedtuple('SplitResult',
                              'scheme netloc path query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple('ParseResult',
                              'scheme netloc path params query fragment'),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _check_bracketed(host):
    if host.startswith('v'):
        head, dot, tail = host[1:].partition('.')
        if not (head and dot and tail and all(c in _HEX for c in head)):
            raise ValueError('IPvFuture address is invalid')
        return
    address = host.partition('%')[0]
    if _is_ipv4(address):
        raise ValueError('An IPv4 address cannot be in brackets')
    if not _is_ipv6(address):
        raise ValueError('%r does not appear to be an IPv4 or IPv6 address'
                         % (host,))


def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not (p.isdigit() and p.isascii() and len(p) <= 3 and int(p) < 256):
            return False
        if len(p) > 1 and p[0] == '0':
            return False
    return True


def _is_ipv6(text):
    groups_allowed = 8
    if '.' in text:
        head, _, last = text.rpartition(':')
        if not _is_ipv4(last):
            return False
        text = head + ':0:0'
    if text.count('::') > 1:
        return False
    parts = text.split(':')
    if len(parts) < 3 or len(parts) > groups_allowed + 1:
        return False
    for p in parts:
        if len(p) > 4 or not all(c in _HEX for c in p):
            return False
    if '::' in text:
        return len([p for p in parts if p]) < groups_allowed
    return len(parts) == groups_allowed and all(parts)


def urlsplit(url, scheme='', allow_fragments=True):
    """scheme://netloc/path?query#fragment, as a SplitResult."""
    _str_only(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in '\t\r\n':
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            at = url.find(c, 2)
            if at >= 0:
                end = min(end, at)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
        if '[' in netloc:
            _check_bracketed(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    """urlsplit() with ;params cut off the last path segment."""
    scheme, netloc, url, query, fragment = urlsplit(url, scheme,
                                                    allow_fragments)
    params = ''
    if scheme in uses_params and ';' in url:
        if '/' in url:
            semi = url.find(';', url.rfind('/'))
        else:
            semi = url.find(';')
        if semi >= 0:
            url, params = url[:semi], url[semi + 1:]
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    """The URL text for five urlsplit() components."""
    # The trailing slot stands for the result coercion CPython unpacks
    # along with the components, which shows in the unpacking error.
    scheme, netloc, url, query, fragment, _ = (*components, None)
    _str_only(scheme, netloc, url, query, fragment)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    """The URL text for six urlparse() components."""
    scheme, netloc, url, params, query, fragment, _ = (*components, None)
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """`url` resolved against `base` (RFC 3986 reference resolution)."""
    if not base:
        return url
    if not url:
        return base
    _str_only(base, url)
    based = urlparse(base, '', allow_fragments)
    bscheme, bnetloc, bpath, bparams, bquery = based[:5]
    scheme, netloc, path, params, query, fragment = urlparse(
        url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query,
                               fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_segments = bpath.split('/')
    if base_segments[-1] != '':
        # The base's last segment is a file name, not a directory.
        del base_segments[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_segments + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return urlunparse((scheme, netloc, '/'.join(resolved) or '/', params,
                       query, fragment))


def urldefrag(url):
    """(url without its #fragment, fragment) as a DefragResult."""
    _str_only(url)
    if '#' not in url:
        return DefragResult(url, '')
    parts = urlparse(url)
    return DefragResult(urlunparse(parts._replace(fragment='')),
                        parts.fragment)


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if isinstance(safe, str):
        extra = [ord(c) for c in safe if ord(c) < 128]
    else:
        extra = [c for c in safe if c < 128]
    keep = _ALWAYS_SAFE.union(extra)
    return ''.join(chr(c) if c in keep else '%%%02X' % c for c in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """`string` with bytes outside the unreserved set and `safe` as %XX."""
    if not isinstance(string, str):
        # Bytes are quoted as they are; there is nothing to encode.
        for name, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError("quote() doesn't support '%s' for bytes"
                                % name)
        return quote_from_bytes(string, safe)
    if not string:
        return string
    data = string.encode(encoding or 'utf-8', errors or 'strict')
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form data: spaces become '+'."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    """The bytes `string` stands for once %XX escapes are decoded."""
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    out = bytearray()
    pieces = bytes(string).split(b'%')
    out += pieces[0]
    for piece in pieces[1:]:
        head = piece[:2]
        if len(head) == 2 and all(chr(c) in _HEX for c in head):
            out.append(int(head, 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """`string` with %XX escapes decoded (UTF-8 by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        # Still fails for a non-str, as CPython does.
        getattr(string, 'split')
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'

    def decoded(run):
        return unquote_to_bytes(''.join(run)).decode(encoding, errors)

    # Escapes are decoded within runs of ASCII text; other characters are
    # kept as they are and end a run.
    out = []
    run = []
    for ch in string:
        if ch < '\x80':
            run.append(ch)
            continue
        if run:
            out.append(decoded(run))
            run = []
        out.append(ch)
    if run:
        out.append(decoded(run))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for form data: '+' stands for a space."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def _pairs_like(query):
    # A sized sequence that is empty or starts with a tuple.
    try:
        return not len(query) or isinstance(query[0], tuple)
    except TypeError:
        return False


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A query string for a mapping or a sequence of pairs."""
    if hasattr(query, 'items'):
        query = query.items()
    elif not _pairs_like(query):
        raise TypeError('not a valid non-string sequence or mapping object')

    def encode(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    fields = []
    for k, v in query:
        k = encode(k)
        if not doseq or isinstance(v, (bytes, str)):
            fields.append(k + '=' + encode(v))
            continue
        try:
            len(v)
        except TypeError:
            fields.append(k + '=' + encode(v))
        else:
            for item in v:
                fields.append(k + '=' + encode(item))
    return '&'.join(fields)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """The (name, value) pairs of a query string, in order."""
    if isinstance(separator, (bytes, bytearray)):
        separator = separator.decode('ascii')
    elif separator and not isinstance(separator, str):
        # CPython decodes a non-str separator as if it were bytes.
        raise AttributeError("'%s' object has no attribute 'decode'"
                             % type(separator).__name__)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if qs is None:
        qs = ''
    _str_only(qs)
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (field,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding,
                           errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding,
                            errors=errors)
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """A query string as a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
