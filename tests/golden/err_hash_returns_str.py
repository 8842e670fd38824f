class Key:
    def __hash__(self):
        return "not an int"


print("before")
cache = {Key(): 1}
