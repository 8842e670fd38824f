print("start")
if True:
print("not indented")
