//! The native half of `struct`: format strings, packing values into bytes
//! and unpacking them again (Modules/_struct.c). The `Struct` class and the
//! argument checks of the module functions are in `py/struct.py`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::binary::{buffer_arg, int_arg, module_error};
use super::native;
use crate::interp::Vm;
use crate::object::{types, Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "struct",
        include_str!("py/struct.py"),
        vec![
            native("struct", "_calcsize", calcsize),
            native("struct", "_pack", pack),
            native("struct", "_unpack", unpack),
        ],
    )
}

/// The largest result `pack` builds; a bigger one is a MemoryError
/// rather than an allocation that could take the process down.
const MAX_PACKED: usize = 1 << 32;

/// The byte order (and, for `Native`, the sizes and alignment) a format
/// string asks for with its first character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// `@`: the C compiler's sizes, each item aligned to its size.
    Native,
    /// `<` and `=` (this machine is little-endian): standard sizes.
    Little,
    /// `>` and `!`.
    Big,
}

/// One code of a format with its repeat count.
struct Item {
    code: u8,
    count: usize,
}

/// A parsed format: its items, byte order and total size.
struct Format {
    order: Order,
    items: Vec<Item>,
    size: usize,
}

fn struct_error(vm: &Vm, msg: impl Into<String>) -> Box<PyErr> {
    module_error(vm, "struct", "error", msg.into())
}

/// The size of one `code` item in `order`; `None` for a code the order
/// does not have (`n`, `N` and `P` are native only).
fn item_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse_format(vm: &Vm, text: &str) -> PyResult<Format> {
    let bytes = text.as_bytes();
    let (order, mut i) = match bytes.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'<' | b'=') => (Order::Little, 1),
        Some(b'>' | b'!') => (Order::Big, 1),
        _ => (Order::Native, 0),
    };
    let too_long = || struct_error(vm, "total struct size too long");
    let mut items = Vec::new();
    let mut size: usize = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            let digit = (bytes[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(digit))
                    .ok_or_else(too_long)?,
            );
            i += 1;
        }
        let Some(&code) = bytes.get(i) else {
            return Err(struct_error(
                vm,
                "repeat count given without format specifier",
            ));
        };
        i += 1;
        let Some(one) = item_size(code, order) else {
            return Err(struct_error(vm, "bad char in struct format"));
        };
        let count = count.unwrap_or(1);
        if order == Order::Native && !matches!(code, b's' | b'p') {
            size = size.checked_add(padding(size, one)).ok_or_else(too_long)?;
        }
        size = one
            .checked_mul(count)
            .and_then(|n| size.checked_add(n))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        items.push(Item { code, count });
    }
    Ok(Format { order, items, size })
}

/// The pad bytes that align offset `at` to `align` (a native item).
fn padding(at: usize, align: usize) -> usize {
    (align - at % align) % align
}

/// How many values the format packs: `s` and `p` take one per item,
/// `x` none.
fn value_count(f: &Format) -> usize {
    f.items
        .iter()
        .map(|it| match it.code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => it.count,
        })
        .sum()
}

fn format_text(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        other => Err(PyErr::type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            other.type_name()
        ))),
    }
}

/// `_calcsize(format)`.
fn calcsize(vm: &Vm, args: Args) -> PyResult {
    let [fmt] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_calcsize() takes one argument"));
    };
    let f = parse_format(vm, &format_text(fmt)?)?;
    Ok(Value::Int(f.size as i64))
}

/// `_pack(format, values, fname)`: the bytes of `values`; `fname` names the
/// caller in the count error.
fn pack(vm: &Vm, args: Args) -> PyResult {
    let [fmt, Value::Tuple(values), Value::Str(fname)] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_pack(format, values, fname)"));
    };
    let f = parse_format(vm, &format_text(fmt)?)?;
    let want = value_count(&f);
    if values.len() != want {
        return Err(struct_error(
            vm,
            format!(
                "{fname} expected {want} items for packing (got {})",
                values.len()
            ),
        ));
    }
    if f.size > MAX_PACKED {
        return Err(crate::object::alloc::memory_error());
    }
    let mut out: Vec<u8> = Vec::with_capacity(f.size);
    let mut next = values.iter();
    for it in &f.items {
        let one = item_size(it.code, f.order).expect("parse_format checked the code");
        if f.order == Order::Native && !matches!(it.code, b's' | b'p') {
            out.resize(out.len() + padding(out.len(), one), 0);
        }
        match it.code {
            b'x' => out.resize(out.len() + it.count, 0),
            b's' | b'p' => {
                let v = next.next().expect("counted");
                let data = match v {
                    Value::Bytes(b) => b.to_vec(),
                    Value::ByteArray(b) => b.borrow().clone(),
                    _ => {
                        return Err(struct_error(
                            vm,
                            format!("argument for '{}' must be a bytes object", it.code as char),
                        ))
                    }
                };
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    out.extend_from_slice(&data[..n]);
                    out.resize(out.len() + it.count - n, 0);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1);
                    out.push(n.min(255) as u8);
                    out.extend_from_slice(&data[..n]);
                    out.resize(out.len() + it.count - 1 - n, 0);
                }
            }
            code => {
                for _ in 0..it.count {
                    let v = next.next().expect("counted");
                    pack_one(vm, &mut out, code, f.order, one, v)?;
                }
            }
        }
    }
    Ok(crate::object::bytes::new_bytes(out))
}

/// How an integer code checks its value's range, as each of CPython's
/// pack functions for it does (their messages differ by code and order).
enum IntCheck {
    /// Must fit a C long, then lie in `lo..=hi`.
    Small(&'static str, i64, i64),
    /// Must fit an unsigned C long, then be at most `max`.
    Unsigned(&'static str, u64),
    /// A full 64-bit signed or unsigned value.
    Signed64,
    Unsigned64,
    /// Big-endian 64-bit values, converted through a byte array.
    ByteArraySigned,
    ByteArrayUnsigned,
    /// A pointer: signed or unsigned 64-bit, stored as unsigned.
    Pointer,
}

fn int_check(code: u8, order: Order) -> IntCheck {
    use IntCheck::*;
    use Order::*;
    const SHORT: &str = "short format requires -32768 <= number <= 32767";
    const USHORT: &str = "ushort format requires 0 <= number <= 65535";
    const INT: &str = "'i' format requires -2147483648 <= number <= 2147483647";
    const UINT: &str = "'I' format requires 0 <= number <= 4294967295";
    const LONG: &str = "'l' format requires -2147483648 <= number <= 2147483647";
    const ULONG: &str = "'L' format requires 0 <= number <= 4294967295";
    match (code, order) {
        (b'b', _) => Small("byte format requires -128 <= number <= 127", -128, 127),
        (b'B', _) => Small("ubyte format requires 0 <= number <= 255", 0, 255),
        (b'h', Big) => Small(
            "'h' format requires -32768 <= number <= 32767",
            -32768,
            32767,
        ),
        (b'h', _) => Small(SHORT, -32768, 32767),
        (b'H', Big) => Unsigned("'H' format requires 0 <= number <= 65535", 65535),
        (b'H', _) => Small(USHORT, 0, 65535),
        (b'i', _) => Small(INT, i32::MIN as i64, i32::MAX as i64),
        (b'I', _) => Unsigned(UINT, u32::MAX as u64),
        (b'l', Native) | (b'n', _) => Signed64,
        (b'l', _) => Small(LONG, i32::MIN as i64, i32::MAX as i64),
        (b'L', Native) | (b'N', _) => Unsigned64,
        (b'L', _) => Unsigned(ULONG, u32::MAX as u64),
        (b'q', Big) => ByteArraySigned,
        (b'q', _) => Signed64,
        (b'Q', Big) => ByteArrayUnsigned,
        (b'Q', _) => Unsigned64,
        _ => Pointer,
    }
}

/// The two's-complement bits of integer `v` for `code`, checked.
fn int_bits(vm: &Vm, v: &BigInt, code: u8, order: Order) -> PyResult<u64> {
    let out_of_range = || struct_error(vm, "argument out of range");
    Ok(match int_check(code, order) {
        IntCheck::Small(msg, lo, hi) => {
            let i = v.to_i64().ok_or_else(out_of_range)?;
            if i < lo || i > hi {
                return Err(struct_error(vm, msg));
            }
            i as u64
        }
        IntCheck::Unsigned(msg, max) => {
            let u = v.to_u64().ok_or_else(out_of_range)?;
            if u > max {
                return Err(struct_error(vm, msg));
            }
            u
        }
        IntCheck::Signed64 => v.to_i64().ok_or_else(out_of_range)? as u64,
        IntCheck::Unsigned64 => v.to_u64().ok_or_else(out_of_range)?,
        IntCheck::ByteArraySigned => {
            v.to_i64()
                .ok_or_else(|| struct_error(vm, "int too large to convert"))? as u64
        }
        IntCheck::ByteArrayUnsigned => v
            .to_u64()
            .ok_or_else(|| struct_error(vm, "int too large to convert"))?,
        IntCheck::Pointer => match v.to_i64() {
            Some(i) => i as u64,
            None => v
                .to_u64()
                .ok_or_else(|| struct_error(vm, "int too large to convert"))?,
        },
    })
}

fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => return Ok(*x),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        // PyFloat_AsDouble's OverflowError becomes struct's own error.
        Value::BigInt(b) => {
            return b
                .to_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| struct_error(vm, "required argument is not a float"))
        }
        _ => {}
    }
    if let Some(x) = crate::object::ops::to_f64(v) {
        return Ok(x);
    }
    for name in ["__float__", "__index__"] {
        if let Some(m) = vm.special_method(v, name) {
            let r = vm.call(&m, Args::default())?;
            return float_arg(vm, &r);
        }
    }
    Err(struct_error(vm, "required argument is not a float"))
}

fn put(out: &mut Vec<u8>, bits: u64, size: usize, order: Order) {
    let le = bits.to_le_bytes();
    if order == Order::Big {
        out.extend(le[..size].iter().rev());
    } else {
        out.extend_from_slice(&le[..size]);
    }
}

fn pack_one(
    vm: &Vm,
    out: &mut Vec<u8>,
    code: u8,
    order: Order,
    size: usize,
    v: &Value,
) -> PyResult<()> {
    match code {
        b'c' => match v {
            Value::Bytes(b) if b.len() == 1 => out.push(b[0]),
            _ => {
                return Err(struct_error(
                    vm,
                    "char format requires a bytes object of length 1",
                ))
            }
        },
        b'?' => out.push(vm.truth(v)? as u8),
        b'e' => {
            let x = float_arg(vm, v)?;
            let bits = f64_to_half(x).ok_or_else(|| {
                PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "float too large to pack with e format",
                )
            })?;
            put(out, bits as u64, 2, order);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "float too large to pack with f format",
                ));
            }
            put(out, y.to_bits() as u64, 4, order);
        }
        b'd' => put(out, float_arg(vm, v)?.to_bits(), 8, order),
        _ => {
            let Some(i) = int_arg(vm, v)? else {
                return Err(struct_error(vm, "required argument is not an integer"));
            };
            put(out, int_bits(vm, &i, code, order)?, size, order);
        }
    }
    Ok(())
}

/// IEEE 754 binary16 bits of `x`, rounded to nearest even; `None` when
/// the value is too large (CPython's `PyFloat_Pack2` refuses it).
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < 2f64.powi(-14) {
        // Subnormal: a multiple of 2**-24 (the scaling is exact).
        let m = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Some(sign | m);
    }
    let mut e = a.log2().floor() as i32;
    // log2 can be off by one near powers of two.
    if 2f64.powi(e) > a {
        e -= 1;
    } else if 2f64.powi(e + 1) <= a {
        e += 1;
    }
    let mut m = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u32;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

/// `_unpack(format, buffer)`: the values in `buffer`, whose size the
/// caller has checked against the format's.
fn unpack(vm: &Vm, args: Args) -> PyResult {
    let [fmt, buf] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_unpack(format, buffer)"));
    };
    let f = parse_format(vm, &format_text(fmt)?)?;
    let data = buffer_arg(buf)?;
    if data.len() != f.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    let mut out = Vec::new();
    let mut at = 0usize;
    for it in &f.items {
        let one = item_size(it.code, f.order).expect("parse_format checked the code");
        if f.order == Order::Native && !matches!(it.code, b's' | b'p') {
            at += padding(at, one);
        }
        match it.code {
            b'x' => at += it.count,
            b's' => {
                out.push(crate::object::bytes::new_bytes(
                    data[at..at + it.count].to_vec(),
                ));
                at += it.count;
            }
            b'p' => {
                let field = &data[at..at + it.count];
                let n = match field.first() {
                    Some(&len) => (len as usize).min(it.count - 1),
                    None => 0,
                };
                let text = if n == 0 { &[][..] } else { &field[1..1 + n] };
                out.push(crate::object::bytes::new_bytes(text.to_vec()));
                at += it.count;
            }
            code => {
                for _ in 0..it.count {
                    out.push(unpack_one(&data[at..at + one], code, f.order));
                    at += one;
                }
            }
        }
    }
    Ok(Value::tuple(out))
}

fn unpack_one(field: &[u8], code: u8, order: Order) -> Value {
    let mut le = [0u8; 8];
    if order == Order::Big {
        for (d, s) in le.iter_mut().zip(field.iter().rev()) {
            *d = *s;
        }
    } else {
        le[..field.len()].copy_from_slice(field);
    }
    let bits = u64::from_le_bytes(le);
    let bits_width = field.len() as u32 * 8;
    let signed = || {
        let shift = 64 - bits_width;
        ((bits << shift) as i64) >> shift
    };
    match code {
        b'c' => crate::object::bytes::new_bytes(field.to_vec()),
        b'?' => Value::Bool(bits != 0),
        b'e' => Value::Float(half_to_f64(bits as u16)),
        b'f' => Value::Float(f32::from_bits(bits as u32) as f64),
        b'd' => Value::Float(f64::from_bits(bits)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => Value::Int(signed()),
        _ => match i64::try_from(bits) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(BigInt::from(bits)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_round_trips() {
        for h in [0u16, 1, 0x3c00, 0x3e00, 0x7bff, 0x0400, 0x03ff, 0xc000] {
            assert_eq!(f64_to_half(half_to_f64(h)), Some(h));
        }
        assert_eq!(f64_to_half(65520.0), None);
    }
}
