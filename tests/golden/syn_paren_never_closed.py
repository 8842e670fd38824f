print("start")
result = max(1,
             2
print(result)
