frame = b"\x01\x02"
print(frame[1])
print(frame[2])
