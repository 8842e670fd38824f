# The innermost enclosing class decides the mangled name.
class Outer:
    __tag = "outer"

    class Inner:
        __tag = "inner"

        def tag(self):
            return self.__tag

    def tag(self):
        return self.__tag

    def make(self):
        class Local:
            def __init__(self):
                self.__x = 1

        return Local()

    class __Hidden:
        pass


print(Outer().tag(), Outer.Inner().tag())
print(sorted(n for n in vars(Outer) if "tag" in n or "Hidden" in n))
print(sorted(n for n in vars(Outer.Inner) if "tag" in n))
print(sorted(Outer().make().__dict__))
print(Outer._Outer__Hidden.__name__, Outer._Outer__Hidden.__qualname__)

# A function defined at module level is not in a class.
def outside(obj):
    return obj.__tag


try:
    outside(Outer())
except AttributeError as e:
    print(type(e).__name__, e)

# Class names with leading underscores lose them; a class named only
# with underscores mangles nothing.
class _Private:
    def set(self):
        self.__x = 1
        return sorted(self.__dict__)


class __Dunder:
    def set(self):
        self.__x = 1
        return sorted(self.__dict__)


class __:
    def set(self):
        self.__x = 1
        return sorted(self.__dict__)


class _:
    def set(self):
        self.__x = 1
        return sorted(self.__dict__)


print(_Private().set(), __Dunder().set(), __().set(), _().set())

# A method of an inner class reads the outer class's private through the
# class object, so it spells the mangled name.
class Shell:
    __v = 5

    class Core:
        def get(self):
            return Shell._Shell__v

        def get_private(self):
            try:
                return Shell.__v
            except AttributeError as e:
                return f"{type(e).__name__}: {e}"


print(Shell.Core().get(), Shell.Core().get_private())

# Subclasses of different names, the same private name.
class A:
    def __init__(self):
        self.__id = "A"

    def a_id(self):
        return self.__id


class B(A):
    def __init__(self):
        super().__init__()
        self.__id = "B"

    def b_id(self):
        return self.__id


class C(B):
    def __init__(self):
        super().__init__()
        self.__id = "C"

    def c_id(self):
        return self.__id


c = C()
print(c.a_id(), c.b_id(), c.c_id(), sorted(c.__dict__))

# A subclass with the same name as its base does collide.
def make_base():
    class Twin:
        def __init__(self):
            self.__v = "base"

        def base_v(self):
            return self.__v

    return Twin


class Twin(make_base()):
    def __init__(self):
        super().__init__()
        self.__v = "sub"


t = Twin()
print(t.base_v(), sorted(t.__dict__))

# Decorators and bases of a nested class are evaluated in the outer body.
calls = []


class Host:
    def __record(cls):
        calls.append(cls.__name__)
        return cls

    @__record
    class Guest:
        pass

    class Derived(__record(type("Base", (), {}))):
        pass


print(Host.Guest.__name__, Host.Derived.__name__, calls)
