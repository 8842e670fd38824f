# The attributes of set, `__class_getitem__` (set[int], a generic alias) included.
names = sorted(set(dir(set)))
print(names)
print(len(names))
print(sorted(n for n in names if n not in dir(object)))
print(set.__hash__ is None, callable(set.__hash__))
print(sorted(dir(set())) == sorted(dir(set)))
print(type(set.__dict__ if False else set).__name__, set.__name__)
print(type(set.__len__).__name__, type(set.copy if hasattr(set, "copy") else set.count).__name__)
