# The attributes of frozenset, `__class_getitem__` (frozenset[int], a generic alias) included.
names = sorted(set(dir(frozenset)))
print(names)
print(len(names))
print(sorted(n for n in names if n not in dir(object)))
print(frozenset.__hash__ is None, callable(frozenset.__hash__))
print(sorted(dir(frozenset())) == sorted(dir(frozenset)))
print(type(frozenset.__dict__ if False else frozenset).__name__, frozenset.__name__)
print(type(frozenset.__len__).__name__, type(frozenset.copy if hasattr(frozenset, "copy") else frozenset.count).__name__)
