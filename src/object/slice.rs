//! `slice` objects: what `x[a:b:c]` builds in CPython, here made only by
//! calling `slice(...)` (subscripts with a colon pass their bounds directly).

use std::any::Any;
use std::rc::Rc;

use super::native::NativeObject;
use super::subscript::SliceArgs;
use super::types::{TypeObject, TypeRef, OBJECT};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;

pub static SLICE: TypeObject = TypeObject {
    name: "slice",
    module: "builtins",
    base: Some(&OBJECT),
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

    fn has_method(&self, name: &str) -> bool {
        name == "indices"
    }

    /// `s.indices(len)`: `PySlice_GetIndicesEx`'s start, stop and step.
    fn call_method(&self, _vm: &Vm, _me: &Value, name: &str, args: Args) -> Option<PyResult> {
        if name != "indices" {
            return None;
        }
        Some((|| {
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
            // Exact for bounds and lengths of any size
            // (`_PySlice_GetLongIndices`).
            let len = super::range::integer_arg(len)?;
            if num_traits::Signed::is_negative(&len) {
                return Err(PyErr::value_error("length should not be negative"));
            }
            let (start, stop, step) = super::range::slice_indices(&len, &self.args())?;
            Ok(Value::tuple(vec![
                Value::from_bigint(start),
                Value::from_bigint(stop),
                Value::from_bigint(step),
            ]))
        })())
    }

    fn get_attr(&self, _vm: &Vm, name: &str) -> Option<PyResult> {
        match name {
            "start" => Some(Ok(self.start.clone())),
            "stop" => Some(Ok(self.stop.clone())),
            "step" => Some(Ok(self.step.clone())),
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
