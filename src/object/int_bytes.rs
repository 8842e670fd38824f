//! `int.to_bytes` and `int.from_bytes` (`Objects/longobject.c`): the
//! conversions between ints and bytes.

use super::bytes::{bytes_ref, cannot_convert, construct, new_bytes};
use super::function::Args;
use super::{types, PyErr, PyResult, Value};
use crate::interp::Vm;

/// `byteorder`: "big" or "little"; true for little-endian.
fn little_endian(name: &str, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match &*s {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(other) => Err(PyErr::type_error(format!(
            "{name}() argument 'byteorder' must be str, not {}",
            other.type_name()
        ))),
    }
}

fn as_bigint(v: &Value) -> num_bigint::BigInt {
    match v {
        Value::Int(i) => (*i).into(),
        Value::Bool(b) => (*b as i64).into(),
        Value::BigInt(b) => (**b).clone(),
        _ => unreachable!("an int receiver"),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`
/// (`Objects/longobject.c`).
pub fn to_bytes(v: &Value, args: Args) -> PyResult {
    use num_traits::Signed;
    let name = "to_bytes";
    let n = as_bigint(v);
    let mut a = args
        .unpack_keywords(name, &["length", "byteorder", "signed"], 2, 0)?
        .into_iter();
    let length = match a.next().flatten() {
        None => 1,
        Some(l) => super::ops::index_arg(&l)?,
    };
    let little = little_endian(name, a.next().flatten())?;
    let signed = a.next().flatten().is_some_and(|s| s.truthy());
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    if n.is_negative() && !signed {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "can't convert negative int to unsigned",
        ));
    }
    let too_big = || PyErr::new(&types::OVERFLOW_ERROR, "int too big to convert");
    let length = length as usize;
    let mut data = if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    // The minimal encodings above give 0 one byte; it fits in none.
    if data.iter().all(|&b| b == 0) {
        data.clear();
    }
    if data.len() > length {
        return Err(too_big());
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = super::alloc::filled(fill, length - data.len())?;
    super::alloc::reserve(&mut out, data.len())?;
    out.extend_from_slice(&data);
    if little {
        out.reverse();
    }
    Ok(new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn from_bytes(vm: &Vm, args: Args) -> PyResult {
    let mut a = args
        .unpack_keywords("from_bytes", &["bytes", "byteorder", "signed"], 2, 0)?
        .into_iter();
    let Some(source) = a.next().flatten() else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let little = little_endian("from_bytes", a.next().flatten())?;
    let signed = a.next().flatten().is_some_and(|s| s.truthy());
    // `PyObject_Bytes`: an int or a str is not taken as a count or text.
    if matches!(
        source,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_)
    ) {
        return Err(cannot_convert(&source, "bytes"));
    }
    let mut data = match bytes_ref(&source) {
        Some(b) => b.to_vec(),
        None => match construct(vm, false, Args::positional(vec![source.clone()]))? {
            Value::Bytes(b) => b.to_vec(),
            _ => unreachable!("bytes() makes bytes"),
        },
    };
    if little {
        data.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_be(&data)
    } else {
        num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
    };
    Ok(Value::from_bigint(n))
}
