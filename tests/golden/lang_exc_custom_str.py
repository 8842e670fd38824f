class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"

try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)
    print(str(e), e.field, e.problem, e.args)
    print(f"[{e}]")

class Plain(Exception):
    def __init__(self, n):
        super().__init__("plain", n)
        self.n = n

try:
    raise Plain(7)
except Plain as e:
    print(e, e.args, e.n)
