//! `builtin_function_or_method`: functions written in Rust (`len`,
//! `math.sqrt`) and builtin methods bound to their object (`[].append`).
//! CPython's is `Objects/methodobject.c`; its attributes are getters of the
//! type, as there.

use super::types::{Member, TypeSpec};
use super::{PyResult, Value};
use crate::interp::Vm;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "A function or method written in the interpreter's own language.",
    members: &[&[
        Member::getter("__name__", name, "The function's name."),
        Member::getter(
            "__qualname__",
            qualname,
            "The name, after its type's for a method.",
        ),
        Member::getter(
            "__module__",
            module,
            "The module of a function; None for a method.",
        ),
        Member::getter(
            "__self__",
            receiver,
            "The object a method is bound to, or a function's module.",
        ),
        Member::getter("__doc__", doc, "The documentation, if any."),
        Member::slot("__call__", |vm, me, args| vm.call(me, args)),
        Member::getter(
            "__text_signature__",
            |_, _| Ok(Value::None),
            "The signature as text (not kept here).",
        ),
    ]],
};

fn name(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match me {
        Value::Native(n) => Value::str(n.name),
        Value::BoundMethod(m) => Value::Str(m.name.clone()),
        _ => Value::None,
    })
}

fn qualname(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match me {
        Value::Native(n) => Value::str(n.name),
        Value::BoundMethod(m) => {
            let owner = match &m.receiver {
                Value::Type(t) => t.name().to_string(),
                other => other.type_name().to_string(),
            };
            Value::str(&format!("{owner}.{}", m.name))
        }
        _ => Value::None,
    })
}

fn module(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match me {
        Value::Native(n) => Value::str(n.module.unwrap_or("builtins")),
        _ => Value::None,
    })
}

/// A method's object; a function's module.
fn receiver(vm: &Vm, me: &Value) -> PyResult {
    Ok(match me {
        Value::Native(n) => {
            let module = n.module.unwrap_or("builtins");
            crate::stdlib::importer::loaded(vm, module)
                .or_else(|| crate::stdlib::import(vm, module).ok())
                .unwrap_or(Value::None)
        }
        Value::BoundMethod(m) => m.receiver.clone(),
        _ => Value::None,
    })
}

fn doc(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match me {
        Value::BoundMethod(m) => match m.member {
            Some(member) if !member.doc.is_empty() => Value::str(member.doc),
            _ => Value::None,
        },
        _ => Value::None,
    })
}
