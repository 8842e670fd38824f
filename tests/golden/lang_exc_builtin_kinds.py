def attempt(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, "|", e)

attempt("zero", lambda: 5 // 0)
attempt("zerof", lambda: 5.0 / 0)
attempt("key", lambda: {"a": 1}["b"])
attempt("index", lambda: [1, 2][5])
attempt("value", lambda: int("x"))
attempt("type", lambda: len(5))
attempt("type2", lambda: "a" * "b")
attempt("name", lambda: no_such_thing)
attempt("attr", lambda: "s".nope)
attempt("stop", lambda: next(iter([])))
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("remove", lambda: [1].remove(9))
attempt("ok", lambda: 1)
