# Class-body and module-level variable annotations.
import sys


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


count: int = 3
label: "a string"
attempt("module", lambda: __annotations__)
attempt("module attr", lambda: sys.modules[__name__].__annotations__ is __annotations__)
attempt("unassigned", lambda: "label" in globals())


class Point:
    x: int
    y: float = 0.0
    name: "str" = "p"

    def norm(self):
        return 0


attempt("class", lambda: Point.__annotations__)
attempt("class values", lambda: (Point.y, Point.name))
attempt("class missing", lambda: Point.x)
attempt("instance", lambda: Point().__annotations__)


class Empty:
    pass


attempt("empty class", lambda: "__annotations__" in Empty.__dict__)


class Child(Point):
    z: bytes


attempt("child", lambda: Child.__annotations__)
attempt("child own", lambda: Child.__dict__["__annotations__"])


def body():
    local: int = 5
    return local


attempt("function body", body)


class Evaluated:
    size: len("abc") = 1


attempt("evaluated", lambda: Evaluated.__annotations__)


def bad():
    class Broken:
        field: undefined_name
    return Broken


attempt("undefined", bad)
