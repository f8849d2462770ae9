class AppError(Exception):
    def __str__(self):
        return "custom message"
def run():
    raise AppError()
run()
