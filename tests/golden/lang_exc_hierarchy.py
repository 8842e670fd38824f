class AppError(Exception):
    pass

class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__(f"{host} failed with {code}")
        self.host = host
        self.code = code

class TimeoutErr(NetworkError):
    pass

def go(kind):
    if kind == "net":
        raise NetworkError("example.org", 500)
    if kind == "timeout":
        raise TimeoutErr("slow.org", 504)
    raise AppError("generic", kind)

for kind in ["net", "timeout", "x"]:
    try:
        go(kind)
    except TimeoutErr as e:
        print("timeout", e.host, e.code, e)
    except NetworkError as e:
        print("network", e.host, e.code, e.args)
    except AppError as e:
        print("app", e.args, str(e), repr(e))

print(issubclass(TimeoutErr, Exception), issubclass(AppError, BaseException))
print([c.__name__ for c in TimeoutErr.__mro__])
print(isinstance(TimeoutErr("h", 1), AppError))
