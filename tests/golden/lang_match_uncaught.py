# An uncaught error from a class pattern: the traceback ends the script.
class Point:
    def __init__(self, x):
        self.x = x

def where(p):
    match p:
        case Point(x):
            return x

print("before")
print(where(Point(1)))
