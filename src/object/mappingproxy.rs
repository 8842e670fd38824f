//! `mappingproxy`: a read-only view of a dict (`Objects/descrobject.c`),
//! as a dict view's `mapping` attribute gives it. Reading goes to the
//! dict; there is no way to change it through the proxy.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::dict::Dict;
use super::methods::{parse_args, Sig};
use super::native::NativeObject;
use super::slots::{no_args, one_arg};
use super::types::{Member, TypeObject, TypeRef, OBJECT};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::{BinOp, CmpOp};

pub static MAPPINGPROXY: TypeObject = TypeObject {
    name: "mappingproxy",
    module: "builtins",
    base: Some(&OBJECT),
    doc: "A read-only view of a mapping.",
    members: &[&[
        Member::method(
            "get",
            get,
            "The value for the key if present, else the default (None).",
        ),
        Member::method("keys", keys, "The mapping's keys view."),
        Member::method("values", values, "The mapping's values view."),
        Member::method("items", items, "The mapping's items view."),
        Member::method("copy", copy, "A shallow copy of the mapping, as a dict."),
        Member::slot("__getitem__", getitem),
        Member::slot("__contains__", contains),
        Member::slot("__len__", len),
        Member::slot("__iter__", iter),
        Member::slot("__reversed__", reversed),
        Member::slot("__repr__", repr),
        Member::slot("__str__", str),
        Member::slot("__or__", |vm, o, a| or(vm, o, a, false)),
        Member::slot("__ror__", |vm, o, a| or(vm, o, a, true)),
        Member::slot("__ior__", ior),
        Member::slot("__eq__", |vm, o, a| compare(vm, o, a, CmpOp::Eq)),
        Member::slot("__ne__", |vm, o, a| compare(vm, o, a, CmpOp::NotEq)),
        Member::slot("__lt__", |vm, o, a| compare(vm, o, a, CmpOp::Lt)),
        Member::slot("__le__", |vm, o, a| compare(vm, o, a, CmpOp::LtE)),
        Member::slot("__gt__", |vm, o, a| compare(vm, o, a, CmpOp::Gt)),
        Member::slot("__ge__", |vm, o, a| compare(vm, o, a, CmpOp::GtE)),
    ]],
    index: crate::object::types::MemberIndex::new(),
};

pub struct MappingProxy {
    dict: Rc<RefCell<Dict>>,
}

pub fn new(dict: &Rc<RefCell<Dict>>) -> Value {
    Value::Object(Rc::new(MappingProxy { dict: dict.clone() }))
}

impl NativeObject for MappingProxy {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&MAPPINGPROXY)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The dict behind the proxy a method is called on.
fn mapping(v: &Value) -> Value {
    match v {
        Value::Object(o) => Value::Dict(
            o.as_any()
                .downcast_ref::<MappingProxy>()
                .expect("a mappingproxy method is only called on a mappingproxy")
                .dict
                .clone(),
        ),
        _ => unreachable!("a mappingproxy method is only called on a mappingproxy"),
    }
}

/// The dict's own method `name`, with the proxy's name in argument errors.
fn delegate(vm: &Vm, me: &Value, name: &str, args: Args) -> PyResult {
    vm.call_method(&mapping(me), name, args)
}

fn get(vm: &Vm, me: &Value, args: Args) -> PyResult {
    delegate(vm, me, "get", args)
}

fn keys(vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("mappingproxy", "keys", Sig::NoArgs, args)?;
    delegate(vm, me, "keys", Args::default())
}

fn values(vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("mappingproxy", "values", Sig::NoArgs, args)?;
    delegate(vm, me, "values", Args::default())
}

fn items(vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("mappingproxy", "items", Sig::NoArgs, args)?;
    delegate(vm, me, "items", Args::default())
}

fn copy(vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("mappingproxy", "copy", Sig::NoArgs, args)?;
    delegate(vm, me, "copy", Args::default())
}

fn getitem(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let key = one_arg(args)?;
    vm.get_item(&mapping(me), &key)
}

fn contains(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let key = one_arg(args)?;
    vm.contains(&mapping(me), &key).map(Value::Bool)
}

fn len(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    super::ops::length(&mapping(me)).map(|n| Value::Int(n as i64))
}

fn iter(vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    vm.iter(&mapping(me)).map(Value::Iterator)
}

fn reversed(vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    vm.call(
        &vm.builtin_function("reversed"),
        Args::positional(vec![mapping(me)]),
    )
}

fn repr(vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    Ok(Value::str(&format!(
        "mappingproxy({})",
        vm.repr(&mapping(me))?
    )))
}

fn str(vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    vm.str(&mapping(me)).map(|s| Value::str(&s))
}

/// `proxy | other` is `dict | other` on the mapping (`mappingproxy_or`).
fn or(vm: &Vm, me: &Value, args: Args, reflected: bool) -> PyResult {
    let other = one_arg(args)?;
    let other = match &other {
        Value::Object(o) if o.as_any().is::<MappingProxy>() => mapping(&other),
        _ => other,
    };
    if reflected {
        vm.binary_op(BinOp::BitOr, &other, &mapping(me))
    } else {
        vm.binary_op(BinOp::BitOr, &mapping(me), &other)
    }
}

fn ior(_vm: &Vm, _me: &Value, args: Args) -> PyResult {
    one_arg(args)?;
    Err(PyErr::type_error(
        "'|=' is not supported by mappingproxy; use '|' instead",
    ))
}

fn compare(vm: &Vm, me: &Value, args: Args, op: CmpOp) -> PyResult {
    let other = one_arg(args)?;
    vm.compare(op, &mapping(me), &other).map(Value::Bool)
}
