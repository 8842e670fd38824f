# A loop entirely inside an except* handler may break and continue.
def handle():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as eg:
        for e in eg.exceptions:
            if e.args[0] == 1:
                continue
            print("got", e.args[0])
            break
        while True:
            break
    def inner():
        try:
            raise ExceptionGroup("eg", [TypeError()])
        except* TypeError:
            def nested():
                return "nested ok"
            print(nested())
    inner()
    return "done"


print(handle())
