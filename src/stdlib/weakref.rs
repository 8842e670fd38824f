//! `weakref.ref`: a reference that does not keep its object alive.
//!
//! pyasync's objects are reference counted (`Rc`), so a weak reference is
//! a real `std::rc::Weak`: calling it gives the object while something
//! else holds it and `None` once the last strong reference went away, as
//! in CPython. What cannot be done is calling a callback at the moment the
//! object dies (nothing runs code when an `Rc` is freed), so `ref(obj,
//! callback)` refuses a callback instead of silently never calling it.

use std::cell::Cell;
use std::rc::{Rc, Weak};

use crate::interp::coroutine::Coroutine;
use crate::interp::Vm;
use crate::object::class::{Class, Instance, Method};
use crate::object::native::NativeObject;
use crate::object::types::{self, Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{Args, Function, Module, PyErr, PyResult, Value};

pub static REF: TypeObject = TypeObject::new("ReferenceType", "weakref", None, SPEC);

const SPEC: TypeSpec = TypeSpec {
    doc: "A weak reference: calling it gives the object, or None once the object is gone.",
    members: &[&[
        Member::slot("__call__", call),
        Member::slot("__repr__", repr),
        Member::slot("__hash__", hash),
        Member::slot("__eq__", |vm, me, args| compare(vm, me, args, true)),
        Member::slot("__ne__", |vm, me, args| compare(vm, me, args, false)),
    ]],
};

/// What a weak reference can point at: the kinds of value CPython lets
/// one reference (instances, functions, classes, sets, generators,
/// modules, bound methods).
enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Set(Weak<std::cell::RefCell<crate::object::set::PySet>>),
    FrozenSet(Weak<crate::object::set::PySet>),
    Coroutine(Weak<Coroutine>),
    Generator(Weak<Coroutine>),
    Module(Weak<Module>),
    Method(Weak<Method>),
}

pub struct WeakRef {
    target: Target,
    /// The object's hash, once taken: a dead reference that was hashed
    /// while alive keeps its hash (`weakref_hash`).
    hash: Cell<Option<i64>>,
}

impl WeakRef {
    /// The object, if it is still alive.
    pub fn get(&self) -> Option<Value> {
        Some(match &self.target {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Type(TypeRef::User(w.upgrade()?)),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::FrozenSet(w) => Value::FrozenSet(w.upgrade()?),
            Target::Coroutine(w) => Value::Coroutine(w.upgrade()?),
            Target::Generator(w) => Value::Generator(w.upgrade()?),
            Target::Module(w) => Value::Module(w.upgrade()?),
            Target::Method(w) => Value::Method(w.upgrade()?),
        })
    }
}

impl NativeObject for WeakRef {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&REF)
    }

    fn get_attr(&self, _vm: &Vm, name: &str) -> Option<PyResult> {
        match name {
            "__callback__" => Some(Ok(Value::None)),
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The weak target of `v`, or CPython's TypeError for values that cannot
/// be weakly referenced.
fn target(v: &Value) -> PyResult<Target> {
    Ok(match v {
        Value::Instance(i) if weakrefable_base(v) => Target::Instance(Rc::downgrade(i)),
        Value::Function(f) => Target::Function(Rc::downgrade(f)),
        Value::Type(TypeRef::User(c)) => Target::Class(Rc::downgrade(c)),
        Value::Set(s) => Target::Set(Rc::downgrade(s)),
        Value::FrozenSet(s) => Target::FrozenSet(Rc::downgrade(s)),
        Value::Coroutine(c) => Target::Coroutine(Rc::downgrade(c)),
        Value::Generator(g) => Target::Generator(Rc::downgrade(g)),
        Value::Module(m) => Target::Module(Rc::downgrade(m)),
        Value::Method(m) => Target::Method(Rc::downgrade(m)),
        other => {
            return Err(PyErr::type_error(format!(
                "cannot create weak reference to '{}' object",
                other.type_name()
            )))
        }
    })
}

/// Instances of subclasses of `int`, `tuple`, `bytes` have no weak
/// reference slot in CPython (variable-size objects).
fn weakrefable_base(v: &Value) -> bool {
    let base = v.type_of().builtin_base();
    ![&types::INT, &types::TUPLE, &types::BYTES, &types::BOOL]
        .iter()
        .any(|t| std::ptr::eq(*t, base))
}

/// `weakref.ref(obj, callback=None)`.
pub fn new_ref(args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("ref() takes no keyword arguments"));
    }
    let n = args.positional.len();
    if n == 0 {
        return Err(PyErr::type_error(
            "__new__ expected at least 1 argument, got 0",
        ));
    }
    if n > 2 {
        return Err(PyErr::type_error(format!(
            "__new__ expected at most 2 arguments, got {n}"
        )));
    }
    let target = target(&args.positional[0])?;
    if args.positional.get(1).is_some_and(|c| !c.is_none()) {
        return Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            "pyasync cannot call a weak reference's callback when its object dies",
        ));
    }
    Ok(Value::Object(Rc::new(WeakRef {
        target,
        hash: Cell::new(None),
    })))
}

fn this(me: &Value) -> &WeakRef {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<WeakRef>()
            .expect("a weakref slot is called on a weakref"),
        _ => unreachable!("a weakref slot is called on a weakref"),
    }
}

fn call(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        if !args.keywords.is_empty() {
            return Err(PyErr::type_error("weakref() takes no keyword arguments"));
        }
        return Err(PyErr::type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.positional.len()
        )));
    }
    Ok(this(me).get().unwrap_or(Value::None))
}

/// `<weakref at 0x..; to 'A' at 0x..>`, `(name)` added for objects with a
/// `__name__`, or `<weakref at 0x..; dead>` (`weakref_repr`).
fn repr(vm: &Vm, me: &Value, _args: Args) -> PyResult {
    let text = match this(me).get() {
        None => format!("<weakref at {:#x}; dead>", me.address()),
        Some(obj) => {
            let name = match &obj {
                Value::Function(_) | Value::Type(_) => vm
                    .get_attr(&obj, "__name__")
                    .ok()
                    .and_then(|n| vm.str(&n).ok()),
                _ => None,
            };
            let mut s = format!(
                "<weakref at {:#x}; to '{}' at {:#x}",
                me.address(),
                obj.type_of().tp_name(),
                obj.address()
            );
            if let Some(n) = name {
                s.push_str(&format!(" ({n})"));
            }
            s.push('>');
            s
        }
    };
    Ok(Value::str(&text))
}

fn hash(vm: &Vm, me: &Value, _args: Args) -> PyResult {
    let r = this(me);
    if let Some(h) = r.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(obj) = r.get() else {
        return Err(PyErr::type_error("weak object has gone away"));
    };
    let h = match vm.call(&vm.builtins[hash_index()], Args::positional(vec![obj]))? {
        Value::Int(h) => h,
        _ => {
            return Err(PyErr::type_error(
                "__hash__ method should return an integer",
            ))
        }
    };
    r.hash.set(Some(h));
    Ok(Value::Int(h))
}

fn hash_index() -> usize {
    crate::builtins::builtin_index("hash").expect("hash is a builtin") as usize
}

/// Two live references are equal when their objects are; otherwise a
/// reference is equal only to itself (`weakref_richcompare`).
fn compare(vm: &Vm, me: &Value, args: Args, eq: bool) -> PyResult {
    let Some(Value::Object(other)) = args.positional.first() else {
        return Ok(Value::NotImplemented);
    };
    let Some(other_ref) = other.as_any().downcast_ref::<WeakRef>() else {
        return Ok(Value::NotImplemented);
    };
    let same = match (this(me).get(), other_ref.get()) {
        (Some(a), Some(b)) => vm.equal(&a, &b)?,
        _ => me.address() == args.positional[0].address(),
    };
    Ok(Value::Bool(same == eq))
}

/// The natives the Python part of `weakref` builds on.
pub fn natives() -> Vec<(&'static str, Value)> {
    vec![("ref", Value::Type(TypeRef::Builtin(&REF)))]
}
