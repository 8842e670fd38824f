//! `asyncio.Lock`, `Event`, `Condition`, `Semaphore` and `BoundedSemaphore`,
//! mirroring CPython 3.11's `locks.py` line by line: the same waiter
//! futures, woken in the same order, so tasks resume in the same loop
//! iterations as under CPython.
//!
//! Each type is a `NativeObject`; the methods that are `async def` in
//! CPython (`acquire`, `wait`, `wait_for`, `__aenter__`, `__aexit__`) return
//! native coroutines whose bodies are Rust `async` blocks.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

pub(super) use super::method_args;
use super::{await_future, running_loop, EventLoop, Future};
use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::repr::repr_plain;
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{Args, PyErr, PyResult, Value};

// ---------------------------------------------------------------------------
// Helpers shared with `queues.rs`.

/// The object behind `me`, as its concrete type.
pub(super) fn downcast<T: NativeObject>(me: &Value) -> Option<Rc<T>> {
    let Value::Object(o) = me else { return None };
    let any: Rc<dyn Any> = o.clone();
    any.downcast::<T>().ok()
}

/// A native coroutine object, as calling an `async def` method makes one.
pub(super) fn coroutine(
    vm: &Vm,
    name: &'static str,
    qualname: String,
    body: impl std::future::Future<Output = PyResult> + 'static,
) -> Value {
    super::tasks::native_coroutine(vm, name, &qualname, body)
}

/// An `int` argument (`Semaphore(value)`, `notify(n)`), with the error
/// CPython's first comparison of it would raise.
pub(super) fn int_arg(v: &Value, op: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => {
            use num_traits::Signed;
            Ok(if b.is_negative() { i64::MIN } else { i64::MAX })
        }
        other => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and 'int'",
            op,
            other.type_name()
        ))),
    }
}

/// `<asyncio.locks.Lock object at 0x... [unlocked]>`.
fn object_repr(me: &Value, t: &'static types::TypeObject, extra: &str) -> String {
    format!(
        "<{} object at {:#x} [{}]>",
        TypeRef::Builtin(t).qualified_name(),
        me.address(),
        extra
    )
}

/// `mixins._LoopBoundMixin`: a primitive binds to the loop that first
/// makes a future for it.
#[derive(Default)]
pub(super) struct LoopBound(RefCell<Option<Rc<EventLoop>>>);

impl LoopBound {
    /// `_get_loop()`.
    pub(super) fn get_loop(&self, vm: &Vm, me: &Value) -> PyResult<Rc<EventLoop>> {
        let event_loop = running_loop(vm)?;
        let bound = self
            .0
            .borrow_mut()
            .get_or_insert_with(|| event_loop.clone())
            .clone();
        if !Rc::ptr_eq(&bound, &event_loop) {
            return Err(PyErr::runtime_error(format!(
                "{} is bound to a different event loop",
                repr_plain(me)
            )));
        }
        Ok(event_loop)
    }
}

/// A deque of waiter futures.
pub(super) type Waiters = RefCell<VecDeque<Rc<Future>>>;

/// `loop.create_future()`.
pub(super) fn create_future(event_loop: Rc<EventLoop>) -> Rc<Future> {
    Rc::new(Future::new(event_loop))
}

/// Names what a waiter future is for (`Event.wait`), for an observer of
/// the loop; kept out of `await_waiter` so that its state stays small.
#[inline]
pub(super) fn label_waiter(fut: &Rc<Future>, what: &'static str) {
    if let Some(observer) = fut.event_loop.observer() {
        observer.label_future(fut, what.to_string());
    }
}

/// `await fut` on a waiter future.
pub(super) async fn await_waiter(vm: &Vm, fut: &Rc<Future>) -> PyResult {
    await_future(vm, Value::Future(fut.clone())).await
}

/// `fut.set_result(value)`.
pub(super) fn set_result(fut: &Rc<Future>, value: Value) -> PyResult<()> {
    fut.set_result(&Value::Future(fut.clone()), value)
}

/// `fut.cancel()`.
pub(super) fn cancel(fut: &Rc<Future>) -> bool {
    fut.cancel(&Value::Future(fut.clone()), None)
}

/// `deque.remove(fut)`: whether it was there.
pub(super) fn remove_waiter(waiters: &Waiters, fut: &Rc<Future>) -> bool {
    let mut w = waiters.borrow_mut();
    match w.iter().position(|f| Rc::ptr_eq(f, fut)) {
        Some(i) => {
            w.remove(i);
            true
        }
        None => false,
    }
}

fn waiters_suffix(extra: String, waiters: &Waiters) -> String {
    let n = waiters.borrow().len();
    if n > 0 {
        format!("{}, waiters:{}", extra, n)
    } else {
        extra
    }
}

// ---------------------------------------------------------------------------
// Lock

#[derive(Default)]
pub struct Lock {
    waiters: Waiters,
    locked: Cell<bool>,
    bound: LoopBound,
}

impl Lock {
    pub fn new() -> Lock {
        Lock::default()
    }

    pub fn locked(&self) -> bool {
        self.locked.get()
    }

    /// `Lock.acquire()`.
    async fn acquire(self: Rc<Self>, vm: Rc<Vm>, me: Value) -> PyResult {
        let vm = &*vm;
        if !self.locked.get() && self.waiters.borrow().iter().all(|w| w.cancelled()) {
            self.locked.set(true);
            return Ok(Value::Bool(true));
        }
        let fut = create_future(self.bound.get_loop(vm, &me)?);
        self.waiters.borrow_mut().push_back(fut.clone());
        // The waiter leaves the deque before the CancelledError handling,
        // so that `_wake_up_first` does not try to wake this task itself.
        label_waiter(&fut, "Lock.acquire");
        let outcome = await_waiter(vm, &fut).await;
        remove_waiter(&self.waiters, &fut);
        if let Err(e) = outcome {
            if e.is_instance(&types::CANCELLED_ERROR) && !self.locked.get() {
                self.wake_up_first()?;
            }
            return Err(e);
        }
        self.locked.set(true);
        Ok(Value::Bool(true))
    }

    /// `Lock.release()`.
    pub fn release(&self) -> PyResult<()> {
        if self.locked.get() {
            self.locked.set(false);
            self.wake_up_first()
        } else {
            Err(PyErr::runtime_error("Lock is not acquired."))
        }
    }

    /// Wakes the first waiter if it is not done yet. A done one will wake
    /// up later and either take the lock or, cancelled, wake the next.
    fn wake_up_first(&self) -> PyResult<()> {
        let first = self.waiters.borrow().front().cloned();
        match first {
            Some(fut) if !fut.done() => set_result(&fut, Value::Bool(true)),
            _ => Ok(()),
        }
    }
}

impl NativeObject for Lock {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::LOCK)
    }

    fn repr(&self, me: &Value) -> String {
        let extra = if self.locked.get() {
            "locked"
        } else {
            "unlocked"
        };
        object_repr(
            me,
            &types::LOCK,
            &waiters_suffix(extra.into(), &self.waiters),
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

// ---------------------------------------------------------------------------
// Event

#[derive(Default)]
pub struct Event {
    waiters: Waiters,
    value: Cell<bool>,
    bound: LoopBound,
}

impl Event {
    pub fn new() -> Event {
        Event::default()
    }

    pub fn is_set(&self) -> bool {
        self.value.get()
    }

    /// `Event.set()`: wakes every waiter, in the order they came.
    pub fn set(&self) -> PyResult<()> {
        if !self.value.get() {
            self.value.set(true);
            let waiters: Vec<Rc<Future>> = self.waiters.borrow().iter().cloned().collect();
            for fut in waiters {
                if !fut.done() {
                    set_result(&fut, Value::Bool(true))?;
                }
            }
        }
        Ok(())
    }

    pub fn clear(&self) {
        self.value.set(false);
    }

    /// `Event.wait()`; `me` is the event as a Python value, for the
    /// different-loop error.
    pub async fn wait(self: Rc<Self>, vm: Rc<Vm>, me: Value) -> PyResult {
        let vm = &*vm;
        if self.value.get() {
            return Ok(Value::Bool(true));
        }
        let fut = create_future(self.bound.get_loop(vm, &me)?);
        self.waiters.borrow_mut().push_back(fut.clone());
        label_waiter(&fut, "Event.wait");
        let outcome = await_waiter(vm, &fut).await;
        remove_waiter(&self.waiters, &fut);
        outcome.map(|_| Value::Bool(true))
    }
}

impl NativeObject for Event {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::EVENT)
    }

    fn repr(&self, me: &Value) -> String {
        let extra = if self.value.get() { "set" } else { "unset" };
        object_repr(
            me,
            &types::EVENT,
            &waiters_suffix(extra.into(), &self.waiters),
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

// ---------------------------------------------------------------------------
// Condition

pub struct Condition {
    /// The underlying lock: a `Lock` made for it, or any object with
    /// `locked`, `acquire` and `release` given to the constructor.
    lock: Value,
    waiters: Waiters,
    bound: LoopBound,
}

impl Condition {
    pub fn new(lock: Option<Value>) -> Condition {
        let lock = match lock {
            Some(l) if !l.is_none() => l,
            _ => Value::Object(Rc::new(Lock::new())),
        };
        Condition {
            lock,
            waiters: Waiters::default(),
            bound: LoopBound::default(),
        }
    }

    /// `self.locked()`, the lock's.
    fn locked(&self, vm: &Vm) -> PyResult<bool> {
        if let Some(lock) = downcast::<Lock>(&self.lock) {
            return Ok(lock.locked());
        }
        let v = vm.call_method(&self.lock, "locked", Args::default())?;
        vm.truth(&v)
    }

    fn release(&self, vm: &Vm) -> PyResult<()> {
        vm.call_method(&self.lock, "release", Args::default())
            .map(|_| ())
    }

    async fn acquire(&self, vm: &Vm) -> PyResult {
        let coro = vm.call_method(&self.lock, "acquire", Args::default())?;
        vm.await_value(coro).await
    }

    /// `Condition.wait()`: releases the lock, waits to be notified, and
    /// re-acquires the lock however the wait ended.
    async fn wait(self: Rc<Self>, vm: Rc<Vm>, me: Value) -> PyResult {
        let vm = &*vm;
        if !self.locked(vm)? {
            return Err(PyErr::runtime_error("cannot wait on un-acquired lock"));
        }
        self.release(vm)?;
        let outcome = async {
            let fut = create_future(self.bound.get_loop(vm, &me)?);
            self.waiters.borrow_mut().push_back(fut.clone());
            label_waiter(&fut, "Condition.wait");
            let outcome = await_waiter(vm, &fut).await;
            remove_waiter(&self.waiters, &fut);
            outcome.map(|_| Value::Bool(true))
        }
        .await;
        // Must reacquire the lock even if the wait is cancelled.
        let mut cancelled = false;
        loop {
            match self.acquire(vm).await {
                Ok(_) => break,
                Err(e) if e.is_instance(&types::CANCELLED_ERROR) => cancelled = true,
                Err(e) => return Err(e),
            }
        }
        if cancelled {
            return Err(PyErr::with_args(&types::CANCELLED_ERROR, vec![]));
        }
        outcome
    }

    /// `Condition.wait_for(predicate)`.
    async fn wait_for(self: Rc<Self>, vm: Rc<Vm>, me: Value, predicate: Value) -> PyResult {
        let mut result = vm.call(&predicate, Args::default())?;
        while !vm.truth(&result)? {
            self.clone().wait(vm.clone(), me.clone()).await?;
            result = vm.call(&predicate, Args::default())?;
        }
        Ok(result)
    }

    /// `Condition.notify(n)`: wakes at most `n` waiters not yet woken.
    fn notify(&self, vm: &Vm, n: Option<Value>) -> PyResult<()> {
        if !self.locked(vm)? {
            return Err(PyErr::runtime_error("cannot notify on un-acquired lock"));
        }
        let waiters: Vec<Rc<Future>> = self.waiters.borrow().iter().cloned().collect();
        if waiters.is_empty() {
            return Ok(());
        }
        // `idx >= n` is first compared at the first waiter, `idx` on the left.
        let n = match n {
            None => 1,
            Some(Value::Int(i)) => i,
            Some(Value::Bool(b)) => b as i64,
            Some(v @ Value::BigInt(_)) => int_arg(&v, ">=")?,
            Some(v) => {
                return Err(PyErr::type_error(format!(
                    "'>=' not supported between instances of 'int' and '{}'",
                    v.type_name()
                )))
            }
        };
        let mut idx = 0;
        for fut in waiters {
            if idx >= n {
                break;
            }
            if !fut.done() {
                idx += 1;
                set_result(&fut, Value::Bool(false))?;
            }
        }
        Ok(())
    }

    fn repr_with(&self, me: &Value, locked: bool) -> String {
        let extra = if locked { "locked" } else { "unlocked" };
        object_repr(
            me,
            &types::CONDITION,
            &waiters_suffix(extra.into(), &self.waiters),
        )
    }
}

impl NativeObject for Condition {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::CONDITION)
    }

    fn repr(&self, me: &Value) -> String {
        let locked = downcast::<Lock>(&self.lock).is_some_and(|l| l.locked());
        self.repr_with(me, locked)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

// ---------------------------------------------------------------------------
// Semaphore and BoundedSemaphore

pub struct Semaphore {
    waiters: Waiters,
    value: Cell<i64>,
    /// `BoundedSemaphore._bound_value`; `None` for a plain semaphore.
    bound_value: Option<i64>,
    bound: LoopBound,
}

impl Semaphore {
    /// `Semaphore(value)`, or `BoundedSemaphore(value)` when `bounded`.
    pub fn new(value: i64, bounded: bool) -> PyResult<Semaphore> {
        if value < 0 {
            return Err(PyErr::value_error("Semaphore initial value must be >= 0"));
        }
        Ok(Semaphore {
            waiters: Waiters::default(),
            value: Cell::new(value),
            bound_value: bounded.then_some(value),
            bound: LoopBound::default(),
        })
    }

    fn type_object(&self) -> &'static types::TypeObject {
        if self.bound_value.is_some() {
            &types::BOUNDED_SEMAPHORE
        } else {
            &types::SEMAPHORE
        }
    }

    fn class_name(&self) -> &'static str {
        self.type_object().name
    }

    /// True if the semaphore cannot be acquired immediately.
    pub fn locked(&self) -> bool {
        self.value.get() == 0 || self.waiters.borrow().iter().any(|w| !w.cancelled())
    }

    /// `Semaphore.acquire()`.
    async fn acquire(self: Rc<Self>, vm: Rc<Vm>, me: Value) -> PyResult {
        let vm = &*vm;
        if !self.locked() {
            self.value.set(self.value.get() - 1);
            return Ok(Value::Bool(true));
        }
        let fut = create_future(self.bound.get_loop(vm, &me)?);
        self.waiters.borrow_mut().push_back(fut.clone());
        label_waiter(&fut, "Semaphore.acquire");
        let outcome = await_waiter(vm, &fut).await;
        remove_waiter(&self.waiters, &fut);
        if let Err(e) = outcome {
            if e.is_instance(&types::CANCELLED_ERROR) && !fut.cancelled() {
                // Woken, then cancelled before running: hand the unit on.
                self.value.set(self.value.get() + 1);
                self.wake_up_next()?;
            }
            return Err(e);
        }
        if self.value.get() > 0 {
            self.wake_up_next()?;
        }
        Ok(Value::Bool(true))
    }

    /// `Semaphore.release()` / `BoundedSemaphore.release()`.
    pub fn release(&self) -> PyResult<()> {
        if let Some(bound) = self.bound_value {
            if self.value.get() >= bound {
                return Err(PyErr::value_error(
                    "BoundedSemaphore released too many times",
                ));
            }
        }
        self.value.set(self.value.get() + 1);
        self.wake_up_next()
    }

    /// Wakes the first waiter that is not done, taking a unit for it.
    fn wake_up_next(&self) -> PyResult<()> {
        let next = self.waiters.borrow().iter().find(|f| !f.done()).cloned();
        if let Some(fut) = next {
            self.value.set(self.value.get() - 1);
            set_result(&fut, Value::Bool(true))?;
        }
        Ok(())
    }
}

impl NativeObject for Semaphore {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(self.type_object())
    }

    fn repr(&self, me: &Value) -> String {
        let extra = if self.locked() {
            "locked".to_string()
        } else {
            format!("unlocked, value:{}", self.value.get())
        };
        object_repr(
            me,
            self.type_object(),
            &waiters_suffix(extra, &self.waiters),
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

// ---------------------------------------------------------------------------
// Constructors

/// `asyncio.Lock()`.
pub fn new_lock(_vm: &Vm, args: Args) -> PyResult {
    method_args("Lock.__init__", args, [], 0)?;
    Ok(Value::Object(Rc::new(Lock::new())))
}

/// `asyncio.Event()`.
pub fn new_event(_vm: &Vm, args: Args) -> PyResult {
    method_args("Event.__init__", args, [], 0)?;
    Ok(Value::Object(Rc::new(Event::new())))
}

/// `asyncio.Condition(lock=None)`.
pub fn new_condition(_vm: &Vm, args: Args) -> PyResult {
    let [lock] = method_args("Condition.__init__", args, ["lock"], 0)?;
    Ok(Value::Object(Rc::new(Condition::new(lock))))
}

/// `asyncio.Semaphore(value=1)`.
pub fn new_semaphore(_vm: &Vm, args: Args) -> PyResult {
    let [value] = method_args("Semaphore.__init__", args, ["value"], 0)?;
    let value = match value {
        Some(v) => int_arg(&v, "<")?,
        None => 1,
    };
    Ok(Value::Object(Rc::new(Semaphore::new(value, false)?)))
}

/// `asyncio.BoundedSemaphore(value=1)`.
pub fn new_bounded_semaphore(_vm: &Vm, args: Args) -> PyResult {
    let [value] = method_args("BoundedSemaphore.__init__", args, ["value"], 0)?;
    let value = match value {
        Some(v) => int_arg(&v, "<")?,
        None => 1,
    };
    Ok(Value::Object(Rc::new(Semaphore::new(value, true)?)))
}

// ---------------------------------------------------------------------------
// Barrier

/// `locks._BarrierState`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BarrierState {
    Filling,
    Draining,
    Resetting,
    Broken,
}

impl BarrierState {
    fn value(self) -> &'static str {
        match self {
            BarrierState::Filling => "filling",
            BarrierState::Draining => "draining",
            BarrierState::Resetting => "resetting",
            BarrierState::Broken => "broken",
        }
    }
}

/// `asyncio.Barrier`, as CPython 3.11 builds it on a `Condition`: every
/// step takes and releases the condition's lock as `locks.py` does, so
/// that tasks pass the barrier in the same loop iterations.
pub struct Barrier {
    cond: Rc<Condition>,
    /// The same condition as a Python value (for its loop binding).
    cond_value: Value,
    parties: i64,
    /// `parties` as given (`Barrier(True).parties` is True).
    parties_value: Value,
    state: Cell<BarrierState>,
    count: Cell<i64>,
}

fn broken_barrier(msg: &str) -> Box<PyErr> {
    PyErr::new(&types::BROKEN_BARRIER_ERROR, msg)
}

impl Barrier {
    fn new(parties: i64, parties_value: Value) -> Barrier {
        let cond = Rc::new(Condition::new(None));
        Barrier {
            cond_value: Value::Object(cond.clone()),
            cond,
            parties,
            parties_value,
            state: Cell::new(BarrierState::Filling),
            count: Cell::new(0),
        }
    }

    fn notify_all(&self, vm: &Vm) -> PyResult<()> {
        let n = self.cond.waiters.borrow().len() as i64;
        self.cond.notify(vm, Some(Value::Int(n)))
    }

    /// `await self._cond.wait_for(predicate)`.
    async fn wait_until(
        &self,
        vm: &Rc<Vm>,
        predicate: impl Fn(BarrierState) -> bool,
    ) -> PyResult<()> {
        while !predicate(self.state.get()) {
            self.cond
                .clone()
                .wait(vm.clone(), self.cond_value.clone())
                .await?;
        }
        Ok(())
    }

    /// `async with self._cond: body`: the lock is released however the body ends.
    async fn with_cond<T>(
        &self,
        vm: &Rc<Vm>,
        body: impl std::future::Future<Output = PyResult<T>>,
    ) -> PyResult<T> {
        self.cond.acquire(vm).await?;
        let result = body.await;
        self.cond.release(vm)?;
        result
    }

    /// `Barrier.wait()`: the index of the caller among the parties.
    async fn wait(self: Rc<Self>, vm: Rc<Vm>) -> PyResult {
        self.with_cond(&vm, async {
            // _block(): wait while the barrier drains or resets.
            self.wait_until(&vm, |s| {
                !matches!(s, BarrierState::Draining | BarrierState::Resetting)
            })
            .await?;
            if self.state.get() == BarrierState::Broken {
                return Err(broken_barrier("Barrier aborted"));
            }
            let index = self.count.get();
            self.count.set(index + 1);
            let outcome = if index + 1 == self.parties {
                // _release(): drain, waking every waiter.
                self.state.set(BarrierState::Draining);
                self.notify_all(&vm)
            } else {
                // _wait(): until the filling ends.
                match self.wait_until(&vm, |s| s != BarrierState::Filling).await {
                    Ok(())
                        if matches!(
                            self.state.get(),
                            BarrierState::Broken | BarrierState::Resetting
                        ) =>
                    {
                        Err(broken_barrier("Abort or reset of barrier"))
                    }
                    other => other,
                }
            };
            // finally: the last task out ends the draining or resetting.
            self.count.set(self.count.get() - 1);
            let exited = self.exit(&vm);
            outcome?;
            exited?;
            Ok(Value::Int(index))
        })
        .await
    }

    /// `_exit()`.
    fn exit(&self, vm: &Vm) -> PyResult<()> {
        if self.count.get() == 0 {
            if matches!(
                self.state.get(),
                BarrierState::Resetting | BarrierState::Draining
            ) {
                self.state.set(BarrierState::Filling);
            }
            self.notify_all(vm)?;
        }
        Ok(())
    }

    /// `Barrier.reset()`.
    async fn reset(self: Rc<Self>, vm: Rc<Vm>) -> PyResult {
        self.with_cond(&vm, async {
            if self.count.get() > 0 {
                self.state.set(BarrierState::Resetting);
            } else {
                self.state.set(BarrierState::Filling);
            }
            self.notify_all(&vm)?;
            Ok(Value::None)
        })
        .await
    }

    /// `Barrier.abort()`.
    async fn abort(self: Rc<Self>, vm: Rc<Vm>) -> PyResult {
        self.with_cond(&vm, async {
            self.state.set(BarrierState::Broken);
            self.notify_all(&vm)?;
            Ok(Value::None)
        })
        .await
    }

    fn n_waiting(&self) -> i64 {
        if self.state.get() == BarrierState::Filling {
            self.count.get()
        } else {
            0
        }
    }
}

impl NativeObject for Barrier {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::BARRIER)
    }

    fn repr(&self, me: &Value) -> String {
        let mut extra = self.state.get().value().to_string();
        if self.state.get() != BarrierState::Broken {
            extra.push_str(&format!(
                ", waiters:{}/{}",
                self.n_waiting(),
                repr_plain(&self.parties_value)
            ));
        }
        object_repr(me, &types::BARRIER, &extra)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.Barrier(parties)`.
pub fn new_barrier(_vm: &Vm, args: Args) -> PyResult {
    let [parties] = method_args("Barrier.__init__", args, ["parties"], 1)?;
    let parties_value = parties.expect("required");
    let parties = int_arg(&parties_value, "<")?;
    if parties < 1 {
        return Err(PyErr::value_error("parties must be > 0"));
    }
    Ok(Value::Object(Rc::new(Barrier::new(parties, parties_value))))
}

// ---------------------------------------------------------------------------
// The type tables. The methods that are `async def` in CPython return
// native coroutines; `__aenter__` and `__aexit__` are
// `_ContextManagerMixin`'s, whose name their errors carry.

/// The object behind a method's receiver, which the table only offers to
/// values of its type.
fn receiver<T: NativeObject>(me: &Value) -> Rc<T> {
    downcast::<T>(me).expect("a method is only called on a value of its type")
}

/// `_ContextManagerMixin.__aenter__`: `await self.acquire()`, giving None.
fn aenter_coroutine(vm: &Vm, body: impl std::future::Future<Output = PyResult> + 'static) -> Value {
    coroutine(
        vm,
        "__aenter__",
        "_ContextManagerMixin.__aenter__".into(),
        async move {
            body.await?;
            Ok(Value::None)
        },
    )
}

/// `_ContextManagerMixin.__aexit__`: `self.release()`, giving None.
fn aexit_coroutine(vm: &Vm, release: impl FnOnce() -> PyResult<()> + 'static) -> Value {
    coroutine(
        vm,
        "__aexit__",
        "_ContextManagerMixin.__aexit__".into(),
        async move {
            release()?;
            Ok(Value::None)
        },
    )
}

fn aexit_args(args: Args) -> PyResult<()> {
    method_args(
        "_ContextManagerMixin.__aexit__",
        args,
        ["exc_type", "exc", "tb"],
        3,
    )
    .map(|_| ())
}

fn aenter_args(args: Args) -> PyResult<()> {
    method_args("_ContextManagerMixin.__aenter__", args, [], 0).map(|_| ())
}

pub const LOCK_SPEC: TypeSpec = TypeSpec {
    doc: "A mutual exclusion lock for tasks: one task holds it at a time; \
async with acquires and releases it.",
    members: &[&[
        Member::method(
            "acquire",
            lock_acquire,
            "Coroutine: wait until the lock is free, then take it; True.",
        ),
        Member::method(
            "release",
            lock_release,
            "Free the lock, waking the first waiter; RuntimeError if it is not held.",
        ),
        Member::method("locked", lock_locked, "Whether the lock is held."),
        Member::method("__aenter__", lock_aenter, "Coroutine: acquire()."),
        Member::method("__aexit__", lock_aexit, "Coroutine: release()."),
        Member::getter("_locked", lock_locked_attr, "Whether the lock is held."),
    ]],
};

fn lock_locked(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Lock.locked", args, [], 0)?;
    Ok(Value::Bool(receiver::<Lock>(me).locked()))
}

fn lock_locked_attr(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(receiver::<Lock>(me).locked()))
}

fn lock_release(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Lock.release", args, [], 0)?;
    receiver::<Lock>(me).release().map(|_| Value::None)
}

fn lock_acquire(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Lock.acquire", args, [], 0)?;
    let this = receiver::<Lock>(me);
    Ok(coroutine(
        vm,
        "acquire",
        "Lock.acquire".into(),
        this.acquire(vm.rc(), me.clone()),
    ))
}

fn lock_aenter(vm: &Vm, me: &Value, args: Args) -> PyResult {
    aenter_args(args)?;
    let this = receiver::<Lock>(me);
    Ok(aenter_coroutine(vm, this.acquire(vm.rc(), me.clone())))
}

fn lock_aexit(vm: &Vm, me: &Value, args: Args) -> PyResult {
    aexit_args(args)?;
    let this = receiver::<Lock>(me);
    Ok(aexit_coroutine(vm, move || this.release()))
}

pub const EVENT_SPEC: TypeSpec = TypeSpec {
    doc: "A flag tasks can wait for: wait() returns once set() is called.",
    members: &[&[
        Member::method("is_set", event_is_set, "Whether the flag is set."),
        Member::method("set", event_set, "Set the flag, waking every waiter."),
        Member::method("clear", event_clear, "Reset the flag."),
        Member::method(
            "wait",
            event_wait,
            "Coroutine: wait until the flag is set; True.",
        ),
        Member::getter("_value", event_value, "Whether the flag is set."),
    ]],
};

fn event_is_set(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Event.is_set", args, [], 0)?;
    Ok(Value::Bool(receiver::<Event>(me).is_set()))
}

fn event_value(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(receiver::<Event>(me).is_set()))
}

fn event_set(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Event.set", args, [], 0)?;
    receiver::<Event>(me).set().map(|_| Value::None)
}

fn event_clear(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Event.clear", args, [], 0)?;
    receiver::<Event>(me).clear();
    Ok(Value::None)
}

fn event_wait(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Event.wait", args, [], 0)?;
    let this = receiver::<Event>(me);
    Ok(coroutine(
        vm,
        "wait",
        "Event.wait".into(),
        this.wait(vm.rc(), me.clone()),
    ))
}

pub const CONDITION_SPEC: TypeSpec = TypeSpec {
    doc: "A condition variable: tasks wait() until notified, holding the \
underlying lock before and after.",
    members: &[&[
        Member::method(
            "locked",
            condition_locked,
            "Whether the underlying lock is held.",
        ),
        Member::method(
            "acquire",
            condition_acquire,
            "Coroutine: acquire the underlying lock.",
        ),
        Member::method("release", condition_release, "Release the underlying lock."),
        Member::method(
            "wait",
            condition_wait,
            "Coroutine: release the lock, wait to be notified, take the lock again; True.",
        ),
        Member::method(
            "wait_for",
            condition_wait_for,
            "Coroutine: wait() until predicate() is true; its last value.",
        ),
        Member::method(
            "notify",
            condition_notify,
            "Wake at most n waiters (1 by default); the lock must be held.",
        ),
        Member::method(
            "notify_all",
            condition_notify_all,
            "Wake every waiter; the lock must be held.",
        ),
        Member::method("__aenter__", condition_aenter, "Coroutine: acquire()."),
        Member::method("__aexit__", condition_aexit, "Coroutine: release()."),
        Member::method(
            "__repr__",
            condition_repr,
            "The repr, with the lock's state.",
        ),
        Member::getter("_lock", condition_lock, "The underlying lock."),
    ]],
};

/// `self.locked = lock.locked` and so on: the lock's own methods.
fn condition_locked(vm: &Vm, me: &Value, args: Args) -> PyResult {
    vm.call_method(&receiver::<Condition>(me).lock, "locked", args)
}

fn condition_acquire(vm: &Vm, me: &Value, args: Args) -> PyResult {
    vm.call_method(&receiver::<Condition>(me).lock, "acquire", args)
}

fn condition_release(vm: &Vm, me: &Value, args: Args) -> PyResult {
    vm.call_method(&receiver::<Condition>(me).lock, "release", args)
}

fn condition_lock(_vm: &Vm, me: &Value) -> PyResult {
    Ok(receiver::<Condition>(me).lock.clone())
}

fn condition_repr(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Condition.__repr__", args, [], 0)?;
    let this = receiver::<Condition>(me);
    let locked = this.locked(vm)?;
    Ok(Value::str(&this.repr_with(me, locked)))
}

fn condition_wait(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Condition.wait", args, [], 0)?;
    let this = receiver::<Condition>(me);
    Ok(coroutine(
        vm,
        "wait",
        "Condition.wait".into(),
        this.wait(vm.rc(), me.clone()),
    ))
}

fn condition_wait_for(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [predicate] = method_args("Condition.wait_for", args, ["predicate"], 1)?;
    let this = receiver::<Condition>(me);
    Ok(coroutine(
        vm,
        "wait_for",
        "Condition.wait_for".into(),
        this.wait_for(vm.rc(), me.clone(), predicate.expect("required")),
    ))
}

fn condition_notify(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [n] = method_args("Condition.notify", args, ["n"], 0)?;
    receiver::<Condition>(me).notify(vm, n).map(|_| Value::None)
}

fn condition_notify_all(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Condition.notify_all", args, [], 0)?;
    let this = receiver::<Condition>(me);
    let n = this.waiters.borrow().len() as i64;
    this.notify(vm, Some(Value::Int(n))).map(|_| Value::None)
}

fn condition_aenter(vm: &Vm, me: &Value, args: Args) -> PyResult {
    aenter_args(args)?;
    let (this, rc) = (receiver::<Condition>(me), vm.rc());
    Ok(aenter_coroutine(vm, async move { this.acquire(&rc).await }))
}

fn condition_aexit(vm: &Vm, me: &Value, args: Args) -> PyResult {
    aexit_args(args)?;
    let (this, rc) = (receiver::<Condition>(me), vm.rc());
    Ok(aexit_coroutine(vm, move || this.release(&rc)))
}

pub const SEMAPHORE_SPEC: TypeSpec = TypeSpec {
    doc: "A counter of units tasks acquire and release: acquire() waits while \
none is left.",
    members: &[&[
        Member::method(
            "acquire",
            semaphore_acquire,
            "Coroutine: wait for a unit and take it; True.",
        ),
        Member::method(
            "release",
            semaphore_release,
            "Give a unit back, waking the first waiter.",
        ),
        Member::method(
            "locked",
            semaphore_locked,
            "Whether acquire() would have to wait.",
        ),
        Member::method("__aenter__", semaphore_aenter, "Coroutine: acquire()."),
        Member::method("__aexit__", semaphore_aexit, "Coroutine: release()."),
        Member::getter("_value", semaphore_value, "The units left."),
    ]],
};

pub const BOUNDED_SEMAPHORE_SPEC: TypeSpec = TypeSpec {
    doc: "A semaphore that refuses to be released more often than acquired.",
    members: &[&[Member::getter(
        "_bound_value",
        semaphore_bound_value,
        "The initial number of units, which release() may not exceed.",
    )]],
};

fn semaphore_locked(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Semaphore.locked", args, [], 0)?;
    Ok(Value::Bool(receiver::<Semaphore>(me).locked()))
}

fn semaphore_value(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Int(receiver::<Semaphore>(me).value.get()))
}

fn semaphore_bound_value(_vm: &Vm, me: &Value) -> PyResult {
    Ok(receiver::<Semaphore>(me)
        .bound_value
        .map_or(Value::None, Value::Int))
}

fn semaphore_release(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let this = receiver::<Semaphore>(me);
    method_args(&format!("{}.release", this.class_name()), args, [], 0)?;
    this.release().map(|_| Value::None)
}

fn semaphore_acquire(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Semaphore.acquire", args, [], 0)?;
    let this = receiver::<Semaphore>(me);
    Ok(coroutine(
        vm,
        "acquire",
        "Semaphore.acquire".into(),
        this.acquire(vm.rc(), me.clone()),
    ))
}

fn semaphore_aenter(vm: &Vm, me: &Value, args: Args) -> PyResult {
    aenter_args(args)?;
    let this = receiver::<Semaphore>(me);
    Ok(aenter_coroutine(vm, this.acquire(vm.rc(), me.clone())))
}

fn semaphore_aexit(vm: &Vm, me: &Value, args: Args) -> PyResult {
    aexit_args(args)?;
    let this = receiver::<Semaphore>(me);
    Ok(aexit_coroutine(vm, move || this.release()))
}

pub const BARRIER_SPEC: TypeSpec = TypeSpec {
    doc: "A barrier: each of parties tasks waits in wait() until all have come.",
    members: &[&[
        Member::method(
            "wait",
            barrier_wait,
            "Coroutine: wait until every party has come; this task's index among them.",
        ),
        Member::method(
            "reset",
            barrier_reset,
            "Coroutine: return the barrier to empty, breaking the waits in progress.",
        ),
        Member::method(
            "abort",
            barrier_abort,
            "Coroutine: break the barrier; waits raise BrokenBarrierError.",
        ),
        Member::method("__aenter__", barrier_aenter, "Coroutine: wait()."),
        Member::method("__aexit__", barrier_aexit, "Coroutine: nothing to do."),
        Member::getter("parties", barrier_parties, "How many tasks must wait."),
        Member::getter(
            "n_waiting",
            barrier_n_waiting,
            "How many tasks are waiting.",
        ),
        Member::getter("broken", barrier_broken, "Whether the barrier is broken."),
    ]],
};

fn barrier_wait(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Barrier.wait", args, [], 0)?;
    let this = receiver::<Barrier>(me);
    Ok(coroutine(
        vm,
        "wait",
        "Barrier.wait".into(),
        this.wait(vm.rc()),
    ))
}

fn barrier_aenter(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Barrier.__aenter__", args, [], 0)?;
    let this = receiver::<Barrier>(me);
    Ok(coroutine(
        vm,
        "__aenter__",
        "Barrier.__aenter__".into(),
        this.wait(vm.rc()),
    ))
}

/// `async def __aexit__(self, *args)`: it takes anything.
fn barrier_aexit(vm: &Vm, _me: &Value, _args: Args) -> PyResult {
    Ok(coroutine(
        vm,
        "__aexit__",
        "Barrier.__aexit__".into(),
        async { Ok(Value::None) },
    ))
}

fn barrier_reset(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Barrier.reset", args, [], 0)?;
    let this = receiver::<Barrier>(me);
    Ok(coroutine(
        vm,
        "reset",
        "Barrier.reset".into(),
        this.reset(vm.rc()),
    ))
}

fn barrier_abort(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Barrier.abort", args, [], 0)?;
    let this = receiver::<Barrier>(me);
    Ok(coroutine(
        vm,
        "abort",
        "Barrier.abort".into(),
        this.abort(vm.rc()),
    ))
}

fn barrier_parties(_vm: &Vm, me: &Value) -> PyResult {
    Ok(receiver::<Barrier>(me).parties_value.clone())
}

fn barrier_n_waiting(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Int(receiver::<Barrier>(me).n_waiting()))
}

fn barrier_broken(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Bool(
        receiver::<Barrier>(me).state.get() == BarrierState::Broken,
    ))
}
