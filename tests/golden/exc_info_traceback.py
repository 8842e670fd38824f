# sys.exc_info() hands out the traceback, whose frames name their code.
import sys


def inner():
    raise ValueError("x")


def outer():
    inner()


try:
    outer()
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is v.__traceback__)
    while tb is not None:
        code = tb.tb_frame.f_code
        print(tb.tb_lineno, code.co_name, code.co_filename.endswith("exc_info_traceback.py"))
        tb = tb.tb_next
print(sys.exc_info())

for bases in ["A, A", "A, B, A", "int, A, int"]:
    try:
        exec(f"class A: pass\nclass B: pass\nclass C({bases}): pass")
    except TypeError as e:
        print("TypeError", e)


class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError", repr(str(e)))
