# asyncio's abstract transports (and AbstractServer): the interface the
# loop's transports implement; what is not implemented raises
# NotImplementedError. pyasync's own code, with the names and signatures
# of CPython 3.11's asyncio.transports.

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport',
           'Transport', 'DatagramTransport', 'SubprocessTransport',
           'AbstractServer')


def _abstract(*args, **kwargs):
    raise NotImplementedError


class BaseTransport:
    """A transport with a dict of extra information about it."""
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self): _abstract()
    def close(self): _abstract()
    def set_protocol(self, protocol): _abstract()
    def get_protocol(self): _abstract()


class ReadTransport(BaseTransport):
    """The reading half: reading can be paused and resumed."""
    __slots__ = ()
    def is_reading(self): _abstract()
    def pause_reading(self): _abstract()
    def resume_reading(self): _abstract()


class WriteTransport(BaseTransport):
    """The writing half, with a write buffer and its limits."""
    __slots__ = ()
    def set_write_buffer_limits(self, high=None, low=None): _abstract()
    def get_write_buffer_size(self): _abstract()
    def get_write_buffer_limits(self): _abstract()
    def write(self, data): _abstract()
    def write_eof(self): _abstract()
    def can_write_eof(self): _abstract()
    def abort(self): _abstract()

    def writelines(self, list_of_data):
        """Writes the pieces as one write."""
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    """Both halves: a stream connection."""
    __slots__ = ()


class DatagramTransport(BaseTransport):
    """Datagrams, each sent to an address (or to the connected peer)."""
    __slots__ = ()
    def sendto(self, data, addr=None): _abstract()
    def abort(self): _abstract()


class SubprocessTransport(BaseTransport):
    """A child process and its pipes."""
    __slots__ = ()
    def get_pid(self): _abstract()
    def get_returncode(self): _abstract()
    def get_pipe_transport(self, fd): _abstract()
    def send_signal(self, signal): _abstract()
    def terminate(self): _abstract()
    def kill(self): _abstract()


class AbstractServer:
    """What loop.create_server() returns; `async with` closes it and waits
    until it is closed."""
    __module__ = 'asyncio.events'
    def close(self): _abstract()
    def get_loop(self): _abstract()
    def is_serving(self): _abstract()
    async def start_serving(self): _abstract()
    async def serve_forever(self): _abstract()
    async def wait_closed(self): _abstract()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


def _export():
    # The asyncio package offers these classes under its own name.
    import asyncio
    for name in __all__:
        setattr(asyncio, name, globals()[name])


_export()
