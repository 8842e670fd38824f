//! A recording drawn as a timeline: one lane per task, loop time left to
//! right, as text (for a terminal) or as a self-contained SVG.
//!
//! Steps take microseconds and waits take seconds, so the time axis is
//! not linear: every loop iteration that ran callbacks gets a column of its
//! own, and the time the loop waited between two of them is drawn as blank
//! columns in proportion to its length. What ran in one iteration is then
//! always visible, and long waits still look long.

use std::fmt::Write;

use super::{Origin, Recording, StepRecord};
use crate::asyncio::observer::TaskOutcome;

/// Columns the waits of a whole run share.
const IDLE_COLUMNS: f64 = 48.0;
/// A wait shorter than this gets no column.
const MIN_GAP: f64 = 0.001;
/// The least time one wait column stands for.
const MIN_UNIT: f64 = 0.005;

/// The horizontal layout shared by both drawings.
struct Columns {
    /// Column of each iteration (1-based index into it), if it ran anything.
    of_iteration: Vec<Option<usize>>,
    /// Loop time at each column.
    times: Vec<f64>,
    /// Whether a column is an iteration (not a wait).
    busy: Vec<bool>,
}

impl Columns {
    fn new(rec: &Recording) -> Columns {
        // The iterations that ran a step or printed.
        let mut shown = vec![false; rec.iterations.len() + 1];
        for step in &rec.steps {
            shown[step.begin.iteration as usize] = true;
        }
        for print in rec.prints.iter().filter(|p| p.pos.slot > 0) {
            shown[print.pos.iteration as usize] = true;
        }
        let runs: Vec<(usize, f64)> = (1..shown.len())
            .filter(|&i| shown[i])
            .map(|i| (i, iteration_time(rec, i)))
            .collect();
        let total_gap: f64 = runs
            .windows(2)
            .map(|w| w[1].1 - w[0].1)
            .filter(|g| *g >= MIN_GAP)
            .sum();
        // Waits of a few milliseconds in all stay a column or two wide.
        let unit = (total_gap / IDLE_COLUMNS).max(MIN_UNIT);
        let mut cols = Columns {
            of_iteration: vec![None; rec.iterations.len() + 1],
            times: Vec::new(),
            busy: Vec::new(),
        };
        let mut previous: Option<f64> = None;
        for (iteration, time) in runs {
            if let Some(prev) = previous {
                let gap = time - prev;
                if gap >= MIN_GAP {
                    let k = ((gap / unit).round() as usize).max(1);
                    for j in 1..=k {
                        cols.times.push(prev + gap * j as f64 / (k + 1) as f64);
                        cols.busy.push(false);
                    }
                }
            }
            cols.of_iteration[iteration] = Some(cols.times.len());
            cols.times.push(time);
            cols.busy.push(true);
            previous = Some(time);
        }
        cols
    }

    fn len(&self) -> usize {
        self.times.len()
    }

    /// The column of a moment: its iteration's, or the last one before.
    fn at(&self, iteration: u32) -> usize {
        let mut i = (iteration as usize).min(self.of_iteration.len().saturating_sub(1));
        loop {
            if let Some(c) = self.of_iteration[i] {
                return c;
            }
            if i == 0 {
                return 0;
            }
            i -= 1;
        }
    }

    /// The column of a moment not inside a callback (a wake between
    /// iterations): the next iteration's.
    fn after(&self, iteration: u32) -> usize {
        let from = iteration as usize;
        for i in from..self.of_iteration.len() {
            if let Some(c) = self.of_iteration[i] {
                return c;
            }
        }
        self.len().saturating_sub(1)
    }
}

/// When the callbacks of an iteration ran: after its wait.
fn iteration_time(rec: &Recording, iteration: usize) -> f64 {
    rec.steps
        .iter()
        .find(|s| s.begin.iteration as usize == iteration)
        .map(|s| s.begin.time)
        .or_else(|| rec.iterations.get(iteration).map(|it| it.begin))
        .unwrap_or(rec.iterations[iteration - 1].begin)
}

/// What each lane shows in each column.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    Running,
    Awaiting,
    End(TaskOutcome),
}

fn lanes(rec: &Recording, cols: &Columns) -> Vec<Vec<Mark>> {
    let width = cols.len() + 1;
    let mut lanes = vec![vec![Mark::None; width]; rec.tasks.len()];
    for (i, task) in rec.tasks.iter().enumerate() {
        let from = cols.after(task.created.iteration);
        let to = match task.finished {
            Some((pos, _)) => cols.at(pos.iteration),
            None => width - 1,
        };
        for mark in lanes[i].iter_mut().take(to + 1).skip(from) {
            *mark = Mark::Awaiting;
        }
        if let Some((_, outcome)) = task.finished {
            lanes[i][(to + 1).min(width - 1)] = Mark::End(outcome);
        }
    }
    for step in &rec.steps {
        lanes[step.task][cols.at(step.begin.iteration)] = Mark::Running;
    }
    lanes
}

fn outcome_char(outcome: TaskOutcome) -> char {
    match outcome {
        TaskOutcome::Done => '✓',
        TaskOutcome::Cancelled => '✗',
        TaskOutcome::Failed => '!',
    }
}

/// Seconds as the axis shows them.
fn seconds(t: f64) -> String {
    let text = format!("{:.3}", t);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{}s", if text.is_empty() { "0" } else { text })
}

/// The text chart, for stderr after a run.
pub fn text_timeline(rec: &Recording) -> String {
    let rec = &rec.script_tasks_only();
    let cols = Columns::new(rec);
    let lanes = lanes(rec, &cols);
    let labels: Vec<String> = rec.tasks.iter().map(|t| t.label()).collect();
    let label_width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .max(6)
        + 2;
    let width = cols.len() + 1;

    let mut out = String::new();
    let first = rec
        .steps
        .iter()
        .map(|st| st.begin.iteration)
        .min()
        .unwrap_or(0);
    let last = rec
        .steps
        .iter()
        .map(|st| st.begin.iteration)
        .max()
        .unwrap_or(0);
    let plural = |n: usize, word: &str| format!("{} {}{}", n, word, if n == 1 { "" } else { "s" });
    let _ = writeln!(
        out,
        "timeline of {} over {}",
        plural(rec.tasks.len(), "task"),
        plural((last + 1).saturating_sub(first) as usize, "loop iteration")
    );
    // The axis: the time of a column every so often, where there is room.
    let mut axis = vec![' '; width + 12];
    let mut next_free = 0;
    for (c, &t) in cols.times.iter().enumerate() {
        let starts_run = c == 0 || (cols.busy[c] && !cols.busy[c - 1]);
        if c >= next_free && starts_run {
            let label = format!("|{}", seconds(t));
            for (k, ch) in label.chars().enumerate() {
                if c + k < axis.len() {
                    axis[c + k] = ch;
                }
            }
            next_free = c + label.chars().count() + 1;
        }
    }
    let axis: String = axis.into_iter().collect();
    let _ = writeln!(out, "{:w$}{}", "", axis.trim_end(), w = label_width);
    for (label, lane) in labels.iter().zip(&lanes) {
        let row: String = lane
            .iter()
            .map(|m| match m {
                Mark::None => ' ',
                Mark::Running => '█',
                Mark::Awaiting => '·',
                Mark::End(o) => outcome_char(*o),
            })
            .collect();
        let _ = writeln!(out, "{:w$}{}", label, row.trim_end(), w = label_width);
    }
    // Each printed line at the column it was printed in.
    for print in rec.prints.iter().filter(|p| !p.stderr) {
        let who = print.task.map_or("", |t| rec.tasks[t].name.as_str());
        let column = if print.pos.slot == 0 && print.task.is_none() {
            if print.pos.iteration == 0 {
                0
            } else {
                cols.at(print.pos.iteration)
            }
        } else {
            cols.at(print.pos.iteration)
        };
        for line in print.text.trim_end_matches('\n').split('\n') {
            let _ = writeln!(
                out,
                "{:w$}{:c$}▲ {}",
                format!("  {}", who),
                "",
                line,
                w = label_width,
                c = column
            );
        }
    }
    let _ = writeln!(
        out,
        "█ running  · awaiting  ✓ done  ✗ cancelled  ! failed  ▲ printed; one column per loop iteration, waits to scale"
    );
    out
}

/// Geometry of the SVG.
const LEFT: f64 = 200.0;
const TOP: f64 = 40.0;
const LANE: f64 = 30.0;
const BUSY_W: f64 = 14.0;
const IDLE_W: f64 = 8.0;
const PRINT_ROW: f64 = 18.0;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The SVG drawing: lanes (thread 0, the loop, on top), running steps as
/// dark boxes and waits as pale bars, arrows from each waker to the step
/// it woke, and each print as a marker on its task's lane with its text
/// in the band below. Every shape has a `<title>` tooltip.
pub fn svg_timeline(rec: &Recording, title: &str) -> String {
    let rec = &rec.script_tasks_only();
    let cols = Columns::new(rec);
    let lanes = lanes(rec, &cols);
    // x of each column's left edge.
    let mut xs = Vec::with_capacity(cols.len() + 1);
    let mut x = LEFT;
    for &busy in &cols.busy {
        xs.push(x);
        x += if busy { BUSY_W } else { IDLE_W };
    }
    xs.push(x);
    let right = x + BUSY_W;
    let col_w = |c: usize| {
        if cols.busy.get(c).copied().unwrap_or(true) {
            BUSY_W
        } else {
            IDLE_W
        }
    };
    let lane_y = |lane: usize| TOP + lane as f64 * LANE;
    let n_lanes = rec.tasks.len() + 1;
    let prints: Vec<_> = rec.prints.iter().filter(|p| !p.stderr).collect();
    let print_lines: usize = prints
        .iter()
        .map(|p| p.text.trim_end_matches('\n').split('\n').count())
        .sum();
    let prints_top = lane_y(n_lanes) + 20.0;
    let height = prints_top + print_lines as f64 * PRINT_ROW + 40.0;
    let text_right = prints
        .iter()
        .map(|p| xs[cols.at(p.pos.iteration)] + 14.0 + 7.5 * p.text.chars().count() as f64)
        .fold(0.0f64, f64::max);
    let width = (right + 20.0).max(text_right + 20.0).max(760.0);

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="DejaVu Sans Mono, monospace" font-size="12">"#,
        w = width,
        h = height
    );
    let _ = writeln!(s, "<title>{}</title>", escape(title));
    s.push_str(
        r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#d9480f"/></marker></defs>
<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>
"##,
    );
    let _ = writeln!(
        s,
        r##"<text x="10" y="20" font-size="14" font-weight="bold" fill="#222">{}</text>"##,
        escape(title)
    );
    // Axis labels at the start of each run of iterations.
    for (c, &t) in cols.times.iter().enumerate() {
        if c == 0 || (cols.busy[c] && !cols.busy[c - 1]) {
            let _ = writeln!(
                s,
                r##"<text class="axis" x="{:.1}" y="{:.1}" font-size="10" fill="#666">{}</text>"##,
                xs[c],
                TOP - 6.0,
                seconds(t)
            );
        }
    }
    // Lanes.
    for lane in 0..n_lanes {
        let y = lane_y(lane);
        let label = if lane == 0 {
            "event loop".to_string()
        } else {
            rec.tasks[lane - 1].label()
        };
        let fill = if lane % 2 == 0 { "#f6f7f9" } else { "#ffffff" };
        let _ = writeln!(
            s,
            r##"<g class="lane" data-task="{}"><rect x="0" y="{:.1}" width="{:.0}" height="{:.0}" fill="{}"/><text x="8" y="{:.1}" fill="#222">{}</text></g>"##,
            escape(&label),
            y,
            width,
            LANE,
            fill,
            y + LANE / 2.0 + 4.0,
            escape(&label)
        );
    }
    // Waits and ends.
    for (i, lane) in lanes.iter().enumerate() {
        let y = lane_y(i + 1) + LANE / 2.0 - 3.0;
        let mut c = 0;
        while c < lane.len() {
            if matches!(lane[c], Mark::Awaiting | Mark::Running) {
                let start = c;
                while c < lane.len() && matches!(lane[c], Mark::Awaiting | Mark::Running) {
                    c += 1;
                }
                let _ = writeln!(
                    s,
                    r##"<rect class="waiting" x="{:.1}" y="{:.1}" width="{:.1}" height="6" fill="#c5d5ea"><title>{} waiting</title></rect>"##,
                    xs[start],
                    y,
                    xs[c.min(xs.len() - 1)] - xs[start],
                    escape(&rec.tasks[i].name)
                );
                continue;
            }
            if let Mark::End(outcome) = lane[c] {
                let (color, word) = match outcome {
                    TaskOutcome::Done => ("#2b8a3e", "done"),
                    TaskOutcome::Cancelled => ("#c92a2a", "cancelled"),
                    TaskOutcome::Failed => ("#e67700", "failed"),
                };
                let x = xs[c.min(xs.len() - 1)] + 2.0;
                let _ = writeln!(
                    s,
                    r##"<text class="end" x="{:.1}" y="{:.1}" fill="{}" font-weight="bold">{}<title>{} {}</title></text>"##,
                    x,
                    y + 8.0,
                    color,
                    outcome_char(outcome),
                    escape(&rec.tasks[i].name),
                    word
                );
            }
            c += 1;
        }
    }
    // Steps.
    let step_box = |step: &StepRecord| {
        let c = cols.at(step.begin.iteration);
        let y = lane_y(step.task + 1) + 5.0;
        (xs[c] + 1.0, y, col_w(c) - 2.0, LANE - 10.0)
    };
    for step in &rec.steps {
        let (x, y, w, h) = step_box(step);
        let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
        let awaiting = if step.awaiting.is_empty() {
            "finished".to_string()
        } else {
            format!("awaits {}", step.awaiting)
        };
        let _ = writeln!(
            s,
            r##"<rect class="step" x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="2" fill="#1c4e80"><title>{} step {} at {}
resumed at {}, suspended at {}
{}; woken by {}</title></rect>"##,
            x,
            y,
            w,
            h,
            escape(&rec.tasks[step.task].label()),
            step.number,
            seconds(step.begin.time),
            escape(&opt(&step.resumed_at)),
            escape(&opt(&step.suspended_at)),
            escape(&awaiting),
            escape(&step.woken_by)
        );
    }
    // Wake arrows, from the waker to the step it woke.
    for step in &rec.steps {
        let Some(origin) = step.wake_origin else {
            continue;
        };
        let (tx, ty, _, th) = step_box(step);
        let (fx, fy) = match origin {
            Origin::Step(k) => {
                let (x, y, w, h) = step_box(&rec.steps[k]);
                (x + w / 2.0, y + h / 2.0)
            }
            Origin::Loop(pos) => {
                let c = cols.after(pos.iteration);
                (xs[c] + col_w(c) / 2.0, lane_y(0) + LANE / 2.0)
            }
        };
        if (fx - tx).abs() < 0.5 && (fy - ty).abs() < LANE {
            continue;
        }
        let _ = writeln!(
            s,
            r##"<line class="wake" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#d9480f" stroke-width="1.2" marker-end="url(#arrow)"><title>{} woken by {}</title></line>"##,
            fx,
            fy,
            tx,
            ty + th / 2.0,
            escape(&rec.tasks[step.task].name),
            escape(&step.woken_by)
        );
    }
    // Prints: a marker on the lane, the text in the band below.
    let _ = writeln!(
        s,
        r##"<text x="8" y="{:.1}" fill="#222" font-weight="bold">printed</text>"##,
        prints_top
    );
    let mut row = 0;
    for print in prints {
        let c = cols.at(print.pos.iteration);
        let x = xs[c] + col_w(c) / 2.0;
        let lane = print.task.map_or(0, |t| t + 1);
        let who = print
            .task
            .map_or("the script".to_string(), |t| rec.tasks[t].name.clone());
        for line in print.text.trim_end_matches('\n').split('\n') {
            let ty = prints_top + row as f64 * PRINT_ROW;
            let my = lane_y(lane) + LANE - 4.0;
            let _ = writeln!(
                s,
                r##"<g class="print"><line x1="{x:.1}" y1="{my:.1}" x2="{x:.1}" y2="{ly:.1}" stroke="#999" stroke-dasharray="2,2"/><path d="M{x:.1},{my:.1} l-4,5 h8 z" fill="#e8590c"/><text x="{tx:.1}" y="{ty:.1}" fill="#111" stroke="#ffffff" stroke-width="3" paint-order="stroke">{text}</text><title>{who} printed {text} at {t}</title></g>"##,
                x = x,
                my = my,
                ly = ty - 4.0,
                tx = x + 6.0,
                ty = ty,
                text = escape(line),
                who = escape(&who),
                t = seconds(print.pos.time)
            );
            row += 1;
        }
    }
    let _ = writeln!(
        s,
        r##"<text x="8" y="{:.1}" font-size="10" fill="#666">dark: a step running; pale: waiting; arrows: what woke a step; one column per loop iteration, waits to scale</text>"##,
        height - 12.0
    );
    s.push_str("</svg>\n");
    s
}
