values = [72, 105, 300]
print(bytes(values[:2]))
print(bytes(values))
