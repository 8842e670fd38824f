//! `slice` objects: what `x[a:b:c]` builds in CPython, here made only by
//! calling `slice(...)` (subscripts with a colon pass their bounds directly).

use std::any::Any;
use std::rc::Rc;

use super::native::NativeObject;
use super::slots::{no_args, one_arg};
use super::subscript::SliceArgs;
use super::types::{Member, TypeObject, TypeRef, OBJECT};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::CmpOp;

pub static SLICE: TypeObject = TypeObject {
    name: "slice",
    module: "builtins",
    base: Some(&OBJECT),
    doc: "The bounds of a subscript a[start:stop:step].\n\nslice(stop) or slice(start, stop[, step]); a missing bound is None.",
    members: &[
        &[
            Member::getter("start", start, "The start bound (None if not given)."),
            Member::getter("stop", stop, "The stop bound."),
            Member::getter("step", step, "The step (None if not given)."),
            Member::method(
                "indices",
                indices,
                "(start, stop, step) for a sequence of the given length, as range() takes them.",
            ),
            // Slices became hashable only in 3.12.
            Member::absent("__hash__"),
            Member::slot("__repr__", repr),
            Member::slot("__eq__", |vm, o, a| compare(vm, o, a, CmpOp::Eq)),
            Member::slot("__ne__", |vm, o, a| compare(vm, o, a, CmpOp::NotEq)),
            Member::slot("__lt__", |vm, o, a| compare(vm, o, a, CmpOp::Lt)),
            Member::slot("__le__", |vm, o, a| compare(vm, o, a, CmpOp::LtE)),
            Member::slot("__gt__", |vm, o, a| compare(vm, o, a, CmpOp::Gt)),
            Member::slot("__ge__", |vm, o, a| compare(vm, o, a, CmpOp::GtE)),
            Member::static_method("__new__", new, "Create and return a new object."),
        ],
    ],
    index: crate::object::types::MemberIndex::new(),
};

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Slice {
    fn args(&self) -> SliceArgs {
        SliceArgs {
            lower: Some(self.start.clone()),
            upper: Some(self.stop.clone()),
            step: Some(self.step.clone()),
        }
    }
}

/// `slice(stop)` / `slice(start, stop[, step])`, as `Objects/sliceobject.c:slice_new`.
pub fn construct(args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("slice() takes no keyword arguments"));
    }
    let p = args.positional;
    let (start, stop, step) = match p.len() {
        0 => {
            return Err(PyErr::type_error(
                "slice expected at least 1 argument, got 0",
            ))
        }
        1 => (Value::None, p[0].clone(), Value::None),
        2 => (p[0].clone(), p[1].clone(), Value::None),
        3 => (p[0].clone(), p[1].clone(), p[2].clone()),
        n => {
            return Err(PyErr::type_error(format!(
                "slice expected at most 3 arguments, got {n}"
            )))
        }
    };
    Ok(Value::Object(Rc::new(Slice { start, stop, step })))
}

/// The slice object for `x[a:b:c]` written with colons.
pub fn from_args(s: &SliceArgs) -> Value {
    Value::Object(Rc::new(Slice {
        start: s.lower.clone().unwrap_or_default(),
        stop: s.upper.clone().unwrap_or_default(),
        step: s.step.clone().unwrap_or_default(),
    }))
}

/// The bounds of `v` if it is a slice object (for `x[slice(...)]`).
pub fn as_slice_args(v: &Value) -> Option<SliceArgs> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<Slice>().map(Slice::args),
        _ => None,
    }
}

impl NativeObject for Slice {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&SLICE)
    }

    fn repr(&self, _me: &Value) -> String {
        format!(
            "slice({}, {}, {})",
            super::repr::repr_plain(&self.start),
            super::repr::repr_plain(&self.stop),
            super::repr::repr_plain(&self.step)
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The slice a slice method is called on.
fn this(v: &Value) -> &Slice {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Slice>()
            .expect("a slice method is only called on a slice"),
        _ => unreachable!("a slice method is only called on a slice"),
    }
}

fn start(_vm: &Vm, s: &Value) -> PyResult {
    Ok(this(s).start.clone())
}

fn stop(_vm: &Vm, s: &Value) -> PyResult {
    Ok(this(s).stop.clone())
}

fn step(_vm: &Vm, s: &Value) -> PyResult {
    Ok(this(s).step.clone())
}

/// `s.indices(len)`: `PySlice_GetIndicesEx`'s start, stop and step.
fn indices(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    let s = this(s);
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(
            "slice.indices() takes no keyword arguments",
        ));
    }
    let [len] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    // Exact for bounds and lengths of any size (`_PySlice_GetLongIndices`).
    let len = super::range::integer_arg(len)?;
    if num_traits::Signed::is_negative(&len) {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step) = super::range::slice_indices(&len, &s.args())?;
    Ok(Value::tuple(vec![
        Value::from_bigint(start),
        Value::from_bigint(stop),
        Value::from_bigint(step),
    ]))
}

fn repr(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    Ok(Value::str(&this(s).repr(s)))
}

/// Slices compare as the tuples of their bounds; anything else gets
/// NotImplemented (`slice_richcompare`).
fn compare(vm: &Vm, obj: &Value, args: Args, op: CmpOp) -> PyResult {
    let other = one_arg(args)?;
    let (Value::Object(a), Value::Object(b)) = (obj, &other) else {
        return Ok(Value::NotImplemented);
    };
    let (Some(a), Some(b)) = (
        a.as_any().downcast_ref::<Slice>(),
        b.as_any().downcast_ref::<Slice>(),
    ) else {
        return Ok(Value::NotImplemented);
    };
    let bounds = |s: &Slice| Value::tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    vm.compare(op, &bounds(a), &bounds(b)).map(Value::Bool)
}

/// `slice.__new__(slice, ...)`: the type cannot be subclassed.
fn new(_vm: &Vm, mut args: Args) -> PyResult {
    if args.positional.is_empty() {
        return Err(PyErr::type_error("slice.__new__(): not enough arguments"));
    }
    match args.positional.remove(0) {
        Value::Type(TypeRef::Builtin(t)) if std::ptr::eq(t, &SLICE) => construct(args),
        Value::Type(t) => Err(PyErr::type_error(format!(
            "slice.__new__({}): {} is not a subtype of slice",
            t.name(),
            t.name()
        ))),
        other => Err(PyErr::type_error(format!(
            "slice.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
    }
}
