from abc import ABC, abstractmethod


class Plugin(ABC):
    @abstractmethod
    def run(self):
        ...

    @abstractmethod
    def stop(self):
        ...


class Half(Plugin):
    def run(self):
        return 1


try:
    Half()
except TypeError as e:
    print(e)
Plugin()
