total = 0
for i in range(5):
    j = 0
    while j < 5:
        j += 1
        if (i + j) % 3 == 0:
            continue
        if j > i + 2:
            break
        total += i * j
        print(i, j, total)
print("total", total)
rows = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * c)
    rows.append(row)
print(rows)
