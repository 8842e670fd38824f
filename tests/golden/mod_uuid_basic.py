# uuid: parsing every accepted form, the field views, versions and
# variants, name-based UUIDs, comparisons and misuse.
import uuid


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


u = uuid.UUID('12345678123456781234567812345678')
print(u, repr(u), u.hex, u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.urn, u.variant, u.version, u.is_safe)
for s in ['{12345678-1234-5678-1234-567812345678}',
          'urn:uuid:12345678-1234-5678-1234-567812345678',
          '12345678-1234-5678-1234-567812345678',
          '1234567812345678123456781234567',
          'x2345678123456781234567812345678',
          '  12345678123456781234567812345678  ',
          '{{12345678123456781234567812345678}}',
          '12345678-12345678-1234-567812345678',
          'URN:UUID:12345678123456781234567812345678',
          '+2345678123456781234567812345678',
          'ABCDEF00ABCDEF00ABCDEF00ABCDEF00']:
    t(uuid.UUID, s)
t(uuid.UUID)
t(uuid.UUID, 'a', bytes=b'x')
t(uuid.UUID, bytes=b'x' * 15)
t(uuid.UUID, bytes=b'x' * 16)
t(uuid.UUID, bytes_le=bytes(range(16)))
t(uuid.UUID, bytes_le=b'x')
t(uuid.UUID, int=-1)
t(uuid.UUID, int=2**128)
t(uuid.UUID, int=2**128 - 1)
t(uuid.UUID, fields=(1, 2, 3))
t(uuid.UUID, fields=(2**32, 0, 0, 0, 0, 0))
t(uuid.UUID, fields=(0, 0, 0, 0, 256, 0))
t(uuid.UUID, fields=(1, 2, 3, 4, 5, 6))
t(uuid.UUID, int=5, version=4)
t(uuid.UUID, int=5, version=1)
t(uuid.UUID, int=5, version=9)

print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'a').version, uuid.uuid5(uuid.NAMESPACE_DNS, 'a').version)
t(uuid.uuid5, uuid.NAMESPACE_DNS, 5)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)
for v in (0x0, 0x8, 0xc, 0xe):
    x = uuid.UUID(int=v << 60)
    print(x.variant, x.version)

a = uuid.uuid4()
b = uuid.uuid4()
print(a.version, a.variant, len(str(a)), a != b, isinstance(a, uuid.UUID))
print(len({uuid.uuid4() for _ in range(50)}))
print(u == uuid.UUID(int=u.int), u < uuid.UUID(int=u.int + 1), u >= u, u == 5, u != 5)
print(hash(u) == hash(uuid.UUID(bytes=u.bytes)), int(u) == u.int)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print({u: 1}[uuid.UUID(str(u))], f'{u}', str(uuid.UUID(int=0)))
t(lambda: u < 5)
t(setattr, u, 'int', 5)
t(setattr, u, 'foo', 5)
print(uuid.SafeUUID.unknown, uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value)
