seen = {b"frozen"}
print(b"frozen" in seen)
seen.add(bytearray(b"mutable"))
