# SyntaxError from compile(), exec() and eval(), and built by hand: its
# attributes and str() as CPython gives them.
for src, mode in [("a = ", "exec"), ("x = (1,\n", "exec"), ("if x:\npass", "exec"), ("1 +", "eval"), ("def f(:\n  pass", "exec"), ("a = 1", "eval")]:
    try:
        compile(src, "/some/dir/file.py", mode)
    except SyntaxError as e:
        offset = e.offset if mode == "exec" else "-"
        print(type(e).__name__, "|", e, "|", e.msg, e.filename, e.lineno, offset, repr(e.text))
for src in ["1 +", "lambda: (yield)"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.filename, e.lineno)
try:
    exec("for x in y\n  pass")
except SyntaxError as e:
    print(e, e.filename, e.lineno)
e = SyntaxError("bad thing", ("f.py", 3, 4, "text\n", 3, 5))
print(e, e.args, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
e = SyntaxError("only msg")
print(e, e.msg, e.filename, e.lineno)
print(SyntaxError(), SyntaxError().msg)
class MyErr(SyntaxError):
    pass
m = MyErr("m", ("/x/y.py", 1, 2, "t", 1, 2))
print(m, m.filename)
try:
    raise IndentationError("unexpected indent", ("z.py", 2, 1, "  x\n"))
except SyntaxError as e:
    print(type(e).__name__, e, e.text)
