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

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static LIMIT: Cell<u32> = const { Cell::new(DEFAULT_LIMIT) };
    /// The lowest stack address recursion may reach; 0 until measured.
    static STACK_FLOOR: Cell<usize> = const { Cell::new(0) };
}

pub fn limit() -> u32 {
    LIMIT.with(Cell::get)
}

pub fn set_limit(n: u32) {
    LIMIT.with(|l| l.set(n));
}

/// The current depth (Python frames plus nested builtin recursions).
pub fn depth() -> u32 {
    DEPTH.with(Cell::get)
}

/// One level of recursion, given back when dropped.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get() - 1));
    }
}

/// Enters one level; past the limit, or near the end of the native stack,
/// RecursionError "maximum recursion depth exceeded{context}" (`context`
/// as CPython words it: `""`, `" in comparison"`, `" while getting the
/// repr of an object"`).
#[inline]
pub fn enter(context: &str) -> PyResult<Guard> {
    let d = DEPTH.with(Cell::get) + 1;
    if d > LIMIT.with(Cell::get) || stack_exhausted() {
        return Err(PyErr::new(
            &types::RECURSION_ERROR,
            format!("maximum recursion depth exceeded{context}"),
        ));
    }
    DEPTH.with(|c| c.set(d));
    Ok(Guard(()))
}

/// Whether this thread's stack is nearly used up.
#[inline]
fn stack_exhausted() -> bool {
    let marker = 0u8;
    let here = std::ptr::addr_of!(marker) as usize;
    let floor = STACK_FLOOR.with(|f| match f.get() {
        0 => {
            let measured = measure_stack_floor();
            f.set(measured);
            measured
        }
        known => known,
    });
    here < floor
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
