match 1:
    case {"k": -1 + 2}:
        pass
