def handler():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as k:
            print("inner", repr(k), repr(k.__context__))
        print("back in outer handler")
        return "done"

print(handler())

try:
    try:
        1 / 0
    finally:
        print("finally runs during propagation")
except ZeroDivisionError as e:
    print("caught", e)
