# A naked exception matched by except* is wrapped in an ExceptionGroup.
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), e.message == "", str(e))
    print(repr(e.exceptions[0]))

try:
    raise KeyError("k")
except* LookupError as e:
    print(repr(e))

# Unmatched naked exceptions propagate as they are.
try:
    try:
        raise ValueError("through")
    except* TypeError:
        print("not here")
except ValueError as e:
    print("propagated unchanged:", repr(e))

# Reraising the wrapper re-raises the original naked exception.
try:
    try:
        raise ValueError("again")
    except* ValueError:
        raise
except ValueError as e:
    print("bare raise gives back:", repr(e))
except ExceptionGroup as e:
    print("group:", repr(e))
