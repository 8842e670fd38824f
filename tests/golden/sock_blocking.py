# The socket module's blocking API: a listening socket, a client that
# connects to it, timeouts, options, reprs and errors.
import socket


def masked(s):
    # Ports and descriptors vary from run to run.
    r = repr(s)
    for sock_port in {str(p) for p in ports}:
        r = r.replace(sock_port, 'PORT')
    return r.replace('fd=%d' % s.fileno(), 'fd=N') if s.fileno() >= 0 else r


ports = []
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(srv.family, srv.type, srv.proto, repr(srv.family), repr(srv.type))
print(srv.gettimeout(), srv.getblocking())
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
host, port = srv.getsockname()
ports.append(port)
print(host, type(port).__name__)
srv.listen()
print(masked(srv))

cli = socket.socket()
cli.settimeout(5)
print(cli.gettimeout(), cli.getblocking())
cli.connect(('127.0.0.1', port))
conn, addr = srv.accept()
ports.append(addr[1])
print(addr[0], conn.getpeername() == cli.getsockname(), conn.gettimeout())
print(masked(cli))

cli.sendall(b'ping')
print(conn.recv(10))
print(conn.send(b'pong'), cli.recv(2), cli.recv(10))

# recv_into with and without nbytes.
conn.sendall(b'0123456789')
buf = bytearray(4)
print(cli.recv_into(buf), buf)
buf = bytearray(10)
print(cli.recv_into(buf, 3), buf[:3])
print(cli.recv(100))

# Nothing to read: a timed socket times out, a non-blocking one raises.
cli.settimeout(0.05)
try:
    cli.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)
cli.setblocking(False)
print(cli.gettimeout())
try:
    cli.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
cli.settimeout(5)

# Half-close: the peer reads end of stream.
cli.shutdown(socket.SHUT_WR)
print(conn.recv(10))
conn.close()
print(cli.recv(10))
cli.close()
print(masked(cli))

# Context manager closes.
with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno())

# Port in use.
other = socket.socket()
try:
    other.bind(('127.0.0.1', port))
except OSError as e:
    print(type(e).__name__, e.errno, e)
other.close()

# Refused connection: a port that was just freed.
tmp = socket.socket()
tmp.bind(('127.0.0.1', 0))
free = tmp.getsockname()[1]
tmp.close()
c = socket.socket()
c.settimeout(5)
print(c.connect_ex(('127.0.0.1', free)))
c.close()
c = socket.socket()
try:
    c.connect(('127.0.0.1', free))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
c.close()

# Closed sockets and bad arguments.
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e)
s = socket.socket()
for bad in ['x', ('127.0.0.1',), ('127.0.0.1', 'x'), ('127.0.0.1', 70000)]:
    try:
        s.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [-1, 'x']:
    try:
        s.settimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s.close()

srv.close()
print(socket.getdefaulttimeout(), socket.SOMAXCONN > 0)
print(socket.gaierror.__mro__[1].__name__, socket.herror.__mro__[1].__name__)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_ERROR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(type(socket.gethostname()).__name__)
