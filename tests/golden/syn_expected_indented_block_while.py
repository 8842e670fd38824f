print("never")
while True:
print("x")
