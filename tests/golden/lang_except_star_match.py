# except* splits a group by type; each clause sees its part.
def run(eg):
    try:
        raise eg
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* TypeError as e:
        print("  TypeError part:", repr(e))
    except* (KeyError, IndexError) as e:
        print("  lookup part:", repr(e), type(e).__name__)
    print("  done")


print("mixed")
run(ExceptionGroup("mixed", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
print("only values")
run(ExceptionGroup("values", [ValueError(1), ValueError(2)]))
print("nested")
run(ExceptionGroup("outer", [ExceptionGroup("inner", [TypeError(1), IndexError(2)]), ValueError(3)]))

# The name is unbound after the clause.
try:
    raise ExceptionGroup("g", [OSError("x")])
except* OSError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# The part handled is the exception being handled.
try:
    raise ExceptionGroup("g", [ValueError("v")])
except* ValueError:
    try:
        raise
    except ExceptionGroup as inner:
        print("bare raise inside:", repr(inner))
