import random
from collections import Counter

random.seed(2024)


def roll(n=2, sides=6):
    return sum(random.randint(1, sides) for _ in range(n))


counts = Counter(roll() for _ in range(3000))
print("2d6 distribution over 3000 rolls")
for total in range(2, 13):
    c = counts[total]
    print(f"{total:>3} {c:>4} {'*' * (c // 20)}")
most, freq = counts.most_common(1)[0]
print("most common:", most, freq)

random.seed(7)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for i, hand in enumerate(hands, 1):
    print(f"hand {i}: {' '.join(hand)}")
print("choice:", random.choice(deck), "sample:", random.sample(range(100), 5))
print("random floats:", [round(random.random(), 4) for _ in range(4)])
print("uniform:", round(random.uniform(10, 20), 6))
print("randrange:", [random.randrange(0, 100, 5) for _ in range(6)])


# simple single-server queue simulation (integer minutes)
random.seed(99)
clock = 0
server_free_at = 0
waits = []
log = []
for customer in range(1, 16):
    clock += random.randint(1, 6)
    service = random.randint(2, 7)
    start = max(clock, server_free_at)
    wait = start - clock
    server_free_at = start + service
    waits.append(wait)
    if customer <= 6:
        log.append(f"c{customer:02d} arrive={clock:3d} start={start:3d} wait={wait:2d} svc={service}")
print("\n".join(log))
print(f"avg wait {sum(waits) / len(waits):.3f} max {max(waits)} idle-free finish {server_free_at}")

random.seed(123456789)
print("big-seeded:", random.randint(1, 1000), random.randint(1, 1000))
