# Plain names (locals, globals, parameters) are mangled inside a class.
__helper = "module helper"
_Tool__helper = "mangled helper"


class Tool:
    def use(self):
        return __helper

    def local(self):
        __tmp = 5
        return __tmp, sorted(locals())

    def params(self, __a, *, __b=2):
        return __a, __b

    def star(self, *__args, **__kw):
        return __args, sorted(__kw)


t = Tool()
print(t.use())
print(t.local())
print(t.params(1), t.params(1, _Tool__b=3))
print(t.star(1, 2, x=3))
try:
    t.params(1, __b=3)
except TypeError as e:
    print(type(e).__name__, e)


# A private global that only exists unmangled is not found.
__only_plain = 1


class Missing:
    def get(self):
        return __only_plain


try:
    Missing().get()
except NameError as e:
    print(type(e).__name__, e)


# `global` of a private name binds the mangled global.
class Setter:
    def put(self, v):
        global __store
        __store = v


Setter().put(42)
print(_Setter__store)
print("__store" in globals(), "_Setter__store" in globals())


# nonlocal and closures.
class Closure:
    def make(self):
        __n = 0

        def inc():
            nonlocal __n
            __n += 1
            return __n

        return inc


inc = Closure().make()
print(inc(), inc())


# Keyword arguments in calls are mangled too.
def show(**kw):
    return sorted(kw)


class Caller:
    def call(self):
        return show(__key=1, plain=2)


print(Caller().call())
print(show(__key=1))


# Comprehensions, lambdas, walrus, except names, for targets.
class Mixed:
    __base = 10

    def run(self):
        out = [__i * 2 for __i in range(3)]
        f = lambda __v: __v + self.__base
        out.append(f(1))
        if (__w := 4) > 3:
            out.append(__w)
        try:
            raise ValueError("boom")
        except ValueError as __err:
            out.append(str(__err))
        for __j in range(2):
            pass
        out.append(__j)
        return out, sorted(n for n in locals() if n != "self")

    __squares = [__i * __i for __i in range(4)]


print(Mixed().run())
print(Mixed._Mixed__squares)

# f-strings see mangled names.
class Fmt:
    def __init__(self):
        self.__v = 3

    def show(self):
        return f"v={self.__v!r:>4}"


print(Fmt().show())

# Undefined private local.
class Unbound:
    def f(self):
        try:
            print(__z)
        except NameError as e:
            print(type(e).__name__, e)
        __z = 1


Unbound().f()
