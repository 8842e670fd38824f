# The contextlib module: helpers for writing and combining context managers,
# matching CPython 3.11's behaviour (what each __exit__ suppresses or
# re-raises, its error messages, how exit stacks chain exceptions).

import sys
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "AsyncContextDecorator",
           "ExitStack", "suppress", "aclosing"]


class AbstractContextManager:
    """Base for context managers: entering gives the manager itself."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    """Base for asynchronous context managers: entering gives the manager."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager decorate a function: each call of the function
    runs inside the manager (a fresh one, see _recreate_cm)."""

    def _recreate_cm(self):
        # Managers that can be entered only once return a copy here.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator:
    """ContextDecorator for asynchronous managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


# What next() gives for a generator that has returned.
_FINISHED = object()


def _came_back(raised, thrown, stop_types):
    """Whether `raised`, which left a generator after `thrown` was thrown
    into it, is really `thrown` passing through: then __exit__ returns False
    and the with statement re-raises the original exception. A stop
    exception thrown into a generator comes out as the RuntimeError of PEP
    479, caused by it."""
    if raised is thrown:
        return True
    return (isinstance(thrown, stop_types) and isinstance(raised, RuntimeError)
            and raised.__cause__ is thrown)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What a @contextmanager function returns: a manager driving one
    generator, which yields exactly once."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        value = next(self.gen, _FINISHED)  # the value of its one yield
        if value is _FINISHED:
            raise RuntimeError("generator didn't yield")
        return value

    def _misbehaved(self, message):
        # The generator yielded a second time: it is closed (as CPython's
        # reference counting would do) and the with statement fails.
        self.gen.close()
        raise RuntimeError(message)

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # The body finished: the generator must finish too.
            if next(self.gen, _FINISHED) is not _FINISHED:
                self._misbehaved("generator didn't stop")
            return False
        if value is None:
            value = typ()  # __exit__ may be given only the type
        frames = value.__traceback__
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # The generator handled the exception and returned, so it is
            # suppressed; a StopIteration that is the thrown one came from
            # a generator that had already finished.
            return stop is not value
        except BaseException as raised:
            if _came_back(raised, value, StopIteration):
                # Passing through the generator added no frames to the
                # exception the with statement re-raises (as in CPython).
                value.with_traceback(frames)
                return False
            raise
        self._misbehaved("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(AsyncContextDecorator,
                                    AbstractAsyncContextManager):
    """What an @asynccontextmanager function returns."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    async def __aenter__(self):
        async for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    async def _misbehaved(self, message):
        await self.gen.aclose()
        raise RuntimeError(message)

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            async for _ in self.gen:
                await self._misbehaved("generator didn't stop")
            return False
        if value is None:
            value = typ()
        frames = value.__traceback__
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if _came_back(raised, value, (StopIteration, StopAsyncIteration)):
                value.with_traceback(frames)
                return False
            raise
        await self._misbehaved("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator: a generator function yielding once becomes a factory of
    context managers; the with body runs at the yield."""
    @wraps(func)
    def make(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make


def asynccontextmanager(func):
    """Decorator: the same for asynchronous generator functions."""
    @wraps(func)
    def make(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make


class closing(AbstractContextManager):
    """Calls thing.close() on the way out; entering gives `thing`."""

    def __init__(self, thing):
        self._target = thing

    def __enter__(self):
        return self._target

    def __exit__(self, exc_type, exc, tb):
        self._target.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on the way out; entering gives `thing`."""

    def __init__(self, thing):
        self._target = thing

    async def __aenter__(self):
        return self._target

    async def __aexit__(self, exc_type, exc, tb):
        await self._target.aclose()


class suppress(AbstractContextManager):
    """Silences the listed exception types (and their subclasses) raised in
    the with body; execution resumes after the with statement."""

    def __init__(self, *exceptions):
        self._silenced = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        return issubclass(exc_type, self._silenced)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; entering (with or async with) gives `enter_result`."""

    def __init__(self, enter_result=None):
        self._result = enter_result

    def __enter__(self):
        return self._result

    async def __aenter__(self):
        return self._result

    def __exit__(self, exc_type, exc, tb):
        return None

    async def __aexit__(self, exc_type, exc, tb):
        return None


class _SwapSysStream(AbstractContextManager):
    """Puts `target` in place of one of sys's streams for the block; nested
    uses of one object restore in reverse order."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        import sys
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exc_type, exc, tb):
        import sys
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_SwapSysStream):
    _stream = "stdout"


class redirect_stderr(_SwapSysStream):
    _stream = "stderr"


class chdir(AbstractContextManager):
    """Changes the working directory for the block."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc_info):
        import os
        os.chdir(self._previous.pop())


def _protocol_error(cm, what):
    kind = type(cm)
    module = getattr(kind, "__module__", "builtins")
    return TypeError(f"'{module}.{kind.__qualname__}' object does not support "
                     f"the {what} protocol")


class _Unwinding:
    """One run of an exit stack's callbacks, newest first: the exception in
    flight, which each callback receives and may suppress or replace."""

    def __init__(self, details):
        self.details = details  # (type, value, traceback) for the next callback
        self.received = details[0] is not None
        self.suppressed = False
        self.failed = False  # the exception in flight came from a callback
        # Exceptions raised by callbacks get, implicitly, the exception the
        # interpreter is handling now as their __context__; relink() chains
        # them to the exception they replaced instead, as nested with
        # statements would. A with statement calling __exit__ is handling
        # the exception it passes (pyasync's sys.exc_info() does not show
        # it there, hence the fallback).
        self.handling = sys.exc_info()[1]
        if self.handling is None:
            self.handling = details[1]

    def returned(self, result):
        if result:
            self.suppressed = True
            self.failed = False
            self.details = (None, None, None)

    def raised(self, exc):
        self.relink(exc, self.details[1])
        self.details = (type(exc), exc, getattr(exc, "__traceback__", None))
        self.failed = True

    def relink(self, exc, replaced):
        while True:
            context = exc.__context__
            if context is replaced:
                return
            if context is None:
                # In CPython the chain ends at the exception being handled,
                # which pyasync does not attach inside __exit__.
                if self.handling is not None:
                    exc.__context__ = replaced
                return
            if context is self.handling:
                exc.__context__ = replaced
                return
            exc = context

    def outcome(self):
        """Raise the exception a callback left in flight, or tell whether
        the exception given to the stack was suppressed."""
        if self.failed:
            exc = self.details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                # Raising here must not rewrite the chain built above.
                exc.__context__ = context
                raise
        return self.received and self.suppressed


class _BaseExitStack:
    """The callback list shared by ExitStack and AsyncExitStack. Each entry
    is (is_sync, callback); callbacks take __exit__'s three arguments."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack, which is returned."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return moved

    def _push(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))

    def push(self, exit):
        """Add a context manager's __exit__, or a callable taking the same
        arguments; returns `exit`, so it can serve as a decorator."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._push(exit)
        else:
            self._push(lambda *details: exit_method(exit, *details))
        return exit

    def enter_context(self, cm):
        """Enter `cm`, push its __exit__ and return what __enter__ gave."""
        kind = type(cm)
        try:
            enter, exit_method = kind.__enter__, kind.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._push(lambda *details: exit_method(cm, *details))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Call callback(*args, **kwds) on exit; it cannot suppress."""
        def on_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._push(on_exit)
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Runs a dynamic number of exit callbacks, newest first, on exit."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            _, callback = self._exit_callbacks.pop()
            try:
                unwinding.returned(callback(*unwinding.details))
            except BaseException as exc:
                unwinding.raised(exc)
        return unwinding.outcome()

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack whose callbacks may also be coroutine functions."""

    async def enter_async_context(self, cm):
        kind = type(cm)
        try:
            enter, exit_method = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._push(lambda *details: exit_method(cm, *details), False)
        return result

    def push_async_exit(self, exit):
        """Add an asynchronous manager's __aexit__, or a coroutine function
        taking the same arguments; returns `exit`."""
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._push(exit, False)
        else:
            self._push(lambda *details: exit_method(exit, *details), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Await callback(*args, **kwds) on exit."""
        async def on_exit(exc_type, exc, tb):
            await callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._push(on_exit, False)
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                result = callback(*unwinding.details)
                if not is_sync:
                    result = await result
                unwinding.returned(result)
            except BaseException as exc:
                unwinding.raised(exc)
        return unwinding.outcome()
