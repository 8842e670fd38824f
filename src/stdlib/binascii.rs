//! `binascii`: hex and base64 conversions and CRC-32 (Modules/binascii.c).
//! The exception classes are defined by `py/binascii.py`.

use std::rc::Rc;

use super::binary::{buffer_arg, module_error};
use super::native;
use crate::interp::Vm;
use crate::object::bytes::new_bytes;
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "binascii",
        include_str!("py/binascii.py"),
        vec![
            native("binascii", "hexlify", hexlify),
            native("binascii", "b2a_hex", |vm, a| {
                hexlify_named(vm, a, "b2a_hex")
            }),
            native("binascii", "unhexlify", |vm, a| {
                unhexlify_named(vm, a, "unhexlify")
            }),
            native("binascii", "a2b_hex", |vm, a| {
                unhexlify_named(vm, a, "a2b_hex")
            }),
            native("binascii", "b2a_base64", b2a_base64),
            native("binascii", "a2b_base64", a2b_base64),
            native("binascii", "crc32", crc32),
            native("binascii", "crc_hqx", crc_hqx),
        ],
    )
}

fn error(vm: &Vm, msg: &str) -> Box<PyErr> {
    module_error(vm, "binascii", "Error", msg.to_string())
}

/// The data of an `a2b_*` argument: bytes-like, or a str of ASCII
/// characters only (`ascii_buffer_converter`).
pub(crate) fn ascii_data(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(s) if s.is_ascii() => Ok(s.as_bytes().to_vec()),
        Value::Str(_) => Err(PyErr::value_error(
            "string argument should contain only ASCII characters",
        )),
        other => buffer_arg(other).map_err(|_| {
            PyErr::type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                other.type_name()
            ))
        }),
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hexlify(vm: &Vm, args: Args) -> PyResult {
    hexlify_named(vm, args, "hexlify")
}

/// `hexlify(data, sep=None, bytes_per_sep=1)`: with a separator, groups
/// of `bytes_per_sep` bytes counted from the right (from the left when
/// negative).
fn hexlify_named(_vm: &Vm, args: Args, fname: &str) -> PyResult {
    let a = args.unpack_keywords(fname, &["data", "sep", "bytes_per_sep"], 3, 1)?;
    let data = buffer_arg(a[0].as_ref().expect("required"))?;
    let sep = match &a[1] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            let chars: Vec<char> = s.chars().collect();
            if chars.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            // CPython takes the character's code as the byte.
            match u8::try_from(chars[0] as u32) {
                Ok(b) => Some(b),
                Err(_) => return Err(PyErr::value_error("sep must be ASCII.")),
            }
        }
        Some(other) => {
            let b = buffer_arg(other)?;
            if b.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            Some(b[0])
        }
    };
    let per = match &a[2] {
        None => 1,
        Some(v) => crate::object::methods::as_index(v)?,
    };
    Ok(new_bytes(hex_with_sep(&data, sep, per)))
}

pub(crate) fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn unhexlify_named(vm: &Vm, args: Args, fname: &str) -> PyResult {
    let a = args.unpack_keywords(fname, &["hexstr"], 1, 1)?;
    let data = ascii_data(a[0].as_ref().expect("required"))?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(crate) fn base64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

/// `b2a_base64(data, *, newline=True)`.
fn b2a_base64(vm: &Vm, args: Args) -> PyResult {
    let mut args = args;
    let newline = match args.take_keyword("newline") {
        Some(v) => vm.truth(&v)?,
        None => true,
    };
    if let Some((k, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for b2a_base64()"
        )));
    }
    let a = args.unpack_keywords("b2a_base64", &["data"], 1, 1)?;
    let data = buffer_arg(a[0].as_ref().expect("required"))?;
    let mut out = base64_encode(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn b64_value(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    })
}

/// Decodes base64: characters outside the alphabet are skipped and
/// decoding stops at the padding that completes a quantum; strict mode
/// refuses both instead (binascii_a2b_base64_impl's rules).
fn base64_decode(vm: &Vm, data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad_pos, mut pads, mut left) = (0u32, 0u32, 0u32);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && i == 0 {
                return Err(error(vm, "Leading padding not allowed"));
            }
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        let v = v as u32;
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0xf;
                quad_pos = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x3;
                quad_pos = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(error(
            vm,
            &format!(
                "Invalid base64-encoded string: number of data characters ({}) \
                 cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        )),
        _ => Err(error(vm, "Incorrect padding")),
    }
}

/// `a2b_base64(data, /, *, strict_mode=False)`.
fn a2b_base64(vm: &Vm, args: Args) -> PyResult {
    let mut args = args;
    let strict = match args.take_keyword("strict_mode") {
        Some(v) => vm.truth(&v)?,
        None => false,
    };
    if args.positional.len() != 1 || !args.keywords.is_empty() {
        if let Some((k, _)) = args.keywords.first() {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for a2b_base64()"
            )));
        }
        return Err(PyErr::type_error(format!(
            "a2b_base64() takes exactly 1 positional argument ({} given)",
            args.positional.len()
        )));
    }
    let data = ascii_data(&args.positional[0])?;
    Ok(new_bytes(base64_decode(vm, &data, strict)?))
}

/// The CRC-32 of `data` continuing from `crc` (zlib's polynomial).
pub(crate) fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    });
    let mut c = !crc;
    for &b in data {
        c = table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// A start value argument of a checksum: any int, taken modulo 2**32.
pub(crate) fn checksum_start(v: Option<&Value>) -> PyResult<u32> {
    use num_bigint::BigInt;
    use num_traits::ToPrimitive;
    match v {
        None => Ok(0),
        Some(Value::Int(i)) => Ok(*i as u32),
        Some(Value::Bool(b)) => Ok(*b as u32),
        Some(Value::BigInt(b)) => {
            let m: BigInt = &**b & BigInt::from(u32::MAX);
            Ok(m.to_u32().unwrap_or(0))
        }
        Some(other) => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `crc32(data, crc=0, /)`.
fn crc32(_vm: &Vm, args: Args) -> PyResult {
    let (data, start) = checksum_args("binascii", "crc32", &args, 0)?;
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

/// The `(data, start=0, /)` arguments of a checksum function `fname` of
/// `module`.
pub(crate) fn checksum_args(
    module: &str,
    fname: &str,
    args: &Args,
    default: u32,
) -> PyResult<(Vec<u8>, u32)> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{module}.{fname}() takes no keyword arguments"
        )));
    }
    match args.positional.as_slice() {
        [d] => Ok((buffer_arg(d)?, default)),
        [d, c] => Ok((buffer_arg(d)?, checksum_start(Some(c))?)),
        [] => Err(PyErr::type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        ))),
        p => Err(PyErr::type_error(format!(
            "{fname} expected at most 2 arguments, got {}",
            p.len()
        ))),
    }
}

/// `crc_hqx(data, crc, /)`: CRC-CCITT (polynomial 0x1021).
fn crc_hqx(_vm: &Vm, args: Args) -> PyResult {
    let (data, start) = match args.positional.as_slice() {
        [d, c] if args.keywords.is_empty() => (buffer_arg(d)?, checksum_start(Some(c))? & 0xffff),
        p => {
            return Err(PyErr::type_error(format!(
                "crc_hqx expected 2 arguments, got {}",
                p.len()
            )))
        }
    };
    let mut crc = start as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::Int(crc as i64))
}
