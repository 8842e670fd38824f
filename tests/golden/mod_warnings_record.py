# warnings.catch_warnings: recording, restoring the filters on exit,
# WarningMessage objects.
import warnings


def clean(x):
    return str(x).replace(__file__, 'FILE')


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec", FutureWarning)
    warnings.warn("rec2")
    warnings.warn(DeprecationWarning("dep"))
    print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w])
    first = w[0]
    print(first.message, type(first.message), first.category, first.filename == __file__,
          first.lineno, first.line, first.file, first.source)
    print(clean(first))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(w)

print(len(warnings.filters))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    print(len(warnings.filters))
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print('raised', repr(e))
print(len(warnings.filters))

with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("to inner")
    warnings.warn("to outer")
    print([str(m.message) for m in inner], [str(m.message) for m in outer])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    warnings.warn("repeated", RuntimeWarning)
    print([(str(m.message), m.category.__name__) for m in w])

cw = warnings.catch_warnings(record=True)
print(cw, warnings.catch_warnings())
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)

m = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(m, m.category, m.lineno)
m2 = warnings.WarningMessage(UserWarning("w"), UserWarning, "g.py", 2, line="src")
print(m2)


class Custom(UserWarning):
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", Custom)
    warnings.warn("custom one", Custom)
    warnings.warn("plain one")
    print([m.category.__name__ for m in w], issubclass(Custom, Warning))
