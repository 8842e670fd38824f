greeting = b"café"
print(greeting)
