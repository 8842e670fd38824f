class AppError(Exception):
    pass

class DbError(AppError):
    pass

print("start")
raise DbError("connection lost", 3)
