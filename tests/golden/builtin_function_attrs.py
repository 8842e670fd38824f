# builtin_function_or_method: the attributes of functions and bound
# methods written in the interpreter's own language.
import math

print(len.__name__, len.__qualname__, len.__module__, len.__self__)
print(math.sqrt.__name__, math.sqrt.__module__, math.sqrt.__self__.__name__)
print([].append.__name__, [].append.__qualname__, [].append.__module__)
print([1].append.__self__, "ab".upper.__self__, dict.fromkeys.__self__)
print(dict.fromkeys.__qualname__, {}.get.__qualname__, (1).bit_length.__qualname__)
print(type(len).__name__, type([].append).__name__)
print(len.__call__([1, 2]), [].append.__call__(3), len.__text_signature__ is None or True)
print(sorted(set(dir(len)) - set(dir(object))))
print(sorted(set(dir([].append)) - set(dir(object))))
for attr in ["__name__", "__qualname__", "__self__"]:
    try:
        setattr(len, attr, "x")
    except AttributeError as e:
        print("AttributeError", attr)
try:
    len.__wrapped__
except AttributeError as e:
    print(e)
