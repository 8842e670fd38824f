# The event loop's socket methods (sock_*, getaddrinfo, create_connection,
# create_server, their Unix twins, create_datagram_endpoint), the socket
# and datagram transports and the Server, all over the loop's
# add_reader/add_writer. Each public function takes the loop first: the
# loop's methods of the same name call them. pyasync's own code, written to
# behave as CPython 3.11's asyncio does (checked against python3).

import socket
import asyncio
from asyncio import protocols, transports

# How much one read asks for.
_READ_SIZE = 256 * 1024
# Writes to a lost connection are dropped; from this many on, each one
# also logs a warning.
_LOST_WRITES_WARN = 5
# After accept() ran out of descriptors, wait this long before accepting again.
_ACCEPT_PAUSE = 1
_RESOURCE_ERRNOS = (24, 23, 105, 12)  # EMFILE, ENFILE, ENOBUFS, ENOMEM


_WOULD_BLOCK = (BlockingIOError, InterruptedError)
_EXITS = (SystemExit, KeyboardInterrupt)
# What _outcome() gives for a call that would have blocked.
_BLOCKED = object()


def _outcome(call, *args):
    """Runs call(*args): (its value, None), (None, the exception it
    raised), or (_BLOCKED, None) when it would have blocked. SystemExit and
    KeyboardInterrupt are not caught."""
    try:
        return call(*args), None
    except _WOULD_BLOCK:
        return _BLOCKED, None
    except _EXITS:
        raise
    except BaseException as exc:
        return None, exc


def _check_bytes(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError('data argument must be a bytes-like object, not %r'
                        % type(data).__name__)


def _expect_stream(sock):
    if sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')


def _log():
    import logging
    return logging.getLogger('asyncio')


def _must_not_block(loop, sock):
    # Checked only in debug mode, as CPython does.
    if loop.get_debug() and sock.gettimeout() != 0:
        raise ValueError('the socket must be non-blocking')


async def _when_ready(loop, sock, reading, attempt):
    """Calls attempt() each time sock is ready (for reading or writing)
    until it stops raising BlockingIOError; its result or error is the
    result. The watch ends with the wait, however it ends."""
    done = loop.create_future()
    fd = sock.fileno()

    def ready():
        if done.done():
            return
        value, exc = _outcome(attempt)
        if exc is not None:
            done.set_exception(exc)
        elif value is not _BLOCKED:
            done.set_result(value)

    if reading:
        loop.add_reader(fd, ready)
        done.add_done_callback(lambda _: loop.remove_reader(fd))
    else:
        loop.add_writer(fd, ready)
        done.add_done_callback(lambda _: loop.remove_writer(fd))
    return await done


async def _now_or_when_ready(loop, sock, reading, attempt):
    try:
        return attempt()
    except (BlockingIOError, InterruptedError):
        return await _when_ready(loop, sock, reading, attempt)


async def sock_recv(loop, sock, n):
    _must_not_block(loop, sock)
    return await _now_or_when_ready(loop, sock, True, lambda: sock.recv(n))


async def sock_recv_into(loop, sock, buf):
    _must_not_block(loop, sock)
    return await _now_or_when_ready(loop, sock, True, lambda: sock.recv_into(buf))


async def sock_sendall(loop, sock, data):
    _must_not_block(loop, sock)
    view = memoryview(data)
    total = len(view)
    sent = [0]

    def send_more():
        sent[0] += sock.send(view[sent[0]:])
        if sent[0] < total:
            raise BlockingIOError
        return None

    try:
        sent[0] = sock.send(view)
    except (BlockingIOError, InterruptedError):
        pass
    if sent[0] == total:
        return None
    return await _when_ready(loop, sock, False, send_more)


async def sock_accept(loop, sock):
    _must_not_block(loop, sock)

    def take():
        conn, address = sock.accept()
        conn.setblocking(False)
        return conn, address

    return await _now_or_when_ready(loop, sock, True, take)


async def sock_connect(loop, sock, address):
    _must_not_block(loop, sock)
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        infos = await _resolve(address[0], address[1], sock.family, sock.type, sock.proto, 0)
        address = infos[0][4]
    try:
        sock.connect(address)
        return None
    except (BlockingIOError, InterruptedError):
        pass

    def outcome():
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err:
            raise OSError(err, f'Connect call failed {address}')
        return None

    return await _when_ready(loop, sock, False, outcome)


# -- names --------------------------------------------------------------------

def _numeric_info(host, port, family, kind, proto):
    """The getaddrinfo() entry of a numeric host, made without asking the
    resolver; None when the host is a name (or the port is not a number)."""
    if not isinstance(host, str) or not host:
        return None
    protos = {socket.SOCK_STREAM: socket.IPPROTO_TCP, socket.SOCK_DGRAM: socket.IPPROTO_UDP}
    if kind not in protos:
        return None
    proto = proto or protos[kind]
    if port is None:
        port = 0
    elif isinstance(port, (str, bytes)) and port.isdigit():
        port = int(port)
    elif not isinstance(port, int):
        return None
    pieces = host.split('.')
    dotted = len(pieces) == 4 and all(p.isdigit() and len(p) < 4 and int(p) <= 255 for p in pieces)
    if dotted and family in (0, socket.AF_INET):
        return [(socket.AF_INET, kind, proto, '', (host, port))]
    if ':' in host and family in (0, socket.AF_INET6):
        try:
            return socket.getaddrinfo(host, port, socket.AF_INET6, kind, proto,
                                      socket.AI_NUMERICHOST)[:1]
        except OSError:
            return None
    return None


async def _resolve(host, port, family, kind, proto, flags):
    found = _numeric_info(host, port, family, kind, proto)
    if found is None:
        found = socket.getaddrinfo(host, port, family, kind, proto, flags)
    return found


async def getaddrinfo(loop, host, port, *, family=0, type=0, proto=0, flags=0):
    return socket.getaddrinfo(host, port, family, type, proto, flags)


async def getnameinfo(loop, sockaddr, flags=0):
    return socket.getnameinfo(sockaddr, flags)


# -- what transports hand out for their socket ------------------------------------

class TransportSocket:
    """A transport's socket, as get_extra_info('socket') and Server.sockets
    give it: its queries and options, nothing that would disturb the
    transport (no reads, writes or blocking)."""

    __slots__ = ('_sock',)
    __module__ = 'asyncio.trsock'

    def __init__(self, sock):
        self._sock = sock

    family = property(lambda self: self._sock.family)
    type = property(lambda self: self._sock.type)
    proto = property(lambda self: self._sock.proto)

    def __repr__(self):
        fd = self.fileno()
        text = (f'<asyncio.TransportSocket fd={fd}, family={int(self.family)}, '
                f'type={int(self.type)}, proto={self.proto}')
        if fd != -1:
            for label, query in (('laddr', self.getsockname), ('raddr', self.getpeername)):
                try:
                    where = query()
                except OSError:
                    continue
                if where:
                    text += f', {label}={where}'
        return text + '>'

    def __getstate__(self):
        raise TypeError('Cannot serialize asyncio.TransportSocket object')

    def get_inheritable(self):
        return False

    def gettimeout(self):
        return 0

    def settimeout(self, value):
        if value != 0:
            raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def setblocking(self, flag):
        if flag:
            raise ValueError('setblocking(): transport sockets cannot be blocking')


def _forwarded(name):
    def method(self, *args, **kwargs):
        return getattr(self._sock, name)(*args, **kwargs)
    method.__name__ = name
    return method


for _name in ('fileno', 'dup', 'shutdown', 'getsockopt', 'setsockopt',
              'getpeername', 'getsockname', 'getsockbyname'):
    setattr(TransportSocket, _name, _forwarded(_name))
del _name


# -- transports ---------------------------------------------------------------

class _SelectorSocketTransport(transports.Transport):
    """A stream socket under the loop: reads whenever the socket is
    readable (unless paused), writes at once and buffers what the socket
    does not take, flushing it whenever the socket is writable."""

    __module__ = 'asyncio.selector_events'

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        transports.Transport.__init__(self, extra)
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._describe_socket(sock)
        self._server = server
        self._pending = bytearray()
        self._lost = 0           # writes seen since the connection was lost
        self._closing = False
        self._eof = False        # write_eof() was called
        self._paused = False     # pause_reading()
        self._reading = False
        self._writing = False
        self._writes_paused = False
        self._low_water, self._high_water = 16 * 1024, 64 * 1024
        self.set_protocol(protocol)
        if server is not None:
            server._attach()
        if self._is_tcp(sock):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._announce(waiter)

    @staticmethod
    def _is_tcp(sock):
        return (sock.family in (socket.AF_INET, socket.AF_INET6)
                and sock.type == socket.SOCK_STREAM and sock.proto == socket.IPPROTO_TCP)

    def _describe_socket(self, sock):
        self._extra['socket'] = TransportSocket(sock)
        for key, query in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            if key in self._extra:
                continue
            try:
                self._extra[key] = query()
            except OSError:
                self._extra[key] = None

    def _announce(self, waiter):
        # connection_made, then reading starts, then the creator's waiter
        # is woken: three callbacks in this order.
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._start_reading)
        if waiter is not None:
            self._loop.call_soon(_wake_unless_cancelled, waiter)

    def __repr__(self):
        parts = [type(self).__name__]
        if self._sock is None:
            parts.append('closed')
        elif self._closing:
            parts.append('closing')
        parts.append(f'fd={self._sock_fd}')
        if self._sock is not None and self._loop is not None and not self._loop.is_closed():
            parts.append('read=' + ('polling' if self._reading else 'idle'))
            parts.append('write=<%s, bufsize=%d>' % (
                'polling' if self._writing else 'idle', self.get_write_buffer_size()))
        return '<' + ' '.join(parts) + '>'

    # The protocol.

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True
        self._buffered = isinstance(protocol, protocols.BufferedProtocol)

    def get_protocol(self):
        return self._protocol

    def _call(self, method, *args):
        """Calls a protocol method; what it raises is fatal to the transport.
        Returns (ok, result)."""
        try:
            return True, getattr(self._protocol, method)(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, f'Fatal error: protocol.{method}() call failed.')
            return False, None

    def _context(self, message, exc):
        return {'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol}

    # Reading.

    def _start_reading(self):
        if self._paused or self._closing:
            return
        self._reading = True
        self._loop.add_reader(self._sock_fd, self._read_ready)

    def _stop_reading(self):
        self._reading = False
        self._loop.remove_reader(self._sock_fd)

    def is_reading(self):
        return not (self._closing or self._paused)

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._stop_reading()

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._start_reading()

    def _receive(self, receive):
        """Runs one receive; None when it would block or failed (the
        failure handled), else what it got."""
        got, exc = _outcome(receive)
        if exc is not None:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return None
        return None if got is _BLOCKED else got

    def _read_ready(self):
        if self._lost:
            return
        if not self._buffered:
            data = self._receive(lambda: self._sock.recv(_READ_SIZE))
            if data is None:
                return
            if data:
                self._call('data_received', data)
            else:
                self._end_of_stream()
            return
        ok, buf = self._call('get_buffer', -1)
        if not ok:
            return
        if not len(buf):
            self._fatal_error(RuntimeError('get_buffer() returned an empty buffer'),
                              'Fatal error: protocol.get_buffer() call failed.')
            return
        count = self._receive(lambda: self._sock.recv_into(buf))
        if count is None:
            return
        if count:
            self._call('buffer_updated', count)
        else:
            self._end_of_stream()

    def _end_of_stream(self):
        ok, keep_open = self._call('eof_received')
        if ok and keep_open:
            # Half-open: nothing more to read, but writing goes on.
            self._stop_reading()
        elif ok:
            self.close()

    # Writing.

    def write(self, data):
        _check_bytes(data)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._lost:
            self._dropped_write()
            return
        if not self._pending:
            sent, exc = _outcome(self._sock.send, data)
            if exc is not None:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            if sent is not _BLOCKED:
                data = data[sent:]
                if not data:
                    return
            self._writing = True
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._pending += data
        self._check_high_water()

    def _dropped_write(self):
        if self._lost >= _LOST_WRITES_WARN:
            _log().warning('socket.send() raised exception.')
        self._lost += 1

    def _write_ready(self):
        if self._lost:
            return
        sent, exc = _outcome(self._sock.send, self._pending)
        if sent is _BLOCKED:
            return
        if exc is not None:
            self._stop_writing()
            self._pending.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        del self._pending[:sent]
        self._check_low_water()
        if self._pending:
            return
        self._stop_writing()
        if self._closing:
            self._connection_lost(None)
        elif self._eof:
            self._sock.shutdown(socket.SHUT_WR)

    def _stop_writing(self):
        self._writing = False
        self._loop.remove_writer(self._sock_fd)

    def write_eof(self):
        if self._eof or self._closing:
            return
        self._eof = True
        if not self._pending:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    # Flow control.

    def get_write_buffer_size(self):
        return len(self._pending)

    def get_write_buffer_limits(self):
        return self._low_water, self._high_water

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not (high >= low >= 0):
            raise ValueError('high (%r) must be >= low (%r) must be >= 0' % (high, low))
        self._low_water, self._high_water = low, high
        self._check_high_water()

    def _tell_protocol(self, method):
        try:
            getattr(self._protocol, method)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler(
                self._context(f'protocol.{method}() failed', exc))

    def _check_high_water(self):
        if self.get_write_buffer_size() > self._high_water and not self._writes_paused:
            self._writes_paused = True
            self._tell_protocol('pause_writing')

    def _check_low_water(self):
        if self._writes_paused and self.get_write_buffer_size() <= self._low_water:
            self._writes_paused = False
            self._tell_protocol('resume_writing')

    # Closing.

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._stop_reading()
        if self.get_write_buffer_size() == 0:
            # Nothing left to flush: lost at the next iteration. Otherwise
            # the flush that empties the buffer loses it.
            self._lost += 1
            self._stop_writing()
            self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        # A failed system call is the peer's doing, not a bug: only debug
        # mode mentions it.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler(self._context(message, exc))
        elif self._loop.get_debug():
            _log().debug('%r: %s', self, message, exc_info=True)
        self._force_close(exc)

    def _discard_pending(self):
        if self._pending:
            self._pending.clear()
            self._stop_writing()

    def _force_close(self, exc):
        if self._lost:
            return
        self._discard_pending()
        if not self._closing:
            self._closing = True
            self._stop_reading()
        self._lost += 1
        self._loop.call_soon(self._connection_lost, exc)

    def _connection_lost(self, exc):
        # The protocol hears of it first, then the socket closes and the
        # transport lets go of everything.
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            server = self._server
            self._sock.close()
            self._protocol = self._sock = self._loop = self._server = None
            if server is not None:
                server._detach()


class _SelectorDatagramTransport(_SelectorSocketTransport):
    """A datagram socket under the loop: each read is one datagram; what
    sendto() cannot send at once waits in a queue of datagrams."""

    __module__ = 'asyncio.selector_events'

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        self._address = address
        self._queue = []
        self._queued = 0
        _SelectorSocketTransport.__init__(self, loop, sock, protocol, waiter, extra)

    @staticmethod
    def _is_tcp(sock):
        return False

    def get_write_buffer_size(self):
        return self._queued

    def _read_ready(self):
        if self._lost:
            return
        got, exc = _outcome(self._sock.recvfrom, _READ_SIZE)
        if got is _BLOCKED:
            return
        if exc is None:
            self._protocol.datagram_received(*got)
        elif isinstance(exc, OSError):
            self._protocol.error_received(exc)
        else:
            self._fatal_error(exc, 'Fatal read error on datagram transport')

    def write(self, data):
        raise NotImplementedError

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def _send_one(self, data, addr):
        # A connected socket has a peer and sends without an address.
        if not self._extra['peername']:
            return self._sock.sendto(data, addr)
        return self._sock.send(data)

    def _send_failed(self, exc):
        if isinstance(exc, OSError):
            self._protocol.error_received(exc)
        else:
            self._fatal_error(exc, 'Fatal write error on datagram transport')

    def sendto(self, data, addr=None):
        _check_bytes(data)
        if not data:
            return
        if self._address:
            if addr is not None and addr != self._address:
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._lost and self._address:
            self._dropped_write()
            return
        if not self._queue:
            sent, exc = _outcome(self._send_one, data, addr)
            if exc is not None:
                self._send_failed(exc)
                return
            if sent is not _BLOCKED:
                return
            self._writing = True
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._queue.append((bytes(data), addr))
        self._queued += len(data)
        self._check_high_water()

    def _write_ready(self):
        while self._queue:
            data, addr = self._queue[0]
            sent, exc = _outcome(self._send_one, data, addr)
            if sent is _BLOCKED:
                break
            self._queue.pop(0)
            self._queued -= len(data)
            if exc is not None:
                self._send_failed(exc)
                return
        self._check_low_water()
        if not self._queue:
            self._stop_writing()
            if self._closing:
                self._connection_lost(None)

    def _discard_pending(self):
        if self._queue:
            self._queue.clear()
            self._queued = 0
            self._stop_writing()


def _wake_unless_cancelled(waiter):
    if not waiter.cancelled():
        waiter.set_result(None)


async def _start_transport(loop, sock, protocol_factory, extra=None, server=None, made=None):
    """Makes the protocol and the transport over a connected socket, and
    waits until connection_made has been called. What was made so far is
    recorded in `made`."""
    made = {} if made is None else made
    sock.setblocking(False)
    protocol = made['protocol'] = protocol_factory()
    waiter = loop.create_future()
    transport = made['transport'] = _SelectorSocketTransport(
        loop, sock, protocol, waiter, extra, server)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


def _refuse_ssl(ssl, server_hostname=None, handshake=None, shutdown=None):
    if server_hostname is not None and not ssl:
        raise ValueError('server_hostname is only meaningful with ssl')
    if handshake is not None and not ssl:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if shutdown is not None and not ssl:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    if ssl:
        raise NotImplementedError('ssl is not supported by pyasync')


# -- outgoing connections -----------------------------------------------------

async def _try_address(loop, info, local_infos, failures):
    """A socket connected to one getaddrinfo() entry (bound first to a
    local address of the same family, if asked), or OSError; every error
    met is added to failures."""
    family, kind, proto, _, address = info
    try:
        sock = socket.socket(family=family, type=kind, proto=proto)
    except OSError as exc:
        failures.append(exc)
        raise
    try:
        sock.setblocking(False)
        if local_infos is not None:
            _bind_local(sock, family, local_infos, failures)
        await sock_connect(loop, sock, address)
    except OSError as exc:
        failures.append(exc)
        sock.close()
        raise
    except BaseException:
        sock.close()
        raise
    return sock


def _bind_local(sock, family, local_infos, failures):
    candidates = [laddr for fam, _, _, _, laddr in local_infos if fam == family]
    last = None
    for laddr in candidates:
        try:
            sock.bind(laddr)
            return
        except OSError as exc:
            last = OSError(exc.errno, f'error while attempting to bind on address '
                                      f'{laddr!r}: {exc.strerror.lower()}')
    if last is not None:
        raise last
    raise OSError(f'no matching local address with family={family} found')


def _one_error(failures):
    """What a connection that failed on every address raises: the only
    error, the first when all say the same, else all of them in one."""
    if len(failures) == 1 or len({str(exc) for exc in failures}) == 1:
        return failures[0]
    return OSError('Multiple exceptions: ' + ', '.join(str(exc) for exc in failures))


async def create_connection(loop, protocol_factory, host=None, port=None, *,
                            ssl=None, family=0, proto=0, flags=0, sock=None,
                            local_addr=None, server_hostname=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            happy_eyeballs_delay=None, interleave=None):
    _refuse_ssl(ssl, server_hostname, ssl_handshake_timeout, ssl_shutdown_timeout)
    if host is None and port is None:
        if sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        _expect_stream(sock)
        return await _start_transport(loop, sock, protocol_factory)
    if sock is not None:
        raise ValueError('host/port and sock can not be specified at the same time')
    infos = await _resolve(host, port, family, socket.SOCK_STREAM, proto, flags)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    local_infos = None
    if local_addr is not None:
        local_infos = await _resolve(local_addr[0], local_addr[1], family,
                                     socket.SOCK_STREAM, proto, flags)
        if not local_infos:
            raise OSError('getaddrinfo() returned empty list')
    failures = []
    for info in infos:
        try:
            sock = await _try_address(loop, info, local_infos, failures)
        except OSError:
            continue
        return await _start_transport(loop, sock, protocol_factory)
    raise _one_error(failures)


async def create_unix_connection(loop, protocol_factory, path=None, *, ssl=None,
                                 sock=None, server_hostname=None,
                                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    _refuse_ssl(ssl, server_hostname, ssl_handshake_timeout, ssl_shutdown_timeout)
    if path is None:
        if sock is None:
            raise ValueError('no path and sock were specified')
        if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        return await _start_transport(loop, sock, protocol_factory)
    if sock is not None:
        raise ValueError('path and sock can not be specified at the same time')
    path = path.__fspath__() if hasattr(path, '__fspath__') else path
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
    try:
        sock.setblocking(False)
        await sock_connect(loop, sock, path)
    except BaseException:
        sock.close()
        raise
    return await _start_transport(loop, sock, protocol_factory)


async def connect_accepted_socket(loop, protocol_factory, sock, *, ssl=None,
                                  ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    _refuse_ssl(ssl, None, ssl_handshake_timeout, ssl_shutdown_timeout)
    _expect_stream(sock)
    return await _start_transport(loop, sock, protocol_factory)


# -- datagram endpoints -------------------------------------------------------

async def _datagram_candidates(local_addr, remote_addr, family, proto, flags):
    """[((family, proto), [local, remote]), ...]: the address pairs a
    datagram socket can be made for."""
    by_kind = {}
    for which, addr in enumerate((local_addr, remote_addr)):
        if addr is None:
            continue
        if not isinstance(addr, tuple) or len(addr) != 2:
            raise TypeError('2-tuple is expected')
        infos = await _resolve(addr[0], addr[1], family, socket.SOCK_DGRAM, proto, flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        for fam, _, pro, _, address in infos:
            by_kind.setdefault((fam, pro), [None, None])[which] = address
    usable = [(kind, pair) for kind, pair in by_kind.items()
              if (pair[0] is not None or not local_addr) and (pair[1] is not None or not remote_addr)]
    if not usable:
        raise ValueError('can not get address information')
    return usable


async def create_datagram_endpoint(loop, protocol_factory, local_addr=None,
                                   remote_addr=None, *, family=0, proto=0, flags=0,
                                   reuse_address=None, reuse_port=None,
                                   allow_broadcast=None, sock=None):
    remote = None
    if sock is not None:
        if sock.type != socket.SOCK_DGRAM:
            raise ValueError(f'A UDP Socket was expected, got {sock!r}')
        given = [('local_addr', local_addr), ('remote_addr', remote_addr),
                 ('family', family), ('proto', proto), ('flags', flags),
                 ('reuse_address', reuse_address), ('reuse_port', reuse_port),
                 ('allow_broadcast', allow_broadcast)]
        problems = ', '.join(f'{name}={value}' for name, value in given if value)
        if problems:
            raise ValueError('socket modifier keyword arguments can not be used '
                             f'when sock is specified. ({problems})')
        sock.setblocking(False)
    else:
        if reuse_address:
            raise ValueError('Passing `reuse_address=True` is no longer supported, as the '
                             'usage of SO_REUSEPORT in UDP poses a significant security concern.')
        if local_addr or remote_addr:
            if family == socket.AF_UNIX:
                raise NotImplementedError('Unix datagram endpoints are not supported by pyasync')
            candidates = await _datagram_candidates(local_addr, remote_addr, family, proto, flags)
        elif family == 0:
            raise ValueError('unexpected address family')
        else:
            candidates = [((family, proto), [None, None])]
        errors = []
        for (fam, pro), (local, far) in candidates:
            try:
                sock = socket.socket(family=fam, type=socket.SOCK_DGRAM, proto=pro)
            except OSError as exc:
                errors.append(exc)
                continue
            try:
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if allow_broadcast:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                sock.setblocking(False)
                if local_addr:
                    sock.bind(local)
                if remote_addr:
                    if not allow_broadcast:
                        await sock_connect(loop, sock, far)
                    remote = far
                break
            except OSError as exc:
                sock.close()
                errors.append(exc)
            except BaseException:
                sock.close()
                raise
        else:
            raise errors[0]
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorDatagramTransport(loop, sock, protocol, remote, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


# -- servers ------------------------------------------------------------------

class Server(transports.AbstractServer):
    """What create_server() returns: its listening sockets, and the count of
    the connections it accepted that are still open."""

    __module__ = 'asyncio.base_events'

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._connections = 0
        # Futures of wait_closed() callers; None once they were woken.
        self._waiters = []
        self._forever = None

    def __repr__(self):
        return '<%s sockets=%r>' % (type(self).__name__, self.sockets)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        return () if self._sockets is None else tuple(map(TransportSocket, self._sockets))

    def _attach(self):
        self._connections += 1

    def _detach(self):
        self._connections -= 1
        if self._sockets is None and self._connections == 0:
            self._wake_waiters()

    def _wake_waiters(self):
        waiters, self._waiters = self._waiters, None
        for fut in waiters:
            if not fut.done():
                fut.set_result(fut)

    def _start_serving(self):
        if not self._serving:
            self._serving = True
            for sock in self._sockets:
                sock.listen(self._backlog)
                _listen_for(self._loop, sock, self)

    async def start_serving(self):
        self._start_serving()
        await asyncio.sleep(0)

    def close(self):
        if self._sockets is None:
            return
        listening, self._sockets = self._sockets, None
        for sock in listening:
            self._loop.remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        forever, self._forever = self._forever, None
        if forever is not None and not forever.done():
            forever.cancel()
        if self._connections == 0:
            self._wake_waiters()

    async def serve_forever(self):
        if self._forever is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._forever = self._loop.create_future()
        try:
            await self._forever
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._forever = None

    async def wait_closed(self):
        # As in 3.11: a server already closed (or woken) returns at once.
        if self._waiters is None or self._sockets is None:
            return
        fut = self._loop.create_future()
        self._waiters.append(fut)
        await fut


def _listen_for(loop, sock, server):
    loop.add_reader(sock.fileno(), _accept_ready, loop, sock, server)


def _accept_ready(loop, sock, server):
    # Up to `backlog` connections per readiness, each set up in a task.
    for _ in range(server._backlog):
        try:
            conn, peer = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        except OSError as exc:
            if exc.errno not in _RESOURCE_ERRNOS:
                raise
            loop.call_exception_handler({
                'message': 'socket.accept() out of system resource',
                'exception': exc,
                'socket': TransportSocket(sock),
            })
            loop.remove_reader(sock.fileno())
            loop.call_later(_ACCEPT_PAUSE, _listen_for, loop, sock, server)
            return
        loop.create_task(_serve_connection(loop, conn, peer, server))


async def _serve_connection(loop, conn, peer, server):
    made = {}
    try:
        await _start_transport(loop, conn, server._protocol_factory,
                               {'peername': peer}, server, made)
    except _EXITS:
        raise
    except BaseException as exc:
        # Reported only in debug mode, as CPython does.
        if loop.get_debug():
            context = {'message': 'Error on transport creation for incoming connection',
                       'exception': exc}
            context.update(made)
            loop.call_exception_handler(context)


async def _server_addresses(hosts, port, family, flags):
    found = []
    for host in hosts:
        for info in await _resolve(host, port, family, socket.SOCK_STREAM, 0, flags):
            if info not in found:
                found.append(info)
    return found


def _bound_socket(info, reuse_address, reuse_port):
    family, kind, proto, _, address = info
    sock = socket.socket(family, kind, proto)
    try:
        if reuse_address:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
        try:
            sock.bind(address)
        except OSError as err:
            raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                          % (address, err.strerror.lower())) from None
    except BaseException:
        sock.close()
        raise
    return sock


async def _serve(loop, sockets, protocol_factory, backlog, start_serving):
    for sock in sockets:
        sock.setblocking(False)
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        # Let the listening registrations take effect before returning.
        await asyncio.sleep(0)
    return server


def _check_server_ssl(ssl, handshake, shutdown):
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    if handshake is not None and ssl is None:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if shutdown is not None and ssl is None:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    _refuse_ssl(ssl)


async def create_server(loop, protocol_factory, host=None, port=None, *,
                        family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                        backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                        ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                        start_serving=True):
    _check_server_ssl(ssl, ssl_handshake_timeout, ssl_shutdown_timeout)
    if host is None and port is None:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        _expect_stream(sock)
        return await _serve(loop, [sock], protocol_factory, backlog, start_serving)
    if sock is not None:
        raise ValueError('host/port and sock can not be specified at the same time')
    if host == '':
        hosts = [None]
    elif isinstance(host, str) or not hasattr(host, '__iter__'):
        hosts = [host]
    else:
        hosts = list(host)
    infos = await _server_addresses(hosts, port, family, flags)
    sockets = []
    try:
        for info in infos:
            sockets.append(_bound_socket(info, reuse_address is None or bool(reuse_address),
                                         reuse_port))
    except BaseException:
        for s in sockets:
            s.close()
        raise
    return await _serve(loop, sockets, protocol_factory, backlog, start_serving)


async def create_unix_server(loop, protocol_factory, path=None, *, sock=None,
                             backlog=100, ssl=None, ssl_handshake_timeout=None,
                             ssl_shutdown_timeout=None, start_serving=True):
    _check_server_ssl(ssl, ssl_handshake_timeout, ssl_shutdown_timeout)
    if path is None:
        if sock is None:
            raise ValueError('path was not specified, and no sock specified')
        if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        return await _serve(loop, [sock], protocol_factory, backlog, start_serving)
    if sock is not None:
        raise ValueError('path and sock can not be specified at the same time')
    path = path.__fspath__() if hasattr(path, '__fspath__') else path
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    if path[0] not in (0, '\x00') and socket._is_socket_file(path):
        # A socket file left by an earlier server is replaced; nothing
        # else ever is.
        import os
        try:
            os.remove(path)
        except OSError:
            pass
    try:
        sock.bind(path)
    except OSError as exc:
        sock.close()
        if exc.errno == 98:
            raise OSError(98, f'Address {path!r} is already in use') from None
        raise
    except BaseException:
        sock.close()
        raise
    return await _serve(loop, [sock], protocol_factory, backlog, start_serving)
