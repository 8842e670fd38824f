# json.loads: values, numbers, strings and escapes, hooks, raw_decode, bytes.
import json

for doc in ['0', '-0', '-12', '123456789012345678901234567890', '-9223372036854775809',
            '1.5', '-0.0', '1e3', '1E-3', '2.5e+10', '1e400', '-1e400', '0.1',
            '123.456e-2', '5e-324', 'true', 'false', 'null', 'NaN', 'Infinity',
            '-Infinity', '""', '"a"', ' \t\n\r [ ] ', '{}', '[[], {}, [[]]]']:
    v = json.loads(doc)
    print(repr(doc), repr(v), type(v).__name__)

escapes = r'"\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20AC \ud83d\ude00 \uD834\uDD1E"'
print(repr(json.loads(escapes)))
print(repr(json.loads('"caf\u00e9 \U0001f600 raw"')))
print(repr(json.loads('"ctl\x01\x1f"', strict=False)))
print(repr(json.loads('{"k\tey": "v\nal"}', strict=False)))
print(json.loads('{"a": 1, "b": [1, 2, {"c": null}], "a": 3}'))
print(json.loads('  {"x" :1 ,"y":[ 1 , 2 ] }  '))

# Hooks.
print(json.loads('[1, 2.5, -3, 1e2]', parse_int=lambda s: ("int", s),
                 parse_float=lambda s: ("float", s)))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: "C:" + s))
print(json.loads('{"a": {"b": 1}, "c": []}', object_hook=lambda d: ("obj", sorted(d))))
print(json.loads('{"a": {"b": 1}, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {}}', object_hook=len, object_pairs_hook=tuple))
print(json.loads('{}', object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('10', parse_int=float), json.loads('1.0', parse_float=str))

# JSONDecoder and raw_decode.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('x {"a": 1}', 2))
print(dec.raw_decode('"s"'), dec.raw_decode('12 13'), dec.raw_decode('nullx'))
print(dec.decode(' [true] '), dec.strict, dec.object_hook, dec.object_pairs_hook)
print(dec.parse_float is float, dec.parse_int is int)
print(json.JSONDecoder(strict=False).decode('"a\x00b"') == "a\x00b")


class Pairs(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=lambda p: dict(reversed(p)), **kw)


print(json.loads('{"a": 1, "b": 2}', cls=Pairs))
print(json.loads('[1]', cls=Pairs, parse_int=lambda s: s * 2))

# bytes and bytearray input, with or without a BOM.
print(json.loads(b'{"b": [1]}'), json.loads(bytearray(b'"\xc3\xa9"')))
print(json.loads(b'\xef\xbb\xbf[2]'))
import io
print(json.load(io.StringIO('{"from": "file"}')))

round_trip = {"s": "\x00\u1234\U0001f600\"\\", "f": [0.1, -0.0, 1e300, 3], "n": None}
print(json.loads(json.dumps(round_trip)) == round_trip)
print(json.loads(json.dumps(round_trip, ensure_ascii=False)) == round_trip)
print(json.loads(json.dumps(round_trip, indent=3)) == round_trip)
