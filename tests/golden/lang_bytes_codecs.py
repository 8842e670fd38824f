samples = ["plain", "héllo wörld", "€uro", "日本", "emoji \U0001F600"]
for s in samples:
    data = s.encode()
    print(repr(s), data, len(data), data.decode() == s)
for enc in ["utf-8", "UTF8", "utf_8", "ascii", "latin-1", "Latin1", "iso-8859-1", "us-ascii"]:
    try:
        print(enc, "é!".encode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try:
        print(handler, "aé€b".encode("ascii", handler))
    except UnicodeEncodeError as e:
        print(handler, "UnicodeEncodeError:", e)
bad = b"ok\xff\xfe then \xe2\x82 end \xf0\x9f\x98"
for handler in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        print(handler, repr(bad.decode("utf-8", handler)))
    except UnicodeDecodeError as e:
        print(handler, "UnicodeDecodeError:", e)
print(repr(bytes(range(0xe0, 0xe8)).decode("latin-1")))
print(repr(b"abc\x80".decode("ascii", "replace")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"), str(b"x\xffy", "ascii", "ignore"))
print(bytes("naïve", "utf-8"), bytearray("naïve", "latin-1"), bytes("x", encoding="ascii", errors="strict"))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, ValueError))
try:
    b"\xc3".decode()
except ValueError as e:
    print(type(e).__name__, e)
try:
    "x".encode("rot-13-nope")
except LookupError as e:
    print(type(e).__name__, e)
