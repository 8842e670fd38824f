# The rest of the builtin exception hierarchy: OSError's family (what
# network code catches), the warning categories, IndentationError.
names = [
    "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "BlockingIOError",
    "ChildProcessError", "InterruptedError", "ProcessLookupError",
    "FloatingPointError", "ReferenceError", "SystemError",
    "UnicodeTranslateError", "IndentationError", "TabError", "Warning",
    "UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
    "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning",
    "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning",
]
for name in names:
    cls = eval(name)
    print(name, [c.__name__ for c in cls.__mro__])

print(IOError is OSError, EnvironmentError is OSError)

try:
    raise ConnectionResetError("peer went away")
except ConnectionError as e:
    print("caught", type(e).__name__, e, isinstance(e, OSError))

try:
    raise BrokenPipeError
except OSError as e:
    print("caught", repr(e))

for exc in (DeprecationWarning("old"), UserWarning("hm")):
    print(repr(exc), isinstance(exc, Warning), isinstance(exc, Exception))

raise ConnectionRefusedError("no one listening")
