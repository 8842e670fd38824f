print("before")
assert 1 + 1 == 3
