# asyncio's protocol classes: the callbacks a transport makes, each doing
# nothing until a subclass says otherwise. pyasync's own code, with the
# names and signatures of CPython 3.11's asyncio.protocols.

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """What every protocol hears: the connection made and lost, and the
    transport's write buffer going over and back under its limits."""
    __slots__ = ()
    def connection_made(self, transport): pass
    def connection_lost(self, exc): pass
    def pause_writing(self): pass
    def resume_writing(self): pass


class Protocol(BaseProtocol):
    """A stream protocol: data as it arrives, then maybe end of stream
    (returning a true value from eof_received keeps writing possible)."""
    __slots__ = ()
    def data_received(self, data): pass
    def eof_received(self): pass


class BufferedProtocol(BaseProtocol):
    """A stream protocol that hands the transport its own buffer to read
    into (get_buffer), then hears how much was read (buffer_updated)."""
    __slots__ = ()
    def get_buffer(self, sizehint): pass
    def buffer_updated(self, nbytes): pass
    def eof_received(self): pass


class DatagramProtocol(BaseProtocol):
    """A datagram protocol: each datagram with its sender, and the errors
    sends and receives meet."""
    __slots__ = ()
    def datagram_received(self, data, addr): pass
    def error_received(self, exc): pass


class SubprocessProtocol(BaseProtocol):
    """A child process's protocol: its pipes' data and ends, and its exit."""
    __slots__ = ()
    def pipe_data_received(self, fd, data): pass
    def pipe_connection_lost(self, fd, exc): pass
    def process_exited(self): pass


def _export():
    # The asyncio package offers these classes under its own name.
    import asyncio
    for name in __all__:
        setattr(asyncio, name, globals()[name])


_export()
