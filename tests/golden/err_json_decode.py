import json

bad = ['[1,]', '{"a":1,}', '{1:2}', '[1 2]', '"abc', '"a\\x"', '{"a" 1}', '', '  ',
       '[1] x', '"\\u12"', 'nul', '"a\x01"', '[', '{', '{"a"', '{"a":', '[1', '-',
       '01', '1.', '"\\ud800\\u12"', '\n\n  [1,\n  }']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except ValueError as e:
        print("ValueError?", e)

for obj, kw in [({"s": {1}}, {}), ({(1, 2): 3}, {}), ([float("nan")], {"allow_nan": False}),
                (object(), {})]:
    try:
        json.dumps(obj, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
json.loads('{"truncated": ')
