class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *args):
        print("exit sees", args[0].__name__)

with CM():
    raise ValueError("escapes the with block")
