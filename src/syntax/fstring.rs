//! f-string bodies: literal parts, `{expr}`, `{expr!r}`, `{expr:spec}` (with
//! nested fields in the spec), `{{`/`}}` and `{x=}`. Field expressions are
//! parsed by re-running the parser on the field text, so spans point into the
//! original source.

use std::rc::Rc;

use super::ast::FStringPart;
use super::lexer::{decode_escapes, LexError};
use super::token::FStrBody;
use super::{err_at, parse_field};

/// Append a literal, merging with a preceding literal.
pub fn push_literal(out: &mut Vec<FStringPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = out.last_mut() {
        let mut m = prev.to_string();
        m.push_str(s);
        *prev = Rc::from(m);
        return;
    }
    out.push(FStringPart::Literal(Rc::from(s)));
}

fn ferr(msg: &str, at: usize) -> LexError {
    err_at(format!("f-string: {}", msg), at, at + 1)
}

/// Parse the body `src[body.start..body.end]` of an f-string.
pub fn parse(src: &str, body: FStrBody, nesting: usize) -> Result<Vec<FStringPart>, LexError> {
    if nesting > 1 {
        return Err(ferr("expressions nested too deeply", body.start));
    }
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut lit_start = body.start;
    let mut i = body.start;
    let flush = |out: &mut Vec<FStringPart>, a: usize, b: usize| -> Result<(), LexError> {
        if a < b {
            let text = &src[a..b];
            let s = if body.raw {
                text.to_string()
            } else {
                // CPython reports a bad escape at the end of the whole literal.
                decode_escapes(text, false).map_err(|(m, _, _)| {
                    let end = body.token_end;
                    err_at(m, end, end)
                })?
            };
            push_literal(out, &s);
        }
        Ok(())
    };
    while i < body.end {
        match bytes[i] {
            // A named escape's braces are part of the literal.
            b'\\'
                if !body.raw
                    && bytes.get(i + 1) == Some(&b'N')
                    && bytes.get(i + 2) == Some(&b'{') =>
            {
                i = src[i..body.end].find('}').map_or(body.end, |k| i + k + 1);
            }
            b'\\' if !body.raw => i += 2,
            b'{' if bytes.get(i + 1) == Some(&b'{') && i + 1 < body.end => {
                flush(&mut out, lit_start, i + 1)?;
                i += 2;
                lit_start = i;
            }
            b'}' if bytes.get(i + 1) == Some(&b'}') && i + 1 < body.end => {
                flush(&mut out, lit_start, i + 1)?;
                i += 2;
                lit_start = i;
            }
            b'}' => return Err(ferr("single '}' is not allowed", i)),
            b'{' => {
                flush(&mut out, lit_start, i)?;
                let (part, next) = field(src, i + 1, body, nesting)?;
                out.push(part);
                i = next;
                lit_start = i;
            }
            _ => i += 1,
        }
    }
    flush(&mut out, lit_start, body.end.min(i.max(lit_start)))?;
    Ok(out)
}

/// Parse a field starting after its `{`; returns the part and the index after `}`.
fn field(
    src: &str,
    start: usize,
    body: FStrBody,
    nesting: usize,
) -> Result<(FStringPart, usize), LexError> {
    let bytes = src.as_bytes();
    let end = body.end;
    let mut i = start;
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    // find the end of the expression
    while i < end {
        let c = bytes[i];
        // Python 3.11 refuses a backslash anywhere in the expression, in
        // its string literals too (PEP 701 lifted this in 3.12).
        if c == b'\\' {
            let at = body.token_end;
            return Err(err_at(
                "f-string expression part cannot include a backslash",
                at,
                at,
            ));
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            b'#' => return Err(ferr("expression part cannot include '#'", i)),
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' if depth > 0 => depth -= 1,
            b'}' if depth == 0 => break,
            b'!' if depth == 0 && bytes.get(i + 1) != Some(&b'=') => break,
            b':' if depth == 0 => break,
            b'=' if depth == 0 => {
                let prev = if i > start { bytes[i - 1] } else { b' ' };
                let next = bytes.get(i + 1).copied().unwrap_or(0);
                if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                    break;
                }
                if next == b'=' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if i >= end {
        return Err(ferr("expecting '}'", end.min(src.len().saturating_sub(1))));
    }
    let expr_end = i;
    if src[start..expr_end].trim().is_empty() {
        return Err(ferr("empty expression not allowed", i));
    }
    let value = parse_field(src, start, expr_end)?;
    let mut debug_text = None;
    if bytes[i] == b'=' {
        i += 1;
        while i < end && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        debug_text = Some(Rc::from(&src[start..i]));
    }
    let mut conversion = None;
    if i < end && bytes[i] == b'!' {
        let c = src[i + 1..end].chars().next();
        match c {
            Some(c @ ('r' | 's' | 'a')) => conversion = Some(c),
            _ => {
                return Err(ferr(
                    "invalid conversion character: expected 's', 'r', or 'a'",
                    i + 1,
                ))
            }
        }
        i += 2;
    }
    let mut spec = None;
    if i < end && bytes[i] == b':' {
        let spec_start = i + 1;
        let mut d = 0usize;
        let mut j = spec_start;
        while j < end {
            match bytes[j] {
                b'{' => d += 1,
                b'}' if d == 0 => break,
                b'}' => d -= 1,
                _ => {}
            }
            j += 1;
        }
        if j >= end {
            return Err(ferr("expecting '}'", end.saturating_sub(1)));
        }
        let sub = FStrBody {
            start: spec_start,
            end: j,
            raw: body.raw,
            token_end: body.token_end,
        };
        spec = Some(parse(src, sub, nesting + 1)?);
        i = j;
    }
    if i >= end || bytes[i] != b'}' {
        return Err(ferr("expecting '}'", i.min(end)));
    }
    if debug_text.is_some() && conversion.is_none() && spec.is_none() {
        conversion = Some('r');
    }
    Ok((
        FStringPart::Field {
            value: Box::new(value),
            conversion,
            spec,
            debug_text,
        },
        i + 1,
    ))
}
