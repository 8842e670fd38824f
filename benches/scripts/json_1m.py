# json: dumps and loads of a list of 100k records holding about a million
# values in all (ints, floats, strs with escapes and non-ASCII, bools, None,
# nested lists), compact and indented with sorted keys.
import json

records = []
for i in range(100_000):
    records.append({
        "id": i,
        "name": f"item-{i}",
        "price": i * 0.25 + 0.1,
        "tags": ["new", "line\n", "caf\u00e9"],
        "ok": i % 3 == 0,
        "parent": None if i % 2 else i // 2,
    })

text = json.dumps(records)
print(len(text), text[:90], text[-60:])
back = json.loads(text)
print(len(back), back == records)

pretty = json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False)
print(len(pretty), pretty.count("\n"))
print(json.loads(pretty) == records)
