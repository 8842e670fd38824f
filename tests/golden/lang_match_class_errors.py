# Runtime errors from class patterns.
class P:
    pass

class Q:
    __match_args__ = ["x"]

class R:
    __match_args__ = (1,)

class S:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = 1

def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, "-> TypeError:", e)

def no_match_args():
    match P():
        case P(a):
            pass

def not_a_class():
    match 1:
        case len():
            pass

def list_match_args():
    match Q():
        case Q(a):
            pass

def bad_element():
    match R():
        case R(a):
            pass

def too_many():
    match S():
        case S(a, b):
            pass

def duplicate_attr():
    match S():
        case S(a, x=b):
            pass

def builtin_too_many():
    match 1:
        case int(a, b):
            pass

for label, fn in [("no __match_args__", no_match_args), ("not a class", not_a_class),
                  ("list __match_args__", list_match_args), ("non-str element", bad_element),
                  ("too many", too_many), ("duplicate", duplicate_attr),
                  ("builtin", builtin_too_many)]:
    attempt(label, fn)

# a subject that is not an instance never reaches those checks
match 1:
    case P(a, b, c):
        print("unreachable")
    case _:
        print("not an instance: no error")
