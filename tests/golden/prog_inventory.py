from dataclasses import dataclass, field


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.price * self.qty


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    history: list = field(default_factory=list)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        self.history.append(("add", item.sku, item.qty))

    def adjust(self, sku, delta):
        item = self.items[sku]
        if item.qty + delta < 0:
            raise ValueError(f"not enough {item.name}: have {item.qty}, need {-delta}")
        item.qty += delta
        self.history.append(("adjust", sku, delta))

    def low_stock(self, threshold=5):
        return sorted((i for i in self.items.values() if i.qty < threshold), key=lambda i: (i.qty, i.sku))

    def by_tag(self, tag):
        return [i.name for i in sorted(self.items.values()) if tag in i.tags]


inv = Inventory()
for item in [
    Item("B-200", "Bolt", 0.15, 500, ["hardware", "small"]),
    Item("A-100", "Anchor", 2.5, 3, ["hardware"]),
    Item("C-300", "Cable", 7.99, 12, ["electrical"]),
    Item("D-400", "Drill", 89.0, 2, ["tools", "electrical"]),
    Item("E-500", "Eyelet", 0.05, 0, ["small"]),
]:
    inv.add(item)

for sku, delta in [("A-100", 10), ("D-400", -3), ("E-500", 40), ("C-300", -12), ("Z-999", 1)]:
    try:
        inv.adjust(sku, delta)
        print(f"adjusted {sku} by {delta:+d}")
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
try:
    inv.add(Item("B-200", "Bolt2", 1.0))
except KeyError as e:
    print("KeyError:", e.args[0])

print(inv.items["A-100"])
print(Item("X", "x", 1.0) == Item("X", "y", 2.0), Item("A", "a", 1) < Item("B", "b", 0))
print(f"{'SKU':<7}{'Name':<8}{'Qty':>5}{'Value':>10}")
for item in sorted(inv.items.values(), key=lambda i: (-i.value, i.sku)):
    print(f"{item.sku:<7}{item.name:<8}{item.qty:>5}{item.value:>10.2f}")
print("low stock:", [i.sku for i in inv.low_stock()])
print("small:", inv.by_tag("small"), "electrical:", inv.by_tag("electrical"))
print("cheapest:", min(inv.items.values(), key=lambda i: i.price).name)
print("history:", len(inv.history), inv.history[-1])
print("total value:", round(sum(i.value for i in inv.items.values()), 2))
