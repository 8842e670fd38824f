class C:
    def __init__(self):
        self.x = 1
        return 5

print("constructing")
C()
