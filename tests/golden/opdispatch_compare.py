# Comparisons ask a right operand of a proper subclass first.


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Base:
    def __lt__(self, o): return "Base lt"
    def __gt__(self, o): return "Base gt"
    def __eq__(self, o): return "Base eq"
    def __le__(self, o): return NotImplemented
    def __ge__(self, o): return NotImplemented
    __hash__ = None


class Sub(Base):
    def __gt__(self, o): return "Sub gt"
    def __eq__(self, o): return "Sub eq"


class Sub2(Base):
    pass


attempt("Base < Sub", lambda: Base() < Sub())
attempt("Sub > Base", lambda: Sub() > Base())
attempt("Base < Sub2", lambda: Base() < Sub2())
attempt("Base == Sub", lambda: Base() == Sub())
attempt("Sub == Base", lambda: Base() == Sub())
attempt("Base <= Sub", lambda: Base() <= Sub())
attempt("Base >= Sub2", lambda: Base() >= Sub2())


class MyInt(int):
    def __gt__(self, o): return ("MyInt gt", o)
    def __eq__(self, o): return ("MyInt eq", o)
    def __ne__(self, o): return ("MyInt ne", o)
    __hash__ = int.__hash__


attempt("5 < MyInt", lambda: 5 < MyInt(1))
attempt("5 == MyInt", lambda: 5 == MyInt(1))
attempt("5 != MyInt", lambda: 5 != MyInt(1))
attempt("MyInt < 5", lambda: MyInt(1) < 5)
attempt("5.0 < MyInt", lambda: 5.0 < MyInt(1))


class Order:
    def __init__(self, log):
        self.log = log
    def __lt__(self, o):
        self.log.append("lt " + type(self).__name__)
        return NotImplemented
    def __gt__(self, o):
        self.log.append("gt " + type(self).__name__)
        return NotImplemented


class OrderSub(Order):
    pass


log = []
attempt("unorderable", lambda: Order(log) < OrderSub(log))
print(log)
log.clear()
attempt("unorderable 2", lambda: OrderSub(log) < Order(log))
print(log)
attempt("int < str", lambda: 1 < "a")
attempt("list < int", lambda: [1] <= 2)
attempt("eq fallback", lambda: Order([]) == OrderSub([]))
