//! The `math` module, with CPython's results and error messages
//! (`Modules/mathmodule.c`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::interp::Vm;
use crate::object::types;
use crate::object::{Args, Globals, PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;

pub fn make_module() -> Globals {
    let n = |name, f| super::native("math", name, f);
    Globals::from_pairs(vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        n("sqrt", sqrt),
        n("floor", floor),
        n("ceil", ceil),
        n("trunc", trunc),
        n("fabs", fabs),
        n("pow", pow),
        n("exp", exp),
        n("expm1", expm1),
        n("log", log),
        n("log2", log2),
        n("log10", log10),
        n("log1p", log1p),
        n("sin", sin),
        n("cos", cos),
        n("tan", tan),
        n("asin", asin),
        n("acos", acos),
        n("atan", atan),
        n("sinh", sinh),
        n("cosh", cosh),
        n("tanh", tanh),
        n("atan2", atan2),
        n("hypot", hypot),
        n("dist", dist),
        n("isclose", isclose),
        n("isfinite", isfinite),
        n("isinf", isinf),
        n("isnan", isnan),
        n("gcd", gcd),
        n("lcm", lcm),
        n("factorial", factorial),
        n("comb", comb),
        n("perm", perm),
        n("prod", prod),
        n("fsum", fsum),
        n("copysign", copysign),
        n("degrees", degrees),
        n("radians", radians),
        n("fmod", fmod),
        n("modf", modf),
        n("isqrt", isqrt),
        n("acosh", acosh),
        n("asinh", asinh),
        n("atanh", atanh),
        n("exp2", exp2),
        n("frexp", frexp),
        n("ldexp", ldexp),
        n("remainder", remainder),
        n("ulp", ulp),
    ])
}

fn domain_error() -> Box<PyErr> {
    PyErr::value_error("math domain error")
}

fn range_error() -> Box<PyErr> {
    PyErr::new(&types::OVERFLOW_ERROR, "math range error")
}

/// `PyFloat_AsDouble`: ints and floats; anything else is "must be real number".
fn to_float(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(PyErr::new(
                &types::OVERFLOW_ERROR,
                "int too large to convert to float",
            )),
        },
        other => match crate::object::class::payload(other) {
            Some(p) => to_float(p),
            None => Err(PyErr::type_error(format!(
                "must be real number, not {}",
                other.type_name()
            ))),
        },
    }
}

/// `PyNumber_Index`.
fn to_int(v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => match crate::object::class::payload(other) {
            Some(p @ (Value::Int(_) | Value::BigInt(_))) => to_int(p),
            _ => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        },
    }
}

fn one_arg<'a>(name: &str, args: &'a Args) -> PyResult<&'a Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    match args.positional.as_slice() {
        [x] => Ok(x),
        other => Err(PyErr::type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

fn two_args<'a>(name: &str, args: &'a Args) -> PyResult<(&'a Value, &'a Value)> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    match args.positional.as_slice() {
        [x, y] => Ok((x, y)),
        other => Err(PyErr::type_error(format!(
            "{name} expected 2 arguments, got {}",
            other.len()
        ))),
    }
}

/// `math_1`: a float function with CPython's error classification: a NaN
/// from a non-NaN input is a domain error, an infinity from a finite input
/// a range error (unless `can_overflow` is false, then a domain error).
fn math_1(name: &str, args: &Args, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let x = to_float(one_arg(name, args)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

macro_rules! float_fns {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(_vm: &Vm, args: Args) -> PyResult {
                math_1(stringify!($name), &args, $f, $overflow)
            }
        )*
    };
}

float_fns! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    expm1 => f64::exp_m1, true;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    fabs => f64::abs, false;
    degrees => f64::to_degrees, true;
    radians => f64::to_radians, false;
    acosh => f64::acosh, false;
    asinh => f64::asinh, false;
    atanh => f64::atanh, false;
    exp2 => f64::exp2, true;
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
fn frexp(_vm: &Vm, args: Args) -> PyResult {
    let x = to_float(one_arg("frexp", &args)?)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    // Subnormals are scaled into the normal range first.
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(exp + bias)]))
}

/// `ldexp(x, i)`: `x * 2**i`, an OverflowError when a finite `x` overflows.
fn ldexp(_vm: &Vm, args: Args) -> PyResult {
    let (x, i) = two_args("ldexp", &args)?;
    let x = to_float(x)?;
    let i = match i {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => {
            return Err(PyErr::type_error(
                "Expected an int as second argument to ldexp.",
            ))
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // Scale in steps that cannot overflow the exponent of powi.
    let mut r = x;
    let mut left = i.clamp(-3000, 3000);
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        left -= step;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// IEEE 754 `remainder(x, y)`: `x - n*y` with `n` the integer nearest
/// `x / y`, ties to even (CPython's `m_remainder`).
fn remainder(_vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two_args("remainder", &args)?;
    let (x, y) = (to_float(x)?, to_float(y)?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half way: pick the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

/// `ulp(x)`: the gap between `abs(x)` and the next float up.
fn ulp(_vm: &Vm, args: Args) -> PyResult {
    let x = to_float(one_arg("ulp", &args)?)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = f64::from_bits(x.to_bits() + 1);
    if next.is_infinite() {
        let prev = f64::from_bits(x.to_bits() - 1);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}

fn float_to_int(f: f64) -> PyResult {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "cannot convert float infinity to integer",
        ));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(Value::from_bigint(
        num_traits::FromPrimitive::from_f64(f).unwrap_or_else(BigInt::zero),
    ))
}

fn rounding(vm: &Vm, name: &str, dunder: &str, args: &Args, f: fn(f64) -> f64) -> PyResult {
    let x = one_arg(name, args)?;
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(v) => float_to_int(f(*v)),
        other => {
            if let Some(m) = vm.special_method(other, dunder) {
                return vm.call(&m, Args::default());
            }
            if name == "trunc" {
                return Err(PyErr::type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    other.type_name()
                )));
            }
            float_to_int(f(to_float(other)?))
        }
    }
}

fn floor(vm: &Vm, args: Args) -> PyResult {
    rounding(vm, "floor", "__floor__", &args, f64::floor)
}

fn ceil(vm: &Vm, args: Args) -> PyResult {
    rounding(vm, "ceil", "__ceil__", &args, f64::ceil)
}

fn trunc(vm: &Vm, args: Args) -> PyResult {
    rounding(vm, "trunc", "__trunc__", &args, f64::trunc)
}

/// `math.pow`, following C99 Annex F as `math_pow_impl` does.
fn pow(_vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two_args("pow", &args)?;
    let (x, y) = (to_float(x)?, to_float(y)?);
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else {
            x.powf(y)
        }
    } else {
        if x == 0.0 && y < 0.0 {
            return Err(domain_error());
        }
        if x < 0.0 && y.fract() != 0.0 {
            return Err(domain_error());
        }
        let r = x.powf(y);
        if r.is_infinite() {
            return Err(range_error());
        }
        r
    };
    Ok(Value::Float(r))
}

/// `loghelper`: `func` of an int or float; an int too large for a float
/// is taken as `m * 2**e` and its log as `func(m) + e * func(2)`.
fn log_of(v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = crate::object::range::as_bigint(v) {
        if !n.is_positive() {
            return Err(domain_error());
        }
        if let Some(f) = n.to_f64().filter(|f| f.is_finite()) {
            return Ok(func(f));
        }
        let (m, e) = frexp_int(&n);
        return Ok(func(m) + func(2.0) * e as f64);
    }
    let x = to_float(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(func(x))
}

/// A positive int as `m * 2**e`, `m` in [0.5, 1) correctly rounded
/// (`_PyLong_Frexp`).
fn frexp_int(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    // 55 leading bits, the last made sticky by any bit below them.
    let shift = bits.saturating_sub(55);
    let mut top = (n >> shift).to_u64().expect("at most 55 bits");
    if shift > 0 && n.trailing_zeros().unwrap_or(0) < shift {
        top |= 1;
    }
    let m = top as f64 / (1u64 << 55.min(bits)) as f64;
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

fn log(_vm: &Vm, args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("log() takes no keyword arguments"));
    }
    match args.positional.as_slice() {
        [x] => Ok(Value::Float(log_of(x, f64::ln)?)),
        [x, base] => {
            let num = log_of(x, f64::ln)?;
            let den = log_of(base, f64::ln)?;
            if den == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
        _ => Err(PyErr::type_error("math.log requires 1 to 2 arguments")),
    }
}

fn log2(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Float(log_of(one_arg("log2", &args)?, f64::log2)?))
}

fn log10(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Float(log_of(one_arg("log10", &args)?, f64::log10)?))
}

fn log1p(_vm: &Vm, args: Args) -> PyResult {
    let x = to_float(one_arg("log1p", &args)?)?;
    if x <= -1.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn atan2(_vm: &Vm, args: Args) -> PyResult {
    let (y, x) = two_args("atan2", &args)?;
    Ok(Value::Float(to_float(y)?.atan2(to_float(x)?)))
}

fn copysign(_vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two_args("copysign", &args)?;
    Ok(Value::Float(to_float(x)?.copysign(to_float(y)?)))
}

fn fmod(_vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two_args("fmod", &args)?;
    let (x, y) = (to_float(x)?, to_float(y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    if y == 0.0 || x.is_infinite() {
        if x.is_nan() || y.is_nan() {
            return Ok(Value::Float(f64::NAN));
        }
        return Err(domain_error());
    }
    Ok(Value::Float(x % y))
}

fn modf(_vm: &Vm, args: Args) -> PyResult {
    let x = to_float(one_arg("modf", &args)?)?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let int = x.trunc();
    Ok(Value::tuple(vec![
        Value::Float((x - int).copysign(x)),
        Value::Float(int),
    ]))
}

/// `hypot(*coords)` with the scaling of `vector_norm`.
fn hypot(_vm: &Vm, args: Args) -> PyResult {
    let coords: Vec<f64> = args
        .positional
        .iter()
        .map(to_float)
        .collect::<PyResult<_>>()?;
    Ok(Value::Float(vector_norm(&coords)))
}

/// CPython 3.11's `vector_norm`: an accurately rounded Euclidean norm.
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v {
        let a = x.abs();
        found_nan |= a.is_nan();
        if a > max {
            max = a;
        }
    }
    norm_of(v.iter().map(|x| x.abs()).collect(), max, found_nan)
}

fn frexp_exp(x: f64) -> i32 {
    if x == 0.0 || !x.is_finite() {
        return 0;
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    if e == 0 {
        // Subnormal: normalise first.
        return frexp_exp(x * 2f64.powi(54)) - 54;
    }
    e - 1022
}

fn norm_of(mut vec: Vec<f64>, max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * norm_of(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    // 2**-max_e exactly: subnormal when max_e is 1023 or 1024 (ldexp).
    let scale = if max_e <= 1022 {
        f64::from_bits(((1023 - max_e) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (1074 - max_e))
    };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    let dl_mul = |x: f64, y: f64| {
        let hi = x * y;
        (hi, x.mul_add(y, -hi))
    };
    let dl_fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    for x in &vec {
        let x = x * scale;
        let (phi, plo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn dist(_vm: &Vm, args: Args) -> PyResult {
    let (p, q) = two_args("dist", &args)?;
    let (p, q) = match (p, q) {
        (Value::Tuple(p), Value::Tuple(q)) => (p.to_vec(), q.to_vec()),
        (Value::List(p), Value::List(q)) => (p.borrow().clone(), q.borrow().clone()),
        _ => return Err(PyErr::type_error("dist(): argument 1 must be tuple")),
    };
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::new();
    for (a, b) in p.iter().zip(&q) {
        diffs.push(to_float(a)? - to_float(b)?);
    }
    Ok(Value::Float(vector_norm(&diffs)))
}

fn isclose(_vm: &Vm, mut args: Args) -> PyResult {
    let rel_tol = args.take_keyword("rel_tol");
    let abs_tol = args.take_keyword("abs_tol");
    let mut pos = std::mem::take(&mut args.positional).into_iter();
    let mut named = |name: &str, idx: usize| -> PyResult<Value> {
        match pos.next().or_else(|| args.take_keyword(name)) {
            Some(v) => Ok(v),
            None => Err(PyErr::type_error(format!(
                "isclose() missing required argument '{name}' (pos {idx})"
            ))),
        }
    };
    let a = to_float(&named("a", 1)?)?;
    let b = to_float(&named("b", 2)?)?;
    let rel_tol = rel_tol.map(|v| to_float(&v)).transpose()?.unwrap_or(1e-9);
    let abs_tol = abs_tol.map(|v| to_float(&v)).transpose()?.unwrap_or(0.0);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        (diff <= (rel_tol * b).abs()) || (diff <= (rel_tol * a).abs()) || diff <= abs_tol,
    ))
}

fn isfinite(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(
        to_float(one_arg("isfinite", &args)?)?.is_finite(),
    ))
}

fn isinf(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(
        to_float(one_arg("isinf", &args)?)?.is_infinite(),
    ))
}

fn isnan(_vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(to_float(one_arg("isnan", &args)?)?.is_nan()))
}

fn gcd(_vm: &Vm, args: Args) -> PyResult {
    let mut acc = BigInt::zero();
    for v in &args.positional {
        acc = acc.gcd(&to_int(v)?);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(_vm: &Vm, args: Args) -> PyResult {
    let mut acc = BigInt::one();
    for v in &args.positional {
        let n = to_int(v)?;
        if n.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        acc = acc.lcm(&n);
    }
    Ok(Value::from_bigint(acc.abs()))
}

fn factorial(_vm: &Vm, args: Args) -> PyResult {
    let n = to_int(one_arg("factorial", &args)?)?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().ok_or_else(|| {
        PyErr::new(
            &types::OVERFLOW_ERROR,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn comb_perm_args(name: &str, args: &Args, k_optional: bool) -> PyResult<(BigInt, Option<BigInt>)> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let p = &args.positional;
    let ok = if k_optional {
        (1..=2).contains(&p.len())
    } else {
        p.len() == 2
    };
    if !ok {
        return Err(PyErr::type_error(if k_optional {
            format!("{name} expected at most 2 arguments, got {}", p.len())
        } else {
            format!("{name} expected 2 arguments, got {}", p.len())
        }));
    }
    let n = to_int(&p[0])?;
    let k = match p.get(1) {
        None | Some(Value::None) => None,
        Some(k) => Some(to_int(k)?),
    };
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn perm(_vm: &Vm, args: Args) -> PyResult {
    let (n, k) = comb_perm_args("perm", &args, true)?;
    let k = k.unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = BigInt::one();
    let mut i = n.clone() - &k + 1;
    while i <= n {
        acc *= &i;
        i += 1;
    }
    Ok(Value::from_bigint(acc))
}

fn comb(_vm: &Vm, args: Args) -> PyResult {
    let (n, k) = comb_perm_args("comb", &args, false)?;
    let mut k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    if &n - &k < k {
        k = &n - &k;
    }
    let mut acc = BigInt::one();
    let mut i = BigInt::zero();
    while i < k {
        acc = acc * (&n - &i) / (&i + 1);
        i += 1;
    }
    Ok(Value::from_bigint(acc))
}

fn prod(vm: &Vm, mut args: Args) -> PyResult {
    let start = args.take_keyword("start").unwrap_or(Value::Int(1));
    if let Some((k, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "prod() got an unexpected keyword argument '{k}'"
        )));
    }
    let [iterable] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.positional.len()
        )));
    };
    let it = vm.iter(iterable)?;
    let mut acc = start;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

/// `math.fsum`: Shewchuk's exact summation, as `math_fsum` implements it.
fn fsum(vm: &Vm, args: Args) -> PyResult {
    let [iterable] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "math.fsum() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let it = vm.iter(iterable)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = to_float(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(PyErr::new(
                        &types::OVERFLOW_ERROR,
                        "intermediate overflow in fsum",
                    ));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn isqrt(_vm: &Vm, args: Args) -> PyResult {
    let n = to_int(one_arg("isqrt", &args)?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}
