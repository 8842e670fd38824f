# Subscripting a class: types.GenericAlias for the generic builtins, the
# class's __class_getitem__ for user classes, TypeError otherwise.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("list", lambda: list[int])
t("dict", lambda: dict[str, int])
t("nested", lambda: dict[str, list[tuple[int, ...]]])
t("type", lambda: type(list[int]).__name__)
t("origin", lambda: (list[int].__origin__, dict[str, int].__args__))
t("call", lambda: list[int]("ab"))
t("eq", lambda: (list[int] == list[int], list[int] == list[str], list[int] != list[str]))
t("empty", lambda: tuple[()])
t("int", lambda: int[str])
t("str", lambda: str[int])


class C:
    pass


class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"


class D(G):
    pass


class Stack(list):
    pass


t("user plain", lambda: C[int])
t("class_getitem", lambda: G[int])
t("inherited", lambda: D[str, int])
t("builtin subclass", lambda: Stack[int])
t("user arg", lambda: list[C])
