# A command dispatcher, the tutorial example of PEP 636.
class Room:
    def __init__(self):
        self.items = ["lamp", "key"]
        self.inventory = []

room = Room()

def run(command):
    match command.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["look"]:
            return f"you see: {', '.join(room.items) or 'nothing'}"
        case ["get", obj] if obj in room.items:
            room.items.remove(obj)
            room.inventory.append(obj)
            return f"taken {obj}"
        case ["get", obj]:
            return f"there is no {obj} here"
        case ["drop", *objects] if objects:
            dropped = []
            for o in objects:
                if o in room.inventory:
                    room.inventory.remove(o)
                    room.items.append(o)
                    dropped.append(o)
            return f"dropped {dropped}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "you can't go that way"
        case []:
            return "say something"
        case [verb, *_]:
            return f"I don't know how to {verb!r}"

for line in ["look", "get key", "get sword", "look", "drop key lamp", "drop", "go north",
             "go up", "", "dance wildly", "exit"]:
    print(f"> {line}")
    print(run(line))
