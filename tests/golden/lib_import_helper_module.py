# Imported by lib_import_helper.py; also a golden script on its own.
COUNT = 0

def greet(name):
    return "hello, " + name

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n

def fail():
    raise ValueError("from helper")

print("helper loaded as", __name__)
