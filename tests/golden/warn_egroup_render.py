# The whole rendering of an uncaught exception group (compared with python3's stderr).
def leaf(n):
    raise ValueError(n)


def chained():
    try:
        leaf(0)
    except ValueError as e:
        raise TypeError("converted") from e


def gather():
    found = []
    for f in (leaf, chained):
        try:
            if f is leaf:
                f(1)
            else:
                f()
        except Exception as e:
            found.append(e)
    return found


def context():
    try:
        raise KeyError("first")
    except KeyError:
        raise OSError("second")


def group():
    excs = gather()
    try:
        context()
    except OSError as e:
        excs.append(e)
    inner = ExceptionGroup("inner", [ValueError("plain"), IndexError("idx")])
    excs.append(inner)
    raise ExceptionGroup("outer", excs)


def main():
    group()


main()
