//! The recursion limit (CPython's `Py_EnterRecursiveCall`): Python calls,
//! and builtin operations that recurse into nested containers (`repr`,
//! `==`, `<`, `hash`), count against one depth per thread, so a list nested
//! 100,000 deep fails with RecursionError exactly where CPython's does.
//!
//! Under the count lies a guard of the thread's native stack: a tree-walker
//! spends several Rust frames per Python frame, and a raised limit
//! (`sys.setrecursionlimit(10**6)`) or deeply nested expressions in every
//! frame must end in RecursionError too, never in a stack overflow.

use std::cell::Cell;

use super::{types, PyErr, PyResult};

/// `sys.getrecursionlimit()` of a fresh interpreter.
pub const DEFAULT_LIMIT: u32 = 1000;

/// Native stack kept free below the guard: room for the deepest stretch
/// of Rust frames between two checks (one Python frame's evaluation, an
/// error being built and printed).
const STACK_RESERVE: usize = 256 * 1024;

/// One thread's recursion state, in one thread-local so that entering a
/// frame costs a single TLS access.
struct State {
    depth: Cell<u32>,
    limit: Cell<u32>,
    /// The lowest stack address recursion may reach; `usize::MAX` until
    /// measured, which sends the first `enter` down the slow path.
    floor: Cell<usize>,
}

const UNMEASURED: usize = usize::MAX;

thread_local! {
    static STATE: State = const {
        State {
            depth: Cell::new(0),
            limit: Cell::new(DEFAULT_LIMIT),
            floor: Cell::new(UNMEASURED),
        }
    };
}

pub fn limit() -> u32 {
    STATE.with(|s| s.limit.get())
}

pub fn set_limit(n: u32) {
    STATE.with(|s| s.limit.set(n));
}

/// The current depth (Python frames plus nested builtin recursions).
pub fn depth() -> u32 {
    STATE.with(|s| s.depth.get())
}

/// One level of recursion, given back when dropped.
pub struct Guard(());

impl Drop for Guard {
    #[inline]
    fn drop(&mut self) {
        STATE.with(|s| s.depth.set(s.depth.get() - 1));
    }
}

/// Enters one level; past the limit, or near the end of the native stack,
/// RecursionError "maximum recursion depth exceeded{context}" (`context`
/// as CPython words it: `""`, `" in comparison"`, `" while getting the
/// repr of an object"`).
#[inline]
pub fn enter(context: &str) -> PyResult<Guard> {
    STATE.with(|s| {
        let d = s.depth.get() + 1;
        let marker = 0u8;
        let here = std::ptr::addr_of!(marker) as usize;
        if d > s.limit.get() || here < s.floor.get() {
            return refuse(s, here, context);
        }
        s.depth.set(d);
        Ok(Guard(()))
    })
}

/// The slow path of `enter`: the floor may not be measured yet, else the
/// limit or the stack is exhausted.
#[cold]
fn refuse(s: &State, here: usize, context: &str) -> PyResult<Guard> {
    if s.floor.get() == UNMEASURED {
        s.floor.set(measure_stack_floor());
        let d = s.depth.get() + 1;
        if d <= s.limit.get() && here >= s.floor.get() {
            s.depth.set(d);
            return Ok(Guard(()));
        }
    }
    Err(PyErr::new(
        &types::RECURSION_ERROR,
        format!("maximum recursion depth exceeded{context}"),
    ))
}

/// The lowest usable address of the current thread's stack plus the
/// reserve, from the thread's attributes; 1 (no guard) where the platform
/// cannot say.
#[cfg(target_os = "linux")]
fn measure_stack_floor() -> usize {
    // SAFETY: `pthread_getattr_np` fills `attr` for the calling thread,
    // which is then read and destroyed exactly once.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 1;
        }
        let mut base: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut base, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if !ok || size <= STACK_RESERVE {
            return 1;
        }
        base as usize + STACK_RESERVE
    }
}

#[cfg(not(target_os = "linux"))]
fn measure_stack_floor() -> usize {
    1
}
