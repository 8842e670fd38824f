//! Rendering of syntax errors with ariadne, followed by CPython's last line.

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use crate::syntax::SyntaxError;

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The byte index of a 1-based line and character column, if the line exists.
fn byte_of(source: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        source
            .match_indices('\n')
            .nth(line - 2)
            .map(|(i, _)| i + 1)?
    };
    let rest = &source[line_start..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    let offset: usize = rest[..line_len]
        .chars()
        .take(column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    Some(line_start + offset)
}

/// Render `err` for `source` (read from `filename`). The last line of the
/// result is exactly CPython's last stderr line, e.g. `SyntaxError: expected ':'`.
pub fn render_syntax_error(filename: &str, source: &str, err: &SyntaxError, color: bool) -> String {
    let mut start = floor_boundary(source, err.span.start as usize);
    let mut end = floor_boundary(source, (err.span.end as usize).max(start));
    if start == end {
        // point at one character when possible
        if let Some(c) = source[start..].chars().next() {
            end = start + c.len_utf8();
        } else if let Some(c) = source[..start].chars().next_back() {
            start -= c.len_utf8();
        }
    }
    let last = format!("{}: {}", err.type_name(), err.msg);
    let mut buf = Vec::new();
    let id = filename.to_string();
    let kind = ReportKind::Custom(err.type_name(), Color::Red);
    // The header names CPython's own line and column (`SyntaxError.lineno`
    // and `.offset`), which for some errors is not where the marked span
    // starts (an unexpected indent is reported at the end of the indentation).
    let at = byte_of(source, err.lineno, err.offset).unwrap_or(start);
    let report = Report::build(kind, (id.clone(), at..at))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_message(&err.msg)
        .with_label(Label::new((id.clone(), start..end)).with_message(&err.msg))
        .finish();
    let _ = report.write((id, Source::from(source)), &mut buf);
    // CPython's own first line, which editors and log parsers look for.
    let mut out = format!("  File \"{}\", line {}\n", filename, err.lineno);
    let picture = String::from_utf8_lossy(&buf);
    if color {
        out.push_str(&picture);
    } else {
        // ariadne colours a custom report kind whatever its config says.
        out.push_str(&strip_ansi(&picture));
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&last);
    out
}

/// Removes ANSI escape sequences (`ESC [ ... letter`).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
