//! Runs untrusted scripts under limits: each one that exceeds a limit is
//! stopped (its `except BaseException` cannot keep it alive) and the same
//! interpreter goes on to the next.

use std::time::Duration;

use pyasync::embed::{CountingAllocator, Interpreter, Limits};

// `max_memory` counts the heap through this allocator.
#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator::new();

const SCRIPTS: &[(&str, &str)] = &[
    (
        "endless loop",
        "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
    ),
    ("deep recursion", "def f(n):\n    return f(n + 1)\nf(0)\n"),
    (
        "memory hog",
        "hog = []\nwhile True:\n    hog.append(bytearray(1 << 20))\n",
    ),
    ("chatty", "while True:\n    print('spam')\n"),
    (
        "long sleep",
        "import asyncio\nasyncio.run(asyncio.sleep(10**6))\n",
    ),
    ("well behaved", "print(sum(range(100)))\n"),
];

fn main() {
    pyasync::run_with_large_stack(|| {
        let limits = Limits {
            max_steps: Some(1_000_000),
            max_memory: Some(64 << 20),
            max_recursion: Some(200),
            max_wall_time: Some(Duration::from_secs(5)),
            max_virtual_time: Some(3600.0),
            max_output_bytes: Some(1000),
            max_tasks: Some(100),
        };
        let mut interp = Interpreter::builder()
            .limits(limits)
            .build()
            .expect("the counting allocator is installed");
        for (name, source) in SCRIPTS {
            match interp.exec(source) {
                Ok(()) => println!("{name}: finished in {} steps", interp.steps()),
                Err(e) => match e.stop {
                    Some(stop) => {
                        println!("{name}: stopped ({stop:?}) after {} steps", interp.steps())
                    }
                    None => println!("{name}: raised {e}"),
                },
            }
        }
    });
}
