payload = b"\x0"
print(payload)
