# Errors: wrong arguments, tokens used twice or elsewhere, entering twice.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def attempt(label, f):
    try:
        result = f()
        print(label, "->", result)
    except Exception as e:
        text = str(e)
        # Messages that embed a repr embed an address: keep the rest.
        if " at 0x" in text:
            text = text.split(" at 0x")[0] + " ... " + text.rsplit(">", 1)[-1].strip()
        print(label, "->", type(e).__name__, text)


v = ContextVar("v")
w = ContextVar("w", default=1)
attempt("ContextVar()", lambda: ContextVar())
attempt("ContextVar(5)", lambda: ContextVar(5))
attempt("ContextVar('a', 1)", lambda: ContextVar("a", 1))
attempt("ContextVar('a', x=1)", lambda: ContextVar("a", x=1))
attempt("get(1, 2)", lambda: v.get(1, 2))
attempt("get(default=3)", lambda: v.get(default=3))
attempt("set()", lambda: v.set())
attempt("set(1, 2)", lambda: v.set(1, 2))
attempt("reset(5)", lambda: v.reset(5))
attempt("reset()", lambda: v.reset())
attempt("Token()", lambda: Token())
attempt("name =", lambda: setattr(v, "name", "x"))

t = v.set(1)
v.reset(t)
attempt("reset twice", lambda: v.reset(t))
attempt("other var", lambda: w.reset(v.set(2)))
t_here = w.set(5)
attempt("other context", lambda: copy_context().run(w.reset, t_here))
print(w.get())
w.reset(t_here)
print(w.get())

attempt("Context(1)", lambda: Context(1))
attempt("Context(a=1)", lambda: Context(a=1))
ctx = copy_context()
attempt("ctx[5]", lambda: ctx[5])
attempt("ctx.get()", lambda: ctx.get())
attempt("ctx.get('x')", lambda: ctx.get("x"))
attempt("5 in ctx", lambda: 5 in ctx)
attempt("ctx.run()", lambda: ctx.run())
attempt("run inside itself", lambda: ctx.run(ctx.run, print))
attempt("copy_context(1)", lambda: copy_context(1))
try:
    hash(ctx)
except TypeError as e:
    print("hash(ctx) ->", type(e).__name__, str(e).startswith("unhashable type"))
attempt("hash(var)", lambda: hash(v) == hash(v))
print(v.get())
