//! `object`: what every class inherits unless it overrides it, as the
//! `object_*` functions of CPython's `Objects/typeobject.c` define it.
//!
//! These members take the object as called (an instance of a user class,
//! an exception, a builtin value), never a payload: `object.__repr__` of
//! an instance of `class Stack(list)` names `Stack`.

use super::slots::{no_args, one_arg};
use super::types::{Member, TypeRef, TypeSpec, OBJECT};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "The root of every class: the behaviour an object has unless its class says otherwise.",
    members: &[MEMBERS, COMPARE],
};

const MEMBERS: &[Member] = &[
    Member::getter("__class__", class_of, "The type of the object."),
    slot!("__delattr__" delattr),
    slot!("__dir__" dir),
    Member::getter("__doc__", doc, "The docstring of the object's type."),
    slot!("__format__" format),
    slot!("__getattribute__" getattribute),
    slot!("__getstate__" getstate),
    slot!("__hash__" hash),
    slot!("__init__" init),
    Member::class_method(
        "__init_subclass__",
        init_subclass,
        "Called on the parent when a subclass is created; does nothing here.",
    ),
    Member::static_method("__new__", new, "Create a new instance of the given class."),
    slot!("__reduce__" reduce),
    slot!("__reduce_ex__" reduce_ex),
    slot!("__repr__" repr),
    slot!("__setattr__" setattr),
    slot!("__sizeof__" sizeof),
    slot!("__str__" str),
    Member::class_method(
        "__subclasshook__",
        subclasshook,
        "Customises issubclass() for abstract classes; NotImplemented here.",
    ),
];

/// Identity is the only equality `object` knows; it has no order.
const COMPARE: &[Member] = &[
    slot!("__eq__" eq),
    slot!("__ne__" ne),
    slot!("__lt__" not_implemented),
    slot!("__le__" not_implemented),
    slot!("__gt__" not_implemented),
    slot!("__ge__" not_implemented),
];

fn class_of(_vm: &Vm, obj: &Value) -> PyResult {
    Ok(Value::Type(obj.type_of()))
}

fn doc(vm: &Vm, obj: &Value) -> PyResult {
    Ok(match obj.type_of() {
        TypeRef::Builtin(t) if !t.doc.is_empty() => Value::str(t.doc),
        TypeRef::Builtin(_) => Value::None,
        TypeRef::User(c) => match c.lookup("__doc__") {
            Some(d) => d,
            None => vm.get_attr(&Value::Type(TypeRef::User(c)), "__doc__")?,
        },
    })
}

/// The attribute name argument of `__getattribute__` and friends
/// (`PyObject_GenericGetAttr` refuses anything but a str).
fn attr_name(v: &Value) -> PyResult<std::rc::Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn eq(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let other = one_arg(args)?;
    Ok(if other.is(obj) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object_richcompare` for `!=`: the inverse of the type's own `__eq__`
/// unless that is NotImplemented.
fn ne(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let other = one_arg(args)?;
    let equal = match vm.special_method(obj, "__eq__") {
        Some(eq) => vm.call(&eq, Args::positional(vec![other]))?,
        None if matches!(obj, Value::Instance(_) | Value::Exception(_)) => {
            if other.is(obj) {
                Value::Bool(true)
            } else {
                Value::NotImplemented
            }
        }
        None => Value::Bool(vm.equal(obj, &other)?),
    };
    if matches!(equal, Value::NotImplemented) {
        return Ok(equal);
    }
    Ok(Value::Bool(!vm.truth(&equal)?))
}

fn not_implemented(_vm: &Vm, _obj: &Value, args: Args) -> PyResult {
    one_arg(args)?;
    Ok(Value::NotImplemented)
}

fn getattribute(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let name = attr_name(&one_arg(args)?)?;
    match vm.generic_getattr(obj, &name)? {
        Some(v) => Ok(v),
        None => Err(PyErr::attribute_error(obj, &name)),
    }
}

fn setattr(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let n = args.positional.len();
    let Ok([name, value]) = <[Value; 2]>::try_from(args.positional) else {
        return Err(PyErr::type_error(format!("expected 2 arguments, got {n}")));
    };
    let name = attr_name(&name)?;
    vm.generic_set_attr(obj, &name, value).map(|_| Value::None)
}

fn delattr(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let name = attr_name(&one_arg(args)?)?;
    vm.generic_del_attr(obj, &name).map(|_| Value::None)
}

fn dir(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    vm.default_dir(obj)
}

/// `object.__format__`: only the empty spec, which is `str(self)`.
fn format(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    match one_arg(args)? {
        Value::Str(s) if s.is_empty() => vm.str(obj).map(|s| Value::str(&s)),
        Value::Str(_) => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            obj.type_name()
        ))),
        other => Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `object___getstate___impl`: the instance's attributes, None when it
/// has none.
fn getstate(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    let attrs = match obj {
        Value::Instance(i) => i.dict.borrow().clone(),
        Value::Exception(e) => e.attrs.borrow().clone(),
        _ => return Ok(Value::None),
    };
    if attrs.is_empty() {
        return Ok(Value::None);
    }
    let _ = vm;
    Ok(crate::interp::classes::namespace_dict(&attrs))
}

fn hash(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    Ok(Value::Int(super::set::hash_pointer(obj.address())))
}

/// `object_init`: extra arguments are an error unless the class overrides
/// `__new__` and not `__init__`.
fn init(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    if args.positional.is_empty() && args.keywords.is_empty() {
        return Ok(Value::None);
    }
    let TypeRef::User(c) = obj.type_of() else {
        return Ok(Value::None);
    };
    if c.lookup("__init__").is_some() {
        return Err(PyErr::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if c.lookup("__new__").is_none() {
        return Err(PyErr::type_error(format!(
            "{}.__init__() takes exactly one argument (the instance to initialize)",
            c.name
        )));
    }
    Ok(Value::None)
}

fn init_subclass(_vm: &Vm, cls: &TypeRef, args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            cls.name()
        )));
    }
    if !args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.__init_subclass__() takes no arguments ({} given)",
            cls.name(),
            args.positional.len()
        )));
    }
    Ok(Value::None)
}

fn new(vm: &Vm, args: Args) -> PyResult {
    super::slots::new(vm, &OBJECT, args)
}

/// The pickle protocol, which nothing here can load back.
fn reduce(_vm: &Vm, _obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    Err(unpicklable("__reduce__"))
}

fn reduce_ex(_vm: &Vm, _obj: &Value, args: Args) -> PyResult {
    let n = args.positional.len();
    if !args.keywords.is_empty() || n != 1 {
        return Err(PyErr::type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({n} given)"
        )));
    }
    Err(unpicklable("__reduce_ex__"))
}

fn unpicklable(name: &str) -> Box<PyErr> {
    PyErr::new(
        &super::types::NOT_IMPLEMENTED_ERROR,
        format!("pyasync does not support object.{name}() (the pickle protocol)"),
    )
}

/// `object_repr`: the type's qualified name and the address.
fn repr(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    Ok(Value::str(&object_repr(obj)))
}

/// `<__main__.C object at 0x...>`.
pub fn object_repr(obj: &Value) -> String {
    format!(
        "<{} object at {:#x}>",
        obj.type_of().qualified_name(),
        obj.address()
    )
}

/// `object_str`: the object's repr, through its type.
fn str(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    vm.repr(obj).map(|s| Value::str(&s))
}

fn sizeof(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    let size = match obj {
        Value::Instance(_) => std::mem::size_of::<super::class::Instance>(),
        _ => std::mem::size_of::<Value>(),
    };
    Ok(Value::Int(size as i64))
}

fn subclasshook(_vm: &Vm, _cls: &TypeRef, _args: Args) -> PyResult {
    Ok(Value::NotImplemented)
}
