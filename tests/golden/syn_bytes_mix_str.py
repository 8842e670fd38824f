message = (b"binary "
           "text")
print(message)
