for attempt in range(3):
    try:
        raise ExceptionGroup("eg", [ValueError(attempt)])
    except* ValueError:
        print("retrying")
        break
