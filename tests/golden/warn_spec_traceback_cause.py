# `raise ... from ...` prints the cause first, then "The above exception was
# the direct cause of the following exception:"; a chain can be three deep.
class ConfigError(Exception):
    pass


def read_port(settings):
    try:
        return settings["port"]
    except KeyError as e:
        raise ConfigError("no port configured") from e


def start(settings):
    try:
        return read_port(settings)
    except ConfigError:
        raise RuntimeError("server failed to start")


print("starting")
start({"host": "localhost"})
