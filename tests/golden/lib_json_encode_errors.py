# json.dumps misuse: unserializable objects, bad keys, circular data,
# allow_nan, bad indent and separators, default= and cls= encoders.
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Thing:
    pass


show("set", lambda: json.dumps({1, 2}))
show("bytes", lambda: json.dumps(b"x"))
show("range", lambda: json.dumps([1, range(3)]))
show("object", lambda: json.dumps({"a": [Thing()]}))
show("type", lambda: json.dumps(int))
show("func", lambda: json.dumps([show], indent=2))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("tuple key indent", lambda: json.dumps({"a": 1, (1, 2): 3}, indent=2))
show("object key", lambda: json.dumps({Thing(): 1}))
show("sort mixed", lambda: json.dumps({1: 1, "b": 2}, sort_keys=True))
show("sort mixed indent", lambda: json.dumps({"b": 1, 2: 2}, sort_keys=True, indent=1))
show("nan", lambda: json.dumps(float("nan"), allow_nan=False))
show("inf list", lambda: json.dumps([1.0, float("inf")], allow_nan=False))
show("-inf indent", lambda: json.dumps([float("-inf")], allow_nan=False, indent=2))
show("nan key", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
show("nan key ok", lambda: json.dumps({float("nan"): 1}))
show("indent float", lambda: json.dumps([1], indent=1.5))
show("indent list", lambda: json.dumps([1], indent=[2]))
show("seps short", lambda: json.dumps([1], separators=(",",)))
show("seps long", lambda: json.dumps([1], separators=(",", ":", ";")))
show("seps int key", lambda: json.dumps({"a": 1}, separators=(",", 2)))
show("seps int item", lambda: json.dumps({"a": 1}, separators=(1, ":")))
show("seps unused default", lambda: json.dumps([1], default=5))
show("bad kw", lambda: json.dumps([1], colour=5))

# Circular references.
loop = []
loop.append(loop)
show("list loop", lambda: json.dumps(loop))
show("list loop indent", lambda: json.dumps(loop, indent=2))
d = {}
d["self"] = [d]
show("dict loop", lambda: json.dumps(d))
shared = [1]
show("shared ok", lambda: json.dumps([shared, shared, {"s": shared}]))
show("default loop", lambda: json.dumps(Thing(), default=lambda o: [o]))
show("default same", lambda: json.dumps(Thing(), default=lambda o: o))

# default= is called for objects json cannot write; its errors propagate.
show("default", lambda: json.dumps([Thing(), {1, 2}], default=lambda o: type(o).__name__))
show("default chain", lambda: json.dumps(Thing(), default=lambda o: {1} if isinstance(o, Thing) else sorted(o)))
show("default raises", lambda: json.dumps([1, Thing()], default=lambda o: 1 / 0))
show("default indent", lambda: json.dumps({"t": Thing()}, default=lambda o: {"thing": True}, indent=2))
show("default key", lambda: json.dumps({Thing(): 1}, default=str))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


show("cls", lambda: json.dumps({"s": {3, 1}, "f": frozenset("ab")}, cls=SetEncoder))
show("cls fails", lambda: json.dumps([Thing()], cls=SetEncoder))
show("cls indent", lambda: SetEncoder(indent=1, sort_keys=True).encode({"b": {2}, "a": 1}))


class Loud(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


show("iterencode override", lambda: json.dumps({"a": "b"}, cls=Loud))
show("encoder default attr", lambda: json.JSONEncoder(default=repr).encode([Thing]))
show("check_circular off", lambda: json.dumps([[1], [2]], check_circular=False))
show("lazy", lambda: type(json.JSONEncoder().iterencode([Thing()])).__name__)
show("lazy raise", lambda: list(json.JSONEncoder().iterencode([Thing()])))

# Deep nesting is a RecursionError, not a crash.
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError")
