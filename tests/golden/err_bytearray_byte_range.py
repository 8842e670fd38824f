buf = bytearray(b"ok")
buf.append(255)
print(buf)
buf.append(256)
