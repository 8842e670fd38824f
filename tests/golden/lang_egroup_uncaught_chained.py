# Sub-exceptions with causes and contexts inside an uncaught group.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("missing " + k)


errors = []
for f, args in ((parse, ("x",)), (lookup, ({}, "key"))):
    try:
        f(*args)
    except Exception as e:
        errors.append(e)

print(len(errors))
raise ExceptionGroup("several problems", errors)
