# timeit: timing small pieces of code.
#
# A Timer compiles its statement and setup (source strings or callables)
# into one function that runs the setup once, then the statement `number`
# times between two readings of the timer, and returns the difference.
# String statements run in this module's namespace unless `globals` is
# given, as in CPython.

import itertools as _itertools
import time as _time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = _time.perf_counter

_module_globals = globals


def reindent(src, indent):
    """`src` with every line after the first indented by `indent`."""
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    # Times a statement run repeatedly after a setup.

    def __init__(self, stmt='pass', setup='pass', timer=default_timer,
                 globals=None):
        if globals is None:
            globals = _module_globals()
        local_ns = {}
        global_ns = globals
        self.timer = timer
        extra_params = ''
        if isinstance(setup, str):
            # Checked alone first, so a setup error is reported as such.
            compile(setup, dummy_src_name, 'exec')
            stmt_context = setup + '\n'
            setup_src = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            extra_params += ', _setup=_setup'
            stmt_context = ''
            setup_src = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmt_context + stmt, dummy_src_name, 'exec')
            stmt_src = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            extra_params += ', _stmt=_stmt'
            stmt_src = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = ('def inner(_it, _timer%s):\n'
               '    %s\n'
               '    _t0 = _timer()\n'
               '    for _i in _it:\n'
               '        %s\n'
               '        pass\n'
               '    _t1 = _timer()\n'
               '    return _t1 - _t0\n') % (extra_params, setup_src, stmt_src)
        self.src = src
        exec(compile(src, dummy_src_name, 'exec'), global_ns, local_ns)
        self.inner = local_ns['inner']

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement."""
        return self.inner(_itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), `repeat` times, as a list."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first 1, 2, 5, 10, 20, ... runs
        taking at least 0.2 seconds."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
