# asyncio.streams: buffered byte streams over a transport and protocol.
#
# StreamReader (written in Rust, handed in as a native) holds what the
# protocol received and serves it to coroutines. This file adds the rest:
# the protocol that feeds a reader, the writer whose drain() waits while
# the transport has paused writing, the two errors of the read methods,
# and the connection helpers. Behaviour follows CPython 3.11.

import asyncio
import asyncio.protocols

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol',
           'open_connection', 'start_server',
           'open_unix_connection', 'start_unix_server')

_DEFAULT_LIMIT = 1 << 16

_running_loop = asyncio.get_running_loop


def _given_or_current_loop(loop):
    # The loop a protocol made without one uses: the running loop, else
    # the current one.
    return asyncio.get_event_loop() if loop is None else loop


class IncompleteReadError(EOFError):
    """The stream ended before the bytes asked for arrived.

    `partial` holds what was read before the end; `expected` is how many
    bytes were asked for, or None for a read up to a separator.
    """
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        shown = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(
            self,
            f'{len(partial)} bytes read on a total of {shown} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return self.__class__, (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The separator was looked for past the reader's limit.

    `consumed` is how many bytes may be dropped to get past the overlong
    chunk.
    """
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed

    def __reduce__(self):
        message, = self.args
        return self.__class__, (message, self.consumed)


class FlowControlMixin(asyncio.protocols.Protocol):
    """Lets writers wait in drain() while the transport has paused
    writing; resume_writing or connection_lost lets them go."""

    def __init__(self, loop=None):
        self._loop = _given_or_current_loop(loop)
        self._paused = False
        self._connection_lost = False
        self._drain_waiters = []

    def _release_drainers(self, exc):
        for fut in self._drain_waiters:
            if fut.done():
                continue
            if exc is None:
                fut.set_result(None)
            else:
                fut.set_exception(exc)

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        self._release_drainers(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if self._paused:
            self._release_drainers(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if self._paused:
            fut = self._loop.create_future()
            self._drain_waiters.append(fut)
            try:
                await fut
            finally:
                self._drain_waiters.remove(fut)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


_mixin_drain_helper = FlowControlMixin._drain_helper


class StreamReaderProtocol(FlowControlMixin):
    """Feeds a StreamReader from its transport. On a server it also
    makes each connection's StreamWriter and calls client_connected_cb
    with the pair (running a coroutine it returns as a task)."""

    _source_traceback = None

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._reader = stream_reader
        self._client_connected_cb = client_connected_cb
        self._transport = None
        self._stream_writer = None
        self._task = None
        self._over_ssl = False
        self._reject_connection = False
        # Resolved when the connection is lost: StreamWriter.wait_closed.
        self._closed = self._loop.create_future()

    @property
    def _stream_reader(self):
        return self._reader

    def _replace_writer(self, writer):
        self._stream_writer = writer
        self._transport = writer.transport
        self._over_ssl = writer.get_extra_info('sslcontext') is not None

    def connection_made(self, transport):
        if self._reject_connection:
            self._loop.call_exception_handler({
                'message': 'An open stream was garbage collected prior to '
                           'establishing network connection; '
                           'call "stream.close()" explicitly.'})
            transport.abort()
            return
        self._transport = transport
        self._over_ssl = transport.get_extra_info('sslcontext') is not None
        if self._reader is not None:
            self._reader.set_transport(transport)
        if self._client_connected_cb is None:
            return
        self._stream_writer = StreamWriter(
            transport, self, self._reader, self._loop)
        outcome = self._client_connected_cb(self._reader, self._stream_writer)
        if asyncio.iscoroutine(outcome):
            self._task = self._loop.create_task(outcome)
            self._task.add_done_callback(
                self._handler_finished(transport))

    def _handler_finished(self, transport):
        # A connection whose handler failed is closed, and the failure
        # goes to the loop's exception handler. (A cancelled handler makes
        # task.exception() raise, which the loop reports, as 3.11 does.)
        def finished(task):
            failure = task.exception()
            if failure is not None:
                self._loop.call_exception_handler({
                    'message': 'Unhandled exception in client_connected_cb',
                    'exception': failure,
                    'transport': transport,
                })
                transport.close()
        return finished

    def connection_lost(self, exc):
        if self._reader is not None:
            if exc is None:
                self._reader.feed_eof()
            else:
                self._reader.set_exception(exc)
        closed = self._closed
        if exc is not None and not closed.done():
            closed.set_exception(exc)
            # Nobody has to wait for the close to learn of its error: the
            # future counts as seen (CPython's protocol marks it so when
            # it is collected).
            closed.exception()
        elif not closed.done():
            closed.set_result(None)
        super().connection_lost(exc)
        self._reader = self._stream_writer = None
        self._task = self._transport = None

    def data_received(self, data):
        if self._reader is not None:
            self._reader.feed_data(data)

    def eof_received(self):
        if self._reader is not None:
            self._reader.feed_eof()
        # True keeps the transport open for writing after the peer's EOF;
        # over TLS it is closed.
        return not self._over_ssl

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """The writing side of a stream: a face over the transport, with
    drain() for flow control and wait_closed() for the end."""

    def __init__(self, transport, protocol, reader, loop):
        assert reader is None or isinstance(reader, StreamReader)
        self._transport, self._protocol = transport, protocol
        self._reader, self._loop = reader, loop
        self._complete_fut = loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        text = f'<StreamWriter transport={self._transport!r}'
        if self._reader is not None:
            text += f' reader={self._reader!r}'
        return text + '>'

    @property
    def transport(self):
        """The transport written to."""
        return self._transport

    def write(self, data):
        """Queue the bytes on the transport (see drain)."""
        self._transport.write(data)

    def writelines(self, data):
        """Queue each of the bytes objects in turn."""
        self._transport.writelines(data)

    def write_eof(self):
        """Close the writing half once the queued bytes are sent."""
        return self._transport.write_eof()

    def can_write_eof(self):
        """Whether the transport supports write_eof."""
        return self._transport.can_write_eof()

    def close(self):
        """Close the transport; wait_closed() waits until it is."""
        return self._transport.close()

    def is_closing(self):
        """Whether the transport is closed or closing."""
        return self._transport.is_closing()

    async def wait_closed(self):
        """Wait until the connection is lost (raising its error, if any)."""
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        """The transport's information, such as 'peername' or 'socket'."""
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Wait until the transport's write buffer is low enough again.

        An error set on the reader (a reset connection) is raised here
        too, and a closing transport yields once so that the protocol
        hears of the lost connection first.
        """
        if self._reader is not None:
            failure = self._reader.exception()
            if failure is not None:
                raise failure
        if self._transport.is_closing():
            await asyncio.sleep(0)
        protocol = self._protocol
        # The common case, writing not paused, skips a coroutine of
        # FlowControlMixin's own _drain_helper that would return at once.
        if (getattr(type(protocol), '_drain_helper', None)
                is not _mixin_drain_helper
                or protocol._paused or protocol._connection_lost):
            await protocol._drain_helper()

    async def start_tls(self, sslcontext, *, server_hostname=None,
                        ssl_handshake_timeout=None):
        raise NotImplementedError('TLS is not supported by pyasync')


async def _connect(loop, create, limit, *where, **kwds):
    # A client connection as a (reader, writer) pair, made by `create`
    # (the loop's create_connection or create_unix_connection).
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await create(lambda: protocol, *where, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


def _protocol_factory(loop, callback, limit):
    # Each connection a server accepts gets its own reader and protocol.
    def make():
        return StreamReaderProtocol(
            StreamReader(limit=limit, loop=loop), callback, loop=loop)
    return make


async def open_connection(host=None, port=None, *,
                          limit=_DEFAULT_LIMIT, **kwds):
    """Connect to host:port; a (StreamReader, StreamWriter) pair."""
    loop = _running_loop()
    return await _connect(loop, loop.create_connection, limit,
                          host, port, **kwds)


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwds):
    """Serve host:port: each connection calls client_connected_cb(reader,
    writer), a coroutine result running as a task. Returns the Server."""
    loop = _running_loop()
    factory = _protocol_factory(loop, client_connected_cb, limit)
    return await loop.create_server(factory, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """open_connection to the Unix socket at `path`."""
    loop = _running_loop()
    return await _connect(loop, loop.create_unix_connection, limit,
                          path, **kwds)


async def start_unix_server(client_connected_cb, path=None, *,
                            limit=_DEFAULT_LIMIT, **kwds):
    """start_server on the Unix socket at `path`."""
    loop = _running_loop()
    factory = _protocol_factory(loop, client_connected_cb, limit)
    return await loop.create_unix_server(factory, path, **kwds)
