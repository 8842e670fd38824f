class State:
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    ERROR = "error"


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.progress = 0
        self.trace = []

    def handle(self, event):
        old = self.state
        match (self.state, event):
            case (State.IDLE, ("start", int(n))) if n > 0:
                self.state = State.RUNNING
                self.progress = 0
                self.goal = n
            case (State.RUNNING, ("tick", step)):
                self.progress += step
                if self.progress >= self.goal:
                    self.state = State.DONE
            case (State.RUNNING, "pause"):
                self.state = State.PAUSED
            case (State.PAUSED, "resume"):
                self.state = State.RUNNING
            case (State.DONE | State.ERROR, "reset"):
                self.state = State.IDLE
            case (_, {"error": msg}):
                self.state = State.ERROR
                self.trace.append(f"error: {msg}")
            case (state, other):
                self.trace.append(f"ignored {other!r} in {state}")
                return
        self.trace.append(f"{old.upper():>7} -> {self.state.upper():<7} on {event!r}")


def describe(value):
    match value:
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, *rest] if len(rest) > 2:
            return f"long list starting {x}, {len(rest)} more"
        case [x, y, *_]:
            return f"list {x},{y}..."
        case {"name": str(name), **others}:
            return f"record {name} with {sorted(others)}"
        case str() as s:
            return f"text of length {len(s)}"
        case float(f) | int(f) if f < 0:
            return "negative"
        case int() | float():
            return "number"
        case _:
            return "unknown"


m = Machine()
events = ["tick", ("start", 0), ("start", 10), ("tick", 4), "pause", ("tick", 1), "resume",
          ("tick", 7), "reset", ("start", 3), {"error": "overheat"}, "reset"]
for ev in events:
    m.handle(ev)
for line in m.trace:
    print(line)
print("final:", m.state, State.PAUSED.upper())
print([k for k in vars(State) if k.isupper()])
for v in [[], [1], [1, 2, 3, 4], [1, 2], {"name": "bo", "age": 3, "id": 9}, "hey", -2.5, 7, None]:
    print(f"{v!r:<35} {describe(v)}")
