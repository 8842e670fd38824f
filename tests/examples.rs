//! The six tutorial scripts of the seed article (`examples/example1.py` …
//! `example6.py`) must print what CPython 3.11 printed and take as long as they
//! really sleep.
//!
//! They depend on real time (example 5's output order depends on the event loop
//! rounding timer waits up to whole milliseconds), so this binary holds one test that
//! runs them one at a time; cargo runs test binaries one after another, so nothing
//! else loads the machine meanwhile. The same test then runs each under the
//! virtual clock, which must print the same in a few milliseconds.

mod common;

use common::*;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);
/// How much longer than its sleeps a run may take (start-up, scheduling, slow CI).
const SLACK: Duration = Duration::from_millis(1500);
/// The most a run under `--clock=virtual` may take, start-up included (the
/// best of `VIRTUAL_RUNS`, so that a busy machine cannot fail it).
const VIRTUAL_MAX: Duration = Duration::from_millis(20);
const VIRTUAL_RUNS: usize = 3;

/// (script, seconds it really sleeps, runs)
const EXAMPLES: &[(&str, f64, usize)] = &[
    // hello, text, 1 s sleep inside the awaited coroutine, finished
    ("example1", 1.0, 1),
    // main returns without awaiting the task: foo prints and is cancelled in its sleep
    ("example2", 0.0, 1),
    // awaiting the task waits out its 1 s sleep
    ("example3", 1.0, 1),
    // main sleeps 1 s; foo's 10 s sleep is cancelled by asyncio.run
    ("example4", 1.0, 1),
    // fetch_data's 2 s sleep ends before print_numbers' fifth wake-up (timer rounding)
    ("example5", 2.0, 3),
    // 2 s for task1; task2 prints 0 and is cancelled in its first sleep
    ("example6", 2.0, 1),
];

#[test]
fn tutorial_examples_match_cpython_and_timing() {
    let mut failures = Vec::new();
    let mut log = String::new();
    let mut real_times = Vec::new();
    for &(name, sleeps, runs) in EXAMPLES {
        let py = root().join("examples").join(format!("{name}.py"));
        let expected = match read_expected(&py) {
            Ok(e) => e,
            Err(e) => {
                failures.push(format!("==== {}\n  {e}\n", rel(&py)));
                continue;
            }
        };
        let min = Duration::from_secs_f64(sleeps);
        let max = min + SLACK;
        for run in 1..=runs {
            let outcome = run_script(&py, TIMEOUT);
            if run == 1 {
                real_times.push(outcome.elapsed);
            }
            let secs = outcome.elapsed.as_secs_f64();
            log.push_str(&format!(
                "  {name} run {run}/{runs}: {secs:.3} s (allowed {:.1}..{:.1} s)\n",
                min.as_secs_f64(),
                max.as_secs_f64()
            ));
            let mut problems = Vec::new();
            let mut report = String::new();
            if let Some(m) = compare(&expected, &outcome) {
                problems.push(m.summary);
                report.push_str(&m.report);
            }
            if !outcome.timed_out && outcome.elapsed < min {
                problems.push(format!(
                    "too fast: took {secs:.3} s but the script sleeps {sleeps:.1} s (are sleeps real?)"
                ));
            }
            if !outcome.timed_out && outcome.elapsed > max {
                problems.push(format!(
                    "too slow: took {secs:.3} s, more than its {sleeps:.1} s of sleeps + {:.1} s",
                    SLACK.as_secs_f64()
                ));
            }
            if !problems.is_empty() {
                let rel_py = rel(&py);
                failures.push(format!(
                    "==== {rel_py} (run {run} of {runs}, {secs:.3} s)\n  \
                     reproduce: cargo run -q -- {rel_py}   (CPython: python3 {rel_py})\n  \
                     => {}\n{report}",
                    problems.join("; ")
                ));
            }
        }
    }
    for (&(name, _, _), real) in EXAMPLES.iter().zip(&real_times) {
        let py = root().join("examples").join(format!("{name}.py"));
        let Ok(expected) = read_expected(&py) else {
            continue;
        };
        let mut best = Duration::MAX;
        for _ in 0..VIRTUAL_RUNS {
            let outcome = run_script_with(&py, &["--clock=virtual"], TIMEOUT);
            if let Some(m) = compare(&expected, &outcome) {
                failures.push(format!(
                    "==== {} under --clock=virtual\n  => {}\n{}",
                    rel(&py),
                    m.summary,
                    m.report
                ));
                break;
            }
            best = best.min(outcome.elapsed);
        }
        log.push_str(&format!(
            "  {name} --clock=virtual: {:.1} ms (real time {:.3} s, {:.0} times faster)\n",
            best.as_secs_f64() * 1e3,
            real.as_secs_f64(),
            real.as_secs_f64() / best.as_secs_f64()
        ));
        if best > VIRTUAL_MAX && best != Duration::MAX {
            failures.push(format!(
                "==== {} under --clock=virtual\n  => too slow: {:.1} ms, more than {} ms\n",
                rel(&py),
                best.as_secs_f64() * 1e3,
                VIRTUAL_MAX.as_millis()
            ));
        }
    }
    eprintln!("tutorial examples, wall times:\n{log}");
    if !failures.is_empty() {
        panic!(
            "\n{} tutorial example run(s) failed:\n\n{}\nwall times:\n{log}\n\
             Expected files come from CPython: `python3 scripts/regen-golden.py exampleN`.\n",
            failures.len(),
            failures.join("\n")
        );
    }
}
