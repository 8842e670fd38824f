total = 0
calls = []

def add(n):
    global total
    total += n
    calls.append(n)

def reset():
    global total, calls
    total = 0
    calls = []

for i in range(4):
    add(i)
print(total, calls)
reset()
print(total, calls)

def make():
    def inner():
        global made
        made = "inner made it"
    inner()
make()
print(made)
