//! Objects implemented in Rust by library modules (asyncio's locks and
//! queues, say): one `Value::Object` variant and a trait, so that a module
//! adds a type without touching the evaluator.

use std::any::Any;

use super::types::TypeRef;
use super::{Args, PyResult, Value};
use crate::interp::Vm;

pub trait NativeObject: Any {
    /// `type(obj)`.
    fn type_ref(&self) -> TypeRef;

    /// `repr(obj)`.
    fn repr(&self, me: &Value) -> String {
        format!(
            "<{} object at {:#x}>",
            self.type_ref().qualified_name(),
            me.address()
        )
    }

    /// Whether `obj.name` is a method (for attribute access and special
    /// methods such as `__aenter__`); an object has none unless it says so.
    fn has_method(&self, _name: &str) -> bool {
        false
    }

    /// `obj.name(*args)`; `None` when there is no such method.
    fn call_method(&self, _vm: &Vm, _me: &Value, _name: &str, _args: Args) -> Option<PyResult> {
        None
    }

    /// A data attribute (`queue.maxsize`); `None` when there is none.
    fn get_attr(&self, _vm: &Vm, _name: &str) -> Option<PyResult> {
        None
    }

    /// `obj.name = v` for a settable data attribute; `None` when there is
    /// none (an AttributeError).
    fn set_attr(&self, _vm: &Vm, _name: &str, _v: &Value) -> Option<PyResult<()>> {
        None
    }

    /// The bytes the object exports through the buffer protocol
    /// (`array.array`); `None` when it exports none.
    fn buffer(&self) -> Option<Vec<u8>> {
        None
    }

    fn as_any(&self) -> &dyn Any;
}
