//! Generators: functions with `yield`, and generator expressions.
//!
//! A generator is a coroutine frame driven by iteration: `next()` resumes
//! the body until its next `yield` (a suspension, like an `await` on a
//! future), and the value it hands out is the next item.

use std::rc::Rc;

use super::coroutine::{self, CoroState, Coroutine, Step, Suspend, Transfer};
use super::Vm;
use crate::object::methods::{parse_args, Sig};
use crate::object::slots;
use crate::object::types::{self, Member, TypeSpec};
use crate::object::{Args, PyErr, PyResult, Value};
use crate::slot;

impl Vm {
    /// Resumes a generator with `input`: the next yielded value, or `None`
    /// when it returns (its `StopIteration`).
    pub fn generator_resume(&self, g: &Rc<Coroutine>, input: Transfer) -> PyResult<Option<Value>> {
        self.generator_step(g, input).map(|step| step.ok())
    }

    /// Resumes a generator: `Ok(item)` for a yield, `Err(value)` for its
    /// return value.
    fn generator_step(&self, g: &Rc<Coroutine>, input: Transfer) -> PyResult<Result<Value, Value>> {
        match g.state() {
            CoroState::Closed => return Ok(Err(Value::None)),
            CoroState::Running => return Err(PyErr::value_error("generator already executing")),
            _ => {}
        }
        self.async_gen_frames.borrow_mut().push(false);
        let step = g.resume(self, input);
        self.async_gen_frames.borrow_mut().pop();
        match step {
            Step::Yielded(v) => Ok(Ok(v)),
            Step::Returned(v) => Ok(Err(v)),
            Step::Raised(e) if e.is_instance(&types::STOP_ITERATION) => {
                // PEP 479: a StopIteration escaping a generator body is a bug.
                let err = PyErr::runtime_error("generator raised StopIteration");
                err.exc.set_cause(&e.exc);
                Err(err)
            }
            Step::Raised(e) => Err(e),
        }
    }

    /// The exception `gen.throw(typ[, val[, tb]])` raises in the
    /// generator (`_gen_throw` in CPython's `Objects/genobject.c`): an
    /// instance as given, or the class made from the value.
    fn thrown_exception(&self, args: Args) -> PyResult<Rc<crate::object::PyException>> {
        let n = args.positional.len();
        if !args.keywords.is_empty() {
            return Err(PyErr::type_error(
                "generator.throw() takes no keyword arguments",
            ));
        }
        let mut it = args.positional.into_iter();
        let (Some(typ), val, tb) = (it.next(), it.next(), it.next()) else {
            return Err(PyErr::type_error(
                "throw expected at least 1 argument, got 0",
            ));
        };
        if n > 3 {
            return Err(PyErr::type_error(format!(
                "throw expected at most 3 arguments, got {n}"
            )));
        }
        let tb = tb.filter(|t| !t.is_none());
        if tb.as_ref().is_some_and(|t| {
            !matches!(t, Value::Object(o) if o.as_any().is::<crate::object::base_exception::Traceback>())
        }) {
            return Err(PyErr::type_error(
                "throw() third argument must be a traceback object",
            ));
        }
        let val = val.filter(|v| !v.is_none());
        let exc = match (&typ, val) {
            (Value::Type(t), val) if t.is(&crate::object::types::BASE_EXCEPTION) => match val {
                Some(Value::Exception(e)) if e.cls.is_subclass(t) => e,
                Some(Value::Tuple(items)) => self.make_exception_from(&typ, items.to_vec())?,
                Some(v) => self.make_exception_from(&typ, vec![v])?,
                None => self.make_exception(typ.clone())?,
            },
            (Value::Exception(_), Some(_)) => {
                return Err(PyErr::type_error(
                    "instance exception may not have a separate value",
                ))
            }
            (Value::Exception(e), None) => e.clone(),
            (other, _) => {
                return Err(PyErr::type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    other.type_name()
                )))
            }
        };
        if let Some(tb) = tb {
            crate::object::base_exception::set_traceback(&exc, &tb)?;
        }
        Ok(exc)
    }

    fn make_exception_from(
        &self,
        typ: &Value,
        args: Vec<Value>,
    ) -> PyResult<Rc<crate::object::PyException>> {
        match self.call(typ, Args::positional(args))? {
            Value::Exception(e) => Ok(e),
            other => Err(PyErr::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::object::repr::repr_plain(typ),
                other.type_name()
            ))),
        }
    }

    /// `gen.send(v)`, `gen.throw(exc)`, `gen.close()`, `gen.__next__()`.
    pub fn generator_method(
        &self,
        g: &Rc<Coroutine>,
        name: &str,
        mut args: Args,
    ) -> Option<PyResult> {
        // A generator's return value travels in its StopIteration.
        let stop = |value: Value| {
            let args = if value.is_none() { vec![] } else { vec![value] };
            PyErr::with_args(&types::STOP_ITERATION, args)
        };
        Some(match name {
            "__next__" => self
                .generator_step(g, Transfer::Send(Value::None))
                .and_then(|step| step.map_err(stop)),
            "send" => {
                let v = args.positional.pop().unwrap_or_default();
                if g.state() == CoroState::Created && !v.is_none() {
                    return Some(Err(PyErr::type_error(
                        "can't send non-None value to a just-started generator",
                    )));
                }
                self.generator_step(g, Transfer::Send(v))
                    .and_then(|step| step.map_err(stop))
            }
            "throw" => {
                let exc = match self.thrown_exception(args) {
                    Ok(e) => e,
                    Err(e) => return Some(Err(e)),
                };
                self.generator_step(g, Transfer::Throw(PyErr::from_exception(exc)))
                    .and_then(|step| step.map_err(stop))
            }
            "close" => {
                // Closing one that never started just marks it finished
                // (`gen_close`): the GeneratorExit thrown in below ends it
                // without running any of its code.
                if g.state() == CoroState::Closed {
                    return Some(Ok(Value::None));
                }
                super::coroutine::throw_generator_exit(self, g, "generator")
            }
            _ => return None,
        })
    }

    /// `yield value` inside a generator body: hands `value` to whoever
    /// iterates and completes with what they send back.
    pub async fn yield_value(&self, value: Value) -> PyResult {
        Suspend::new(self, value).await
    }

    /// `yield from iterable`: yields each item of the inner iterator,
    /// passing values sent to this generator on to an inner generator;
    /// completes with the inner generator's return value.
    pub async fn yield_from(&self, iterable: Value) -> PyResult {
        // A future iterates as its `__await__`: it yields itself to the task.
        if let Value::Future(_) | Value::Task(_) = iterable {
            return crate::asyncio::await_future(self, iterable).await;
        }
        if let Value::Generator(inner) = &iterable {
            let mut input = Transfer::Send(Value::None);
            loop {
                if inner.state() == CoroState::Closed {
                    return Ok(Value::None);
                }
                match inner.resume(self, input) {
                    Step::Yielded(v) => {
                        super::coroutine::set_delegate(Some(iterable.clone()));
                        let resumed = self.yield_value(v).await;
                        super::coroutine::set_delegate(None);
                        input = match resumed {
                            Ok(sent) => Transfer::Send(sent),
                            Err(e) => Transfer::Throw(e),
                        };
                    }
                    Step::Returned(v) => return Ok(v),
                    Step::Raised(e) => return Err(e),
                }
            }
        }
        let it = self.iter(&iterable)?;
        while let Some(item) = self.next(&it)? {
            super::coroutine::set_delegate(Some(Value::Iterator(it.clone())));
            let resumed = self.yield_value(item).await;
            super::coroutine::set_delegate(None);
            resumed?;
        }
        Ok(Value::None)
    }
}

/// What generator objects offer: iteration, and driving by hand with
/// `send`, `throw` and `close`.
pub const SPEC: TypeSpec = TypeSpec {
    doc: "The object a function containing yield returns: its frame, run a \
step at a time by iteration or by send() and throw().",
    members: &[&[
        Member::method(
            "send",
            send,
            "Resume the generator with a value; the next value it yields.",
        ),
        Member::method(
            "throw",
            throw,
            "Raise an exception where the generator is suspended; the next value it yields.",
        ),
        Member::method(
            "close",
            close,
            "Finish the generator, raising GeneratorExit inside it.",
        ),
        slot!("__next__" next_slot),
        slot!("__iter__" iter_slot),
        Member::getter("__name__", coroutine::name, "The function's name."),
        Member::getter(
            "__qualname__",
            coroutine::qualname,
            "The function's qualified name.",
        ),
        Member::getter(
            "gi_running",
            coroutine::running,
            "Whether the generator is running now.",
        ),
        Member::getter(
            "gi_suspended",
            coroutine::suspended,
            "Whether the generator is suspended at a yield.",
        ),
        Member::getter(
            "gi_frame",
            coroutine::frame,
            "The generator's frame; None once it has finished.",
        ),
        Member::getter("gi_code", coroutine::code, "The generator function's code."),
        Member::getter(
            "gi_yieldfrom",
            coroutine::yield_from,
            "The iterator a yield from is suspended in, else None.",
        ),
    ]],
};

/// A generator's return value travels in its StopIteration.
fn stop(value: Value) -> Box<PyErr> {
    let args = if value.is_none() { vec![] } else { vec![value] };
    PyErr::with_args(&types::STOP_ITERATION, args)
}

fn next_slot(vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    vm.generator_step(coroutine::frame_of(me), Transfer::Send(Value::None))?
        .map_err(stop)
}

fn iter_slot(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    Ok(me.clone())
}

fn send(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = parse_args("generator", "send", Sig::One, args)?
        .pop()
        .flatten()
        .expect("one argument");
    let g = coroutine::frame_of(me);
    if g.state() == CoroState::Created && !v.is_none() {
        return Err(PyErr::type_error(
            "can't send non-None value to a just-started generator",
        ));
    }
    vm.generator_step(g, Transfer::Send(v))?.map_err(stop)
}

fn throw(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let exc = PyErr::from_exception(coroutine::throw_argument(vm, args, "generator", "throw")?);
    let g = coroutine::frame_of(me);
    // A finished generator raises what it is thrown, where it is thrown.
    if g.state() == CoroState::Closed {
        return Err(exc);
    }
    vm.generator_step(g, Transfer::Throw(exc))?.map_err(stop)
}

fn close(vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("generator", "close", Sig::NoArgs, args)?;
    let g = coroutine::frame_of(me);
    // Closing one that never started just marks it finished (`gen_close`):
    // the GeneratorExit thrown in below ends it without running any of its
    // code.
    if g.state() == CoroState::Closed {
        return Ok(Value::None);
    }
    coroutine::throw_generator_exit(vm, g, "generator")
}

/// An asynchronous generator (`async def` with `yield`), as CPython's
/// `genobject.c` async generators: its frame both awaits (suspensions that
/// go to the task) and yields (values that go to `async for`). A yielded
/// value travels wrapped in `AsyncGenYield` so that the driver in
/// `__anext__` can tell the two apart, as CPython's
/// `_PyAsyncGenValueWrapper` does.
pub struct AsyncGenerator {
    pub coro: Rc<Coroutine>,
    /// `__anext__`/`asend`/`athrow` is being awaited.
    running: std::cell::Cell<bool>,
    /// The loop that was running at its first iteration (CPython's
    /// `firstiter` hook): it finalises the generator if it is dropped
    /// unfinished.
    event_loop: std::cell::RefCell<Option<std::rc::Weak<crate::asyncio::EventLoop>>>,
}

/// A value an async generator yields (never seen by Python code).
struct AsyncGenYield(Value);

impl crate::object::native::NativeObject for AsyncGenYield {
    fn type_ref(&self) -> crate::object::TypeRef {
        crate::object::TypeRef::Builtin(&types::OBJECT)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl AsyncGenerator {
    pub fn new_value(coro: Rc<Coroutine>) -> Value {
        Value::Object(Rc::new(AsyncGenerator {
            coro,
            running: std::cell::Cell::new(false),
            event_loop: std::cell::RefCell::new(None),
        }))
    }
}

impl crate::object::native::NativeObject for AsyncGenerator {
    fn type_ref(&self) -> crate::object::TypeRef {
        crate::object::TypeRef::Builtin(&types::ASYNC_GENERATOR)
    }

    fn repr(&self, me: &Value) -> String {
        format!(
            "<async_generator object {} at {:#x}>",
            self.coro.qualname(),
            me.address()
        )
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// What async generator objects offer: `async for`, and driving by hand
/// with `asend`, `athrow` and `aclose`, each an awaitable.
pub const ASYNC_SPEC: TypeSpec = TypeSpec {
    doc: "The object an async def function containing yield returns: its \
frame, run a step at a time by async for or by asend() and athrow().",
    members: &[&[
        slot!("__aiter__" aiter),
        slot!("__anext__" anext),
        Member::method(
            "asend",
            asend,
            "Awaitable: resume with a value; the next value yielded.",
        ),
        Member::method(
            "athrow",
            athrow,
            "Awaitable: raise an exception where the generator is suspended.",
        ),
        Member::method(
            "aclose",
            aclose,
            "Awaitable: finish the generator, raising GeneratorExit inside it.",
        ),
        Member::getter("__name__", async_name, "The function's name."),
        Member::getter(
            "__qualname__",
            async_qualname,
            "The function's qualified name.",
        ),
        Member::getter(
            "ag_running",
            async_running,
            "Whether an asend(), athrow() or __anext__() of it is running now.",
        ),
        Member::getter(
            "ag_frame",
            async_frame,
            "The generator's frame; None once it has finished.",
        ),
        Member::getter("ag_code", async_code, "The generator function's code."),
    ]],
};

fn async_generator(me: &Value) -> &AsyncGenerator {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<AsyncGenerator>()
            .expect("an async generator method is only called on one"),
        _ => unreachable!("an async generator method is only called on one"),
    }
}

fn async_name(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Str(async_generator(me).coro.name().clone()))
}

fn async_running(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(async_generator(me).running.get()))
}

fn async_frame(_vm: &Vm, me: &Value) -> PyResult {
    Ok(super::genframe::frame_value(&async_generator(me).coro))
}

fn async_code(_vm: &Vm, me: &Value) -> PyResult {
    Ok(super::genframe::code_value(&async_generator(me).coro))
}

fn async_qualname(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::str(async_generator(me).coro.qualname()))
}

fn aiter(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    Ok(me.clone())
}

fn anext(vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    async_step(vm, me, "__anext__", Transfer::Send(Value::None))
}

fn asend(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = parse_args("async_generator", "asend", Sig::One, args)?
        .pop()
        .flatten()
        .expect("one argument");
    async_step(vm, me, "asend", Transfer::Send(v))
}

fn athrow(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let exc = coroutine::throw_argument(vm, args, "async_generator", "athrow")?;
    async_step(
        vm,
        me,
        "athrow",
        Transfer::Throw(PyErr::from_exception(exc)),
    )
}

fn aclose(vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("async_generator", "aclose", Sig::NoArgs, args)?;
    let exit = PyErr::with_args(&types::GENERATOR_EXIT, vec![]);
    async_step(vm, me, "aclose", Transfer::Throw(exit))
}

/// The awaitable `__anext__`, `asend`, `athrow` and `aclose` return: it
/// runs the generator's frame with `input` until its next yield.
fn async_step(vm: &Vm, me: &Value, name: &'static str, input: Transfer) -> PyResult {
    let gen = async_generator(me);
    let Value::Object(obj) = me else {
        unreachable!("an async generator is an object")
    };
    if gen.event_loop.borrow().is_none() {
        if let Some(running) = vm.running_loop.borrow().as_ref() {
            *gen.event_loop.borrow_mut() = Some(Rc::downgrade(running));
            running.register_asyncgen(obj);
        }
    }
    let closing = name == "aclose";
    let coro = gen.coro.clone();
    let this = obj.clone();
    let vm_rc = vm.rc();
    let body = async move {
        let vm = &*vm_rc;
        let gen = this
            .as_any()
            .downcast_ref::<AsyncGenerator>()
            .expect("an async generator's method is called on it");
        if gen.running.replace(true) {
            return Err(PyErr::runtime_error(
                "anext(): asynchronous generator is already running",
            ));
        }
        let result = drive(vm, &coro, input, closing).await;
        gen.running.set(false);
        result
    };
    Ok(Value::Coroutine(Coroutine::new(
        Rc::from(name),
        Rc::from(name),
        None,
        Box::pin(body),
        None,
    )))
}

/// CPython's `BaseEventLoop._asyncgen_finalizer_hook`: an async generator
/// dropped while suspended is closed by a task the loop creates
/// (`call_soon_threadsafe(create_task, agen.aclose())`), so its `finally`
/// blocks still run.
impl Drop for AsyncGenerator {
    fn drop(&mut self) {
        if self.coro.state() != CoroState::Suspended {
            return;
        }
        let Some(event_loop) = self.event_loop.borrow().as_ref().and_then(|w| w.upgrade()) else {
            return;
        };
        if event_loop.is_closed() {
            return;
        }
        let Some(vm) = event_loop.vm() else {
            return;
        };
        let survivor = AsyncGenerator::new_value(self.coro.clone());
        let Ok(Value::Coroutine(aclose)) = aclose(&vm, &survivor, Args::default()) else {
            return;
        };
        let target = event_loop.clone();
        event_loop.call_soon(crate::asyncio::events::Callback::Native(Rc::new(
            move |vm: &Vm| {
                crate::asyncio::Task::spawn(vm, &target, aclose.clone(), None);
                Ok(())
            },
        )));
    }
}

/// Runs an async generator's frame until it yields a value (the result),
/// returns (StopAsyncIteration) or raises; its awaits pass through to the
/// task awaiting us.
async fn drive(vm: &Vm, coro: &Rc<Coroutine>, mut input: Transfer, closing: bool) -> PyResult {
    if coro.state() == CoroState::Closed {
        return if closing {
            Ok(Value::None)
        } else {
            Err(PyErr::with_args(&types::STOP_ASYNC_ITERATION, vec![]))
        };
    }
    loop {
        vm.async_gen_frames.borrow_mut().push(true);
        let step = coro.resume(vm, input);
        vm.async_gen_frames.borrow_mut().pop();
        match step {
            Step::Yielded(Value::Object(o)) if o.as_any().is::<AsyncGenYield>() => {
                let v = o
                    .as_any()
                    .downcast_ref::<AsyncGenYield>()
                    .map(|w| w.0.clone())
                    .unwrap_or_default();
                if closing {
                    return Err(PyErr::runtime_error(
                        "async generator ignored GeneratorExit",
                    ));
                }
                return Ok(v);
            }
            Step::Yielded(awaited) => {
                input = match Suspend::new(vm, awaited).await {
                    Ok(v) => Transfer::Send(v),
                    Err(e) => Transfer::Throw(e),
                };
            }
            Step::Returned(_) if closing => return Ok(Value::None),
            Step::Returned(_) => {
                return Err(PyErr::with_args(&types::STOP_ASYNC_ITERATION, vec![]))
            }
            Step::Raised(e) if closing && e.is_instance(&types::GENERATOR_EXIT) => {
                return Ok(Value::None)
            }
            Step::Raised(e)
                if e.is_instance(&types::STOP_ASYNC_ITERATION)
                    || e.is_instance(&types::STOP_ITERATION) =>
            {
                let err =
                    PyErr::runtime_error(format!("async generator raised {}", e.exc.cls.name()));
                err.exc.set_cause(&e.exc);
                return Err(err);
            }
            Step::Raised(e) => return Err(e),
        }
    }
}

impl Vm {
    /// `yield v` in any generator: an async generator's value is wrapped so
    /// that its driver can tell it from an `await`.
    pub async fn yield_in_frame(&self, value: Value) -> PyResult {
        let in_async_gen = self
            .async_gen_frames
            .borrow()
            .last()
            .copied()
            .unwrap_or(false);
        if in_async_gen {
            self.yield_value(Value::Object(Rc::new(AsyncGenYield(value))))
                .await
        } else {
            self.yield_value(value).await
        }
    }
}
