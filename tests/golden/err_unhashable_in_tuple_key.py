class Cell:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Cell) and other.v == self.v


grid = {}
grid[(0, 0)] = "origin"
print(grid)
grid[(1, Cell(2))] = "cell"
