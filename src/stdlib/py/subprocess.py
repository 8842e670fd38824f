# The subprocess module: Popen and the helpers built on it (run, call,
# check_call, check_output, getoutput, getstatusoutput). Starting, waiting
# and moving bytes through pipes are natives (src/stdlib/subprocess.rs).

import os as _os
import signal as _signal

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_CHUNK = 8192


class SubprocessError(Exception):
    pass


def _alias_of_output():
    # `stdout` is another name for `output` on both error classes.
    def get(self):
        return self.output

    def put(self, value):
        self.output = value
    return property(get, put)


def _signal_name(number):
    try:
        return repr(_signal.Signals(number))
    except ValueError:
        return None


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    stdout = _alias_of_output()

    def __str__(self):
        code = self.returncode
        if not code or code > 0:
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)
        name = _signal_name(-code)
        if name is None:
            return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
        return "Command '%s' died with %s." % (self.cmd, name)


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    stdout = _alias_of_output()

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        fields = [('args', self.args), ('returncode', self.returncode),
                  ('stdout', self.stdout), ('stderr', self.stderr)]
        shown = ', '.join('%s=%r' % (k, v) for i, (k, v) in enumerate(fields)
                          if i < 2 or v is not None)
        return '%s(%s)' % (type(self).__name__, shown)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class _PipeFile:
    # The parent's end of a pipe to the child: bytes (BufferedReader /
    # BufferedWriter) or, in text mode, str with universal newlines.

    def __init__(self, fd, writing, encoding=None, errors=None):
        self._fd = fd
        self._writing = writing
        self._encoding = encoding
        self._errors = errors or 'strict'
        self._buffer = b''
        self._eof = False
        self.closed = False

    @property
    def mode(self):
        if self._encoding is None:
            return 'wb' if self._writing else 'rb'
        return 'w' if self._writing else 'r'

    def __repr__(self):
        if self._encoding is None:
            kind = '_io.BufferedWriter' if self._writing else '_io.BufferedReader'
            return '<%s name=%d>' % (kind, self._fd)
        return "<_io.TextIOWrapper name=%d encoding='%s'>" % (self._fd, self._encoding)

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return not self._writing

    def writable(self):
        self._check_open()
        return self._writing

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if self._encoding is None
                             else 'I/O operation on closed file.')

    def _check_readable(self):
        self._check_open()
        if self._writing:
            raise _io_unsupported('read')

    def _fill(self):
        if self._eof:
            return False
        data = _read(self._fd, _CHUNK)
        if not data:
            self._eof = True
            return False
        self._buffer += data
        return True

    def _decode(self, data):
        if self._encoding is None:
            return data
        return _translate_newlines(data.decode(self._encoding, self._errors))

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buffer = self._buffer, b''
            return self._decode(data)
        if self._encoding is None:
            if not self._buffer:
                self._fill()
            data, self._buffer = self._buffer[:size], self._buffer[size:]
            return data
        # Text: `size` characters.
        while True:
            try:
                text = _translate_newlines(self._buffer.decode(self._encoding, self._errors))
            except UnicodeDecodeError:
                text = None
            if (text is not None and len(text) >= size) or not self._fill():
                break
        text = self._decode(self._buffer)
        taken = text[:size]
        self._buffer = text[size:].encode(self._encoding, self._errors)
        return taken

    def readline(self, size=-1):
        self._check_readable()
        ends = (b'\n', b'\r') if self._encoding is not None else (b'\n',)
        while True:
            cut = min((i for i in (self._buffer.find(e) for e in ends) if i >= 0), default=-1)
            # A '\r' at the end of what was read may start a '\r\n'.
            if cut >= 0 and not (self._buffer[cut:cut + 1] == b'\r'
                                 and cut + 1 == len(self._buffer) and not self._eof):
                end = cut + 1
                if self._buffer[cut:cut + 2] == b'\r\n':
                    end += 1
                break
            if not self._fill():
                end = len(self._buffer)
                break
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return self._decode(line)

    def readlines(self):
        return list(self)

    def __iter__(self):
        self._check_readable()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check_open()
        if not self._writing:
            raise _io_unsupported('write')
        if self._encoding is not None:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            _write(self._fd, data.encode(self._encoding, self._errors))
            return len(data)
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        _write(self._fd, data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()

    def close(self):
        if not self.closed:
            self.closed = True
            _close(self._fd)

    def _forget(self):
        # The descriptor was closed elsewhere (by _communicate).
        self.closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


def _io_unsupported(what):
    import io
    return io.UnsupportedOperation(what)


def _command_args(args):
    if isinstance(args, (str, bytes)):
        return [args]
    if hasattr(type(args), '__fspath__'):
        return [args]
    return list(args)


def _fsarg(value):
    if isinstance(value, bytes):
        return value.decode()
    return _os.fspath(value)


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.pid = None
        self.stdin = self.stdout = self.stderr = None
        self._communication_started = False
        self._input_offset = 0
        self._outputs = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        if text is not None and universal_newlines is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        if preexec_fn is not None:
            raise NotImplementedError('pyasync does not support preexec_fn')
        for name, value in (('user', user), ('group', group), ('extra_groups', extra_groups),
                            ('process_group', process_group)):
            if value is not None:
                raise NotImplementedError('pyasync does not support Popen(%s=...)' % name)
        if pass_fds:
            raise NotImplementedError('pyasync does not support Popen(pass_fds=...)')
        self._text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines if universal_newlines is not None else text

        argv = _command_args(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable is None:
                executable = '/bin/sh'
        argv = [_fsarg(a) for a in argv]
        if executable is not None:
            executable = _fsarg(executable)
        if cwd is not None:
            cwd = _fsarg(cwd)
        if env is not None:
            env = [(_fsarg(k), _fsarg(v)) for k, v in env.items()]

        # Descriptors for the child, and the parent's ends to wrap.
        opened = []
        child = []
        parent = []
        try:
            for i, spec in enumerate((stdin, stdout, stderr)):
                mine = None
                if spec is None:
                    theirs = -1
                elif spec == PIPE:
                    r, w = _pipe()
                    opened.extend((r, w))
                    theirs, mine = (r, w) if i == 0 else (w, r)
                elif spec == DEVNULL:
                    theirs = _devnull(i != 0)
                    opened.append(theirs)
                elif spec == STDOUT and i == 2:
                    theirs = child[1] if child[1] >= 0 else 1
                elif isinstance(spec, int):
                    if spec < 0:
                        raise OSError(9, 'Bad file descriptor')
                    theirs = spec
                else:
                    theirs = spec.fileno()
                child.append(theirs)
                parent.append(mine)
            self.pid = _spawn(argv, executable, cwd, env, child[0], child[1], child[2],
                              1 if start_new_session else 0)
        except BaseException:
            for fd in opened:
                _close(fd)
            raise
        # The child has its copies; the parent keeps only its own ends.
        for fd in opened:
            if fd not in parent:
                _close(fd)
        encoding = (encoding or 'utf-8') if self._text_mode else None
        if parent[0] is not None:
            self.stdin = _PipeFile(parent[0], True, encoding, errors)
        if parent[1] is not None:
            self.stdout = _PipeFile(parent[1], False, encoding, errors)
        if parent[2] is not None:
            self.stderr = _PipeFile(parent[2], False, encoding, errors)

    def __repr__(self):
        text = '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + '...>'
        return text

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                try:
                    f.close()
                except BrokenPipeError:
                    pass
        self.wait()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def poll(self):
        if self.returncode is None and self.pid is not None:
            self.returncode = _wait(self.pid, 0.0)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            code = _wait(self.pid, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            _kill(self.pid, int(sig))

    def terminate(self):
        self.send_signal(_signal.SIGTERM)

    def kill(self):
        self.send_signal(_signal.SIGKILL)

    def _encode_input(self, input):
        if input is None:
            return b''
        if self._text_mode:
            if not isinstance(input, str):
                raise TypeError('write() argument must be str, not %s' % type(input).__name__)
            return input.encode(self.encoding or 'utf-8', self.errors or 'strict')
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(input)

    def _decode_output(self, data):
        if data is None or not self._text_mode:
            return data
        return _translate_newlines(data.decode(self.encoding or 'utf-8', self.errors or 'strict'))

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError('Cannot send input after starting communication')
        if self._outputs is None:
            self._input = self._encode_input(input)
            self._outputs = [b'' if self.stdout is not None else None,
                             b'' if self.stderr is not None else None]
        self._communication_started = True

        def fd(f):
            return f._fd if f is not None and not f.closed else -1

        stdin_fd = fd(self.stdin)
        data = self._input[self._input_offset:] if stdin_fd >= 0 else b''
        # Whatever the file objects already read ahead belongs first.
        for i, f in enumerate((self.stdout, self.stderr)):
            if f is not None and f._buffer:
                self._outputs[i] += f._buffer
                f._buffer = b''
        start = _monotonic()
        written, out, err, finished = _communicate(
            stdin_fd, data, fd(self.stdout), fd(self.stderr), timeout)
        self._input_offset += written
        if stdin_fd >= 0 and self._input_offset >= len(self._input):
            self.stdin._forget()
        if self.stdout is not None:
            self._outputs[0] += out
        if self.stderr is not None:
            self._outputs[1] += err
        if not finished:
            raise TimeoutExpired(self.args, timeout, output=self._outputs[0] or None,
                                 stderr=self._outputs[1] or None)
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        if self.stdin is not None and not self.stdin.closed:
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        if timeout is not None:
            left = timeout - (_monotonic() - start)
            if self.returncode is None and _wait(self.pid, max(left, 0.0)) is None:
                raise TimeoutExpired(self.args, timeout)
        self.wait()
        return self._decode_output(self._outputs[0]), self._decode_output(self._outputs[1])


def _monotonic():
    # Real time, whatever the interpreter's clock: the child runs in it.
    return _now()


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    given = lambda name: kwargs.get(name) is not None
    if input is not None and given('stdin'):
        raise ValueError('stdin and input arguments may not both be used.')
    if capture_output and (given('stdout') or given('stderr')):
        raise ValueError('stdout and stderr arguments may not be used with capture_output.')
    if input is not None:
        kwargs['stdin'] = PIPE
    if capture_output:
        kwargs.update(stdout=PIPE, stderr=PIPE)
    process = Popen(*popenargs, **kwargs)
    with process:
        stdout = stderr = None
        try:
            if (process.stdin, process.stdout, process.stderr) == (None, None, None):
                # Nothing to move: only a wait, whose timeout says what was left.
                process.wait(timeout)
            else:
                stdout, stderr = process.communicate(input, timeout=timeout)
        except BaseException as failure:
            process.kill()
            if isinstance(failure, TimeoutExpired):
                process.wait()
            raise
    completed = CompletedProcess(process.args, process.poll(), stdout, stderr)
    if check:
        completed.check_returncode()
    return completed


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    code = call(*popenargs, **kwargs)
    if code == 0:
        return 0
    command = kwargs.get('args')
    raise CalledProcessError(code, popenargs[0] if command is None else command)


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        textual = kwargs.get('universal_newlines') or kwargs.get('text') \
            or kwargs.get('encoding') or kwargs.get('errors')
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    status = 0
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
    except CalledProcessError as failed:
        status, text = failed.returncode, failed.output
    return status, text[:-1] if text.endswith('\n') else text


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
