# Name resolution without DNS: numeric hosts and localhost, through the
# socket module and the loop's coroutines.
import asyncio
import socket


def short(infos):
    return sorted((int(f), int(t), p, a[0]) for f, t, p, c, a in infos)


print(short(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)))
print(short(socket.getaddrinfo('127.0.0.1', '80', type=socket.SOCK_DGRAM)))
info = socket.getaddrinfo('127.0.0.1', 8080, socket.AF_INET, socket.SOCK_STREAM)[0]
print(info[0], info[1], info[4], repr(info[0]), repr(info[1]))
print(socket.getaddrinfo('::1', 0, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
print(('127.0.0.1', 25) in [i[4] for i in socket.getaddrinfo('localhost', 25, socket.AF_INET)])
print(socket.getaddrinfo(None, 7, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)[0][4])
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname('127.0.0.1'))
for bad in [('256.1.1.1', 80, 0, 0, 0, socket.AI_NUMERICHOST), ('127.0.0.1', [], 0)]:
    try:
        socket.getaddrinfo(*bad)
    except (socket.gaierror, OSError, TypeError) as e:
        print(type(e).__name__, e)
print(socket.inet_aton('10.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1))


async def main():
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo('127.0.0.1', 443, family=socket.AF_INET,
                                   type=socket.SOCK_STREAM)
    print(short(infos))
    print(await loop.getnameinfo(('127.0.0.1', 443), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))


asyncio.run(main())
