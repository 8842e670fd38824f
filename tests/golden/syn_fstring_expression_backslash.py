# Python 3.11: no backslash in an f-string expression, even in a string.
x = 1
y = f"{x} and {\"\\n\".join([])}"
