//! `int` and `bool` (`Objects/longobject.c`, `Objects/boolobject.c`).
//!
//! An int is `Value::Int` while it fits in i64 and `Value::BigInt` past
//! that; a bool is `Value::Bool`. `bool` is a subclass of `int` and
//! inherits its whole table, redefining only what keeps a bool a bool
//! (`True & False` is False, `True & 1` is 1) and its repr.

use num_bigint::BigInt;

use super::methods::{first_or_none, parse_args, Sig};
use super::numeric;
use super::slots;
use super::types::{Member, TypeRef, TypeSpec, BOOL, INT};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "An integer, of any size.\n\nint(x=0) converts a number or a string; int(text, base) reads the text in that base (2 to 36, or 0 for the base its prefix names).",
    members: &[
        METHODS,
        GETTERS,
        numeric::INT_COMPARE,
        numeric::INT_ARITHMETIC,
        numeric::INT_REAL_ARITHMETIC,
        numeric::BITWISE,
        numeric::SHIFTS,
        &[
            slot!("__hash__" slots::hash),
            slot!("__repr__" repr),
            slot!("__bool__" slots::bool),
            slot!(unary "__neg__" Neg),
            slot!(unary "__pos__" Pos),
            slot!(unary "__invert__" Invert),
            slot!(convert "__abs__" "abs"),
            slot!(convert "__int__" "int"),
            slot!(convert "__float__" "float"),
            slot!(convert "__index__" "int"),
            slot!(new INT),
        ],
    ],
};

/// `bool`'s own members; the rest are `int`'s.
pub const BOOL_SPEC: TypeSpec = TypeSpec {
    doc: "True or False, the two truth values: a subclass of int where True is 1 and False is 0.\n\nbool(x) is the truth value of x.",
    members: &[
        numeric::BITWISE,
        &[slot!("__repr__" slots::repr), slot!(new BOOL)],
    ],
};

const METHODS: &[Member] = &[
    Member::method(
        "bit_length",
        bit_length,
        "How many bits the absolute value takes, without sign and leading zeros.",
    ),
    Member::method(
        "bit_count",
        bit_count,
        "How many one bits the absolute value has.",
    ),
    Member::method(
        "conjugate",
        conjugate,
        "The int itself: its imaginary part is zero.",
    ),
    Member::method(
        "as_integer_ratio",
        as_integer_ratio,
        "The pair (int, 1): the int as a fraction in lowest terms.",
    ),
    Member::method(
        "to_bytes",
        to_bytes,
        "The int as bytes of the given length and byte order, signed or not.",
    ),
    Member::class_method(
        "from_bytes",
        from_bytes,
        "The int that bytes encode in the given byte order, signed or not.",
    ),
    Member::method(
        "__getnewargs__",
        getnewargs,
        "The arguments that rebuild the value.",
    ),
    Member::method(
        "__trunc__",
        trunc,
        "The int itself: it has no fraction to drop.",
    ),
    Member::method("__floor__", floor, "The int itself: it is its own floor."),
    Member::method("__ceil__", ceil, "The int itself: it is its own ceiling."),
    Member::method(
        "__round__",
        round,
        "The int rounded to the given number of decimal digits (negative for tens, hundreds...).",
    ),
    slot!("__format__" format),
];

const GETTERS: &[Member] = &[
    Member::getter("real", whole, "The real part: the int itself."),
    Member::getter("imag", zero, "The imaginary part: zero."),
    Member::getter(
        "numerator",
        whole,
        "The numerator of the int in lowest terms: the int itself.",
    ),
    Member::getter(
        "denominator",
        one,
        "The denominator of the int in lowest terms: one.",
    ),
];

/// The value of an `int` (or `bool`) receiver as a big integer.
fn int_of(v: &Value) -> BigInt {
    match slots::plain(v) {
        Value::Int(i) => (*i).into(),
        Value::Bool(b) => (*b as i64).into(),
        Value::BigInt(b) => (**b).clone(),
        _ => unreachable!("an int method is only called on an int"),
    }
}

/// The receiver as a plain int: `True.real` is 1, not True.
fn as_int(v: &Value) -> Value {
    match slots::plain(v) {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

/// `int.__repr__`: the digits, also of a bool (`int.__repr__(True)` is `1`).
fn repr(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    Ok(Value::str(&super::repr::repr_plain(&as_int(v))))
}

fn no_args(name: &str, args: Args) -> PyResult<()> {
    parse_args("int", name, Sig::NoArgs, args).map(drop)
}

fn bit_length(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("bit_length", args)?;
    Ok(Value::Int(int_of(v).bits() as i64))
}

fn bit_count(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("bit_count", args)?;
    Ok(Value::Int(int_of(v).magnitude().count_ones() as i64))
}

fn conjugate(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("conjugate", args)?;
    Ok(as_int(v))
}

fn as_integer_ratio(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("as_integer_ratio", args)?;
    Ok(Value::tuple(vec![as_int(v), Value::Int(1)]))
}

fn to_bytes(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    super::int_bytes::to_bytes(slots::plain(v), args)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; a subclass
/// gets an instance of itself (`bool.from_bytes(b'\x01', 'big')` is True).
fn from_bytes(vm: &Vm, cls: &TypeRef, args: Args) -> PyResult {
    let n = super::int_bytes::from_bytes(vm, args)?;
    if matches!(cls, TypeRef::Builtin(t) if std::ptr::eq(*t, &INT)) {
        return Ok(n);
    }
    vm.call(&Value::Type(cls.clone()), Args::positional(vec![n]))
}

fn getnewargs(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("__getnewargs__", args)?;
    Ok(Value::tuple(vec![as_int(v)]))
}

fn trunc(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("__trunc__", args)?;
    Ok(as_int(v))
}

fn floor(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("__floor__", args)?;
    Ok(as_int(v))
}

fn ceil(_vm: &Vm, v: &Value, args: Args) -> PyResult {
    no_args("__ceil__", args)?;
    Ok(as_int(v))
}

/// `__round__(ndigits)`: without digits the int itself; a None given
/// explicitly is not an index, unlike `round(n, None)`.
fn round(vm: &Vm, v: &Value, args: Args) -> PyResult {
    let given = parse_args("int", "__round__", Sig::Range(0, 1), args)?;
    let Some(ndigits) = given.into_iter().next().flatten() else {
        return Ok(as_int(v));
    };
    super::ops::index_arg(&ndigits)?;
    vm.call(
        &vm.builtin_function("round"),
        Args::positional(vec![as_int(v), ndigits]),
    )
}

/// `__format__(spec)` of the numbers: an empty spec is `str()` of the
/// object as called, which a subclass may override.
pub(crate) fn format_number(vm: &Vm, type_name: &str, v: &Value, args: Args) -> PyResult {
    let spec =
        first_or_none(parse_args(type_name, "__format__", Sig::One, args)?).unwrap_or(Value::None);
    let Value::Str(spec) = spec else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            spec.type_name()
        )));
    };
    if spec.is_empty() {
        return vm.str(v).map(|s| Value::str(&s));
    }
    super::format::format_value(slots::plain(v), &spec).map(|s| Value::str(&s))
}

fn format(vm: &Vm, v: &Value, args: Args) -> PyResult {
    format_number(vm, "int", v, args)
}

fn whole(_vm: &Vm, v: &Value) -> PyResult {
    Ok(as_int(v))
}

fn zero(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(Value::Int(0))
}

fn one(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(Value::Int(1))
}

/// `sys.set_int_max_str_digits`: the most decimal digits `str(int)` and
/// `int(str)` convert (CPython 3.11's guard against quadratic-time
/// conversions; 0 means no limit). One setting per thread, as for the
/// recursion limit.
pub mod str_digits {
    use std::cell::Cell;

    use num_bigint::BigInt;

    use crate::object::{PyErr, PyResult};

    /// The default limit (`sys.int_info.default_max_str_digits`).
    pub const DEFAULT: usize = 4300;
    /// The smallest limit other than 0 (`sys.int_info.str_digits_check_threshold`).
    pub const THRESHOLD: usize = 640;

    thread_local! {
        static LIMIT: Cell<usize> = const { Cell::new(DEFAULT) };
    }

    pub fn limit() -> usize {
        LIMIT.with(Cell::get)
    }

    pub fn set_limit(n: usize) {
        LIMIT.with(|l| l.set(n));
    }

    /// Decimal text of `v`, or the ValueError CPython raises past the limit.
    pub fn to_decimal(v: &BigInt) -> PyResult<String> {
        let limit = limit();
        // Below the limit for sure: a k-bit number has at most
        // floor(k * log10 2) + 1 digits.
        if limit == 0 || (v.bits() as f64) * std::f64::consts::LOG10_2 + 1.0 <= limit as f64 {
            return Ok(v.to_str_radix(10));
        }
        let text = v.to_str_radix(10);
        let digits = text.trim_start_matches('-').len();
        if digits > limit {
            return Err(PyErr::value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(text)
    }

    /// The check of `int(text)` in base 10 (the other bases that are not
    /// powers of two too), before the digits are converted.
    pub fn check_parse(digits: usize, radix: u32) -> PyResult<()> {
        let limit = limit();
        if limit != 0 && !radix.is_power_of_two() && digits > limit {
            return Err(PyErr::value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() \
                 to increase the limit"
            )));
        }
        Ok(())
    }
}
