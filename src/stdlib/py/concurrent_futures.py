"""Futures and executors (`concurrent.futures`), for a single-threaded
interpreter.

`Future` works fully when something in this thread completes it.
`ThreadPoolExecutor` and `ProcessPoolExecutor` can be created and shut
down, but `submit` and `map` need worker threads or processes and raise
NotImplementedError. Waiting for a future that nothing can complete
raises NotImplementedError rather than hang; a bounded wait lets the
timeout pass, as in CPython.
"""

import time as _time

__all__ = [
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
    'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future',
    'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
    'ThreadPoolExecutor',
]

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for the module's exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The future was cancelled."""
    __module__ = 'concurrent.futures._base'


class InvalidStateError(Error):
    """The future is in a state that does not allow the operation."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """An executor can no longer run work."""
    __module__ = 'concurrent.futures._base'


def _no_workers(what):
    return NotImplementedError(
        '%s is not supported by pyasync (no threads or subprocesses)' % what)


def _wait_alone(what, timeout):
    """A wait no other thread can end: an error (not a hang) without a
    timeout; otherwise the timeout passes and TimeoutError follows."""
    if timeout is None:
        raise NotImplementedError(
            '%s would wait forever: pyasync has no other thread to complete '
            'the future' % what)
    if timeout > 0:
        _time.sleep(timeout)
    raise TimeoutError()


class Future:
    """The result of a computation that may not have finished yet."""
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def _invoke_callbacks(self):
        for callback in self._callbacks:
            try:
                callback(self)
            except Exception:
                import sys
                import traceback
                sys.stderr.write('exception calling callback for %r\n'
                                 % (self,))
                traceback.print_exc()
        self._callbacks = []

    def __repr__(self):
        where = 'at %#x' % id(self)
        state = self._state.lower()
        if self._state == _CANCELLED_AND_NOTIFIED:
            state = 'cancelled'
        if self._state == _FINISHED:
            if self._exception is not None:
                return '<%s %s state=%s raised %s>' % (
                    type(self).__name__, where, state,
                    type(self._exception).__name__)
            return '<%s %s state=%s returned %s>' % (
                type(self).__name__, where, state,
                type(self._result).__name__)
        return '<%s %s state=%s>' % (type(self).__name__, where, state)

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED,
                               _FINISHED)

    def _outcome(self):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        if not self.done():
            self._callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import sys
            import traceback
            sys.stderr.write('exception calling callback for %r\n' % (self,))
            traceback.print_exc()

    def result(self, timeout=None):
        if not self.done():
            _wait_alone('Future.result()', timeout)
        return self._outcome()

    def exception(self, timeout=None):
        if not self.done():
            _wait_alone('Future.exception()', timeout)
        if self.cancelled():
            raise CancelledError()
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Executor:
    """Base class of executors."""
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        raise _no_workers('%s.map()' % type(self).__name__)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        # Shuts down and lets any exception propagate.
        self.shutdown(True)


class ThreadPoolExecutor(Executor):
    """Runs calls in worker threads: `submit` raises NotImplementedError."""
    __module__ = 'concurrent.futures.thread'

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._shutdown = False
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = (thread_name_prefix
                                    or 'ThreadPoolExecutor-%d'
                                    % (ThreadPoolExecutor._counter - 1))

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        raise _no_workers('ThreadPoolExecutor.submit()')

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class ProcessPoolExecutor(Executor):
    """Runs calls in worker processes: `submit` raises
    NotImplementedError."""
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        raise _no_workers('ProcessPoolExecutor.submit()')

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class DoneAndNotDoneFutures(tuple):
    """The pair `wait` returns: (done, not_done)."""
    __module__ = 'concurrent.futures._base'

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % self


def _settled(future):
    # A cancelled future counts as finished for `wait` and `as_completed`
    # only once `set_running_or_notify_cancel` has seen the cancellation.
    return future._state in (_CANCELLED_AND_NOTIFIED, _FINISHED)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if _settled(f)}
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f._exception is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if not not_done:
        return DoneAndNotDoneFutures(done, not_done)
    if timeout is None:
        raise NotImplementedError(
            'concurrent.futures.wait() would wait forever: pyasync has no '
            'other thread to complete the futures')
    if timeout > 0:
        _time.sleep(timeout)
    return DoneAndNotDoneFutures(done, not_done)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    done = [f for f in fs if _settled(f)]
    pending = [f for f in fs if not _settled(f)]
    for f in done:
        yield f
    if pending:
        if timeout is None:
            raise NotImplementedError(
                'concurrent.futures.as_completed() would wait forever: '
                'pyasync has no other thread to complete the futures')
        if timeout > 0:
            _time.sleep(timeout)
        raise TimeoutError('%d (of %d) futures unfinished'
                           % (len(pending), len(fs)))
