//! Finalisers that must run Python code when an object goes away: a
//! suspended generator's `finally` blocks, a class's `__del__`. A value is
//! dropped wherever its last reference goes, often inside a borrow, so
//! the work is queued here and the evaluator runs it at its next safe
//! point (before a statement, after a call returns, after a loop callback).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::class::Instance;

thread_local! {
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static INSTANCES: RefCell<VecDeque<Rc<Instance>>> = const { RefCell::new(VecDeque::new()) };
}

/// Whether some finaliser waits to run: one cheap check per safe point.
#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// Something was queued (here, or by the evaluator for its frames).
pub fn set_pending() {
    PENDING.with(|p| p.set(true));
}

/// Everything queued has run.
pub fn clear_pending() {
    PENDING.with(|p| p.set(false));
}

/// An instance whose class defines `__del__`, revived from its dying
/// self (CPython's finalisers may resurrect an object too, PEP 442), for
/// `__del__` to run on once.
pub fn defer_del(instance: Rc<Instance>) {
    INSTANCES.with(|q| q.borrow_mut().push_back(instance));
    set_pending();
}

/// The next instance whose `__del__` must run, oldest first.
pub fn next_del() -> Option<Rc<Instance>> {
    INSTANCES.with(|q| q.borrow_mut().pop_front())
}
