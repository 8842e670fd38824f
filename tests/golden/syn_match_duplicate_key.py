def handle(msg):
    match msg:
        case {"id": a, "id": b}:
            return a
