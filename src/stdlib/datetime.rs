//! The `datetime` module: its classes are written in Python
//! (`py/datetime.py`); this half builds their instances for the arithmetic
//! hot paths, where one native call replaces the interpreted calendar
//! arithmetic and attribute stores (`date + timedelta` in a loop).

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::class::Instance;
use crate::object::{Args, Globals, PyErr, PyResult, TypeRef, Value};

/// The ordinal of 9999-12-31 (`date.max.toordinal()`).
const MAX_ORDINAL: i64 = 3_652_059;
const US_PER_SECOND: i64 = 1_000_000;
const US_PER_DAY: i64 = 86_400 * US_PER_SECOND;
/// `timedelta`'s bound on the magnitude of its days.
const MAX_DAYS: i64 = 999_999_999;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("datetime", name, func);
    super::exec_module_source(
        vm,
        "datetime",
        include_str!("py/datetime.py"),
        vec![
            n("_date_at", date_at),
            n("_datetime_at", datetime_at),
            n("_timedelta_at", timedelta_at),
        ],
    )
}

/// (year, month, day) of a proleptic Gregorian ordinal (1 is 0001-01-01),
/// counted in years that start on March 1st so the leap day ends a year
/// (Howard Hinnant's `civil_from_days`); ordinal -305 is 0000-03-01.
fn from_ordinal(n: i64) -> (i64, i64, i64) {
    let z = n + 305;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    if mp < 10 {
        (era * 400 + yoe, mp + 3, day)
    } else {
        (era * 400 + yoe + 1, mp - 9, day)
    }
}

/// A new instance of the Python class `cls` with these attributes, as
/// `object.__new__(cls)` followed by plain attribute stores.
fn instance(cls: &Rc<crate::object::class::Class>, attrs: &[(&str, Value)]) -> Value {
    let obj = Instance::new(cls.clone(), None);
    {
        let mut dict = obj.dict.borrow_mut();
        for (name, value) in attrs {
            dict.insert(Rc::from(*name), value.clone());
        }
    }
    Value::Instance(Rc::new(obj))
}

fn class_and_int<'a>(
    args: &'a Args,
    what: &str,
) -> PyResult<(&'a Rc<crate::object::class::Class>, Option<i64>)> {
    match args.positional.as_slice() {
        [Value::Type(TypeRef::User(cls)), Value::Int(n), ..] => Ok((cls, Some(*n))),
        [Value::Type(TypeRef::User(cls)), Value::BigInt(_), ..] => Ok((cls, None)),
        _ => Err(PyErr::type_error(format!(
            "{what}() takes a class and an int"
        ))),
    }
}

/// `_date_at(cls, ordinal)`: the `cls` instance for that day, or None when
/// the ordinal is out of range (the caller raises the error).
fn date_at(_vm: &Vm, args: Args) -> PyResult {
    let (cls, n) = class_and_int(&args, "_date_at")?;
    match n {
        Some(n) if (1..=MAX_ORDINAL).contains(&n) => {
            let (y, m, d) = from_ordinal(n);
            Ok(instance(
                cls,
                &[
                    ("_ord", Value::Int(n)),
                    ("_year", Value::Int(y)),
                    ("_month", Value::Int(m)),
                    ("_day", Value::Int(d)),
                ],
            ))
        }
        _ => Ok(Value::None),
    }
}

/// `_datetime_at(cls, micros, tzinfo, fold)`: the `cls` instance
/// `micros` microseconds after 0001-01-01T00:00, or None when out of range.
fn datetime_at(_vm: &Vm, args: Args) -> PyResult {
    let (cls, total) = class_and_int(&args, "_datetime_at")?;
    let (tz, fold) = match &args.positional[2..] {
        [tz, fold] => (tz.clone(), fold.clone()),
        _ => return Err(PyErr::type_error("_datetime_at() takes 4 arguments")),
    };
    let Some(total) = total else {
        return Ok(Value::None);
    };
    let n = total.div_euclid(US_PER_DAY) + 1;
    if !(1..=MAX_ORDINAL).contains(&n) {
        return Ok(Value::None);
    }
    let rem = total.rem_euclid(US_PER_DAY);
    let (y, m, d) = from_ordinal(n);
    let secs = rem / US_PER_SECOND;
    let mut attrs = vec![
        ("_ord", Value::Int(n)),
        ("_year", Value::Int(y)),
        ("_month", Value::Int(m)),
        ("_day", Value::Int(d)),
        ("_hour", Value::Int(secs / 3600)),
        ("_minute", Value::Int(secs / 60 % 60)),
        ("_second", Value::Int(secs % 60)),
        ("_microsecond", Value::Int(rem % US_PER_SECOND)),
    ];
    // Class attributes supply the defaults (no zone, fold 0).
    if !tz.is_none() {
        attrs.push(("_tzinfo", tz));
    }
    if !matches!(fold, Value::Int(0) | Value::Bool(false)) {
        attrs.push(("_fold", fold));
    }
    Ok(instance(cls, &attrs))
}

/// `_timedelta_at(cls, micros)`: the `cls` instance of that duration, or
/// None when its days are out of range.
fn timedelta_at(_vm: &Vm, args: Args) -> PyResult {
    let (cls, total) = class_and_int(&args, "_timedelta_at")?;
    match total {
        Some(total) if total.div_euclid(US_PER_DAY).abs() <= MAX_DAYS => {
            Ok(instance(cls, &[("_total", Value::Int(total))]))
        }
        _ => Ok(Value::None),
    }
}
