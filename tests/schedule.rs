//! `--trace`, `--timeline` and `--timeline=FILE.svg`: the schedule of the
//! tutorial's examples, read back by a JSON and an XML parser. Real time
//! makes loop times vary from run to run, so these check structure and
//! order; the trace uses `--trace-clock=step`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Example 5's output depends on real time (a few milliseconds decide
/// whether `4` is printed), so runs in this file go one at a time, like
/// the examples' own tests, and the trace of example 5 is made once.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn pyasync(args: &[&str]) -> Output {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    Command::new(env!("CARGO_BIN_EXE_pyasync"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("running pyasync")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyasync-schedule-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const EXAMPLE5_OUTPUT: &str = "start fetching\n0\n1\n2\n3\ndone fetching\n{'data': 1}\n";

fn example5_trace() -> Vec<Value> {
    static TRACE: OnceLock<Vec<Value>> = OnceLock::new();
    TRACE.get_or_init(make_example5_trace).clone()
}

fn make_example5_trace() -> Vec<Value> {
    let path = scratch("example5.json");
    let out = pyasync(&[
        "--trace",
        path.to_str().unwrap(),
        "--trace-clock=step",
        "examples/example5.py",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    // Tracing changes nothing of what the script prints.
    assert_eq!(text(&out.stdout), EXAMPLE5_OUTPUT);
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(json.get("displayTimeUnit").is_none());
    json["traceEvents"].as_array().expect("traceEvents").clone()
}

fn of_phase<'a>(events: &'a [Value], ph: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["ph"] == ph).collect()
}

fn thread_names(events: &[Value]) -> Vec<(u64, String)> {
    of_phase(events, "M")
        .into_iter()
        .filter(|e| e["name"] == "thread_name")
        .map(|e| {
            (
                e["tid"].as_u64().unwrap(),
                e["args"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn tid_of(events: &[Value], label: &str) -> u64 {
    thread_names(events)
        .into_iter()
        .find(|(_, name)| name == label)
        .unwrap_or_else(|| panic!("no thread {:?}", label))
        .0
}

#[test]
fn trace_of_example5_has_a_track_per_task_and_the_loop() {
    let events = example5_trace();
    let process: Vec<_> = of_phase(&events, "M")
        .into_iter()
        .filter(|e| e["name"] == "process_name")
        .collect();
    assert_eq!(process.len(), 1);
    assert_eq!(process[0]["args"]["name"], "example5.py");
    let names = thread_names(&events);
    assert_eq!(names[0], (0, "event loop".to_string()));
    let labels: Vec<&str> = names.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(
        &labels[1..4],
        [
            "Task-1 main()",
            "Task-2 fetch_data()",
            "Task-3 print_numbers()"
        ]
    );
    // Sorted by ts, and every event has the fields Perfetto needs.
    let ts: Vec<f64> = events.iter().map(|e| e["ts"].as_f64().unwrap()).collect();
    assert!(ts.windows(2).all(|w| w[0] <= w[1]), "not sorted by ts");
    for e in &events {
        assert_eq!(e["pid"], 1);
        assert!(e["tid"].is_u64() && e["name"].is_string(), "{}", e);
    }
}

#[test]
fn trace_of_example5_has_a_slice_per_step_with_its_story() {
    let events = example5_trace();
    let slices = of_phase(&events, "X");
    let steps_of = |label: &str| -> Vec<&Value> {
        let tid = tid_of(&events, label);
        slices
            .iter()
            .copied()
            .filter(|e| e["tid"] == tid && e["cat"] == "step")
            .collect()
    };
    for s in &slices {
        if s["cat"] == "step" {
            let args = &s["args"];
            for key in [
                "step",
                "loop_time",
                "resumed_at",
                "suspended_at",
                "awaiting",
                "woken_by",
            ] {
                assert!(args.get(key).is_some(), "{} lacks {}", s, key);
            }
            assert!(s["dur"].as_f64().unwrap() > 0.0);
        }
    }
    let main = steps_of("Task-1 main()");
    assert_eq!(main.len(), 2);
    assert_eq!(main[0]["args"]["awaiting"], "Task-2");
    assert_eq!(main[0]["args"]["suspended_at"], "example5.py:17");
    assert_eq!(main[1]["args"]["woken_by"], "done callback of Task-2");
    assert_eq!(main[1]["args"]["awaiting"], "");

    let fetch = steps_of("Task-2 fetch_data()");
    assert_eq!(fetch.len(), 2);
    assert_eq!(fetch[0]["args"]["woken_by"], "created by Task-1");
    assert_eq!(fetch[0]["args"]["awaiting"], "sleep(2)");
    assert_eq!(fetch[0]["args"]["suspended_at"], "example5.py:5");
    assert_eq!(fetch[1]["args"]["woken_by"], "timer of sleep(2)");
    assert_eq!(fetch[1]["args"]["resumed_at"], "example5.py:5");

    // print_numbers: its first step and three wakes by its timer print
    // 0 to 3; the fifth step is its cancellation, before it can print 4.
    let numbers = steps_of("Task-3 print_numbers()");
    assert_eq!(numbers.len(), 5);
    for (i, step) in numbers.iter().enumerate() {
        assert_eq!(step["args"]["step"], i as u64 + 1);
    }
    for step in &numbers[..4] {
        assert_eq!(step["args"]["awaiting"], "sleep(0.5)");
    }
    for step in &numbers[1..4] {
        assert_eq!(step["args"]["woken_by"], "timer of sleep(0.5)");
    }
    assert_eq!(numbers[4]["args"]["awaiting"], "");
    let done: Vec<&str> = of_phase(&events, "i")
        .into_iter()
        .filter(|e| e["cat"] == "task" && e["tid"] == tid_of(&events, "Task-3 print_numbers()"))
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(done, ["create", "cancel", "cancelled"]);
}

#[test]
fn trace_of_example5_has_flows_from_waker_to_woken_step() {
    let events = example5_trace();
    let starts = of_phase(&events, "s");
    let finishes = of_phase(&events, "f");
    assert!(!finishes.is_empty());
    let slices = of_phase(&events, "X");
    for f in &finishes {
        assert_eq!(f["bp"], "e");
        let s = starts
            .iter()
            .find(|s| s["id"] == f["id"])
            .unwrap_or_else(|| panic!("no start for {}", f));
        assert!(
            s["ts"].as_f64() <= f["ts"].as_f64(),
            "arrow back in time: {} {}",
            s,
            f
        );
        // The arrow ends at a step of its thread, and starts inside a slice.
        assert!(slices
            .iter()
            .any(|x| x["tid"] == f["tid"] && x["ts"] == f["ts"] && x["cat"] == "step"));
        assert!(slices.iter().any(|x| {
            let (t, d) = (x["ts"].as_f64().unwrap(), x["dur"].as_f64().unwrap());
            let at = s["ts"].as_f64().unwrap();
            x["tid"] == s["tid"] && t <= at && at <= t + d
        }));
    }
    // The timer wakes come from the loop's thread; fetch_data's end wakes main.
    let from_loop = starts.iter().filter(|s| s["tid"] == 0).count();
    assert!(from_loop >= 4, "{} arrows from the loop", from_loop);
    let main = tid_of(&events, "Task-1 main()");
    let fetch = tid_of(&events, "Task-2 fetch_data()");
    assert!(finishes.iter().any(|f| {
        f["tid"] == main
            && starts
                .iter()
                .any(|s| s["id"] == f["id"] && s["tid"] == fetch)
    }));
}

#[test]
fn trace_of_example5_has_each_print_in_order_on_its_task() {
    let events = example5_trace();
    let prints: Vec<(u64, &str)> = of_phase(&events, "i")
        .into_iter()
        .filter(|e| e["name"] == "print")
        .map(|e| {
            (
                e["tid"].as_u64().unwrap(),
                e["args"]["text"].as_str().unwrap(),
            )
        })
        .collect();
    let main = tid_of(&events, "Task-1 main()");
    let fetch = tid_of(&events, "Task-2 fetch_data()");
    let numbers = tid_of(&events, "Task-3 print_numbers()");
    assert_eq!(
        prints,
        [
            (fetch, "start fetching\n"),
            (numbers, "0\n"),
            (numbers, "1\n"),
            (numbers, "2\n"),
            (numbers, "3\n"),
            (fetch, "done fetching\n"),
            (main, "{'data': 1}\n"),
        ]
    );
}

#[test]
fn loop_clock_trace_is_in_microseconds_of_loop_time() {
    let path = scratch("example4-loop.json");
    let out = pyasync(&["--trace", path.to_str().unwrap(), "examples/example4.py"]);
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let events = json["traceEvents"].as_array().unwrap();
    // Example 4's main finishes after its one-second sleep.
    let last_step = of_phase(events, "X")
        .into_iter()
        .filter(|e| e["cat"] == "step" && e["args"]["awaiting"] == "")
        .map(|e| e["ts"].as_f64().unwrap())
        .fold(0.0, f64::max);
    assert!((1.0e6..1.5e6).contains(&last_step), "{}", last_step);
    // The loop's one-second wait for that timer, on the loop's thread.
    let waits: Vec<f64> = of_phase(events, "X")
        .into_iter()
        .filter(|e| e["tid"] == 0 && e["name"] == "wait")
        .map(|e| e["dur"].as_f64().unwrap())
        .collect();
    assert!(
        waits.iter().any(|d| (0.99e6..1.0e6 + 1.0).contains(d)),
        "{:?}",
        waits
    );
}

fn attr<'a>(node: &roxmltree::Node<'a, 'a>, name: &str) -> &'a str {
    node.attribute(name).unwrap_or("")
}

#[test]
fn svg_timeline_of_example5_has_lanes_steps_arrows_and_prints() {
    let path = scratch("example5.svg");
    let out = pyasync(&[
        "--timeline",
        &format!("--timeline={}", path.display()),
        "examples/example5.py",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), EXAMPLE5_OUTPUT);
    let svg = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let with_class = |class: &str| -> Vec<roxmltree::Node> {
        doc.descendants()
            .filter(|n| attr(n, "class") == class)
            .collect()
    };
    let lanes: Vec<&str> = with_class("lane")
        .iter()
        .map(|n| attr(n, "data-task"))
        .collect();
    assert_eq!(
        lanes,
        [
            "event loop",
            "Task-1 main()",
            "Task-2 fetch_data()",
            "Task-3 print_numbers()"
        ]
    );
    // Two steps of main, two of fetch_data, five of print_numbers; each
    // with its tooltip.
    let steps = with_class("step");
    assert_eq!(steps.len(), 9);
    for step in &steps {
        let title = step
            .children()
            .find(|c| c.has_tag_name("title"))
            .expect("a tooltip");
        assert!(title.text().unwrap().contains("woken by"));
    }
    assert!(with_class("wake").len() >= 6);
    let printed: Vec<String> = with_class("print")
        .iter()
        .map(|g| {
            g.children()
                .find(|c| c.has_tag_name("text"))
                .and_then(|t| t.text())
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        printed,
        [
            "start fetching",
            "0",
            "1",
            "2",
            "3",
            "done fetching",
            "{'data': 1}"
        ]
    );
    // Print markers stand left to right in the order of printing.
    let xs: Vec<f64> = with_class("print")
        .iter()
        .map(|g| {
            let line = g.children().find(|c| c.has_tag_name("line")).unwrap();
            attr(&line, "x1").parse().unwrap()
        })
        .collect();
    assert!(xs.windows(2).all(|w| w[0] <= w[1]), "{:?}", xs);
    let ends: Vec<String> = with_class("end")
        .iter()
        .map(|n| n.text().unwrap().to_string())
        .collect();
    assert_eq!(ends, ["✓", "✓", "✗"]);

    // The text timeline went to stderr.
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Task-3 print_numbers()"), "{}", stderr);
    assert!(stderr.contains("▲ done fetching"), "{}", stderr);
}

#[test]
fn text_timeline_rows_follow_the_tasks() {
    let out = pyasync(&["--timeline", "examples/example6.py"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "start fetching\ndone fetching\n{'data': 1}\n0\n"
    );
    let stderr = text(&out.stderr);
    let rows: Vec<&str> = stderr.lines().collect();
    assert!(rows[0].starts_with("timeline of 3 tasks"));
    assert!(
        rows[2].starts_with("Task-1 main()") && rows[2].ends_with("█✓"),
        "{}",
        stderr
    );
    assert!(rows[3].starts_with("Task-2 fetch_data()") && rows[3].ends_with("█✓"));
    assert!(rows[4].starts_with("Task-3 print_numbers()") && rows[4].ends_with("█✗"));
    // print_numbers only starts once fetch_data is done.
    let first_mark = |row: &str| row.chars().skip(24).position(|c| c != ' ').unwrap();
    assert!(first_mark(rows[4]) > first_mark(rows[3]) + 10, "{}", stderr);
    let printed: Vec<&str> = rows[5..9]
        .iter()
        .map(|r| r.split("▲ ").nth(1).unwrap())
        .collect();
    assert_eq!(
        printed,
        ["start fetching", "done fetching", "{'data': 1}", "0"]
    );
}

fn usage_failure(args: &[&str], needle: &str) {
    let out = pyasync(args);
    assert_eq!(out.status.code(), Some(2), "{:?}", args);
    assert_eq!(text(&out.stdout), "", "the script must not run: {:?}", args);
    let stderr = text(&out.stderr);
    assert!(stderr.contains(needle), "{:?}: {}", args, stderr);
}

#[test]
fn unwritable_trace_and_svg_paths_are_refused_before_the_script_runs() {
    usage_failure(
        &[
            "--trace",
            "/nonexistent-dir/out.json",
            "examples/example2.py",
        ],
        "pyasync: cannot write '/nonexistent-dir/out.json': [Errno 2] No such file or directory",
    );
    usage_failure(
        &["--timeline=/nonexistent-dir/t.svg", "examples/example2.py"],
        "cannot write '/nonexistent-dir/t.svg'",
    );
    let dir = scratch("a-directory");
    std::fs::create_dir_all(&dir).unwrap();
    usage_failure(
        &["--trace", dir.to_str().unwrap(), "examples/example2.py"],
        "it is a directory",
    );
}

#[test]
fn bad_schedule_options_are_usage_errors() {
    usage_failure(&["--trace"], "Argument expected for the --trace option");
    usage_failure(
        &[
            "--trace",
            "x.json",
            "--trace-clock=wall",
            "examples/example2.py",
        ],
        "invalid --trace-clock value \"wall\"",
    );
    usage_failure(
        &["--trace-clock=step", "examples/example2.py"],
        "--trace-clock needs --trace FILE",
    );
    usage_failure(
        &["--timeline=out.png", "examples/example2.py"],
        "--timeline=FILE needs a .svg file name",
    );
    assert!(!Path::new(&repo().join("x.json")).exists());
}

#[test]
fn a_failing_script_still_gets_its_timeline_and_status() {
    let script = scratch("boom.py");
    std::fs::write(
        &script,
        "import asyncio\nasync def boom():\n    await asyncio.sleep(0)\n    raise ValueError('boom')\nasync def main():\n    t = asyncio.create_task(boom())\n    await t\nasyncio.run(main())\n",
    )
    .unwrap();
    let out = pyasync(&["--timeline", script.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("ValueError: boom"), "{}", stderr);
    let row = stderr
        .lines()
        .find(|l| l.starts_with("Task-2 boom()"))
        .unwrap();
    assert!(row.ends_with('!'), "{}", stderr);
}

#[test]
fn the_prompt_shows_the_timeline_of_the_last_input_and_writes_the_trace() {
    use std::io::Write;
    let trace = scratch("session.json");
    let input = format!(
        "async def tick(n):\n    for i in range(n):\n        await asyncio.sleep(0.01)\n        print('tick', i)\n\nawait tick(2)\nx = 1\n%timeline\n%trace {}\n%trace /nonexistent-dir/s.json\n%trace\n",
        trace.display()
    );
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyasync"))
        .args(["-i", "-q"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(&lines[..2], ["tick 0", "tick 1"]);
    // `x = 1` ran no task: the timeline is still the one of `await tick(2)`.
    assert!(
        lines[2].starts_with("timeline of 1 task over"),
        "{}",
        stdout
    );
    assert!(lines[3].trim_start().starts_with('|'));
    assert!(
        lines[4].starts_with("Task-1 __pyasync_repl__()") && lines[4].ends_with("█✓"),
        "{}",
        stdout
    );
    assert!(
        lines[5].ends_with("▲ tick 0") && lines[6].ends_with("▲ tick 1"),
        "{}",
        stdout
    );
    assert!(stdout.contains(&format!("trace written to {}", trace.display())));
    assert!(stdout
        .contains("cannot write '/nonexistent-dir/s.json': [Errno 2] No such file or directory"));
    assert!(stdout.contains("usage: %trace FILE"));
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).unwrap();
    let prints = json["traceEvents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["name"] == "print")
        .count();
    assert_eq!(prints, 2);
}

#[test]
fn steps_say_what_they_await_and_who_woke_them() {
    let script = scratch("waits.py");
    std::fs::write(
        &script,
        [
            "import asyncio",
            "async def waiter(ev):",
            "    await ev.wait()",
            "async def getter(q):",
            "    return await q.get()",
            "async def main():",
            "    ev = asyncio.Event()",
            "    q = asyncio.Queue()",
            "    a = asyncio.create_task(waiter(ev), name='waiter')",
            "    b = asyncio.create_task(getter(q), name='getter')",
            "    await asyncio.sleep(0)",
            "    ev.set()",
            "    q.put_nowait(1)",
            "    await asyncio.gather(a, b)",
            "asyncio.run(main())\n",
        ]
        .join("\n"),
    )
    .unwrap();
    let trace = scratch("waits.json");
    let out = pyasync(&[
        "--trace",
        trace.to_str().unwrap(),
        "--trace-clock=step",
        script.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).unwrap();
    let events = json["traceEvents"].as_array().unwrap();
    let steps = |label: &str| -> Vec<(String, String)> {
        let tid = tid_of(events, label);
        of_phase(events, "X")
            .into_iter()
            .filter(|e| e["tid"] == tid && e["cat"] == "step")
            .map(|e| {
                (
                    e["args"]["awaiting"].as_str().unwrap().to_string(),
                    e["args"]["woken_by"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        steps("waiter waiter()"),
        pairs(&[("Event.wait", "created by Task-1"), ("", "Task-1")])
    );
    assert_eq!(
        steps("getter getter()"),
        pairs(&[("Queue.get", "created by Task-1"), ("", "Task-1")])
    );
    assert_eq!(
        steps("Task-1 main()"),
        pairs(&[
            ("yield", "created"),
            ("gather()", "itself"),
            ("", "callback"),
        ])
    );
    // Steps in the same iteration share it in order; the trace is sorted.
    let ts: Vec<f64> = events.iter().map(|e| e["ts"].as_f64().unwrap()).collect();
    assert!(ts.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn inspect_mode_draws_the_scripts_timeline_before_the_prompt() {
    use std::io::Write;
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyasync"))
        .args(["-i", "-q", "--timeline", "examples/example2.py"])
        .current_dir(repo())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"print(1)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "hello\nfinished\ntext\n1\n");
    let stderr = text(&out.stderr);
    let timeline = stderr.find("timeline of 2 tasks").expect("a timeline");
    let row = stderr
        .lines()
        .find(|l| l.starts_with("Task-2 foo()"))
        .unwrap();
    assert!(row.ends_with('✗'), "{}", stderr);
    // Before the first prompt.
    assert!(timeline < stderr.find(">>> ").unwrap(), "{}", stderr);
}

/// The text timelines of examples 2, 5 and 6 under the virtual clock, where
/// every time is exact: kept in `tests/timelines/`, made by pyasync and
/// checked by hand once. `PYASYNC_REGEN_TIMELINES=1 cargo test --test
/// schedule` writes them again.
#[test]
fn virtual_clock_timelines_of_the_examples_stay_as_reviewed() {
    let regen = std::env::var_os("PYASYNC_REGEN_TIMELINES").is_some_and(|v| v == "1");
    for n in [2, 5, 6] {
        let script = format!("examples/example{}.py", n);
        let out = pyasync(&["--clock=virtual", "--timeline", &script]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            script,
            text(&out.stderr)
        );
        let expected_path = repo().join(format!("tests/timelines/example{}.txt", n));
        let timeline = text(&out.stderr);
        if regen {
            std::fs::create_dir_all(expected_path.parent().unwrap()).unwrap();
            std::fs::write(&expected_path, &timeline).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|e| {
            panic!(
                "{}: {} (PYASYNC_REGEN_TIMELINES=1 makes it)",
                expected_path.display(),
                e
            )
        });
        assert_eq!(timeline, expected, "the timeline of {} changed", script);
    }
}
