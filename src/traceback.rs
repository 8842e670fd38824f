//! Printing exceptions the way CPython's `traceback` module does.

use std::rc::Rc;

use crate::object::{PyException, TbEntry, Value};

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
    let mut ctx = Ctx {
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
        message,
    };
    ctx.seen.push(Rc::as_ptr(exc));
    ctx.format(exc);
    ctx.out
}

/// `traceback.TracebackException.max_group_width` / `max_group_depth`.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// `traceback._ExceptionPrintContext`: where in nested exception groups the
/// output is, which sets the indent and the `|` margin of each line.
struct Ctx<'a> {
    out: String,
    seen: Vec<*const PyException>,
    depth: usize,
    need_close: bool,
    message: &'a dyn Fn(&Rc<PyException>) -> String,
}

impl Ctx<'_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `_ExceptionPrintContext.emit`: every line gets the indent, and inside
    /// a group the margin character.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// `TracebackException.format(chain=True)`.
    fn format(&mut self, exc: &Rc<PyException>) {
        let mut chain: Vec<(Option<&'static str>, Rc<PyException>)> = Vec::new();
        let mut cur = Some(exc.clone());
        while let Some(e) = cur {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            let (next_msg, next) = if let Some(c) = cause {
                (
                    Some(
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                    ),
                    Some(c),
                )
            } else if let Some(c) = context.filter(|_| !e.suppress_context.get()) {
                (
                    Some(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    ),
                    Some(c),
                )
            } else {
                (None, None)
            };
            let next = next.filter(|n| !self.seen.contains(&Rc::as_ptr(n)));
            if let Some(n) = &next {
                self.seen.push(Rc::as_ptr(n));
            }
            chain.push((next.as_ref().and(next_msg), e));
            cur = next;
        }
        for (msg, e) in chain.into_iter().rev() {
            if let Some(msg) = msg {
                self.emit(msg, '|');
            }
            self.format_one(&e);
        }
    }

    fn format_one(&mut self, exc: &Rc<PyException>) {
        let only = match syntax_error_block(exc) {
            Some(block) => format!("{block}{}", notes(exc)),
            None => {
                let text = (self.message)(exc);
                format!("{}\n{}", exception_line_with(exc, &text), notes(exc))
            }
        };
        let frames = {
            let tb = exc.traceback.borrow();
            let mut s = String::new();
            format_frames(&mut s, tb.iter().rev());
            (!tb.is_empty()).then_some(s)
        };
        let Some(subs) = exc.sub_exceptions() else {
            if let Some(frames) = frames {
                self.emit("Traceback (most recent call last):\n", '|');
                self.emit(&frames, '|');
            }
            self.emit(&only, '|');
            return;
        };
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(
                &format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH),
                '|',
            );
            return;
        }
        let subs = subs.to_vec();
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        if let Some(frames) = frames {
            self.emit(
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            );
            self.emit(&frames, '|');
        }
        self.emit(&only, '|');
        let num = subs.len();
        let n = if num <= MAX_GROUP_WIDTH {
            num
        } else {
            MAX_GROUP_WIDTH + 1
        };
        self.need_close = false;
        for (i, sub) in subs.iter().enumerate().take(n) {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let line = format!(
                "{}{}+---------------- {} ----------------\n",
                self.indent(),
                if i == 0 { "+-" } else { "  " },
                title
            );
            self.out.push_str(&line);
            self.depth += 1;
            if !truncated {
                if !self.seen.contains(&Rc::as_ptr(sub)) {
                    self.seen.push(Rc::as_ptr(sub));
                }
                self.format(sub);
            } else {
                let remaining = num - MAX_GROUP_WIDTH;
                self.emit(
                    &format!(
                        "and {} more exception{}\n",
                        remaining,
                        if remaining > 1 { "s" } else { "" }
                    ),
                    '|',
                );
            }
            if last && self.need_close {
                let line = format!("{}+------------------------------------\n", self.indent());
                self.out.push_str(&line);
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

/// The `File ...` lines of `entries` (innermost first, as exceptions keep
/// them), outermost first: `traceback.format_tb`'s text.
pub fn format_entries(entries: &[TbEntry]) -> String {
    let mut out = String::new();
    format_frames(&mut out, entries.iter().rev());
    out
}

/// `traceback.format_exception_only`: the exception's line, with `message`
/// as its text, and its notes.
pub fn format_exception_only(exc: &PyException, message: &str) -> String {
    format!("{}\n{}", exception_line_with(exc, message), notes(exc))
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
        // Code given as a string (`-c`, `exec`) has no file to show lines
        // from: CPython prints only the `File` line for it.
        let text = if &*entry.source.name == "<string>" {
            ""
        } else {
            entry.source.line_text(line).trim()
        };
        if !text.is_empty() {
            out.push_str("    ");
            out.push_str(text);
            out.push('\n');
            if let Some(markers) = position_markers(&entry.source, entry.span) {
                out.push_str(&markers);
                out.push('\n');
            }
        }
    }
    flush_repeats(out, repeats);
}

/// The line under a frame's source line that marks the failing expression,
/// as CPython 3.11's `StackSummary.format_frame_summary` draws it: `^` under
/// the expression, or for a binary operation `~` under the operands and `^`
/// under the operator, and for a subscript `~` under the value and `^` under
/// the brackets. Nothing when the expression is the whole line.
fn position_markers(
    source: &crate::source::SourceFile,
    span: crate::syntax::ast::Span,
) -> Option<String> {
    let line_no = source.line_of(span.start as usize);
    let line = source.line_text(line_no);
    let line_start = source
        .text
        .get(..span.start as usize)?
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let chars = |from: usize, to: usize| line.get(from..to).map(|s| s.chars().count());
    let start = chars(0, span.start as usize - line_start)?;
    let end_line = source.line_of(
        (span.end as usize)
            .saturating_sub(1)
            .max(span.start as usize),
    );
    let (end, segment) = if end_line == line_no {
        let end_byte = span.end as usize - line_start;
        (
            chars(0, end_byte)?,
            line.get(span.start as usize - line_start..end_byte)?,
        )
    } else {
        (line.trim_end().chars().count(), "")
    };
    let leading = line.chars().take_while(|c| c.is_whitespace()).count();
    let stripped_len = line.trim().chars().count();
    let anchors = if end_line == line_no {
        anchors(segment)
    } else {
        None
    };
    let spans_line = end.saturating_sub(start) >= stripped_len;
    let split = anchors.is_some_and(|(left, right)| right > left);
    if spans_line && !split {
        return None;
    }
    let mut out = String::from("    ");
    out.extend(std::iter::repeat_n(' ', start.saturating_sub(leading)));
    let width = end.saturating_sub(start);
    match anchors {
        Some((left, right)) => {
            out.extend(std::iter::repeat_n('~', left));
            out.extend(std::iter::repeat_n('^', right.saturating_sub(left)));
            out.extend(std::iter::repeat_n('~', width.saturating_sub(right)));
        }
        None => out.extend(std::iter::repeat_n('^', width)),
    }
    Some(out)
}

/// `traceback._extract_caret_anchors_from_line_segment`: where the `^`
/// part starts and ends (in characters of `segment`) for a binary operation
/// or a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let module = crate::syntax::parse(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let chars = |byte: usize| segment.get(..byte).map(|s| s.chars().count());
    let seg: Vec<char> = segment.chars().collect();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = chars(left.span.end as usize)?;
            let op_end = chars(right.span.start as usize)?;
            let op: &[char] = seg.get(op_start..op_end)?;
            let op_offset = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut left_anchor = op_start + op_offset;
            let mut right_anchor = left_anchor + 1;
            if op_offset + 1 < op.len() && !op[op_offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            while left_anchor < seg.len()
                && (seg[left_anchor].is_whitespace() || ")#".contains(seg[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value, index } => {
            let mut left_anchor = chars(value.span.end as usize)?;
            let mut right_anchor = chars(index.span.end as usize)? + 1;
            while left_anchor < seg.len() && seg[left_anchor] != '[' {
                left_anchor += 1;
            }
            while right_anchor < seg.len() && seg[right_anchor] != ']' {
                right_anchor += 1;
            }
            if right_anchor < seg.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
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

/// The lines `add_note` left in `__notes__`, after the exception's line
/// (`TracebackException.format_exception_only`): each note of a sequence,
/// else the repr of whatever `__notes__` holds, with no newline (3.11).
fn notes(exc: &PyException) -> String {
    let Some(notes) = exc.attrs.borrow().get("__notes__").cloned() else {
        return String::new();
    };
    let items = match &notes {
        crate::object::Value::List(l) => l.borrow().clone(),
        crate::object::Value::Tuple(t) => t.to_vec(),
        crate::object::Value::Str(s) => s
            .chars()
            .map(|c| crate::object::Value::str(&c.to_string()))
            .collect(),
        other => return crate::object::repr::repr_plain(other),
    };
    let mut out = String::new();
    for note in items {
        out.push_str(&crate::object::repr::str_plain(&note));
        out.push('\n');
    }
    out
}

/// `ValueError: boom`, or just `ValueError` when the message is empty.
/// How a SyntaxError that knows where it is ends a traceback: the place
/// (file and line), the line's text with carets under the error, then
/// the message alone (`TracebackException.format_exception_only` for a
/// SyntaxError, `Lib/traceback.py`). `None` for any other exception.
fn syntax_error_block(exc: &PyException) -> Option<String> {
    if !exc.cls.is(&crate::object::types::SYNTAX_ERROR) {
        return None;
    }
    let attrs = exc.attrs.borrow();
    let int = |name: &str| match attrs.get(name) {
        Some(Value::Int(i)) => Some(*i),
        _ => None,
    };
    let lineno = int("lineno")?;
    let filename = match attrs.get("filename") {
        Some(Value::Str(f)) => f.to_string(),
        _ => "<string>".to_string(),
    };
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Some(Value::Str(text)) = attrs.get("text") {
        let line = text.trim_end_matches('\n');
        let shown = line.trim_start_matches([' ', '\n', '\x0c']);
        let indent = (line.chars().count() - shown.chars().count()) as i64;
        out.push_str(&format!("    {shown}\n"));
        if let Some(offset) = int("offset") {
            let end = match int("end_offset") {
                None | Some(0) => offset,
                Some(e) => e,
            };
            let end = if end == offset || end == -1 {
                offset + 1
            } else {
                end
            };
            let start_col = offset - 1 - indent;
            let end_col = end - 1 - indent;
            if start_col >= 0 {
                // Whitespace before the carets keeps the line's own tabs.
                let pad: String = shown
                    .chars()
                    .take(start_col as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                let carets = "^".repeat((end_col - start_col).max(0) as usize);
                out.push_str(&format!("    {pad}{carets}\n"));
            }
        }
    }
    let msg = match exc.args.borrow().first() {
        Some(Value::Str(m)) if !m.is_empty() => m.to_string(),
        _ => "<no detail available>".to_string(),
    };
    out.push_str(&format!("{}: {msg}\n", exc.cls.traceback_name()));
    Some(out)
}

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
