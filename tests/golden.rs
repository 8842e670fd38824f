//! Golden tests: every `tests/golden/X.py` runs under pyasync and must print what
//! CPython 3.11 printed (`X.stdout`), exit with its status, and, when it fails, end
//! its stderr with the same last line (`X.status`); for `syn_*` scripts the syntax
//! error must be reported at CPython's `LINE:OFFSET` (`X.location`). Expected files come from
//! `python3 scripts/regen-golden.py` only.
//!
//! Every script runs under the virtual clock, and a sample also in real time.
//!
//! `GOLDEN_FILTER=substring cargo test --test golden` runs only the matching scripts.

mod common;

use common::*;
use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

const DIR: &str = "tests/golden";
const MIN_SCRIPTS: usize = 40;
const TIMEOUT: Duration = Duration::from_secs(20);

/// Every golden script, under the virtual clock: the expected output comes
/// from CPython in real time, so this checks that the virtual clock's model
/// of a real run (timers that wake as late as real ones) prints the same,
/// whatever the load on the machine.
#[test]
fn golden_scripts_match_cpython() {
    let all = scripts_in(DIR);
    assert!(
        all.len() >= MIN_SCRIPTS,
        "only {} golden scripts in {DIR}; expected at least {MIN_SCRIPTS}",
        all.len()
    );
    run_suite(filtered(all), &["--clock=virtual"], "under --clock=virtual");
}

/// A sample in real time, the clock CPython itself used: the `sched_iter_*`
/// scripts log every loop iteration of one asyncio API each, so they check
/// the real clock's waits (the selector's rounding, `poll(2)`) iteration by
/// iteration, and they sleep only a few milliseconds, so machine load
/// cannot reorder them. The tutorial examples run in real time too
/// (`tests/examples.rs`).
#[test]
fn golden_sample_matches_cpython_in_real_time() {
    let sample: Vec<PathBuf> = scripts_in(DIR)
        .into_iter()
        .filter(|p| stem(p).starts_with(REAL_TIME_SAMPLE))
        .collect();
    assert!(
        sample.len() >= 20,
        "only {} real-time scripts",
        sample.len()
    );
    run_suite(filtered(sample), &[], "in real time");
}

const REAL_TIME_SAMPLE: &str = "sched_iter_";

fn filtered(scripts: Vec<PathBuf>) -> Vec<PathBuf> {
    let filter = std::env::var("GOLDEN_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    scripts
        .into_iter()
        .filter(|p| filter.as_ref().is_none_or(|f| stem(p).contains(f.as_str())))
        .collect()
}

/// Runs `scripts` with `options`, in parallel, and fails with every mismatch.
fn run_suite(scripts: Vec<PathBuf>, options: &[&str], how: &str) {
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .min(scripts.len().max(1));
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(String, String, String)>> = Mutex::new(Vec::new());

    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(py) = scripts.get(i) else { break };
                let name = rel(py);
                let failure = match read_expected(py) {
                    Err(e) => Some(("no expected files".to_string(), format!("  {e}\n"))),
                    Ok(expected) => compare(&expected, &run_script_with(py, options, TIMEOUT))
                        .map(|m| (m.summary, m.report)),
                };
                if let Some((summary, report)) = failure {
                    failures.lock().unwrap().push((name, summary, report));
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap();
    if failures.is_empty() {
        eprintln!("golden: all {} scripts match CPython {how}", scripts.len());
        return;
    }
    failures.sort();
    let mut msg = format!(
        "\n{} of {} golden scripts differ from CPython 3.11 {how}:\n",
        failures.len(),
        scripts.len()
    );
    for (name, summary, _) in &failures {
        msg.push_str(&format!("  {name:50} {summary}\n"));
    }
    let options = options.join(" ");
    for (name, _, report) in &failures {
        msg.push_str(&format!(
            "\n==== {name}\n  reproduce: cargo run -q -- {options} {name}   (CPython: python3 {name})\n{report}"
        ));
    }
    msg.push_str(
        "\nExpected files come from CPython: `python3 scripts/regen-golden.py [NAME...]`; never edit them by hand.\n\
         Run a subset with GOLDEN_FILTER=<substring> cargo test --test golden.\n",
    );
    panic!("{msg}");
}

#[test]
fn golden_expected_files_are_complete() {
    let dir = root().join(DIR);
    let mut stems_py = BTreeSet::new();
    let mut problems = Vec::new();
    let mut expected_files = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        match path.extension().and_then(|e| e.to_str()) {
            Some("py") => {
                stems_py.insert(stem(&path));
            }
            Some("stdout") | Some("status") | Some("stderr") | Some("location") => {
                expected_files.push(path)
            }
            _ => problems.push(format!(
                "{}: unexpected file (only X.py, X.stdout, X.status, X.stderr and X.location belong here)",
                rel(&path)
            )),
        }
    }
    for st in &stems_py {
        let py = dir.join(format!("{st}.py"));
        for ext in ["stdout", "status"] {
            if !sibling(&py, ext).is_file() {
                problems.push(format!(
                    "{}: missing {st}.{ext}; run `python3 scripts/regen-golden.py {st}`",
                    rel(&py)
                ));
            }
        }
        if let Ok(text) = fs::read_to_string(sibling(&py, "location")) {
            if let Err(e) = parse_location(&text) {
                problems.push(format!("{st}.location: {e}"));
            }
        }
        if let Ok(text) = fs::read_to_string(sibling(&py, "status")) {
            if let Err(e) = parse_status(&text) {
                problems.push(format!("{st}.status: {e}"));
            }
        }
    }
    for f in expected_files {
        if !stems_py.contains(&stem(&f)) {
            problems.push(format!(
                "{}: orphaned expected file (no {}.py); delete it",
                rel(&f),
                stem(&f)
            ));
        }
    }
    problems.sort();
    assert!(
        problems.is_empty(),
        "golden expected files are inconsistent:\n  {}",
        problems.join("\n  ")
    );
}
