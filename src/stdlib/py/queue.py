"""FIFO, LIFO and priority queues (the thread-safe `queue` module).

pyasync has one thread, so a `put` on a full queue or a `get` on an empty
one can never be satisfied by someone else: without a timeout it raises
NotImplementedError instead of hanging; with one, the timeout passes and
`Full`/`Empty` is raised, as in CPython.
"""

import time as _time
import heapq as _heapq
from collections import deque as _deque

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking (or timed-out) get on an empty queue."""
    __module__ = '_queue'


class Full(Exception):
    """Raised by a non-blocking (or timed-out) put on a full queue."""


def _cannot_wait(block, timeout, what, error):
    if not block:
        raise error()
    if timeout is None:
        raise NotImplementedError(
            '%s would wait forever: pyasync has no other thread to %s'
            % what)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if timeout > 0:
        _time.sleep(timeout)
    raise error()


class Queue:
    """A first-in first-out queue of at most `maxsize` items (no limit when
    `maxsize` <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise NotImplementedError(
                'Queue.join() with unfinished tasks would wait forever: '
                'pyasync has no other thread to finish them')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and block and timeout is not None \
                and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _cannot_wait(block, timeout, ('Queue.put() on a full queue',
                                          'take an item'), Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._qsize():
            _cannot_wait(block, timeout, ('Queue.get() on an empty queue',
                                          'put an item'), Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage hooks subclasses override: FIFO order here.
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    _put = lambda self, item: self.queue.append(item)
    _get = lambda self: self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    """Retrieves the smallest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    _put = lambda self, item: self.queue.append(item)
    _get = lambda self: self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue without task tracking."""
    __module__ = '_queue'

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._queue:
            _cannot_wait(block, timeout,
                         ('SimpleQueue.get() on an empty queue',
                          'put an item'), Empty)
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

