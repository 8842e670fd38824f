//! Captures a script's output with the task that wrote it and the loop's
//! time, under the virtual clock (the real time capability is not granted,
//! so the hour of sleeping below takes no time).

use std::cell::RefCell;
use std::rc::Rc;

use pyasync::embed::{Interpreter, OutputStream};

const SCRIPT: &str = "
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f'{name} woke after {delay} s')

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker('slow', 3600), name='slow')
        tg.create_task(worker('fast', 60), name='fast')

asyncio.run(main())
";

fn main() {
    pyasync::run_with_large_stack(|| {
        let lines = Rc::new(RefCell::new(Vec::new()));
        let sink = lines.clone();
        let mut interp = Interpreter::builder()
            .output(move |event| {
                let stream = match event.stream {
                    OutputStream::Stdout => "out",
                    OutputStream::Stderr => "err",
                };
                sink.borrow_mut().push(format!(
                    "[{stream} {} t={:?}] {:?}",
                    event.task.as_deref().unwrap_or("-"),
                    event.loop_time,
                    event.text
                ));
            })
            .build()
            .expect("no limit needs an allocator");
        match interp.exec(SCRIPT) {
            Ok(()) => println!("the script ran to its end"),
            Err(e) => print!("the script failed:\n{}", e.traceback),
        }
        for line in lines.borrow().iter() {
            println!("{line}");
        }
    });
}
