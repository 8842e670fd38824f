# The attributes of BaseException, as dir() lists them.
print(sorted(dir(BaseException)))
print(len(dir(BaseException)))
