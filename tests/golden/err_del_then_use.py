qzx = 10
print(qzx)
del qzx
print(qzx)
