# An uncaught KeyboardInterrupt ends the script with status 130, after
# finally blocks and without being caught by `except Exception`.
def work():
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught here")
    finally:
        print("finally runs")


work()
