# eval and exec of themselves end in RecursionError while compiling.
src = "eval(src)"
try:
    eval(src)
except RecursionError as e:
    print("eval RecursionError:", e)
src2 = "exec(src2)"
try:
    exec(src2)
except RecursionError as e:
    print("exec RecursionError:", e)

