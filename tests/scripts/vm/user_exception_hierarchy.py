class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f'{what} not found')
        self.what = what
try:
    raise NotFound('key')
except AppError as e:
    print(type(e).__name__, e, e.what, e.args)
raise NotFound('file')
