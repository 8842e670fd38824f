# The attributes of object, as dir() lists them.
print(sorted(dir(object)))
print(len(dir(object)))
