packet = b"GET /index.html"
print(b"GET" in packet)
print("GET" in packet)
