# Context as a mapping, copies, and nested runs.
import contextvars
from contextvars import Context, ContextVar, copy_context

a = ContextVar("a")
b = ContextVar("b", default=0)
c = ContextVar("c")

empty = Context()
print(len(empty), list(empty), a in empty, empty.get(a), empty.get(a, "d"))

a.set(1)
b.set(2)
ctx = copy_context()
print(len(ctx), a in ctx, c in ctx, ctx[a], ctx[b], ctx.get(c, "no c"))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(ctx.values()), sorted((k.name, v) for k, v in ctx.items()))
try:
    ctx[c]
except KeyError as e:
    print(type(e).__name__, e.args[0] is c)

# The copy does not follow later changes, and changes in it stay there.
a.set(10)
print(ctx[a], a.get())


def bump():
    a.set(a.get() + 100)
    return a.get()


print(ctx.run(bump), ctx[a], a.get())
print(ctx.run(bump), ctx[a])
copy = ctx.copy()
print(copy.run(bump), copy[a], ctx[a])
print(ctx == ctx.copy(), ctx == copy, ctx != copy, ctx == {})


# Nested runs: each context in turn, the outer one back after.
def inner():
    c.set("inner")
    return c.get(), a.get()


def outer():
    c.set("outer")
    result = Context().run(inner) if False else copy_context().run(inner)
    return result, c.get()


print(ctx.run(outer), c.get("unset here"))
print(Context().run(lambda: (a.get("fresh"), b.get())))


# A context records the values set while it runs.
fresh = Context()
fresh.run(lambda: c.set("set in fresh"))
print(fresh[c], c.get("not here"), len(fresh))
print(fresh.run(lambda *args, **kw: (args, kw), 1, 2, k=3))

# Exceptions come out of run, and the context is left.
def fail():
    c.set("before failing")
    raise ValueError("inside run")


try:
    fresh.run(fail)
except ValueError as e:
    print(type(e).__name__, e, fresh[c], c.get("outside"))
print(fresh.run(c.get))
