# Unbounded recursion raises RecursionError; uncaught, it ends the script.
def countdown(n):
    return countdown(n - 1) + 1


print("before")
countdown(10)
