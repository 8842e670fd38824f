"""Process-based parallelism (`multiprocessing`), which pyasync does not
provide: the module imports, describes the current process and builds
`Process` objects, but whatever would start a process (or the helper
threads its queues and locks rely on) raises NotImplementedError.
"""

import os as _os

__all__ = [
    'Process', 'current_process', 'parent_process', 'active_children',
    'cpu_count', 'Pool', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event',
    'Barrier', 'Value', 'Array', 'Manager', 'get_start_method',
    'set_start_method', 'get_context', 'freeze_support', 'ProcessError',
    'BufferTooShort', 'TimeoutError', 'AuthenticationError',
]


class ProcessError(Exception):
    __module__ = 'multiprocessing'

    pass


class BufferTooShort(ProcessError):
    __module__ = 'multiprocessing'

    pass


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing'

    pass


class AuthenticationError(ProcessError):
    __module__ = 'multiprocessing'

    pass


def _unsupported(what):
    return NotImplementedError('multiprocessing.%s is not supported by '
                               'pyasync (no subprocesses)' % what)


_counter = 0


class Process:
    """A process object: it can be built and its `run` called, but `start`
    raises NotImplementedError."""
    __module__ = 'multiprocessing.context'

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        global _counter
        assert group is None, 'group argument must be None for now'
        _counter += 1
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name or 'Process-%d' % _counter
        self._daemonic = bool(daemon)
        self._parent_pid = _os.getpid()

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        raise _unsupported('Process.start()')

    def join(self, timeout=None):
        raise AssertionError('can only join a started process')

    def is_alive(self):
        return False

    def terminate(self):
        raise _unsupported('Process.terminate()')

    def kill(self):
        raise _unsupported('Process.kill()')

    def close(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        if not isinstance(name, str):
            raise AssertionError('name must be a string')
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = daemonic

    @property
    def pid(self):
        return None

    ident = pid

    @property
    def exitcode(self):
        return None

    def __repr__(self):
        return '<%s name=%r parent=%d initial%s>' % (
            type(self).__name__, self._name, self._parent_pid,
            ' daemon' if self._daemonic else '')


class _MainProcess(Process):
    __module__ = 'multiprocessing.process'

    def __init__(self):
        self._target = None
        self._args = ()
        self._kwargs = {}
        self._name = 'MainProcess'
        self._daemonic = False
        self._parent_pid = None

    @property
    def pid(self):
        return _os.getpid()

    ident = pid

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"



_current = _MainProcess()


def current_process():
    return _current


def parent_process():
    return None


def active_children():
    return []


def cpu_count():
    count = _os.cpu_count()
    if count is None:
        raise NotImplementedError('cannot determine number of cpus')
    return count


def get_start_method(allow_none=False):
    return 'fork'


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def set_start_method(method, force=False):
    if method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % (method,))


def freeze_support():
    pass


def _factory(name):
    def unsupported(*args, **kwargs):
        raise _unsupported(name + '()')
    unsupported.__name__ = unsupported.__qualname__ = name
    return unsupported


Pool = _factory('Pool')
Queue = _factory('Queue')
SimpleQueue = _factory('SimpleQueue')
JoinableQueue = _factory('JoinableQueue')
Pipe = _factory('Pipe')
Lock = _factory('Lock')
RLock = _factory('RLock')
Semaphore = _factory('Semaphore')
BoundedSemaphore = _factory('BoundedSemaphore')
Condition = _factory('Condition')
Event = _factory('Event')
Barrier = _factory('Barrier')
Value = _factory('Value')
Array = _factory('Array')
RawValue = _factory('RawValue')
RawArray = _factory('RawArray')
Manager = _factory('Manager')


def get_context(method=None):
    if method is not None:
        set_start_method(method)
    import sys
    return sys.modules[__name__]
