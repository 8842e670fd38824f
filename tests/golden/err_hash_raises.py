class Session:
    def __init__(self, token):
        self.token = token

    def __hash__(self):
        if self.token is None:
            raise ValueError("session has no token yet")
        return hash(self.token)


active = {Session("a1"): "alice"}
print(len(active))
active[Session(None)] = "bob"
