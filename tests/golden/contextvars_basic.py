# ContextVar get/set/reset and Token.
import contextvars
from contextvars import ContextVar, Token

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")

print(request_id.name, request_id.get(), request_id.get("given"))
print(user.get("fallback"))
try:
    user.get()
except LookupError as e:
    print(type(e).__name__, type(e.args[0]).__name__, e.args[0] is user)

t1 = user.set("alice")
print(user.get(), user.get("ignored"), type(t1).__name__, t1.var is user)
print(t1.old_value is Token.MISSING if hasattr(Token, "MISSING") else repr(t1.old_value))
print(repr(t1.old_value))
t2 = user.set("bob")
print(user.get(), t2.old_value)
user.reset(t2)
print(user.get())
user.reset(t1)
print(user.get("unset again"))

t3 = request_id.set(7)
print(request_id.get(), t3.old_value)
request_id.reset(t3)
print(request_id.get())

# Reprs, without their addresses.
print(repr(request_id).split(" at 0x")[0])
print(repr(user).split(" at 0x")[0])
print(repr(ContextVar("n", default=[1, "x"])).split(" at 0x")[0])
tok = user.set(1)
print(repr(tok).startswith("<Token var=<ContextVar name='user' at 0x"))
user.reset(tok)
print(repr(tok).startswith("<Token used var=<ContextVar name='user' at 0x"))
print(type(request_id).__name__, type(request_id).__module__, type(tok).__module__)
print(hash(user) == hash(user), user == user, user != request_id)

# Context.run: changes inside stay inside.
def work(tag):
    user.set(tag)
    return user.get()


print(contextvars.copy_context().run(work, "in copy"), user.get("outside unset"))
user.set("outer")
ctx = contextvars.copy_context()
print(ctx.run(work, "inner"), user.get(), ctx[user], ctx.run(user.get))
