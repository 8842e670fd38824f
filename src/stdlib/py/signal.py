# The signal module: names and enums here, dispositions and handlers in
# Rust (src/stdlib/signal.rs).

from enum import IntEnum as _IntEnum

NSIG = 65


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


for _name in Signals.__members__:
    globals()[_name] = Signals[_name]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2
del _name


def _number(value):
    # What C's "i" argument conversion accepts: an int (an IntEnum member
    # is one), not a float or a str.
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _as_enum(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    signalnum = _number(signalnum)
    if handler is SIG_DFL or handler is SIG_IGN or (type(handler) is int and handler in (0, 1)):
        handler = int(handler)
    elif isinstance(handler, int) or not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    return _as_enum(_signal(signalnum, handler), Handlers)


def getsignal(signalnum):
    return _as_enum(_getsignal(_number(signalnum)), Handlers)


def raise_signal(signalnum):
    _raise_signal(_number(signalnum))


def strsignal(signalnum):
    return _strsignal(_number(signalnum))


def alarm(seconds):
    return _alarm(_number(seconds))


def pause():
    _pause()


def valid_signals():
    return {_as_enum(n, Signals) for n in _valid_signals()}
