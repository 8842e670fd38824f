import json

doc = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}, "e": ""}'
v = json.loads(doc)
print(v)
print(type(v["a"][1]).__name__, type(v["a"][2]).__name__)
print(json.loads("  [ ]  "), json.loads("{ }"), json.loads('"x"'), json.loads("12"), json.loads("-0.5"))
print(json.loads("[-Infinity, Infinity]"), json.loads("NaN") != json.loads("NaN"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1, 2]', parse_int=str))
print(json.loads('[1.5]', parse_float=lambda s: "F" + s))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads("\n[\n1,\n2\n]\n"))
round_trip = {"k": [1, {"z": None}], "s": "tab\there"}
print(json.loads(json.dumps(round_trip)) == round_trip)
obj, end = json.JSONDecoder().raw_decode('[1, 2] tail')
print(obj, end)
print(issubclass(json.JSONDecodeError, ValueError))
