class AppError(Exception):
    pass

def load():
    try:
        {}["cfg"]
    except KeyError as e:
        raise AppError("config missing") from e

try:
    load()
except AppError as e:
    print(e, repr(e.__cause__))
    print(type(e.__context__).__name__)

def quiet():
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("quiet") from None

try:
    quiet()
except AppError as e:
    print(e, e.__cause__, type(e.__context__).__name__)

def implicit():
    try:
        int("z")
    except ValueError:
        raise RuntimeError("during handling")

try:
    implicit()
except RuntimeError as e:
    print(e, e.__cause__, repr(e.__context__))

try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__, e.__context__)
