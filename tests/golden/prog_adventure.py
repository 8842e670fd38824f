class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self


class Player:
    def __init__(self, start):
        self.location = start
        self.inventory = []
        self.moves = 0


class Game:
    SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "get": "take", "grab": "take", "l": "look"}
    FILLER = {"the", "a", "an", "to", "at"}

    def __init__(self):
        hall = Room("Hall", "A dusty hall.")
        kitchen = Room("Kitchen", "Smells of old bread.")
        cellar = Room("Cellar", "Dark and damp.")
        garden = Room("Garden", "Overgrown roses.")
        hall.connect("north", kitchen, "south")
        kitchen.connect("down", cellar, "up")
        hall.connect("east", garden, "west")
        kitchen.items += ["knife", "bread"]
        cellar.items.append("lamp")
        garden.items.append("key")
        self.player = Player(hall)
        self.handlers = {"go": self.go, "take": self.take, "drop": self.drop, "look": self.look, "inventory": self.inv}

    def parse(self, line):
        words = [self.SYNONYMS.get(w, w) for w in line.lower().split() if w not in self.FILLER]
        if not words:
            return None, []
        if words[0] in ("north", "south", "east", "west", "up", "down"):
            return "go", words
        return words[0], words[1:]

    def run(self, line):
        verb, args = self.parse(line)
        if verb is None:
            return "Say something."
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.player.moves += 1
        return handler(*args)

    def go(self, direction=None, *extra):
        room = self.player.location
        if direction not in room.exits:
            return f"You can't go {direction or 'nowhere'}."
        self.player.location = room.exits[direction]
        return self.look()

    def take(self, *names):
        room = self.player.location
        taken = [n for n in names if n in room.items]
        for n in taken:
            room.items.remove(n)
            self.player.inventory.append(n)
        missing = [n for n in names if n not in taken]
        msg = f"Taken: {', '.join(taken)}." if taken else "Nothing taken."
        return msg + (f" No {', '.join(missing)} here." if missing else "")

    def drop(self, name):
        if name not in self.player.inventory:
            return f"You have no {name}."
        self.player.inventory.remove(name)
        self.player.location.items.append(name)
        return f"Dropped {name}."

    def look(self):
        room = self.player.location
        items = f" You see: {', '.join(room.items)}." if room.items else ""
        exits = ", ".join(sorted(room.exits))
        return f"{room.name}: {room.description}{items} Exits: {exits}."

    def inv(self):
        return "You carry: " + (", ".join(sorted(self.player.inventory)) or "nothing")


game = Game()
script = ["look", "n", "get the knife bread spoon", "go down", "take lamp", "dance", "",
          "up", "s", "e", "grab key", "drop bread", "look", "drop spoon", "west", "w", "inventory"]
for cmd in script:
    print(f"> {cmd}")
    print(game.run(cmd))
print("moves:", game.player.moves)
