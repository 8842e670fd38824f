# A UTF-8 byte order mark before the first line is no character of the source.
print("after a BOM", len("é"))
for src in [b"\xef\xbb\xbfx = 1", b"# coding: latin-1\nx = \"\xe9\"", b"\xef\xbb\xbf# coding: utf-8\nx = 2", b"#!/bin/sh\n# vim: set fileencoding=utf-8 :\nx = \"\xc3\xa9\"", b"x = 1\n# coding: latin-1\ny = \"\xc3\xa9\"", "\ufeffx = 1"]:
    try:
        d = {}
        exec(compile(src, "s.py", "exec"), d)
        print(ascii(d.get("x")), ascii(d.get("y")))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
