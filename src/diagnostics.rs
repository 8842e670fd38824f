//! Rendering of syntax errors with ariadne, followed by CPython's last line.

use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};

use crate::syntax::SyntaxError;

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
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
    let report = Report::build(ReportKind::Error, (id.clone(), start..end))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_message(format!(
            "{} (line {}, offset {})",
            last, err.lineno, err.offset
        ))
        .with_label(Label::new((id.clone(), start..end)).with_message(&err.msg))
        .finish();
    let _ = report.write((id, Source::from(source)), &mut buf);
    let mut out = String::from_utf8_lossy(&buf).into_owned();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&last);
    out
}
