def f(v):
    match v:
        case x:
            return 1
        case 2:
            return 2
