# asyncio's processes, pipes and signals: the pipe transports, the
# subprocess transport, Process and create_subprocess_exec/shell, and the
# loop's subprocess_exec/shell, connect_read/write_pipe and
# add/remove_signal_handler (each loop method is a function here taking the
# loop first). Written from the documented behaviour of CPython 3.11's
# asyncio (unix_events, base_subprocess, subprocess), checked against
# python3. Natives: src/asyncio/subprocess.rs.

import asyncio
import signal as _signal
import subprocess as _sp
from asyncio import protocols, transports

PIPE = _sp.PIPE
STDOUT = _sp.STDOUT
DEVNULL = _sp.DEVNULL

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

_READ_SIZE = 256 * 1024


# Signals

# The loop handling each signal: {signum: (loop, callback, args)}.
_signal_handlers = {}


def _sighandler_noop(signum, frame):
    # Every signal the loop handles has this Python handler; the work is
    # done by the loop callback it schedules.
    entry = _signal_handlers.get(signum)
    if entry is None:
        return
    loop, callback, args = entry
    if not loop.is_closed():
        loop.call_soon(callback, *args)


def _check_signal(sig):
    if not isinstance(sig, int):
        raise TypeError('sig must be an int, not {!r}'.format(sig))
    if sig not in _signal.valid_signals():
        raise ValueError('invalid signal number {}'.format(sig))


def _is_coroutine(callback):
    import inspect
    return inspect.iscoroutine(callback) or asyncio.iscoroutinefunction(callback)


def add_signal_handler(loop, sig, callback, *args):
    if _is_coroutine(callback):
        raise TypeError('coroutines cannot be used with add_signal_handler()')
    _check_signal(sig)
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')
    previous = _signal_handlers.get(sig)
    _signal_handlers[sig] = (loop, callback, args)
    try:
        _signal.signal(sig, _sighandler_noop)
    except OSError as exc:
        if previous is None:
            del _signal_handlers[sig]
        else:
            _signal_handlers[sig] = previous
        if exc.errno == 22:
            raise RuntimeError('sig {:d} cannot be caught'.format(sig))
        raise


def remove_signal_handler(loop, sig):
    _check_signal(sig)
    entry = _signal_handlers.get(sig)
    if entry is None or entry[0] is not loop:
        return False
    del _signal_handlers[sig]
    restored = _signal.default_int_handler if sig == _signal.SIGINT else _signal.SIG_DFL
    try:
        _signal.signal(sig, restored)
    except OSError as exc:
        if exc.errno == 22:
            raise RuntimeError('sig {:d} cannot be caught'.format(sig))
        raise
    return True


# Pipe transports

def _fileno(pipe):
    return pipe if isinstance(pipe, int) else pipe.fileno()


class _ReadPipeTransport(transports.ReadTransport):
    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra.update(pipe=pipe)
        self._ev_loop = loop
        self._pipe_obj = pipe
        self._fd = _fileno(pipe)
        self._proto = protocol
        self._shutting = False
        self._held = False
        _set_nonblocking(self._fd)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        state = 'closed' if self._pipe_obj is None else ('closing' if self._shutting else 'open')
        return '<%s fd=%s %s>' % (type(self).__name__, self._fd, state)

    def _start_reading(self):
        if not self._shutting and not self._held:
            self._ev_loop.add_reader(self._fd, self._read_ready)

    def _read_ready(self):
        try:
            data = _read_some(self._fd, _READ_SIZE)
        except OSError as exc:
            self._fail(exc)
            return
        if data is None:
            return
        if data:
            self._proto.data_received(data)
            return
        self._shutting = True
        self._ev_loop.remove_reader(self._fd)
        self._ev_loop.call_soon(self._proto.eof_received)
        self._ev_loop.call_soon(self._finish_lost, None)

    def pause_reading(self):
        if self._shutting or self._held:
            return
        self._held = True
        self._ev_loop.remove_reader(self._fd)

    def resume_reading(self):
        if self._shutting or not self._held:
            return
        self._held = False
        self._ev_loop.add_reader(self._fd, self._read_ready)

    def is_reading(self):
        return not self._held and not self._shutting

    def set_protocol(self, protocol):
        self._proto = protocol

    def get_protocol(self):
        return self._proto

    def is_closing(self):
        return self._shutting

    def close(self):
        if not self._shutting:
            self._close(None)

    def _fail(self, exc):
        self._close(exc)

    def _close(self, exc):
        self._shutting = True
        self._ev_loop.remove_reader(self._fd)
        self._ev_loop.call_soon(self._finish_lost, exc)

    def _finish_lost(self, exc):
        try:
            self._proto.connection_lost(exc)
        finally:
            if self._pipe_obj is not None:
                _close_pipe(self._pipe_obj)
            self._pipe_obj = None
            self._proto = None
            self._ev_loop = None


class _WritePipeTransport(transports.WriteTransport):
    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra.update(pipe=pipe)
        self._ev_loop = loop
        self._pipe_obj = pipe
        self._fd = _fileno(pipe)
        self._proto = protocol
        self._pending = bytearray()
        self._shutting = False
        self._conn_lost = 0
        _set_nonblocking(self._fd)
        loop.call_soon(protocol.connection_made, self)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        state = 'closed' if self._pipe_obj is None else ('closing' if self._shutting else 'open')
        return '<%s fd=%s %s>' % (type(self).__name__, self._fd, state)

    def get_write_buffer_size(self):
        return len(self._pending)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not %r'
                            % type(data).__name__)
        data = bytes(data)
        if not data:
            return
        if self._conn_lost or self._shutting:
            self._conn_lost += 1
            return
        if not self._pending:
            try:
                n = _write_some(self._fd, data)
            except OSError as exc:
                self._conn_lost += 1
                self._fail(exc)
                return
            data = data[n:]
            if not data:
                return
            self._ev_loop.add_writer(self._fd, self._write_ready)
        self._pending += data

    def _write_ready(self):
        try:
            n = _write_some(self._fd, bytes(self._pending))
        except OSError as exc:
            self._pending.clear()
            self._conn_lost += 1
            self._ev_loop.remove_writer(self._fd)
            self._fail(exc)
            return
        del self._pending[:n]
        if not self._pending:
            self._ev_loop.remove_writer(self._fd)
            if self._shutting:
                self._call_connection_lost_soon(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._shutting:
            return
        self._shutting = True
        if not self._pending:
            self._call_connection_lost_soon(None)

    def set_protocol(self, protocol):
        self._proto = protocol

    def get_protocol(self):
        return self._proto

    def is_closing(self):
        return self._shutting

    def close(self):
        if self._pipe_obj is not None and not self._shutting:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _fail(self, exc):
        self._close(exc)

    def _close(self, exc):
        self._shutting = True
        if self._pending:
            self._ev_loop.remove_writer(self._fd)
        self._pending.clear()
        self._call_connection_lost_soon(exc)

    def _call_connection_lost_soon(self, exc):
        if self._ev_loop is not None:
            self._ev_loop.call_soon(self._finish_lost, exc)

    def _finish_lost(self, exc):
        if self._proto is None:
            return
        try:
            self._proto.connection_lost(exc)
        finally:
            if self._pipe_obj is not None:
                _close_pipe(self._pipe_obj)
            self._pipe_obj = None
            self._proto = None
            self._ev_loop = None


def _close_pipe(pipe):
    if isinstance(pipe, int):
        _sp._close(pipe)
    else:
        pipe.close()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def connect_read_pipe(loop, protocol_factory, pipe):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _ReadPipeTransport(loop, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def connect_write_pipe(loop, protocol_factory, pipe):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _WritePipeTransport(loop, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


# The subprocess transport

class _PipeProtocol(protocols.BaseProtocol):
    # Passes one pipe's events to the subprocess transport's protocol,
    # naming the child's descriptor (0, 1 or 2).
    def __init__(self, owner, fd):
        self.owner = owner
        self.fd = fd
        self.pipe_transport = None
        self.lost = False

    def connection_made(self, transport):
        self.pipe_transport = transport

    def connection_lost(self, exc):
        self.lost = True
        self.owner._on_pipe_lost(self.fd, exc)
        self.owner = None

    def pause_writing(self):
        self.owner._protocol.pause_writing()

    def resume_writing(self):
        self.owner._protocol.resume_writing()

    def data_received(self, data):
        self.owner._on_pipe_data(self.fd, data)

    def eof_received(self):
        pass


class _SubprocessTransport(transports.SubprocessTransport):
    def __init__(self, loop, protocol, popen):
        super().__init__(None)
        self._ev_loop = loop
        self._proto = protocol
        self._popen = popen
        self._pid = popen.pid
        self._exit_code = None
        self._exit_futures = []
        self._queued = []
        self._pipes = {}
        self._finished = False
        self._closed = False
        self._extra['subprocess'] = popen
        if popen.stdin is not None:
            self._pipes[0] = None
        if popen.stdout is not None:
            self._pipes[1] = None
        if popen.stderr is not None:
            self._pipes[2] = None
        self._pidfd = None

    def _watch_exit(self):
        # Once the pipes are connected, as CPython adds its child handler.
        self._pidfd = _pidfd_open(self._pid)
        if self._pidfd is None:
            # No pidfd: look for the child's end on a short timer.
            self._ev_loop.call_later(0.01, self._poll_exit)
        else:
            self._ev_loop.add_reader(self._pidfd, self._child_ended)

    def __repr__(self):
        info = [type(self).__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        if self._exit_code is not None:
            info.append('returncode=%s' % self._exit_code)
        elif self._pid is not None:
            info.append('running')
        for fd, name in ((0, 'stdin'), (1, 'stdout'), (2, 'stderr')):
            pipe = self._pipes.get(fd)
            if pipe is not None:
                info.append('%s=%s' % (name, pipe.pipe_transport))
        return '<{}>'.format(' '.join(info))

    async def _connect_pipes(self, waiter):
        try:
            proc = self._popen
            loop = self._ev_loop
            if proc.stdin is not None:
                _, pipe = await connect_write_pipe(
                    loop, lambda: _PipeProtocol(self, 0), proc.stdin)
                self._pipes[0] = pipe
            if proc.stdout is not None:
                _, pipe = await connect_read_pipe(
                    loop, lambda: _PipeProtocol(self, 1), proc.stdout)
                self._pipes[1] = pipe
            if proc.stderr is not None:
                _, pipe = await connect_read_pipe(
                    loop, lambda: _PipeProtocol(self, 2), proc.stderr)
                self._pipes[2] = pipe
            loop.call_soon(self._proto.connection_made, self)
            for callback, data in self._queued:
                loop.call_soon(callback, *data)
            self._queued = None
        except BaseException as exc:
            if not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if not waiter.cancelled():
                waiter.set_result(None)

    def _child_ended(self):
        code = _sp._wait(self._pid, 0.0)
        if code is None:
            return
        self._ev_loop.remove_reader(self._pidfd)
        _sp._close(self._pidfd)
        self._pidfd = None
        self._process_exited(code)

    def _poll_exit(self):
        code = _sp._wait(self._pid, 0.0)
        if code is None:
            self._ev_loop.call_later(0.01, self._poll_exit)
        else:
            self._process_exited(code)

    def _call(self, callback, *data):
        if self._queued is not None:
            self._queued.append((callback, data))
        else:
            self._ev_loop.call_soon(callback, *data)

    def _on_pipe_lost(self, fd, exc):
        self._call(self._proto.pipe_connection_lost, fd, exc)
        self._maybe_finish()

    def _on_pipe_data(self, fd, data):
        self._call(self._proto.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        self._exit_code = returncode
        if self._popen.returncode is None:
            self._popen.returncode = returncode
        self._call(self._proto.process_exited)
        self._maybe_finish()

    def _maybe_finish(self):
        if self._exit_code is None or self._finished:
            return
        if all(p is not None and p.pipe_transport is not None and p.lost
               for p in self._pipes.values()):
            self._finished = True
            self._call(self._finish_lost, None)

    def _finish_lost(self, exc):
        try:
            self._proto.connection_lost(exc)
        finally:
            for waiter in self._exit_futures:
                if not waiter.cancelled():
                    waiter.set_result(self._exit_code)
            self._exit_futures = None
            self._ev_loop = None
            self._popen = None
            self._proto = None

    async def _await_exit(self):
        if self._exit_code is not None:
            return self._exit_code
        waiter = self._ev_loop.create_future()
        self._exit_futures.append(waiter)
        return await waiter

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._exit_code

    def get_pipe_transport(self, fd):
        pipe = self._pipes.get(fd)
        return None if pipe is None else pipe.pipe_transport

    def _require_running(self):
        if self._popen is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._require_running()
        self._popen.send_signal(signal)

    def terminate(self):
        self._require_running()
        self._popen.terminate()

    def kill(self):
        self._require_running()
        self._popen.kill()

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is not None and proto.pipe_transport is not None:
                proto.pipe_transport.close()
        if self._popen is not None and self._exit_code is None \
                and self._popen.poll() is None:
            try:
                self._popen.kill()
            except ProcessLookupError:
                pass


async def _make_subprocess_transport(loop, protocol, args, shell, stdin, stdout, stderr,
                                     bufsize, kwargs):
    popen = _sp.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                      universal_newlines=False, bufsize=bufsize, **kwargs)
    transport = _SubprocessTransport(loop, protocol, popen)
    waiter = loop.create_future()
    loop.create_task(transport._connect_pipes(waiter))
    try:
        await waiter
    except BaseException:
        transport._watch_exit()
        transport.close()
        await transport._await_exit()
        raise
    transport._watch_exit()
    return transport


def _check_stream_options(universal_newlines, shell_given, bufsize, encoding, errors, text,
                          shell_name='shell', shell_must=False):
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if shell_given != shell_must:
        raise ValueError('%s must be %s' % (shell_name, shell_must))
    if bufsize != 0:
        raise ValueError('bufsize must be 0')
    if text:
        raise ValueError('text must be False')
    if encoding is not None:
        raise ValueError('encoding must be None')
    if errors is not None:
        raise ValueError('errors must be None')


async def subprocess_shell(loop, protocol_factory, cmd, *, stdin=PIPE, stdout=PIPE,
                           stderr=PIPE, universal_newlines=False, shell=True, bufsize=0,
                           encoding=None, errors=None, text=None, **kwargs):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError('cmd must be a string')
    _check_stream_options(universal_newlines, bool(shell), bufsize, encoding, errors, text,
                          shell_must=True)
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(loop, protocol, cmd, True, stdin, stdout,
                                                 stderr, bufsize, kwargs)
    return transport, protocol


async def subprocess_exec(loop, protocol_factory, program, *args, stdin=PIPE, stdout=PIPE,
                          stderr=PIPE, universal_newlines=False, shell=False, bufsize=0,
                          encoding=None, errors=None, text=None, **kwargs):
    _check_stream_options(universal_newlines, bool(shell), bufsize, encoding, errors, text)
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(loop, protocol, (program,) + args, False,
                                                 stdin, stdout, stderr, bufsize, kwargs)
    return transport, protocol


# Process and its streams

class _IncompleteReadError(EOFError):
    # asyncio.IncompleteReadError, where the streams module does not
    # provide it.
    def __init__(self, partial, expected):
        shown = repr(expected) if expected is not None else 'undefined'
        super().__init__('%d bytes read on a total of %s expected bytes'
                         % (len(partial), shown))
        self.partial = partial
        self.expected = expected


IncompleteReadError = getattr(asyncio, 'IncompleteReadError', _IncompleteReadError)

class _Reader:
    # What Process.stdout/stderr offer: the child's output, read as it
    # comes (the StreamReader reading methods).
    def __init__(self, limit, loop):
        self._limit = limit
        self._ev_loop = loop
        self._pending = bytearray()
        self._eof = False
        self._waiter = None
        self._error = None
        self._trans = None

    def __repr__(self):
        info = ['StreamReader']
        if self._pending:
            info.append('%d bytes' % len(self._pending))
        if self._eof:
            info.append('eof')
        return '<%s>' % ' '.join(info)

    def exception(self):
        return self._error

    def set_exception(self, exc):
        self._error = exc
        self._wake()

    def set_transport(self, transport):
        self._trans = transport

    def _wake(self):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def feed_data(self, data):
        self._pending += data
        self._wake()

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        return self._eof and not self._pending

    async def _more(self):
        if self._error is not None:
            raise self._error
        self._waiter = self._ev_loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def read(self, n=-1):
        if n == 0:
            return b''
        if n < 0:
            while not self._eof:
                await self._more()
            data = bytes(self._pending)
            self._pending.clear()
            return data
        while not self._pending and not self._eof:
            await self._more()
        data = bytes(self._pending[:n])
        del self._pending[:n]
        return data

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial

    async def readuntil(self, separator=b'\n'):
        while True:
            at = self._pending.find(separator)
            if at >= 0:
                end = at + len(separator)
                data = bytes(self._pending[:end])
                del self._pending[:end]
                return data
            if self._eof:
                data = bytes(self._pending)
                self._pending.clear()
                raise IncompleteReadError(data, None)
            await self._more()

    async def readexactly(self, n):
        while len(self._pending) < n and not self._eof:
            await self._more()
        if len(self._pending) < n:
            data = bytes(self._pending)
            self._pending.clear()
            raise IncompleteReadError(data, n)
        data = bytes(self._pending[:n])
        del self._pending[:n]
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


class _Writer:
    # What Process.stdin offers: the StreamWriter writing methods.
    def __init__(self, transport, protocol, loop):
        self._trans = transport
        self._proto = protocol
        self._ev_loop = loop
        self._closed = loop.create_future()

    def __repr__(self):
        return '<StreamWriter transport=%r>' % (self._trans,)

    @property
    def transport(self):
        return self._trans

    def write(self, data):
        self._trans.write(data)

    def writelines(self, data):
        for chunk in data:
            self._trans.write(chunk)

    def write_eof(self):
        return self._trans.write_eof()

    def can_write_eof(self):
        return self._trans.can_write_eof()

    def close(self):
        return self._trans.close()

    def is_closing(self):
        return self._trans.is_closing()

    async def wait_closed(self):
        await self._closed

    def get_extra_info(self, name, default=None):
        return self._trans.get_extra_info(name, default)

    async def drain(self):
        exc = self._proto._stdin_lost
        if exc is not None:
            raise exc
        if self._trans.is_closing():
            await asyncio.sleep(0)
        while self._trans.get_write_buffer_size() > 0 and not self._trans.is_closing():
            await asyncio.sleep(0)


class SubprocessStreamProtocol(protocols.SubprocessProtocol):
    def __init__(self, limit, loop):
        self._limit = limit
        self._ev_loop = loop
        self.stdin = self.stdout = self.stderr = None
        self._trans = None
        self._exited = False
        self._open_fds = []
        self._stdin_lost = None

    def __repr__(self):
        info = [type(self).__name__]
        for name in ('stdin', 'stdout', 'stderr'):
            if getattr(self, name) is not None:
                info.append('%s=%r' % (name, getattr(self, name)))
        return '<{}>'.format(' '.join(info))

    def connection_made(self, transport):
        self._trans = transport
        if transport.get_pipe_transport(1) is not None:
            self.stdout = _Reader(self._limit, self._ev_loop)
            self._open_fds.append(1)
        if transport.get_pipe_transport(2) is not None:
            self.stderr = _Reader(self._limit, self._ev_loop)
            self._open_fds.append(2)
        stdin = transport.get_pipe_transport(0)
        if stdin is not None:
            self.stdin = _Writer(stdin, self, self._ev_loop)

    def _reader_of(self, fd):
        return {1: self.stdout, 2: self.stderr}.get(fd)

    def pipe_data_received(self, fd, data):
        target = self._reader_of(fd)
        if target is not None:
            target.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
                if not self.stdin._closed.done():
                    self.stdin._closed.set_result(None)
            if exc is not None:
                self._stdin_lost = exc
            return
        reader = self._reader_of(fd)
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._open_fds:
            self._open_fds.remove(fd)
        self._maybe_close()

    def process_exited(self):
        self._exited = True
        self._maybe_close()

    def _maybe_close(self):
        if self._exited and not self._open_fds and self._trans is not None:
            self._trans.close()
            self._trans = None


def _to_transport(name):
    # A Process method that is its transport's method of the same name.
    def method(self, *args):
        return getattr(self._trans, name)(*args)
    method.__name__ = method.__qualname__ = name
    return method


class Process:
    def __init__(self, transport, protocol, loop):
        self._trans, self._proto, self._ev_loop = transport, protocol, loop
        self.stdin, self.stdout, self.stderr = protocol.stdin, protocol.stdout, protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self.pid)

    returncode = property(lambda self: self._trans.get_returncode())
    send_signal = _to_transport('send_signal')
    terminate = _to_transport('terminate')
    kill = _to_transport('kill')

    async def wait(self):
        return await self._trans._await_exit()

    async def _send_input(self, input):
        self.stdin.write(input)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _nothing(self):
        return None

    async def _drain_output(self, fd):
        stream = self.stdout if fd == 1 else self.stderr
        output = await stream.read()
        self._trans.get_pipe_transport(fd).close()
        return output

    async def communicate(self, input=None):
        if input is not None:
            stdin = self._send_input(input)
        else:
            stdin = self._nothing()
        stdout = self._drain_output(1) if self.stdout is not None else self._nothing()
        stderr = self._drain_output(2) if self.stderr is not None else self._nothing()
        _, stdout, stderr = await asyncio.gather(stdin, stdout, stderr)
        await self.wait()
        return stdout, stderr


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=2 ** 16, **kwds):
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
        cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=2 ** 16, **kwds):
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
        program, *args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
