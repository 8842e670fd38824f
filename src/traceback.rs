//! Printing exceptions the way CPython's `traceback` module does.

use crate::object::{PyException, TbEntry};

/// CPython collapses runs of identical frames after this many
/// (`traceback._RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// The full report for an uncaught exception: the traceback (outermost frame
/// first) and the `Type: message` line.
pub fn format_exception(exc: &PyException) -> String {
    let mut out = String::new();
    let tb = exc.traceback.borrow();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_frames(&mut out, tb.iter().rev());
    }
    out.push_str(&exception_line(exc));
    out.push('\n');
    out
}

fn same_frame(a: &TbEntry, b: &TbEntry) -> bool {
    a.source.name == b.source.name
        && a.function == b.function
        && a.source.line_of(a.span.start as usize) == b.source.line_of(b.span.start as usize)
}

fn format_frames<'a>(out: &mut String, frames: impl Iterator<Item = &'a TbEntry>) {
    let mut last: Option<&TbEntry> = None;
    let mut repeats = 0;
    for entry in frames {
        if last.is_some_and(|l| same_frame(l, entry)) {
            repeats += 1;
            if repeats >= RECURSIVE_CUTOFF {
                continue;
            }
        } else {
            flush_repeats(out, repeats);
            repeats = 0;
        }
        last = Some(entry);
        let line = entry.source.line_of(entry.span.start as usize);
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            entry.source.name, line, entry.function
        ));
        let text = entry.source.line_text(line).trim();
        if !text.is_empty() {
            out.push_str("    ");
            out.push_str(text);
            out.push('\n');
        }
    }
    flush_repeats(out, repeats);
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= RECURSIVE_CUTOFF {
        let more = repeats - RECURSIVE_CUTOFF + 1;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            more,
            if more == 1 { "" } else { "s" }
        ));
    }
}

/// `ValueError: boom`, or just `ValueError` when the message is empty.
pub fn exception_line(exc: &PyException) -> String {
    let name = exc.cls.qualified_name();
    let msg = exc.message();
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}", name, msg)
    }
}
