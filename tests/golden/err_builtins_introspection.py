def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: globals(1)); t(lambda: locals(1, 2)); t(lambda: dir(1, 2)); t(lambda: vars(1, 2)); t(lambda: vars(5))
t(lambda: eval(5)); t(lambda: exec(5)); t(lambda: eval('1', 5)); t(lambda: eval('1', {}, 5)); t(lambda: eval()); t(lambda: exec('1', {}, {}, 1))
t(lambda: eval('1', x=1))

for src in ['undefined_name + 1', '1/0', 'x = 1', '1 +']:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__, e)
for src in ['raise KeyError("in exec")', 'x = = 1', 'y = undefined']:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
exec("import nonexistent_module_xyz")
