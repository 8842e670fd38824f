sales = [
    ("North", "Widgets", 1200, 3.5),
    ("North", "Gadgets", 340, 12.25),
    ("South", "Widgets", 980, 3.45),
    ("South", "Gizmos", 75, 99.99),
    ("East", "Gadgets", 610, 11.0),
    ("East", "Widgets", 1505, 3.4),
    ("West", "Gizmos", 120, 101.5),
    ("West", "Gadgets", 0, 12.0),
]


def line(widths, ch="-"):
    return "+" + "+".join(ch * (w + 2) for w in widths) + "+"


headers = ["Region", "Product", "Units", "Price", "Revenue", "Share"]
widths = [8, 9, 7, 8, 12, 7]
total = sum(u * p for _, _, u, p in sales)

print(line(widths, "="))
print("| " + " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)) + " |")
print(line(widths, "="))
for region, product, units, price in sorted(sales, key=lambda r: -r[2] * r[3]):
    revenue = units * price
    share = revenue / total
    cells = [
        f"{region:<8}",
        f"{product:<9}",
        f"{units:>7,}",
        f"{price:>8.2f}",
        f"{revenue:>12,.2f}",
        f"{share:>7.1%}",
    ]
    print("| " + " | ".join(cells) + " |")
print(line(widths))
print(f"| {'TOTAL':<{sum(widths[:4]) + 9}} | {total:>12,.2f} | {1:>7.0%} |")
print(line(widths))

by_region = {}
for region, _, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
print()
print("Revenue by region")
top = max(by_region.values())
for region, rev in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    bar = "#" * round(rev / top * 30)
    print(f"{region:>6} {rev:>10.1f} {bar}")

print()
print(f"{'int':<6}{42:08d}|{42:+d}|{42:x}|{42:o}|{42:b}|{255:#x}")
print(f"{'float':<6}{3.14159:.3e}|{1e-7:g}|{123456789.0:g}|{2.5:08.3f}|{-0.5:+.1f}")
print(f"{'str':<6}[{'ab':*^7}]|[{'left':<6}]|[{'right':>7}]|{'trunc'[:3]!r}")
print(f"{'pct':<6}{0.12345:.2%}|{1234567:_}|{1234567.891:,.1f}")
name, n = "items", 3
print(f"{n=} {name=!r} {n * 2 = }")
