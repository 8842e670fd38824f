//! The `types` module's constructors: calling the builtin types CPython
//! lets scripts call directly (`ModuleType(name)`, `MethodType(f, obj)`,
//! `MappingProxyType(d)`, `NoneType()`, ...). The module itself is written
//! in Python (`py/types.py`) and names these types by `type(...)` of a
//! value, as CPython's `Lib/types.py` does.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::types::{self, TypeObject};
use crate::object::{Args, Globals, Module, PyErr, PyResult, Value};

/// The types `construct` makes.
const CONSTRUCTED: &[&TypeObject] = &[
    &types::MODULE,
    &types::METHOD,
    &crate::object::mappingproxy::MAPPINGPROXY,
    &types::NONE_TYPE,
    &types::ELLIPSIS_TYPE,
    &types::NOT_IMPLEMENTED_TYPE,
    &super::weakref::REF,
    &crate::object::generic_alias::GENERIC_ALIAS,
];

/// Whether calling `tobj` goes to `construct`.
pub fn constructs(tobj: &'static TypeObject) -> bool {
    CONSTRUCTED.iter().any(|t| std::ptr::eq(*t, tobj))
}

/// `tobj(*args)` for the types `constructs` names.
pub fn construct(vm: &Vm, tobj: &'static TypeObject, args: Args) -> PyResult {
    let t: *const TypeObject = tobj;
    if std::ptr::eq(t, &types::MODULE) {
        module(args)
    } else if std::ptr::eq(t, &types::METHOD) {
        method(vm, args)
    } else if std::ptr::eq(t, &crate::object::mappingproxy::MAPPINGPROXY) {
        mappingproxy(args)
    } else if std::ptr::eq(t, &types::NONE_TYPE) {
        singleton("NoneType", args, Value::None)
    } else if std::ptr::eq(t, &types::ELLIPSIS_TYPE) {
        singleton("EllipsisType", args, Value::Ellipsis)
    } else if std::ptr::eq(t, &types::NOT_IMPLEMENTED_TYPE) {
        singleton("NotImplementedType", args, Value::NotImplemented)
    } else if std::ptr::eq(t, &crate::object::generic_alias::GENERIC_ALIAS) {
        generic_alias(args)
    } else if std::ptr::eq(t, &super::weakref::REF) {
        super::weakref::new_ref(args)
    } else {
        Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            tobj.name
        )))
    }
}

/// `ModuleType(name, doc=None)`: an empty module with CPython's five
/// initial names (`module___init___impl` in `Objects/moduleobject.c`).
fn module(mut args: Args) -> PyResult {
    let name = args.take_keyword("name");
    let doc = args.take_keyword("doc");
    if let Some((k, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "module() got an unexpected keyword argument '{k}'"
        )));
    }
    let given = args.positional.len() + usize::from(name.is_some()) + usize::from(doc.is_some());
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "module() takes at most 2 arguments ({given} given)"
        )));
    }
    let mut pos = args.positional.into_iter();
    let name = match name.or_else(|| pos.next()) {
        Some(Value::Str(s)) => s,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "module() argument 'name' must be str, not {}",
                other.type_name()
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "module() missing required argument 'name' (pos 1)",
            ))
        }
    };
    let doc = doc.or_else(|| pos.next()).unwrap_or(Value::None);
    let globals = Globals::from_pairs(vec![
        ("__name__", Value::Str(name.clone())),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ]);
    Ok(Value::Module(Rc::new(Module {
        name,
        globals: Rc::new(globals),
    })))
}

/// `MethodType(function, instance)`: `function` bound to `instance`.
fn method(vm: &Vm, args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    let [function, receiver] = <[Value; 2]>::try_from(args.positional)
        .map_err(|p| PyErr::type_error(format!("method expected 2 arguments, got {}", p.len())))?;
    if !crate::builtins::is_callable(vm, &function) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if receiver.is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(Value::Method(Rc::new(crate::object::class::Method {
        receiver,
        function,
    })))
}

/// `MappingProxyType(mapping)`: a read-only view of a dict.
fn mappingproxy(mut args: Args) -> PyResult {
    let mapping = args.take_keyword("mapping");
    if let Some((k, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "mappingproxy() got an unexpected keyword argument '{k}'"
        )));
    }
    let mut all: Vec<Value> = mapping.into_iter().chain(args.positional).collect();
    if all.len() > 1 {
        return Err(PyErr::type_error(format!(
            "mappingproxy() takes at most 1 argument ({} given)",
            all.len()
        )));
    }
    match all.pop() {
        None => Err(PyErr::type_error(
            "mappingproxy() missing required argument 'mapping' (pos 1)",
        )),
        Some(Value::Dict(d)) => Ok(crate::object::mappingproxy::new(&d)),
        Some(
            v @ (Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::None
            | Value::Set(_)
            | Value::FrozenSet(_)),
        ) => Err(PyErr::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            v.type_name()
        ))),
        Some(v) => Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            format!(
                "pyasync's mappingproxy can only wrap a dict, not {}",
                v.type_name()
            ),
        )),
    }
}

/// `NoneType()`, `EllipsisType()`, `NotImplementedType()`: the singleton.
fn singleton(name: &str, args: Args, value: Value) -> PyResult {
    if args.positional.is_empty() && args.keywords.is_empty() {
        Ok(value)
    } else {
        Err(PyErr::type_error(format!("{name} takes no arguments")))
    }
}

/// `GenericAlias(origin, args)`: what `origin[args]` gives.
fn generic_alias(args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(
            "GenericAlias() takes no keyword arguments",
        ));
    }
    let [origin, index] = <[Value; 2]>::try_from(args.positional).map_err(|p| {
        PyErr::type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            p.len()
        ))
    })?;
    match origin {
        Value::Type(t) => Ok(crate::object::generic_alias::alias(&t, &index)),
        other => Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            format!(
                "pyasync's GenericAlias needs a class as its origin, not {}",
                other.type_name()
            ),
        )),
    }
}
