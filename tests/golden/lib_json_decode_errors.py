# json.loads errors: every JSONDecodeError message with its position, line
# and column, and misuse of loads/raw_decode.
import json

docs = ['', ' ', '\n', 'x', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[1 2]', '[,1]',
        '{"a"', '{"a":', '{"a" 1}', '{"a":1', '{"a":1,', '{"a":1,}', '{"a":1 "b":2}',
        '{1: 2}', "{'a': 1}", '{"a": 1}}', '[1]]', '"', '"abc', '"abc\\', '"a\\q"',
        '"a\\x41"', '"\\u"', '"\\u12"', '"\\u12x4"', '"\\u12345"', '"\\uGGGG"',
        '"\\ud834\\udd1e', '"\\ud834\\u', '"\\ud834\\uzzzz"', '"\\ud800\\u12"',
        '"a\x00"', '"tab\there"', '"line\nbreak"', '"\x1f"', 'nul', 'tru', 'fals', 'True',
        'None', 'nan', 'inf', '-Inf', '-', '-x', '+1', '.5', '01', '1.', '1.e5', '1e',
        '1e+', '-01', '0x10', '1 2', 'true false', '[1]x', '{"a": [1, {"b": }]}',
        '\n\n  [1,\n  }', 'a\nb\nc', '[\n\n\n\tx]', '\ufeff[1]', '[1,\n2,\n\n]',
        '{"a":\n\n', '  "unterminated\n  ']
for doc in docs:
    try:
        print(repr(doc), "->", repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc, e.args == (str(e),))

# strict=False allows control characters in strings, nothing else.
for doc in ['"a\x01b"', '"\\x"', '{"a\nb": 1']:
    try:
        print(repr(json.loads(doc, strict=False)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


dec = json.JSONDecoder()
show("raw leading space", lambda: dec.raw_decode("  [1]"))
show("raw past end", lambda: dec.raw_decode("[1] x", 10))
show("raw at end", lambda: dec.raw_decode("[1]", 3))
show("raw negative", lambda: dec.raw_decode("[1]", -1))
show("decode extra", lambda: dec.decode("[1] [2]"))
show("loads int", lambda: json.loads(5))
show("loads None", lambda: json.loads(None))
show("loads list", lambda: json.loads(["[]"]))
show("loads kw", lambda: json.loads("1", colour=1))
show("hook raises", lambda: json.loads('{"a": 1}', object_hook=lambda d: d["missing"]))
show("parse_int raises", lambda: json.loads('[1, 2]', parse_int=lambda s: int(s) // 0))
show("parse_constant raises", lambda: json.loads('NaN', parse_constant=lambda s: {}[s]))
show("bad utf8", lambda: json.loads(b'"\xff"'))
show("bytes bom", lambda: json.loads(b'\xef\xbb\xbf{"a": 1}'))

e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.JSONDecodeError.__mro__[1].__name__, json.JSONDecodeError.__name__)
try:
    json.loads('[1, 2')
except ValueError as err:
    print("caught as ValueError:", err)

deep = "[" * 100000 + "]" * 100000
try:
    json.loads(deep)
except RecursionError:
    print("RecursionError")
deep = '{"a":' * 100000 + "1" + "}" * 100000
try:
    json.loads(deep)
except RecursionError:
    print("RecursionError")
