def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise

try:
    middle()
except ValueError as e:
    print("top caught", e)

def modify():
    try:
        inner()
    except ValueError as e:
        e.args = ("changed",)
        raise

try:
    modify()
except ValueError as e:
    print(e)

def reraise_as():
    try:
        inner()
    except ValueError as e:
        raise e

try:
    reraise_as()
except Exception as e:
    print(type(e).__name__, e)
