# Tutorial "Brief Tour of the Standard Library", part II: working with
# binary data record layouts. The tutorial reads the local file headers of
# a zip file; here the file is first written by hand (stored entries).
import os
import struct
import tempfile
import zlib

entries = [(b'hello.txt', b'Hello, world!\n'), (b'data.bin', bytes(range(40)))]
with tempfile.TemporaryDirectory() as scratch:
    path = os.path.join(scratch, 'myfile.zip')
    with open(path, 'wb') as out:
        for name, content in entries:
            out.write(struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, 0, 0, 0,
                                  zlib.crc32(content), len(content),
                                  len(content), len(name), 0))
            out.write(name)
            out.write(content)

    with open(path, 'rb') as f:
        data = f.read()

    start = 0
    for i in range(len(entries)):  # show the first file headers
        start += 14
        fields = struct.unpack('<IIIHH', data[start:start+16])
        crc32, comp_size, uncomp_size, filenamesize, extra_size = fields

        start += 16
        filename = data[start:start+filenamesize]
        start += filenamesize
        extra = data[start:start+extra_size]
        print(filename, hex(crc32), comp_size, uncomp_size)

        start += extra_size + comp_size     # skip to the next header
