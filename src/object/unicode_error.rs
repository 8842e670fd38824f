//! `UnicodeEncodeError`, `UnicodeDecodeError`, `UnicodeTranslateError`:
//! the fields a codec error carries (`encoding`, `object`, `start`, `end`,
//! `reason`) and the message built from them (CPython's
//! `Objects/exceptions.c`, `UnicodeEncodeError_str` and its siblings). A
//! field assigned later (`e.reason = ...`) wins over the argument.

use super::exception::PyException;
use super::types::{self, Member, TypeSpec};
use super::Value;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "Unicode related error.",
    members: &[&[
        Member::getter(
            "encoding",
            |_, e| Ok(field(e, "encoding")),
            "The codec's name.",
        ),
        Member::getter(
            "object",
            |_, e| Ok(field(e, "object")),
            "What was being converted.",
        ),
        Member::getter(
            "start",
            |_, e| Ok(field(e, "start")),
            "Where the bad part starts.",
        ),
        Member::getter(
            "end",
            |_, e| Ok(field(e, "end")),
            "Where the bad part ends.",
        ),
        Member::getter("reason", |_, e| Ok(field(e, "reason")), "What went wrong."),
    ]],
};

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

fn exception(v: &Value) -> Option<&PyException> {
    match v {
        Value::Exception(e) => Some(e),
        _ => None,
    }
}

fn field(v: &Value, name: &str) -> Value {
    exception(v)
        .and_then(|e| field_of(e, name))
        .unwrap_or(Value::None)
}

/// A field: assigned, or from the arguments (`UnicodeTranslateError` has
/// no encoding argument).
fn field_of(e: &PyException, name: &str) -> Option<Value> {
    if let Some(v) = e.attrs.borrow().get(name) {
        return Some(v.clone());
    }
    let translate = e.cls.is(&types::UNICODE_TRANSLATE_ERROR);
    let index = FIELDS.iter().position(|f| *f == name)?;
    let index = if translate {
        index.checked_sub(1)?
    } else {
        index
    };
    e.args.borrow().get(index).cloned()
}

/// `str(e)` for a codec error whose fields have the right types.
pub fn message(e: &PyException) -> Option<String> {
    let (encode, decode, translate) = (
        e.cls.is(&types::UNICODE_ENCODE_ERROR),
        e.cls.is(&types::UNICODE_DECODE_ERROR),
        e.cls.is(&types::UNICODE_TRANSLATE_ERROR),
    );
    if !(encode || decode || translate) {
        return None;
    }
    let int = |name| match field_of(e, name) {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    let (start, end) = (int("start")?, int("end")?);
    let reason = match field_of(e, "reason")? {
        Value::Str(s) => s,
        _ => return None,
    };
    let encoding = match field_of(e, "encoding") {
        Some(Value::Str(s)) => s.to_string(),
        _ if translate => String::new(),
        _ => return None,
    };
    let object = field_of(e, "object")?;
    let single = end == start + 1 && start >= 0;
    let text = if decode {
        let byte = match &object {
            Value::Bytes(b) => b.get(start as usize).copied(),
            _ => return None,
        };
        match byte {
            Some(b) if single => {
                format!("'{encoding}' codec can't decode byte 0x{b:02x} in position {start}")
            }
            _ => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}",
                end - 1
            ),
        }
    } else {
        let ch = match &object {
            Value::Str(s) => s.chars().nth(start.max(0) as usize),
            _ => return None,
        };
        let what = match ch {
            Some(c) if single => format!("character '{}' in position {start}", escape(c)),
            _ => format!("characters in position {start}-{}", end - 1),
        };
        if translate {
            format!("can't translate {what}")
        } else {
            format!("'{encoding}' codec can't encode {what}")
        }
    };
    Some(format!("{text}: {reason}"))
}

/// A character as these messages show it: `\xe9`, `\u20ac`, `\U0001f600`.
fn escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}
