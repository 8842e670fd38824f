//! The evaluator: any script runs to its end, raises a Python exception or
//! is stopped by a limit; it never panics, overflows the stack or hangs.
//! Scripts run on the virtual clock with no capability granted and a step
//! budget, and their output is discarded.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use pyasync::embed::{Interpreter, Limits};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let source = source.to_owned();
    pyasync::run_with_large_stack(move || {
        let limits = Limits {
            max_steps: Some(200_000),
            max_recursion: Some(200),
            max_wall_time: Some(Duration::from_secs(2)),
            max_virtual_time: Some(3600.0),
            max_output_bytes: Some(1 << 16),
            max_tasks: Some(1000),
            ..Limits::default()
        };
        let mut interp = Interpreter::builder()
            .limits(limits)
            .build()
            .expect("no memory limit asked for");
        let _ = interp.exec(&source);
    });
});
