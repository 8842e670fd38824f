try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")

class Custom(Exception):
    pass

try:
    raise Custom
except Exception as e:
    print(type(e).__name__, repr(e))

def f():
    raise KeyError
try:
    f()
except LookupError as e:
    print("lookup", repr(e))
