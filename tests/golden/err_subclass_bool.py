# bool cannot be subclassed.
print("before")


class Flag(bool):
    pass
