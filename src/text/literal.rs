//! The source-text form of literal values (`repr` of floats, strings,
//! bytes and complex numbers): what the compiler quotes in its messages
//! (a duplicate key in a mapping pattern) and what the runtime's `repr()`
//! prints, so both layers share it from here.

/// `repr(float)`: the shortest string that round-trips, in fixed notation
/// when the decimal exponent is in -4..16, otherwise scientific
/// (CPython's `float_repr` with format code 'r').
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Rust's `{:e}` gives the shortest round-tripping digits; of two such
    // strings equally short, CPython's `repr` takes the one nearer the
    // exact value (the correctly rounded one, ties to even).
    let shortest = format!("{:e}", f);
    let len = shortest
        .bytes()
        .take_while(|&c| c != b'e')
        .filter(u8::is_ascii_digit)
        .count();
    let nearest = format!("{:.*e}", len.saturating_sub(1), f);
    let sci = if nearest.parse::<f64>() == Ok(f) {
        nearest
    } else {
        shortest
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        if point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-point) as usize));
            out.push_str(&digits);
        } else if point as usize >= digits.len() {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point as usize]);
            out.push('.');
            out.push_str(&digits[point as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

/// `repr(str)`: single quotes unless the text has a single quote and no
/// double quote (CPython's `unicode_repr`).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !super::unicode::is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n))
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n))
                } else {
                    out.push_str(&format!("\\U{:08x}", n))
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)`: single quotes unless the data has a single quote and no
/// double quote; printable ASCII as is, `\t\n\r` and `\\` escaped, the rest
/// as `\xNN` (`PyBytes_Repr`).
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// One part as `repr` shows it inside a complex: the float's repr without
/// a trailing `.0` (`1`, `2.5`, `1e+16`, `inf`, `nan`).
fn part_repr(x: f64) -> String {
    let s = float_repr(x);
    match s.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => s,
    }
}

/// `repr(z)` and `str(z)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. A
/// real part of positive zero is left out.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part_repr(im));
    }
    // The imaginary part always carries a sign; a NaN's is `+`.
    let sign = if im.is_sign_negative() && !im.is_nan() {
        '-'
    } else {
        '+'
    };
    format!("({}{}{}j)", part_repr(re), sign, part_repr(im.abs()))
}
