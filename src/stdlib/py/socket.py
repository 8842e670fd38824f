# The socket module: the socket class over the system calls of
# src/stdlib/socket.rs (natives named _open, _recv, ...), which work on
# file descriptors. Written from the documented behaviour of CPython 3.11.

import enum as _enum


class AddressFamily(_enum.IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(_enum.IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_NONBLOCK = 2048
SOCK_CLOEXEC = 524288

SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_LINGER = 13
SO_REUSEPORT = 15
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPV6_V6ONLY = 26
TCP_NODELAY = 1
SOMAXCONN = 4096
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
MSG_PEEK = 2
MSG_DONTWAIT = 64
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_NUMERICSERV = 1024
NI_NUMERICHOST = 1
NI_NUMERICSERV = 2
INADDR_ANY = 0
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    value = float(value)
    if value != value:
        raise ValueError("Invalid value NaN (not a number)")
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _raise_gai(code):
    raise gaierror(code, _gai_strerror(code))


def _numeric_host(host, family):
    # A host as the system calls want it: numeric, or resolved here.
    if host == '':
        return '0.0.0.0' if family == AF_INET else '::'
    if host == '<broadcast>' and family == AF_INET:
        return '255.255.255.255'
    res = _getaddrinfo(host, None, family, SOCK_STREAM, 0, 0)
    if isinstance(res, int):
        _raise_gai(res)
    return res[0][4][0]


def _family_name(family):
    return {AF_INET: 'AF_INET', AF_INET6: 'AF_INET6'}.get(family, str(family))


def _address(family, address, what):
    if family in (AF_INET, AF_INET6):
        name = _family_name(family)
        if not isinstance(address, tuple):
            raise TypeError('%s(): %s address must be tuple, not %s'
                            % (what, name, type(address).__name__))
        if family == AF_INET and len(address) != 2:
            raise TypeError('AF_INET address must be a pair (host, port)')
        if family == AF_INET6 and not 2 <= len(address) <= 4:
            raise TypeError('AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])')
        host, port = address[0], address[1]
        if isinstance(host, (bytes, bytearray)):
            host = bytes(host).decode('ascii')
        if not isinstance(host, str):
            raise TypeError('str, bytes or bytearray expected, not %s'
                            % type(host).__name__)
        if not isinstance(port, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(port).__name__)
        if not 0 <= port <= 65535:
            raise OverflowError('%s(): port must be 0-65535.' % what)
        return (_numeric_host(host, family), port) + tuple(address[2:])
    if family == AF_UNIX:
        if hasattr(address, '__fspath__'):
            address = address.__fspath__()
        if not isinstance(address, (str, bytes, bytearray, memoryview)):
            raise TypeError('a bytes-like object is required, not %r'
                            % type(address).__name__)
        return address
    raise OSError('unsupported address family')


def _intenum(value, cls):
    try:
        return cls(value)
    except ValueError:
        return value


class socket:
    __module__ = 'socket'

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _open(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % fileno.__class__.__name__)
            if fileno < 0:
                raise ValueError('negative file descriptor')
            fd = fileno
            info = _info(fd)
            if family == -1:
                family = info[0]
            if type == -1:
                type = info[1]
            if proto == -1:
                proto = info[2]
        self._fd = fd
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        self._closed = False
        self._timeout = None
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
            _set_blocking(fd, False)
        elif _default_timeout is not None:
            self._timeout = _default_timeout
            _set_blocking(fd, False)

    @property
    def family(self):
        return _intenum(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = '<%s.%s%s fd=%i, family=%i, type=%i, proto=%i' % (
            self.__class__.__module__, self.__class__.__qualname__,
            ' [closed]' if closed else '', self.fileno(), self._family,
            self._type, self._proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ', laddr=%s' % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ', raddr=%s' % str(raddr)
            except OSError:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % self.__class__.__name__)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def fileno(self):
        return self._fd

    def close(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        _close(fd)

    def detach(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def dup(self):
        return socket(self._family, self._type, self._proto, fileno=_dup(self._fd))

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value):
        value = _check_timeout(value)
        _set_blocking(self._fd, value is None)
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def bind(self, address):
        _bind(self._fd, self._family, _address(self._family, address, 'bind'))

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _listen(self._fd, backlog)

    def _accept(self):
        return _accept(self._fd, self._timeout)

    def accept(self):
        fd, addr = _accept(self._fd, self._timeout)
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if _default_timeout is None and self._timeout is not None:
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        addr = _address(self._family, address, 'connect')
        err = _connect(self._fd, self._family, addr, self._timeout)
        if err:
            raise OSError(err, _strerror(err))

    def connect_ex(self, address):
        addr = _address(self._family, address, 'connect_ex')
        return _connect(self._fd, self._family, addr, self._timeout)

    def send(self, data, flags=0):
        return _send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _sendall(self._fd, data, flags, self._timeout)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        addr = _address(self._family, address, 'sendto')
        return _sendto(self._fd, data, flags, self._family, addr, self._timeout)

    def recv(self, bufsize, flags=0):
        return _recv(self._fd, bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _recvfrom(self._fd, bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError('negative buffersize in recv_into')
        size = len(buffer)
        if nbytes == 0:
            nbytes = size
        elif nbytes > size:
            raise ValueError('buffer too small for requested bytes')
        data = _recv(self._fd, nbytes, flags, self._timeout)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes == 0:
            nbytes = len(buffer)
        data, addr = _recvfrom(self._fd, nbytes, flags, self._timeout)
        buffer[:len(data)] = data
        return len(data), addr

    def shutdown(self, how):
        _shutdown(self._fd, how)

    def getsockname(self):
        return _getsockname(self._fd)

    def getpeername(self):
        return _getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            value = bytes(optlen)
        _setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        return _getsockopt(self._fd, level, optname, buflen)

    def makefile(self, *args, **kwargs):
        raise NotImplementedError('socket.makefile() is not supported by pyasync')


SocketType = socket


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socketpair(family, type, proto)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, fileno=_dup(fd))


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode('ascii')
    if isinstance(port, (bytes, bytearray)):
        port = bytes(port).decode('ascii')
    res = _getaddrinfo(host, port, family, type, proto, flags)
    if isinstance(res, int):
        _raise_gai(res)
    return [(_intenum(f, AddressFamily), _intenum(t, SocketKind), p, c, a)
            for f, t, p, c, a in res]


def gethostname():
    return _gethostname()


def gethostbyname(hostname):
    return _numeric_host(hostname, AF_INET)


def getfqdn(name=''):
    return name or gethostname()


def getnameinfo(sockaddr, flags):
    if not isinstance(sockaddr, tuple) or len(sockaddr) < 2:
        raise TypeError('getnameinfo() argument 1 must be a tuple')
    host, port = sockaddr[0], sockaddr[1]
    res = _getaddrinfo(host, str(port), 0, SOCK_DGRAM, 0, AI_NUMERICHOST)
    if isinstance(res, int):
        _raise_gai(res)
    addr = res[0][4]
    if flags & NI_NUMERICHOST:
        name = addr[0]
    elif addr[0] in ('127.0.0.1', '::1'):
        name = 'localhost'
    else:
        name = addr[0]
    if flags & NI_NUMERICSERV:
        serv = str(port)
    else:
        serv = {80: 'http', 443: 'https', 22: 'ssh', 25: 'smtp', 53: 'domain',
                21: 'ftp'}.get(port, str(port))
    return name, serv


def inet_aton(ip):
    parts = ip.split('.')
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError('illegal IP address string passed to inet_aton')
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    if len(packed) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl

_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    host, port = address
    errors = []
    for family, type_, proto, _, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, type_, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            errors.clear()
            return sock
        except OSError as exc:
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        if all_errors:
            raise ExceptionGroup('create_connection failed', errors)
        raise errors[0]
    raise OSError('getaddrinfo returns an empty list')


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if reuse_port and not hasattr(_this_module(), 'SO_REUSEPORT'):
        raise ValueError('SO_REUSEPORT not supported on this platform')
    if dualstack_ipv6:
        raise ValueError('dualstack_ipv6 not supported on this platform')
    sock = socket(family, SOCK_STREAM)
    try:
        if family in (AF_INET, AF_INET6):
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except OSError as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise OSError(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def _this_module():
    import sys
    return sys.modules['socket']
