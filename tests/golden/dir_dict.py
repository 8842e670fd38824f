# The attributes of dict, `__class_getitem__` (dict[int], a generic alias) included.
names = sorted(set(dir(dict)))
print(names)
print(len(names))
print(sorted(n for n in names if n not in dir(object)))
print(dict.__hash__ is None, callable(dict.__hash__))
print(sorted(dir(dict())) == sorted(dir(dict)))
print(type(dict.__dict__ if False else dict).__name__, dict.__name__)
print(type(dict.__len__).__name__, type(dict.copy if hasattr(dict, "copy") else dict.count).__name__)
