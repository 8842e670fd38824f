def level3(x):
    return x["missing"]

def level2(x):
    return level3(x)

def level1():
    print("level1")
    return level2({})

level1()
