def f():
    try:
        [][1]
    except IndexError:
        print("logging and re-raising")
        raise

f()
