# json.dumps layout: indent, separators, sort_keys, key coercion, skipkeys.
import json

data = {"b": [1, {"x": [], "y": {}}, "s"], "a": {"n": None, "t": True}, "c": ()}
for indent in [None, 0, 1, 3, -2, "", "\t", "--"]:
    print(repr(indent))
    print(json.dumps(data, indent=indent))
for seps in [(",", ":"), (" ,", " : "), ("", ""), ("|", "=")]:
    print(json.dumps(data, separators=seps))
    print(json.dumps(data, separators=seps, indent=1))
print(json.dumps(data, separators=[";", "->"]))
print(json.dumps([1, 2], indent=2, separators=(", ", ": ")))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=2))

# Keys: str, int, float, bool and None are turned into strings.
keys = {1: "i", 2.5: "f", True: "t", False: "f", None: "n", "s": "s",
        -7: "neg", 10**20: "big", 1.5e20: "fbig", float("inf"): "inf",
        float("-inf"): "-inf"}
print(json.dumps(keys))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "B": 3, "": 4}, sort_keys=True, indent=1))
print(json.dumps({0.5: 1, 0.25: 2}, sort_keys=True))
print(json.dumps({(1, 2): 1, "ok": 2, frozenset(): 3}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps({(1, 2): 1}, skipkeys=True, indent=2))
print(json.dumps({(1, 2): 1, "x": 2}, skipkeys=True, indent=2))
# Key order follows the dict; equal keys after coercion both appear.
print(json.dumps({1: "int", "1": "str"}))

# The encoder's attributes.
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys,
      e.ensure_ascii, e.check_circular, e.allow_nan)
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator), e.indent)
e = json.JSONEncoder(separators=("a", "b"), indent=4)
print(repr(e.item_separator), repr(e.key_separator))
print(e.encode({"k": [1, 2]}))

# dump writes to a file object.
import io
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf = io.StringIO()
json.dump("s\u00e9", buf, ensure_ascii=False)
print(buf.getvalue())
