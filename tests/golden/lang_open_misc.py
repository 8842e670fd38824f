# open() with bad paths, a closed file, a with block; exec and locals() in
# a function; compile() and its SyntaxError's attributes.
import os
for bad in ["", "/", "/nonexistent/dir/file", "\0x", 3.5, None]:
    try:
        open(bad)
    except Exception as e:
        print(type(e).__name__, e)
f = open("/dev/null", "w")
f.close()
try:
    f.write("x")
except ValueError as e:
    print(e)
with open(__file__) as fh:
    print(len(fh.readline()) > 0, fh.closed)
print(fh.closed)
def f():
    x = 1
    exec("x = 2; y = 3")
    return x, sorted(locals())
print(f())
print(eval("1 + 2"), type(compile("a = 1", "<s>", "exec")).__name__)
try:
    compile("a = ", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
