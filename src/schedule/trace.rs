//! A recording as Chrome trace-event JSON (the object form), which
//! Perfetto and chrome://tracing open: one thread per task (thread 0 is
//! the loop), an `X` slice per step, instants for creation, cancellation,
//! the end of a task and each print, and flow arrows from what woke a task
//! to the step it woke.

use std::fmt::Write;

use super::{Origin, Pos, Recording};
use crate::asyncio::observer::TaskOutcome;

/// What `ts` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceClock {
    /// Microseconds of loop time.
    Loop,
    /// Loop iterations: iteration N spans [N*1000, N*1000+1000), its
    /// callbacks share it equally. Reproducible from run to run.
    Step,
}

impl TraceClock {
    pub fn parse(text: &str) -> Option<TraceClock> {
        match text {
            "loop" => Some(TraceClock::Loop),
            "step" => Some(TraceClock::Step),
            _ => None,
        }
    }
}

/// Width of one iteration under `TraceClock::Step`.
const ITERATION_WIDTH: f64 = 1000.0;

struct Event {
    ts: f64,
    json: String,
}

struct Writer<'a> {
    rec: &'a Recording,
    clock: TraceClock,
    events: Vec<Event>,
}

impl Writer<'_> {
    /// The start of the callback slot `pos` is in, and its width.
    fn slot(&self, pos: Pos) -> (f64, f64) {
        match self.clock {
            TraceClock::Loop => (pos.time * 1e6, 0.0),
            TraceClock::Step => {
                let n = self.rec.callbacks_in(pos.iteration) as f64;
                let width = (ITERATION_WIDTH / n).floor().max(1.0);
                let start = pos.iteration as f64 * ITERATION_WIDTH;
                (start + pos.slot.saturating_sub(1) as f64 * width, width)
            }
        }
    }

    /// A moment inside the slot of `pos`, `at` of the way in.
    fn at(&self, pos: Pos, at: f64) -> f64 {
        let (start, width) = self.slot(pos);
        if pos.slot == 0 {
            return start;
        }
        round3(start + width * at)
    }

    fn push(&mut self, ts: f64, fields: String) {
        self.events.push(Event { ts, json: fields });
    }

    fn instant(&mut self, tid: usize, ts: f64, name: &str, cat: &str, args: &str) {
        let json = format!(
            r#"{{"name":{},"cat":"{}","ph":"i","s":"t","ts":{},"pid":1,"tid":{},"args":{{{}}}}}"#,
            json_str(name),
            cat,
            num(ts),
            tid,
            args
        );
        self.push(ts, json);
    }
}

/// The trace of `rec` as a JSON document; `process` names the process.
pub fn write_trace(rec: &Recording, process: &str, clock: TraceClock) -> String {
    let mut w = Writer {
        rec,
        clock,
        events: Vec::new(),
    };
    let meta = |name: &str, tid: usize, args: String| {
        format!(
            r#"{{"name":"{}","ph":"M","ts":0,"pid":1,"tid":{},"args":{{{}}}}}"#,
            name, tid, args
        )
    };
    w.push(
        0.0,
        meta(
            "process_name",
            0,
            format!(r#""name":{}"#, json_str(process)),
        ),
    );
    w.push(
        0.0,
        meta("thread_name", 0, r#""name":"event loop""#.to_string()),
    );
    w.push(
        0.0,
        meta("thread_sort_index", 0, r#""sort_index":0"#.to_string()),
    );
    for (i, task) in rec.tasks.iter().enumerate() {
        let tid = i + 1;
        w.push(
            0.0,
            meta(
                "thread_name",
                tid,
                format!(r#""name":{}"#, json_str(&task.label())),
            ),
        );
        w.push(
            0.0,
            meta("thread_sort_index", tid, format!(r#""sort_index":{}"#, tid)),
        );
    }

    // The steps, and the extents used to place flow arrows inside them.
    let mut extents = Vec::with_capacity(rec.steps.len());
    for step in &rec.steps {
        let (ts, dur) = match clock {
            TraceClock::Loop => {
                let ts = round3(step.begin.time * 1e6);
                (ts, round3((step.end_time - step.begin.time) * 1e6).max(0.0))
            }
            TraceClock::Step => {
                let (start, width) = w.slot(step.begin);
                (start, (width * 0.8).floor().max(1.0))
            }
        };
        extents.push((ts, dur));
        let opt = |v: &Option<String>| v.as_deref().map_or("null".to_string(), json_str);
        let task = &rec.tasks[step.task];
        let json = format!(
            r#"{{"name":{},"cat":"step","ph":"X","ts":{},"dur":{},"pid":1,"tid":{},"args":{{"step":{},"loop_time":{},"resumed_at":{},"suspended_at":{},"awaiting":{},"woken_by":{}}}}}"#,
            json_str(&format!("{}() step {}", task.coro, step.number)),
            num(ts),
            num(dur),
            step.task + 1,
            step.number,
            num(round6(step.begin.time)),
            opt(&step.resumed_at),
            opt(&step.suspended_at),
            json_str(&step.awaiting),
            json_str(&step.woken_by)
        );
        w.push(ts, json);
    }

    // What the loop itself ran that woke a task: a short slice on thread 0
    // for the arrow to start from.
    for (i, step) in rec.steps.iter().enumerate() {
        let Some(origin) = step.wake_origin else {
            continue;
        };
        let id = i + 1;
        let (from_tid, from_ts) = match origin {
            Origin::Step(k) => {
                let (ts, dur) = extents[k];
                (rec.steps[k].task + 1, round3(ts + dur / 2.0))
            }
            Origin::Loop(pos) => {
                let ts = w.at(pos, 0.0);
                let dur = match clock {
                    TraceClock::Loop => 1.0,
                    TraceClock::Step => (w.slot(pos).1 * 0.8).floor().max(1.0),
                };
                let name = if step.woken_by.starts_with("timer") {
                    "timer"
                } else {
                    "callback"
                };
                let json = format!(
                    r#"{{"name":"{}","cat":"loop","ph":"X","ts":{},"dur":{},"pid":1,"tid":0,"args":{{"wakes":{}}}}}"#,
                    name,
                    num(ts),
                    num(dur),
                    json_str(&rec.tasks[step.task].name)
                );
                w.push(ts, json);
                (0, round3(ts + dur / 2.0))
            }
        };
        let (to_ts, _) = extents[i];
        // An arrow may not point back in time; a wake always precedes its step.
        let from_ts = from_ts.min(to_ts);
        let flow = |ph: &str, tid: usize, ts: f64, bind: &str| {
            format!(
                r#"{{"name":"wake","cat":"wake","ph":"{}","id":{},"ts":{},"pid":1,"tid":{}{}}}"#,
                ph,
                id,
                num(ts),
                tid,
                bind
            )
        };
        w.push(from_ts, flow("s", from_tid, from_ts, ""));
        w.push(to_ts, flow("f", step.task + 1, to_ts, r#","bp":"e""#));
    }

    // In loop time, the loop's waits on the selector, on its own thread.
    if clock == TraceClock::Loop {
        for it in rec.iterations.iter().filter(|it| it.timeout > 0.0) {
            let ts = round3(it.begin * 1e6);
            let json = format!(
                r#"{{"name":"wait","cat":"loop","ph":"X","ts":{},"dur":{},"pid":1,"tid":0,"args":{{"timeout":{}}}}}"#,
                num(ts),
                num(round3(it.timeout * 1e6)),
                num(round6(it.timeout))
            );
            w.push(ts, json);
        }
    }

    for (i, task) in rec.tasks.iter().enumerate() {
        let tid = i + 1;
        let created_at = task
            .created_at
            .as_deref()
            .map_or("null".to_string(), json_str);
        let parent = task
            .parent
            .map_or("null".to_string(), |p| json_str(&rec.tasks[p].name));
        let ts = w.at(task.created, 0.5);
        w.instant(
            tid,
            ts,
            "create",
            "task",
            &format!(r#""created_at":{},"parent":{}"#, created_at, parent),
        );
        for &pos in &task.cancel_requested {
            let ts = w.at(pos, 0.5);
            w.instant(tid, ts, "cancel", "task", "");
        }
        if let Some((pos, outcome)) = task.finished {
            let name = match outcome {
                TaskOutcome::Done => "done",
                TaskOutcome::Cancelled => "cancelled",
                TaskOutcome::Failed => "failed",
            };
            let ts = w.at(pos, 0.75);
            w.instant(tid, ts, name, "task", "");
        }
    }
    for print in &rec.prints {
        let tid = print.task.map_or(0, |t| t + 1);
        let ts = w.at(print.pos, 0.5);
        let stream = if print.stderr { "stderr" } else { "stdout" };
        w.instant(
            tid,
            ts,
            "print",
            "output",
            &format!(r#""text":{},"stream":"{}""#, json_str(&print.text), stream),
        );
    }

    // Sorted by time; events at the same time keep the order they were made in.
    w.events.sort_by(|a, b| a.ts.total_cmp(&b.ts));
    let mut out = String::from("{\"traceEvents\":[\n");
    for (i, e) in w.events.iter().enumerate() {
        out.push_str(&e.json);
        out.push_str(if i + 1 < w.events.len() { ",\n" } else { "\n" });
    }
    out.push_str("]}\n");
    out
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// A number as JSON: integral values without a fraction.
fn num(x: f64) -> String {
    if !x.is_finite() {
        return "0".to_string();
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{}", x)
    }
}

/// A JSON string literal.
pub fn json_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
