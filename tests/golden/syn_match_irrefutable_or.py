match 1:
    case 0 | _ | 2:
        pass
