count = 0
name = "start"

def bump():
    global count
    count += 1
    return count

def rename(n):
    global name
    name = n

def read_only():
    return count * 100

def define_new():
    global fresh
    fresh = "created"

bump(); bump()
print(count)
rename("renamed")
print(name)
print(read_only())
define_new()
print(fresh)

def shadow():
    count = 99
    return count

print(shadow(), count)
