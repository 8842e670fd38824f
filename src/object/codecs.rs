//! Text encodings for `str.encode`, `bytes.decode` and the `bytes`/`str`
//! constructors: UTF-8, ASCII and Latin-1, with the error handlers and the
//! `UnicodeEncodeError`/`UnicodeDecodeError` messages of CPython's codecs
//! (`Objects/exceptions.c: UnicodeEncodeError_str`, `UnicodeDecodeError_str`).

use super::{types, PyErr, PyResult, Value};

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point the codec encodes in one byte (none for UTF-8).
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 128,
            _ => 256,
        }
    }
}

/// Looks an encoding name up as `encodings.search_function` does: case and
/// punctuation are normalised, then the aliases of `encodings.aliases`.
fn lookup(encoding: &str) -> PyResult<Codec> {
    let mut norm = String::new();
    let mut sep = false;
    for c in encoding.trim().chars() {
        if c.is_alphanumeric() || c == '.' {
            if sep && !norm.is_empty() {
                norm.push('_');
            }
            sep = false;
            norm.extend(c.to_lowercase());
        } else {
            sep = true;
        }
    }
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "iso_8859_1_1987" | "ibm819" | "csisolatin1" => Codec::Latin1,
        _ => {
            return Err(PyErr::new(
                &types::LOOKUP_ERROR,
                format!("unknown encoding: {encoding}"),
            ))
        }
    })
}

fn unknown_handler(errors: &str) -> Box<PyErr> {
    PyErr::new(
        &types::LOOKUP_ERROR,
        format!("unknown error handler name '{errors}'"),
    )
}

/// Whether `encoding` names UTF-8 (its characters take 1-4 bytes; the
/// others pyasync knows take one); a LookupError for an unknown name.
pub fn is_utf8(encoding: &str) -> PyResult<bool> {
    Ok(lookup(encoding)? == Codec::Utf8)
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    if codec == Codec::Utf8 {
        // A Rust string has no lone surrogates: UTF-8 always succeeds.
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot encode.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match errors {
            "strict" => {
                // The fields `UnicodeEncodeError` words its message from.
                let object: String = chars.iter().collect();
                return Err(PyErr::with_args(
                    &types::UNICODE_ENCODE_ERROR,
                    vec![
                        Value::str(codec.name()),
                        Value::str(&object),
                        Value::Int(i as i64),
                        Value::Int(end as i64),
                        Value::str(&format!("ordinal not in range({limit})")),
                    ],
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    let n = c as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                    continue;
                }
                bad_bytes(
                    &mut out,
                    data,
                    (i, i + 1),
                    codec,
                    "ordinal not in range(128)",
                    errors,
                )?;
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).expect("valid prefix"));
                        let start = offset + good;
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) if n == 1 && !matches!(rest[good], 0xc2..=0xf4) => {
                                (1, "invalid start byte")
                            }
                            Some(n) => (n, "invalid continuation byte"),
                        };
                        bad_bytes(&mut out, data, (start, start + len), codec, reason, errors)?;
                        rest = &rest[good + len..];
                        offset = start + len;
                    }
                }
            }
        }
    }
}

/// Applies the error handler to `data[start..end]`, which the codec could
/// not decode.
fn bad_bytes(
    out: &mut String,
    data: &[u8],
    (start, end): (usize, usize),
    codec: Codec,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        // The fields `UnicodeDecodeError` words its message from.
        "strict" => Err(PyErr::with_args(
            &types::UNICODE_DECODE_ERROR,
            vec![
                Value::str(codec.name()),
                Value::Bytes(data.into()),
                Value::Int(start as i64),
                Value::Int(end as i64),
                Value::str(reason),
            ],
        )),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}
