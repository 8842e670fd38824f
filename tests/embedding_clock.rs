//! The virtual clock through the embedding API (`Options`).

use std::io::Write;
use std::sync::{Arc, Mutex};

use pyasync::asyncio::clock::ClockKind;
use pyasync::interp::{Output, Vm};
use pyasync::{run_with_large_stack, Interpreter, Options};

/// A `Write` whose bytes the test reads afterwards.
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

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// Runs `source` with `options`; returns status, stdout and stderr.
fn run(options: Options, source: &'static str) -> (i32, String, String) {
    let (out, err) = (Captured::default(), Captured::default());
    let (o, e) = (out.clone(), err.clone());
    let status = run_with_large_stack(move || {
        let vm = Vm::new(
            Output::new(Box::new(o), false, false),
            Output::new(Box::new(e), false, true),
        );
        let interpreter = Interpreter::from_vm(vm);
        interpreter.set_clock_options(&options);
        interpreter.run_script("<embedded>", source)
    });
    (status, out.text(), err.text())
}

#[test]
fn an_hour_of_virtual_sleep_takes_milliseconds() {
    let started = std::time::Instant::now();
    let options = Options {
        clock: ClockKind::VirtualExact,
        ..Options::default()
    };
    let (status, out, err) = run(
        options,
        "import asyncio, time\nasync def main():\n    await asyncio.sleep(3600)\n    print(asyncio.get_running_loop().time())\nasyncio.run(main())\n",
    );
    assert_eq!((status, out.as_str()), (0, "3600.0\n"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
}

#[test]
fn a_deadlock_and_the_time_limit_end_the_run_with_status_3() {
    let options = Options {
        clock: ClockKind::Virtual,
        ..Options::default()
    };
    let (status, out, err) = run(
        options.clone(),
        "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n",
    );
    assert_eq!((status, out.as_str()), (3, ""));
    assert_eq!(
        err,
        "pyasync: deadlock: no task can ever be woken\n└── (T) Task-1\n    └──  main <embedded>:3\n"
    );
    let limited = Options {
        max_time: Some(5.0),
        ..options
    };
    let (status, out, err) = run(
        limited,
        "import asyncio\nasync def main():\n    for i in range(10):\n        print(i)\n        await asyncio.sleep(1)\nasyncio.run(main())\n",
    );
    assert_eq!((status, out.as_str()), (3, "0\n1\n2\n3\n4\n"), "{err}");
    assert_eq!(
        err,
        "pyasync: stopped at the time limit: 5.0 s of virtual time passed (--max-time)\n"
    );
}
