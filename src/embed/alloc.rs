//! Counting the memory a script uses. A library cannot install the global
//! allocator of the program that links it, so the host does:
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: pyasync::embed::CountingAllocator = pyasync::embed::CountingAllocator::new();
//! ```
//!
//! The count is of live heap bytes of the whole process; a run's usage is
//! the growth since it began, compared with `Limits::max_memory` at the
//! interpreter's safe points. One allocation can therefore pass the limit
//! before the run is stopped (the interpreter's allocations whose size a
//! script chooses still fail with MemoryError when the system refuses them).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static LIVE: AtomicUsize = AtomicUsize::new(0);
static INSTALLED: AtomicBool = AtomicBool::new(false);

/// The system allocator, counting the bytes it has handed out and not yet
/// been given back. Install it as the `#[global_allocator]` of a host that
/// sets `Limits::max_memory`.
#[derive(Debug, Default)]
pub struct CountingAllocator {
    _private: (),
}

impl CountingAllocator {
    /// The allocator, for a `static`.
    pub const fn new() -> CountingAllocator {
        CountingAllocator { _private: () }
    }
}

// SAFETY: every call is forwarded to `System` unchanged; the counters are
// only bookkeeping.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
            INSTALLED.store(true, Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
            INSTALLED.store(true, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }
}

/// The live heap bytes counted by `CountingAllocator`, or `None` when the
/// program did not install it.
pub fn allocated_bytes() -> Option<usize> {
    INSTALLED
        .load(Ordering::Relaxed)
        .then(|| LIVE.load(Ordering::Relaxed))
}
