# An uncaught nested exception group: the traceback ends with the closing line.
def fail(n):
    raise ValueError(f"bad {n}")


def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    return errors


inner = ExceptionGroup("inner", collect())
print("raising")
raise ExceptionGroup("outer", [inner, KeyError("k"), TypeError("t")])
