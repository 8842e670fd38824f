//! The embedding API (`pyasync::embed`): limits, capabilities, the output
//! sink, host functions and interrupts.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use pyasync::embed::{
    Budget, Capability, CountingAllocator, HostError, Interpreter, Limit, Limits, OutputStream,
    RunState, Stop, Value,
};
use pyasync::run_with_large_stack;

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator::new();

fn with_limits(limits: Limits) -> Interpreter {
    Interpreter::builder().limits(limits).build().unwrap()
}

/// Runs `source` in a fresh interpreter with `limits`; asserts it stops
/// with `limit` and that the interpreter then runs another script.
fn assert_stopped_by(limits: Limits, source: &'static str, limit: Limit) {
    run_with_large_stack(move || {
        let mut interp = with_limits(limits);
        let err = interp.eval(source).expect_err("the limit stops the script");
        assert_eq!(err.stop, Some(Stop::Limit(limit)), "{err:?}");
        assert_eq!(err.type_name, "LimitExceeded");
        assert!(err.message.contains(limit.field()), "{}", err.message);
        assert_eq!(interp.eval("sum(range(10))"), Ok(Value::Int(45)));
    });
}

/// The script tries to swallow the stop: `except BaseException`, a bare
/// `except`, a `finally` that loops for ever.
const STUBBORN_LOOP: &str = "
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
    except:
        pass
    finally:
        while True:
            pass
";

#[test]
fn max_steps_stops_a_loop_that_swallows_exceptions() {
    let limits = Limits {
        max_steps: Some(10_000),
        ..Limits::default()
    };
    assert_stopped_by(limits, STUBBORN_LOOP, Limit::Steps);
    // `return` and `continue` in `finally` drop the error in flight; the
    // next safe point raises it again.
    let swallowing = "
def f():
    try:
        while True:
            pass
    finally:
        return 1
while True:
    try:
        f()
    finally:
        continue
";
    assert_stopped_by(limits, swallowing, Limit::Steps);
}

#[test]
fn max_wall_time_stops_an_endless_loop() {
    let limits = Limits {
        max_wall_time: Some(Duration::from_millis(200)),
        ..Limits::default()
    };
    assert_stopped_by(limits, STUBBORN_LOOP, Limit::WallTime);
}

#[test]
fn max_recursion_is_not_a_catchable_recursion_error() {
    let limits = Limits {
        max_recursion: Some(60),
        ..Limits::default()
    };
    let source = "
import sys
sys.setrecursionlimit(100000)
def f(n):
    try:
        return f(n + 1)
    except BaseException:
        return n
f(0)
";
    assert_stopped_by(limits, source, Limit::Recursion);
}

#[test]
fn max_memory_stops_a_growing_list() {
    let limits = Limits {
        max_memory: Some(32 << 20),
        ..Limits::default()
    };
    let source = "
chunks = []
while True:
    chunks.append(bytearray(1 << 20))
";
    assert_stopped_by(limits, source, Limit::Memory);
}

#[test]
fn max_output_bytes_cuts_the_output_and_stops() {
    run_with_large_stack(|| {
        let seen = Rc::new(RefCell::new(String::new()));
        let sink = seen.clone();
        let mut interp = Interpreter::builder()
            .limits(Limits {
                max_output_bytes: Some(8),
                ..Limits::default()
            })
            .output(move |event| sink.borrow_mut().push_str(event.text))
            .build()
            .unwrap();
        let err = interp.eval("while True:\n    print('abcd')\n").unwrap_err();
        assert_eq!(err.stop, Some(Stop::Limit(Limit::OutputBytes)));
        assert_eq!(&*seen.borrow(), "abcd\nabc");
        seen.borrow_mut().clear();
        assert_eq!(interp.eval("print('ok')"), Ok(Value::None));
        assert_eq!(&*seen.borrow(), "ok\n");
    });
}

#[test]
fn max_tasks_stops_a_task_bomb() {
    let limits = Limits {
        max_tasks: Some(50),
        ..Limits::default()
    };
    let source = "
import asyncio
async def forever():
    await asyncio.Event().wait()
async def main():
    tasks = []
    while True:
        tasks.append(asyncio.create_task(forever()))
        await asyncio.sleep(0)
asyncio.run(main())
";
    assert_stopped_by(limits, source, Limit::Tasks);
}

#[test]
fn max_virtual_time_stops_a_long_sleep() {
    let limits = Limits {
        max_virtual_time: Some(10.0),
        ..Limits::default()
    };
    let source = "
import asyncio
async def main():
    await asyncio.sleep(5)
    print('slept 5')
    await asyncio.sleep(3600)
    print('never')
asyncio.run(main())
";
    assert_stopped_by(limits, source, Limit::VirtualTime);
    // The same through run_until.
    run_with_large_stack(move || {
        let mut interp = with_limits(limits);
        interp
            .exec("import asyncio\nasync def main():\n    await asyncio.sleep(3600)\n")
            .unwrap();
        interp.start("main()").unwrap();
        match interp.run_until(Budget::unlimited()) {
            RunState::Done(Err(e)) => {
                assert_eq!(e.stop, Some(Stop::Limit(Limit::VirtualTime)))
            }
            other => panic!("{other:?}"),
        }
    });
}

#[test]
fn each_refused_capability_is_a_permission_error_naming_it() {
    run_with_large_stack(|| {
        let mut interp = Interpreter::builder().build().unwrap();
        let err = interp.eval("open('/etc/hostname')").unwrap_err();
        assert_eq!(err.type_name, "PermissionError");
        assert!(
            err.message.contains("'files' capability"),
            "{}",
            err.message
        );
        // Caught in Python like any PermissionError.
        let caught = interp
            .eval(
                "try:\n    open('/etc/hostname')\nexcept PermissionError as e:\n    r = str(e)\nr",
            )
            .unwrap();
        let Value::Str(text) = caught else {
            panic!("{caught:?}")
        };
        assert!(text.contains("'files'"), "{text}");
    });
    run_with_large_stack(|| {
        let mut interp = Interpreter::builder()
            .grant(Capability::Files)
            .build()
            .unwrap();
        let r = interp.eval("open('/dev/null').read()");
        assert_eq!(r, Ok(Value::Str(String::new())));
    });
}

#[test]
fn without_real_time_the_clock_is_virtual() {
    run_with_large_stack(|| {
        let started = std::time::Instant::now();
        let mut interp = Interpreter::builder().build().unwrap();
        let r = interp
            .eval("import asyncio, time\nt = time.time()\nasyncio.run(asyncio.sleep(3600))\ntime.time() - t")
            .unwrap();
        let slept = f64::try_from(r).unwrap();
        assert!((slept - 3600.0).abs() < 1e-3, "{slept}");
        assert!(started.elapsed() < Duration::from_secs(5));
    });
}

#[test]
fn output_reaches_the_sink_with_its_task() {
    run_with_large_stack(|| {
        let events = Rc::new(RefCell::new(Vec::new()));
        let sink = events.clone();
        let mut interp = Interpreter::builder()
            .output(move |e| {
                sink.borrow_mut()
                    .push((e.stream, e.task.clone(), e.loop_time, e.text.to_string()))
            })
            .build()
            .unwrap();
        let source = "
import asyncio, sys
print('top')
async def worker(n):
    await asyncio.sleep(n)
    print('worker', n)
async def main():
    await asyncio.gather(asyncio.create_task(worker(2), name='w2'),
                         asyncio.create_task(worker(1), name='w1'))
    print('oops', file=sys.stderr)
asyncio.run(main())
";
        interp.exec(source).unwrap();
        let events = events.borrow();
        assert_eq!(
            *events,
            vec![
                (OutputStream::Stdout, None, None, "top\n".to_string()),
                (
                    OutputStream::Stdout,
                    Some("w1".into()),
                    Some(1.0),
                    "worker 1\n".into()
                ),
                (
                    OutputStream::Stdout,
                    Some("w2".into()),
                    Some(2.0),
                    "worker 2\n".into()
                ),
                (
                    OutputStream::Stderr,
                    Some("Task-1".into()),
                    Some(2.0),
                    "oops\n".into()
                ),
            ]
        );
    });
}

#[test]
fn a_host_async_function_resolves_across_loop_iterations() {
    run_with_large_stack(|| {
        let mut interp = Interpreter::builder()
            .host_async_function("fetch")
            .host_function("double", |args| match args {
                [Value::Int(n)] => Ok(Value::Int(n * 2)),
                _ => Err(HostError::new("TypeError", "double() takes one int")),
            })
            .build()
            .unwrap();
        interp
            .exec(
                "
import asyncio
async def ticker(log):
    for i in range(3):
        log.append(i)
        await asyncio.sleep(0)
async def main():
    log = []
    t = asyncio.create_task(ticker(log))
    a = await fetch('a', 1)
    try:
        await fetch('b')
    except KeyError as e:
        b = repr(e)
    await t
    return [a, b, double(21), log]
",
            )
            .unwrap();
        interp.start("main()").unwrap();
        let RunState::HostCall { id, name, args } = interp.run_until(Budget::unlimited()) else {
            panic!("expected a host call")
        };
        assert_eq!(
            (name.as_str(), args),
            ("fetch", vec![Value::from("a"), Value::Int(1)])
        );
        // Nothing can run until the host answers: the ticker finishes,
        // then the loop is idle.
        assert_eq!(
            interp.run_until(Budget::unlimited()),
            RunState::Idle { next_timer: None }
        );
        interp.resolve(id, Ok(Value::from("A"))).unwrap();
        assert!(interp.resolve(id, Ok(Value::None)).is_err());
        let RunState::HostCall { id, name, .. } = interp.run_until(Budget::iterations(5)) else {
            panic!("expected a second host call")
        };
        assert_eq!(name, "fetch");
        interp
            .resolve(id, Err(HostError::new("KeyError", "b")))
            .unwrap();
        let state = interp.run_until(Budget::unlimited());
        assert_eq!(
            state,
            RunState::Done(Ok(Value::List(vec![
                Value::from("A"),
                Value::from("KeyError('b')"),
                Value::Int(42),
                Value::List(vec![Value::Int(0), Value::Int(1), Value::Int(2)]),
            ])))
        );
        // A synchronous host function's error is the exception it names.
        let err = interp.eval("double('x')").unwrap_err();
        assert_eq!(
            (err.type_name.as_str(), err.message.as_str()),
            ("TypeError", "double() takes one int")
        );
        // An asynchronous one cannot be called outside run_until.
        let err = interp.eval("fetch('c')").unwrap_err();
        assert_eq!(err.type_name, "RuntimeError");
    });
}

#[test]
fn run_until_pauses_at_its_budget_and_resumes() {
    run_with_large_stack(|| {
        let mut interp = Interpreter::builder().build().unwrap();
        interp
            .exec("import asyncio\nasync def main():\n    for i in range(100):\n        await asyncio.sleep(0)\n    return i\n")
            .unwrap();
        interp.start("main()").unwrap();
        let mut pauses = 0;
        let result = loop {
            match interp.run_until(Budget::iterations(10)) {
                RunState::Paused => pauses += 1,
                RunState::Done(r) => break r,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(result, Ok(Value::Int(99)));
        assert!(pauses >= 9, "{pauses}");
    });
}

#[test]
fn an_interrupt_from_another_thread_stops_while_true_pass() {
    run_with_large_stack(|| {
        let mut interp = Interpreter::builder().build().unwrap();
        let handle = interp.interrupt_handle();
        let stopper = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            handle.interrupt();
        });
        let err = interp.eval("while True: pass").unwrap_err();
        assert_eq!(err.stop, Some(Stop::Interrupted));
        stopper.join().unwrap();
        assert_eq!(interp.eval("1 + 1"), Ok(Value::Int(2)));
    });
}

#[test]
fn values_convert_to_rust_types() {
    run_with_large_stack(|| {
        let mut interp = Interpreter::builder().build().unwrap();
        let v = interp
            .eval("x = [1, 2.5, 'three', (None, True), {'k': b'v'}, 2**70]\nx")
            .unwrap();
        let items: Vec<Value> = v.try_into().unwrap();
        assert_eq!(i64::try_from(items[0].clone()), Ok(1));
        assert_eq!(f64::try_from(items[1].clone()), Ok(2.5));
        assert_eq!(String::try_from(items[2].clone()), Ok("three".to_string()));
        assert_eq!(items[3], Value::Tuple(vec![Value::None, Value::Bool(true)]));
        assert_eq!(
            items[4],
            Value::Dict(vec![(Value::from("k"), Value::Bytes(b"v".to_vec()))])
        );
        assert_eq!(
            items[5],
            Value::BigInt("1180591620717411303424".to_string())
        );
        assert!(i64::try_from(items[2].clone()).is_err());
        let cyclic = interp.eval("a = []\na.append(a)\na").unwrap();
        assert!(matches!(cyclic, Value::List(_)));
        interp.set("y", Value::from(vec![1i64, 2, 3])).unwrap();
        assert_eq!(interp.eval("sum(y)"), Ok(Value::Int(6)));
        let err = interp.eval("1/0").unwrap_err();
        assert_eq!(err.type_name, "ZeroDivisionError");
        assert!(err
            .traceback
            .contains("ZeroDivisionError: division by zero"));
        let err = interp.eval("def (:").unwrap_err();
        assert_eq!(err.type_name, "SyntaxError");
    });
}

#[test]
fn max_steps_is_exact_and_input_reads_nothing_of_the_host() {
    run_with_large_stack(|| {
        let limited = |max| {
            with_limits(Limits {
                max_steps: Some(max),
                ..Limits::default()
            })
        };
        let source = "for i in range(1000):\n    pass\n";
        let mut interp = limited(1000);
        assert_eq!(interp.exec(source), Ok(()));
        assert_eq!(interp.steps(), 1000);
        let err = limited(999).exec(source).unwrap_err();
        assert_eq!(err.stop, Some(Stop::Limit(Limit::Steps)));
        let err = interp.eval("input('? ')").unwrap_err();
        assert_eq!(err.type_name, "EOFError");
    });
}

#[test]
fn real_time_waits_end_at_the_wall_time_limit_and_at_an_interrupt() {
    run_with_large_stack(|| {
        let started = std::time::Instant::now();
        let mut interp = Interpreter::builder()
            .grant(Capability::RealTime)
            .limits(Limits {
                max_wall_time: Some(Duration::from_millis(200)),
                ..Limits::default()
            })
            .build()
            .unwrap();
        let err = interp
            .eval("import time\ntime.sleep(30)\nprint('late')")
            .unwrap_err();
        assert_eq!(err.stop, Some(Stop::Limit(Limit::WallTime)));
        let mut interp = Interpreter::builder()
            .grant(Capability::RealTime)
            .build()
            .unwrap();
        let handle = interp.interrupt_handle();
        let stopper = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            handle.interrupt();
        });
        let err = interp
            .eval("import asyncio\nasyncio.run(asyncio.sleep(30))")
            .unwrap_err();
        stopper.join().unwrap();
        assert_eq!(err.stop, Some(Stop::Interrupted));
        assert!(started.elapsed() < Duration::from_secs(10));
    });
}
