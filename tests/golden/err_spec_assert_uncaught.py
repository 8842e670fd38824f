# A failing assert with a computed message ends the script.
def check(balance):
    assert balance >= 0, f"balance went negative: {balance}"
    return balance


print(check(5))
check(-2)
