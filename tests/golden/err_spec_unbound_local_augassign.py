# Augmented assignment to a global name inside a function, without
# `global`, makes it local: UnboundLocalError.
total = 0


def add(n):
    total += n


add(1)
