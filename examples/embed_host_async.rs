//! The host as the source of I/O: Python awaits `fetch(url)`, an
//! asynchronous host function; the host receives each call from
//! `run_until`, does the work itself (here: a table lookup, answered out of
//! order) and resolves the call by id.

use std::collections::HashMap;

use pyasync::embed::{Budget, HostError, Interpreter, RunState, Value};

const SCRIPT: &str = "
import asyncio

async def get(url):
    try:
        return await fetch(url)
    except LookupError as e:
        return f'error: {e}'

async def main():
    pages = await asyncio.gather(get('/a'), get('/b'), get('/missing'))
    log(f'fetched {len(pages)} pages')
    return pages
";

fn main() {
    pyasync::run_with_large_stack(|| {
        let site: HashMap<&str, &str> = [("/a", "page A"), ("/b", "page B")].into();
        let mut interp = Interpreter::builder()
            .host_async_function("fetch")
            .host_function("log", |args| {
                println!("log: {}", args.first().cloned().unwrap_or(Value::None));
                Ok(Value::None)
            })
            .build()
            .expect("valid names");
        interp.exec(SCRIPT).expect("the script defines main");
        interp.start("main()").expect("main() is a coroutine");
        let mut waiting: Vec<(u64, String)> = Vec::new();
        loop {
            match interp.run_until(Budget::iterations(100)) {
                RunState::HostCall { id, name, args } => {
                    println!("host call {id}: {name}({args:?})");
                    let url = args.first().cloned().and_then(|v| String::try_from(v).ok());
                    waiting.push((id, url.unwrap_or_default()));
                }
                RunState::Idle { .. } => {
                    // Answer the latest call first: order is up to the host.
                    let Some((id, url)) = waiting.pop() else {
                        println!("nothing can run any more");
                        break;
                    };
                    let answer = match site.get(url.as_str()) {
                        Some(page) => Ok(Value::from(*page)),
                        None => Err(HostError::new("LookupError", &format!("no page {url}"))),
                    };
                    interp.resolve(id, answer).expect("the call waits");
                }
                RunState::Paused => {}
                RunState::Done(result) => {
                    match result {
                        Ok(v) => println!("main() returned {v}"),
                        Err(e) => print!("main() failed:\n{}", e.traceback),
                    }
                    break;
                }
            }
        }
    });
}
