# User exception classes inherit from Exception and are caught by base class.
class AppError(Exception):
    pass

class ConfigError(AppError):
    pass

try:
    raise ConfigError("bad setting")
except AppError as e:
    print(type(e).__name__, e.args)
print(issubclass(ConfigError, Exception))
