"""Threads, for a single-threaded interpreter.

pyasync runs one thread, so this module offers what makes sense within it:
the main thread's identity, locks, events, conditions and semaphores that
work as long as nothing would have to wait for another thread. Whatever
would start a thread, or wait forever for one, raises NotImplementedError
rather than hang. A bounded wait simply lets the timeout pass (nothing else
can change the lock meanwhile), so it returns what CPython returns when
the timeout expires.
"""

import time as _time

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
    'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
    'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
    'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
    'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace',
]

TIMEOUT_MAX = 9223372036.0

ThreadError = RuntimeError

_MAIN_IDENT = 1


def _no_threads(what):
    return NotImplementedError('%s is not supported by pyasync (no threads)'
                               % what)


def _wait_alone(what, blocking, timeout):
    """What a wait that no other thread can end amounts to: False at once
    for a non-blocking call, False once a finite timeout has passed, and
    an error (not a hang) for an unbounded wait."""
    if not blocking:
        return False
    if timeout is None or timeout < 0:
        raise NotImplementedError(
            '%s would wait forever: pyasync has no other thread to wake it'
            % what)
    if timeout > 0:
        _time.sleep(timeout)
    return False


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')
    if timeout > TIMEOUT_MAX:
        raise OverflowError('timeout value is too large')


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    import os
    return os.getpid()


class lock:
    """A non-reentrant lock."""
    __module__ = '_thread'

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        return _wait_alone('acquiring a held Lock', blocking,
                           None if timeout == -1 else timeout)

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return '<%s %s.%s object at %#x>' % (
            'locked' if self._locked else 'unlocked', type(self).__module__,
            type(self).__qualname__, id(self))


Lock = _allocate_lock = LockType = lock


class RLock:
    """A reentrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        # The only thread is always the owner.
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s %s.%s object owner=%d count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', '_thread', 'RLock',
            _MAIN_IDENT if self._count else 0, self._count, id(self))


class Condition:
    """A condition variable; `wait` can only time out (no thread can
    notify it)."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        # Acquiring or releasing the condition is acquiring or releasing
        # its lock.
        self.acquire, self.release = self._lock.acquire, self._lock.release

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        return _wait_alone('Condition.wait()', True, timeout)

    def wait_for(self, predicate, timeout=None):
        satisfied = predicate()
        if satisfied:
            return satisfied
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        _wait_alone('Condition.wait_for()', True, timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')

    def notify_all(self):
        self.notify()

    def __repr__(self):
        return '<Condition(%s, 0)>' % (self._lock,)


class Semaphore:
    """A counter that `acquire` decrements and `release` increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        return _wait_alone('acquiring a Semaphore at zero', blocking, timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag; waiting for it to be set can only time out."""

    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        return _wait_alone('Event.wait()', True, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Only a barrier for one party can be passed by a single thread."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action is not None:
                self._action()
            return 0
        if timeout is None:
            timeout = self._timeout
        _wait_alone('Barrier.wait()', True, timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


_counter = 0


def _new_name(target):
    global _counter
    _counter += 1
    name = 'Thread-%d' % _counter
    if target is not None:
        try:
            name += ' (%s)' % target.__name__
        except AttributeError:
            pass
    return name


class Thread:
    """A thread object; it can be built and its `run` called, but `start`
    raises NotImplementedError."""

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        self._target = target
        self._args = args
        self._kwargs = kwargs
        self._name = str(name) if name else _new_name(target)
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon if _main is not None \
                else False
        self._started = False
        self._ident = None

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        raise _no_threads('threading.Thread.start()')

    def run(self):
        target, args, kwargs = self._target, self._args, self._kwargs
        # Like CPython, the thread drops its references to the target and
        # its arguments once run.
        self._target = self._args = self._kwargs = None
        if target is not None:
            target(*args, **kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return get_native_id() if self._started else None

    def is_alive(self):
        return self._started

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT

    def join(self, timeout=None):
        raise RuntimeError('cannot join current thread')


_main = None
_main = _MainThread()


class Timer(Thread):
    """Calls a function after an interval, in a thread: `start` raises
    NotImplementedError."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        raise _no_threads('threading.Timer.start()')


def current_thread():
    return _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main]


class local:
    """Thread-local data: with one thread, a plain namespace."""


def settrace(func):
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    global _profile_hook
    _profile_hook = func


_trace_hook = None
_profile_hook = None


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size != 0:
        raise _no_threads('threading.stack_size() with a size')
    return 0


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    import sys
    import traceback
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    sys.stderr.write('Exception in thread %s:\n' % name)
    sys.stderr.write(''.join(traceback.format_exception(
        args.exc_type, args.exc_value, args.exc_traceback)))


__excepthook__ = excepthook
