print("not printed: the file never compiles")
x = 3
if x > 2
    print("big")
