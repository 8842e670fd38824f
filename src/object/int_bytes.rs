//! `int.to_bytes` and `int.from_bytes` (`Objects/longobject.c`): the
//! conversions between ints and bytes.

use super::bytes::{bytes_ref, cannot_convert, construct, new_bytes};
use super::function::Args;
use super::{types, PyErr, PyResult, Value};
use crate::interp::Vm;

/// Splits `args` into at most `max_positional` positional arguments and the
/// named ones of `names` (`length`, `byteorder`, then keyword-only ones), as
/// Argument Clinic does for `int.to_bytes`/`int.from_bytes`.
fn clinic_args(
    name: &str,
    args: Args,
    names: &[&str],
    max_positional: usize,
) -> PyResult<Vec<Option<Value>>> {
    let Args {
        positional,
        keywords,
    } = args;
    if positional.len() > max_positional {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {max_positional} positional argument{} ({} given)",
            if max_positional == 1 { "" } else { "s" },
            positional.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    let n = positional.len();
    for (i, v) in positional.into_iter().enumerate() {
        out[i] = Some(v);
    }
    for (key, v) in keywords {
        match names.iter().position(|p| **p == *key) {
            Some(i) if i < n => {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

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
    let mut a = clinic_args(name, args, &["length", "byteorder", "signed"], 2)?.into_iter();
    let length = match a.next().flatten() {
        None => 1,
        Some(l) => crate::builtins::index_arg(&l)?,
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
    let mut out = vec![fill; length - data.len()];
    out.extend_from_slice(&data);
    if little {
        out.reverse();
    }
    Ok(new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub(super) fn from_bytes(vm: &Vm, args: Args) -> PyResult {
    let mut a = clinic_args("from_bytes", args, &["bytes", "byteorder", "signed"], 2)?.into_iter();
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
