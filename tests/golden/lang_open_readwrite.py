# Writing and reading text and binary files: modes, line iteration,
# universal newlines, encodings, seek/tell, append, print(file=).
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'notes.txt')

with open(p, 'w') as f:
    print(f.write('first line\n'), f.closed, f.mode, f.name == p)
    f.writelines(['second\n', 'third\n'])
    print('fourth', 5, sep='-', file=f)
    f.write('no newline at end')
print(f.closed)

with open(p) as f:
    print(repr(f.readline()))
    print(repr(f.read(5)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))

with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(p) as f:
    print([len(l) for l in f.readlines(12)])
    print(repr(f.readline(3)), repr(f.readline(100)))

# Universal newlines on reading; newline='' keeps them.
with open(p, 'wb') as f:
    print(f.write(b'a\r\nb\rc\nd\r'), f.mode)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(list(f))
with open(p, newline='') as f:
    print(list(f))
with open(p, newline='\r') as f:
    print(list(f))
with open(p, newline='\r\n') as f:
    print(list(f))
with open(p) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read(3)), repr(f.read(9)))
with open(p, 'rb') as f:
    print(f.read(3), f.readline(), list(f))

# Writing with newline translation.
with open(p, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(p, 'rb') as f:
    print(f.read())

# Encodings.
with open(p, 'w', encoding='utf-8') as f:
    print(f.write('héllo wörld €\n'), f.encoding)
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(repr(f.read()))
with open(p, encoding='utf-8') as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()))
try:
    with open(p, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(p, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('café')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(p, 'w', encoding='latin-1') as f:
    f.write('café')
with open(p, 'rb') as f:
    print(f.read())

# Append, x mode, + modes, seek and tell.
with open(p, 'w') as f:
    f.write('0123456789')
    print(f.tell())
with open(p, 'a') as f:
    print(f.tell(), f.write('abc'), f.tell())
with open(p) as f:
    print(f.read())
with open(p, 'r+') as f:
    print(f.read(3), f.tell())
    f.write('XY')
    print(f.tell())
    f.seek(0)
    print(f.read())
    print(f.seek(0, 2), f.tell())
with open(p, 'rb+') as f:
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(2)
    f.seek(2, 1)
    print(f.read(2))
with open(p, 'w+') as f:
    f.write('fresh')
    f.seek(0)
    print(f.read())
with open(p, 'a+') as f:
    f.write('!')
    f.seek(0)
    print(f.read())
q = os.path.join(d, 'new.bin')
with open(q, 'xb') as f:
    print(f.write(bytearray(b'\x00\x01\xff')), f.mode)
with open(q, 'rb') as f:
    print(f.read(), f.read(), f.readline())
print(os.path.exists(q), os.path.getsize(q))

f = open(p)
f.close()
f.close()
print(f.closed)

os.remove(p)
os.remove(q)
os.rmdir(d)
print(os.path.exists(d))
