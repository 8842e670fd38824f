//! pyasync runs one thread and starts no processes: what would need another
//! thread (`threading.Thread.start`, `ThreadPoolExecutor.submit`, waiting
//! forever on a lock or queue only another thread could release) must end
//! in a NotImplementedError that names the feature, never in a hang or a
//! silently wrong result. CPython runs these scripts, so they cannot be
//! golden tests; the expected last lines of stderr are written out here.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `code` with `pyasync -c` and returns (status, last stderr line).
fn run(code: &str) -> (i32, String) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_pyasync"))
        .args(["-c", code])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("running pyasync");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{code:?} took too long"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string();
    (out.status.code().unwrap_or(-1), last)
}

fn refused(code: &str, message: &str) {
    let (status, last) = run(code);
    assert_eq!(
        (status, last.as_str()),
        (1, format!("NotImplementedError: {message}").as_str()),
        "for {code:?}"
    );
}

#[test]
fn starting_a_thread_is_refused() {
    refused(
        "import threading\nthreading.Thread(target=print).start()",
        "threading.Thread.start() is not supported by pyasync (no threads)",
    );
    refused(
        "import threading\nthreading.Timer(1, print).start()",
        "threading.Timer.start() is not supported by pyasync (no threads)",
    );
}

#[test]
fn the_tutorial_background_thread_is_refused() {
    // The tutorial's AsyncZip, without the zip file: a Thread subclass
    // whose start() cannot run in the background.
    refused(
        "import threading\n\
         class AsyncZip(threading.Thread):\n    \
             def __init__(self, infile, outfile):\n        \
                 threading.Thread.__init__(self)\n        \
                 self.infile = infile\n        \
                 self.outfile = outfile\n    \
             def run(self):\n        \
                 print('Finished background zip of:', self.infile)\n\
         background = AsyncZip('mydata.txt', 'myarchive.zip')\n\
         background.start()\n",
        "threading.Thread.start() is not supported by pyasync (no threads)",
    );
}

#[test]
fn executors_refuse_work() {
    refused(
        "import concurrent.futures as cf\n\
         with cf.ThreadPoolExecutor() as ex:\n    ex.submit(print, 1)",
        "ThreadPoolExecutor.submit() is not supported by pyasync (no threads or subprocesses)",
    );
    refused(
        "import concurrent.futures as cf\ncf.ProcessPoolExecutor().map(abs, [1])",
        "ProcessPoolExecutor.map() is not supported by pyasync (no threads or subprocesses)",
    );
    refused(
        "import multiprocessing\nmultiprocessing.Process(target=print).start()",
        "multiprocessing.Process.start() is not supported by pyasync (no subprocesses)",
    );
    refused(
        "import multiprocessing\nmultiprocessing.Pool(2)",
        "multiprocessing.Pool() is not supported by pyasync (no subprocesses)",
    );
}

#[test]
fn waiting_forever_is_refused_rather_than_hanging() {
    refused(
        "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()",
        "acquiring a held Lock would wait forever: pyasync has no other thread to wake it",
    );
    refused(
        "import threading\nthreading.Event().wait()",
        "Event.wait() would wait forever: pyasync has no other thread to wake it",
    );
    refused(
        "import queue\nqueue.Queue().get()",
        "Queue.get() on an empty queue would wait forever: pyasync has no other thread to put an item",
    );
    refused(
        "import queue\nq = queue.Queue(1)\nq.put(1)\nq.put(2)",
        "Queue.put() on a full queue would wait forever: pyasync has no other thread to take an item",
    );
    refused(
        "import concurrent.futures as cf\ncf.Future().result()",
        "Future.result() would wait forever: pyasync has no other thread to complete the future",
    );
}
