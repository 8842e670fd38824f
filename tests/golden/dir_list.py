# The attributes of list, as dir() lists them.
print(sorted(dir(list)))
print(len(dir(list)))
