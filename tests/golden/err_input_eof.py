print("before")
x = input("prompt> ")
print("never", x)
