class Widget:
    kind = "w"

    def __init__(self, a):
        self.a = a
        self.b = [a]

w = Widget(1)
print(type(w).__name__, w.__class__.__name__, Widget.__name__)
print(type(w) is Widget, w.__class__ is Widget)
print(w.__dict__)
w.c = "new"
print(sorted(w.__dict__))
print(type(Widget).__name__, type(type(w)).__name__)
print(isinstance(w, object), isinstance(Widget, type))
print(getattr(w, "a"), getattr(Widget, "kind"), hasattr(w, "zzz"))
print(type(len).__name__, type(w.__init__).__name__)
print(Widget.__qualname__, Widget.__module__)
