print("start")
else:
    pass
