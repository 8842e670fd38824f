d = {1: "one"}
d.pop(2)
