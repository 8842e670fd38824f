# os.makedirs: missing parents, exist_ok, trailing separators and "."
# components; tempfile.TemporaryDirectory's repr and cleanup.
import os
import tempfile

with tempfile.TemporaryDirectory(prefix="mk") as top:
    rel = lambda p: os.path.relpath(p, top)

    def tree():
        out = []
        for name in sorted(os.listdir(top)):
            out.append(name)
            p = os.path.join(top, name)
            if os.path.isdir(p):
                out.extend(name + "/" + n for n in sorted(os.listdir(p)))
        return out

    os.makedirs(os.path.join(top, "a", "b", "c"))
    os.makedirs(os.path.join(top, "x") + "/")
    os.makedirs(os.path.join(top, "p", "."))
    os.makedirs(os.path.join(top, "q", "..", "r"))
    print(tree())
    for args in [(os.path.join(top, "a", "b"),), (os.path.join(top, "a"), 0o777, True),
                 (os.path.join(top, "a", "b", "c"), 0o755, True), (os.path.join(top, "x"),)]:
        try:
            os.makedirs(*args)
            print("ok", rel(args[0]))
        except OSError as e:
            print(type(e).__name__, e.errno, rel(e.filename))
    with open(os.path.join(top, "file"), "w") as f:
        f.write("x")
    for target, ok in [("file", True), ("file/sub", True), ("file/sub/deeper", False)]:
        try:
            os.makedirs(os.path.join(top, target), exist_ok=ok)
            print("ok", target)
        except OSError as e:
            print(type(e).__name__, e.errno, rel(e.filename))
    print(os.path.isdir(os.path.join(top, "q")), os.path.isdir(os.path.join(top, "r")))

t = tempfile.TemporaryDirectory(suffix="-sfx")
print(repr(t) == "<TemporaryDirectory %r>" % t.name, t.name.endswith("-sfx"), os.path.isdir(t.name))
os.makedirs(os.path.join(t.name, "deep", "er"))
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()
with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as name:
    print(os.path.isdir(name))
print(os.path.exists(name))
with tempfile.TemporaryDirectory() as gone:
    os.rmdir(gone)
print("removed early", os.path.exists(gone))
