# The selectors module: one selector over poll(2) (the native _poll),
# offered under the names CPython's Linux build offers. pyasync's own code,
# written to behave as CPython 3.11's selectors module does.

from collections import namedtuple as _namedtuple
from collections.abc import Mapping as _Mapping

EVENT_READ = 1
EVENT_WRITE = 2
_ALL_EVENTS = EVENT_READ | EVENT_WRITE

# poll(2)'s bits for the two events.
_POLL_BITS = {EVENT_READ: 1, EVENT_WRITE: 4}

SelectorKey = _namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


def _descriptor(fileobj):
    """The file descriptor of an int or of an object with fileno()."""
    if not isinstance(fileobj, int):
        fileno = getattr(fileobj, 'fileno', None)
        try:
            fileobj = int(fileno())
        except (TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    if fileobj < 0:
        raise ValueError('Invalid file descriptor: {}'.format(fileobj))
    return fileobj


def _not_registered(fileobj):
    return KeyError('{!r} is not registered'.format(fileobj))


class _KeysView(_Mapping):
    """get_map(): the keys by file object (or descriptor), read-only."""

    def __init__(self, owner):
        self._owner = owner

    def __len__(self):
        return len(self._owner._keys)

    def __iter__(self):
        return iter(self._owner._keys)

    def __getitem__(self, fileobj):
        key = self._owner._find(fileobj)
        if key is None:
            raise _not_registered(fileobj)
        return key


class BaseSelector:
    """The selector interface: register file objects for events, then
    select() those that are ready."""

    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    def unregister(self, fileobj):
        raise NotImplementedError

    def select(self, timeout=None):
        raise NotImplementedError

    def get_map(self):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def close(self):
        pass

    def get_key(self, fileobj):
        keys = self.get_map()
        if keys is None:
            raise RuntimeError('Selector is closed')
        if fileobj not in keys:
            raise _not_registered(fileobj)
        return keys[fileobj]

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class PollSelector(BaseSelector):
    def __init__(self):
        self._keys = {}
        self._view = _KeysView(self)

    def _fd_of(self, fileobj):
        # A file object that no longer has a descriptor (closed) is still
        # found by identity among the keys.
        try:
            return _descriptor(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def _find(self, fileobj):
        try:
            return self._keys.get(self._fd_of(fileobj))
        except ValueError:
            return None

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError('Invalid events: {!r}'.format(events))
        fd = self._fd_of(fileobj)
        if fd in self._keys:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, fd))
        key = self._keys[fd] = SelectorKey(fileobj, fd, events, data)
        return key

    def unregister(self, fileobj):
        key = self._find(fileobj)
        if key is None:
            raise _not_registered(fileobj)
        return self._keys.pop(key.fd)

    def modify(self, fileobj, events, data=None):
        key = self._find(fileobj)
        if key is None:
            raise _not_registered(fileobj)
        if key.events != events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if key.data != data:
            key = self._keys[key.fd] = key._replace(data=data)
        return key

    def get_map(self):
        return self._view

    def close(self):
        self._keys.clear()
        self._view = None

    def select(self, timeout=None):
        if self._view is None:
            raise RuntimeError('Selector is closed')
        if timeout is not None:
            timeout = max(timeout, 0)
        wanted = [(fd, sum(bit for ev, bit in _POLL_BITS.items() if key.events & ev))
                  for fd, key in self._keys.items()]
        found = []
        for fd, revents in _poll(wanted, timeout):
            key = self._keys.get(fd)
            if not key:
                continue
            # Anything but "writable" (an error, a hang-up) wakes a reader;
            # anything but "readable" wakes a writer.
            events = 0
            if revents & ~_POLL_BITS[EVENT_WRITE]:
                events |= EVENT_READ
            if revents & ~_POLL_BITS[EVENT_READ]:
                events |= EVENT_WRITE
            found.append((key, events & key.events))
        return found


EpollSelector = PollSelector
SelectSelector = PollSelector
DefaultSelector = PollSelector
