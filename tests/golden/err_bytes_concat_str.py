header = b"HTTP/1.1 "
status = 200
print(header + b"200")
line = header + str(status)
