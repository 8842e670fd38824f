def handle():
    try:
        raise ExceptionGroup("eg", [KeyError("k")])
    except* KeyError:
        for i in range(2):
            if i:
                return i
    return 0


print(handle())
