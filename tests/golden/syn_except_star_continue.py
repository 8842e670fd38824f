while True:
    try:
        pass
    except* OSError:
        try:
            pass
        finally:
            continue
