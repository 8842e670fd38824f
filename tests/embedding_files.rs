//! File access from an embedding host: refused (a `PermissionError`) unless
//! the host grants the `files` capability.

use std::io::Write;
use std::sync::{Arc, Mutex};

use pyasync::interp::capabilities::{Capabilities, Capability};
use pyasync::interp::{Output, Vm};
use pyasync::{run_with_large_stack, Interpreter};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `source` with only `granted`; returns the status and stdout.
fn run(granted: Capabilities, source: &'static str) -> (i32, String) {
    let out = Captured::default();
    let o = out.clone();
    let status = run_with_large_stack(move || {
        let vm = Vm::new(
            Output::new(Box::new(o), false, false),
            Output::new(Box::new(std::io::sink()), false, true),
        );
        vm.capabilities.set(granted);
        Interpreter::from_vm(vm).run_script("<embedded>", source)
    });
    let text = String::from_utf8_lossy(&out.0.lock().unwrap()).into_owned();
    (status, text)
}

const PROBES: &str = "\
import os, pathlib
def probe(what, f):
    try:
        f()
        print(what, 'allowed')
    except PermissionError as e:
        print(what, 'refused:', e)
probe('open', lambda: open('/nonexistent/x'))
probe('listdir', lambda: os.listdir('.'))
probe('exists', lambda: pathlib.Path('.').exists())
probe('stat', lambda: pathlib.Path('.').stat())
";

#[test]
fn files_are_refused_without_the_capability() {
    let (status, out) = run(Capabilities::NONE, PROBES);
    assert_eq!(status, 0, "{out}");
    assert_eq!(
        out,
        "open refused: open('/nonexistent/x') needs the 'files' capability, which the host did not grant\n\
         listdir refused: os.listdir() needs the 'files' capability, which the host did not grant\n\
         exists refused: os.stat() needs the 'files' capability, which the host did not grant\n\
         stat refused: os.stat('.') needs the 'files' capability, which the host did not grant\n"
    );
}

#[test]
fn files_are_reached_with_the_capability() {
    let granted = Capabilities::NONE.with(Capability::Files);
    let (status, out) = run(
        granted,
        PROBES.replace("open('/nonexistent/x')", "0").leak(),
    );
    assert_eq!(status, 0, "{out}");
    assert_eq!(
        out,
        "open allowed\nlistdir allowed\nexists allowed\nstat allowed\n"
    );
}
