# The selectors module: registering sockets, waiting for them, the keys
# and mapping, and the errors of misuse.
import selectors
import socket

sel = selectors.DefaultSelector()
print(selectors.EVENT_READ, selectors.EVENT_WRITE)
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)

key = sel.register(a, selectors.EVENT_READ, data='reader-a')
print(type(key).__name__, key._fields)
print(key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
print(sel.get_key(a) == key, len(sel.get_map()), a in sel.get_map(), a.fileno() in sel.get_map())

# Nothing ready yet.
print(sel.select(timeout=0))
print(sel.select(timeout=0.01))

b.send(b'ping')
ready = sel.select(timeout=5)
print([(k.data, events) for k, events in ready])
print(a.recv(10))

# Watch for writing too: a socket with room is writable at once.
key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data='both')
print(key.events, key.data)
print([(k.data, events) for k, events in sel.select(0)])
b.send(b'x')
print([(k.data, events) for k, events in sel.select(0)])
a.recv(10)

# Same events, new data: the key is replaced.
key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data='renamed')
print(sel.get_key(a).data)

# A second socket, registered by descriptor.
sel.register(b.fileno(), selectors.EVENT_WRITE, 'b-writer')
print(sorted(k.data for k, _ in sel.select(0)))

print(sel.unregister(b.fileno()).data)
print(len(sel.get_map()))

# Misuse.
def attempt(f, *args):
    try:
        f(*args)
    except (KeyError, ValueError, TypeError, RuntimeError) as e:
        text = str(e).replace(repr(a), 'A').replace(repr(b), 'B')
        print(type(e).__name__, text.replace('(FD %d)' % a.fileno(), '(FD N)'))


attempt(sel.register, a, selectors.EVENT_READ)
attempt(sel.register, b, 0)
attempt(sel.register, b, 8)
attempt(sel.register, 'not a file', selectors.EVENT_READ)
attempt(sel.register, -1, selectors.EVENT_READ)
attempt(sel.unregister, b)
attempt(sel.get_key, b)
attempt(sel.modify, b, selectors.EVENT_READ)

# The context manager closes the selector.
with selectors.DefaultSelector() as other:
    other.register(b, selectors.EVENT_WRITE)
    print(len(other.select(0)))
print(other.get_map())
attempt(other.get_key, b)

# A closed peer reads as ready (end of stream).
b.close()
print([(k.data, events & selectors.EVENT_READ) for k, events in sel.select(0)])
print(a.recv(10))
sel.unregister(a)
sel.close()
a.close()
