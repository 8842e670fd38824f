import json

data = {"name": "pyasync", "tags": ["async", "io"], "version": 1.5, "ok": True,
        "none": None, "nested": {"b": [1, 2, {"c": []}], "a": {}}, "n": -3}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]]], indent=0))
print(json.dumps("caf\u00e9 \U0001f600 \x01\n\t\"\\"))
print(json.dumps("caf\u00e9 \U0001f600", ensure_ascii=False))
print(json.dumps([1.0, 0.1, 1e100, -0.0, 3, 10**20, float("inf"), float("-inf"), float("nan")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps((1, 2)), json.dumps(""), json.dumps([]), json.dumps({}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=4, separators=(", ", " = ")))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps({"p": Point(3, 4)}, default=lambda o: [o.x, o.y], indent=1))
print(json.dumps({(1, 2): 3}, skipkeys=True))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=2).encode([1, {2, 1}]))
