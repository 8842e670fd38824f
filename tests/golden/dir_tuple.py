# The attributes of tuple, `__class_getitem__` (tuple[int], a generic alias) included.
names = sorted(set(dir(tuple)))
print(names)
print(len(names))
print(sorted(n for n in names if n not in dir(object)))
print(tuple.__hash__ is None, callable(tuple.__hash__))
print(sorted(dir(tuple())) == sorted(dir(tuple)))
print(type(tuple.__dict__ if False else tuple).__name__, tuple.__name__)
print(type(tuple.__len__).__name__, type(tuple.copy if hasattr(tuple, "copy") else tuple.count).__name__)
