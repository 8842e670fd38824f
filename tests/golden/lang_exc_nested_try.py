def f(a, b):
    try:
        try:
            return a / b
        except ZeroDivisionError:
            print("inner: zero")
            return int("bad")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer:", e)
        return -1
    finally:
        print("outer finally")

print(f(6, 3))
print(f(1, 0))

try:
    try:
        raise KeyError("a")
    except KeyError as e:
        print("handling", repr(e))
        raise IndexError("b")
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))
