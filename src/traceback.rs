//! Printing exceptions the way CPython's `traceback` module does.

use std::rc::Rc;

use crate::object::{PyException, TbEntry};

/// CPython collapses runs of identical frames after this many
/// (`traceback._RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// The full report for an uncaught exception: its cause or context first
/// (as CPython's `traceback.TracebackException` chains them), then its
/// traceback (outermost frame first) and the `Type: message` line.
pub fn format_exception(exc: &Rc<PyException>) -> String {
    format_exception_with(exc, &|e| e.message())
}

/// `format_exception` with the message of each exception given by
/// `message` (the interpreter passes one that runs user `__str__`).
pub fn format_exception_with(
    exc: &Rc<PyException>,
    message: &dyn Fn(&Rc<PyException>) -> String,
) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    write_chain(&mut out, exc, message, &mut seen);
    out
}

fn write_chain(
    out: &mut String,
    exc: &Rc<PyException>,
    message: &dyn Fn(&Rc<PyException>) -> String,
    seen: &mut Vec<*const PyException>,
) {
    seen.push(Rc::as_ptr(exc));
    let cause = exc.cause.borrow().clone();
    let context = exc.context.borrow().clone();
    if let Some(cause) = cause {
        if !seen.contains(&Rc::as_ptr(&cause)) {
            write_chain(out, &cause, message, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let Some(context) = context.filter(|_| !exc.suppress_context.get()) {
        if !seen.contains(&Rc::as_ptr(&context)) {
            write_chain(out, &context, message, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    write_one(out, exc, message);
}

fn write_one(
    out: &mut String,
    exc: &Rc<PyException>,
    message: &dyn Fn(&Rc<PyException>) -> String,
) {
    let tb = exc.traceback.borrow();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_frames(out, tb.iter().rev());
    }
    let msg = message(exc);
    out.push_str(&exception_line_with(exc, &msg));
    out.push('\n');
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
    exception_line_with(exc, &exc.message())
}

fn exception_line_with(exc: &PyException, msg: &str) -> String {
    let name = exc.cls.traceback_name();
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}", name, msg)
    }
}
