def f():
    pass

x = 1; y = 2; z = x + y
print(x, y, z); print("second")
if z == 3: pass
while False: pass
for i in range(2): print("loop", i); print("same line", i)
print(f())
a = 5;
print(a)
