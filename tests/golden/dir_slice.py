# The attributes of slice, and of a slice object.
names = sorted(dir(slice))
print(names)
print(len(names))
print(sorted(n for n in names if n not in dir(object)))
print(slice.__hash__ is None)
print(sorted(dir(slice(1, 2))) == names)
print(type(slice.indices).__name__, type(slice.__eq__).__name__)
