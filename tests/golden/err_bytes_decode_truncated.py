chunk = "日本".encode()[:4]
print(chunk)
print(chunk.decode("utf-8"))
