//! Calling the methods of builtin types through their descriptors
//! (`object::descriptor`), and making instances of subclasses of builtin
//! types, as CPython's `int.__new__`, `list.__init__` and the slot
//! wrappers of `Objects/typeobject.c` do.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::object::class::{payload, Instance};
use crate::object::descriptor::{is_immutable, MethodDescriptor};
use crate::object::types::{self, MemberKind, TypeObject, TypeRef};
use crate::object::{Args, Dict, PyErr, PyResult, Value};

impl Vm {
    /// `owner.name(self, *args)` for a method descriptor of a builtin type.
    pub fn call_descriptor(&self, d: &MethodDescriptor, mut args: Args) -> PyResult {
        let owner = d.owner;
        let name = d.name;
        match d.member.map(|m| m.kind) {
            Some(MemberKind::StaticMethod(f)) => return f(self, args),
            // A class method descriptor called directly takes the class
            // first (`classmethoddescr_call`).
            Some(MemberKind::ClassMethod(f)) => {
                if args.positional.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "descriptor '{name}' of '{}' object needs an argument",
                        owner.name
                    )));
                }
                return match args.positional.remove(0) {
                    Value::Type(cls) if cls.is(owner) => f(self, &cls, args),
                    Value::Type(cls) => Err(PyErr::type_error(format!(
                        "descriptor '{name}' requires a subtype of '{}' but received '{}'",
                        owner.name,
                        cls.name()
                    ))),
                    other => Err(PyErr::type_error(format!(
                        "descriptor '{name}' for type '{}' needs a type, not a '{}' as arg 2",
                        owner.name,
                        other.type_name()
                    ))),
                };
            }
            _ => {}
        }
        let qualified = format!("{}.{}", owner.name, name);
        // `T.__new__` of a type without a table entry for it.
        if name == "__new__" {
            return crate::object::slots::new(self, owner, args);
        }
        if args.positional.is_empty() {
            return Err(PyErr::type_error(if name.starts_with("__") {
                format!(
                    "descriptor '{name}' of '{}' object needs an argument",
                    owner.name
                )
            } else {
                format!("unbound method {qualified}() needs an argument")
            }));
        }
        let obj = args.positional.remove(0);
        if !obj.type_of().is(owner) {
            return Err(PyErr::type_error(if name.starts_with("__") {
                format!(
                    "descriptor '{name}' requires a '{}' object but received a '{}'",
                    owner.name,
                    obj.type_name()
                )
            } else {
                format!(
                    "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                    TypeRef::Builtin(owner).tp_name(),
                    obj.type_of().tp_name()
                )
            }));
        }
        if let Some(m) = d.member {
            // An instance of a class derived from a type implemented in
            // Rust (`class Q(asyncio.Queue)`) carries no value of it.
            if matches!(obj, Value::Instance(_))
                && payload(&obj).is_none()
                && !std::ptr::eq(owner, &types::OBJECT)
            {
                return Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    format!(
                        "pyasync cannot apply {qualified}() to an instance of a subclass ('{}')",
                        obj.type_name()
                    ),
                ));
            }
            return self.call_member(m, &obj, args);
        }
        Err(PyErr::attribute_error(&obj, name))
    }

    /// `owner.__new__(cls, *args)`: the builtin value made from the
    /// arguments (immutable types) or an empty one that `__init__` fills
    /// (mutable types), wrapped in an instance of `cls` when it is a
    /// subclass.
    pub fn new_builtin_instance(
        &self,
        cls: &TypeRef,
        owner: &'static TypeObject,
        args: Args,
    ) -> PyResult {
        if std::ptr::eq(owner, &types::OBJECT) {
            return self.object_new(cls, args);
        }
        let value = if is_immutable(owner) {
            let v = crate::builtins::call_type(self, owner, args)?;
            match payload(&v) {
                Some(p) => p.clone(),
                None => v,
            }
        } else {
            match owner.name {
                "list" => Value::list(Vec::new()),
                "dict" => Value::Dict(Rc::new(RefCell::new(Dict::new()))),
                "set" => crate::object::set::new_set(Vec::new())?,
                _ => Value::ByteArray(Rc::new(RefCell::new(Vec::new()))),
            }
        };
        match cls {
            TypeRef::Builtin(t) if std::ptr::eq(*t, owner) => Ok(value),
            TypeRef::Builtin(t) => {
                crate::builtins::call_type(self, t, Args::positional(vec![value]))
            }
            TypeRef::User(c) => Ok(Value::Instance(Rc::new(Instance::new(
                c.clone(),
                Some(value),
            )))),
        }
    }

    /// `object.__new__(cls, *args)` (`object_new` in CPython's
    /// `Objects/typeobject.c`): extra arguments are an error unless the
    /// class has an `__init__` to take them and no `__new__` of its own.
    fn object_new(&self, cls: &TypeRef, args: Args) -> PyResult {
        let TypeRef::User(c) = cls else {
            return crate::builtins::call_type(
                self,
                cls.builtin_base(),
                Args::positional(Vec::new()),
            );
        };
        if let Some(p) = c.payload {
            // `tp_new_wrapper` names the nearest class whose `__new__` is
            // not written in Python.
            let safe = cls
                .mro()
                .into_iter()
                .find_map(|t| match t {
                    TypeRef::User(u) if !u.dict.borrow().contains_key("__new__") => {
                        Some(u.name.to_string())
                    }
                    TypeRef::User(_) => None,
                    TypeRef::Builtin(b) => Some(b.name.to_string()),
                })
                .unwrap_or_else(|| p.name.to_string());
            return Err(PyErr::type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                c.name, safe
            )));
        }
        if cls.is(&types::BASE_EXCEPTION) {
            return self.call(&Value::Type(cls.clone()), args);
        }
        if !args.positional.is_empty() || !args.keywords.is_empty() {
            let own_new = c.lookup("__new__").is_some();
            if own_new {
                return Err(PyErr::type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            if c.lookup("__init__").is_none() {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    c.name
                )));
            }
        }
        Ok(Value::Instance(Rc::new(Instance::new(c.clone(), None))))
    }

    /// `__init__` of a mutable builtin type on an instance's payload.
    pub fn init_payload(&self, target: &Value, args: Args) -> PyResult {
        match target {
            Value::List(l) => {
                if !args.keywords.is_empty() {
                    return Err(PyErr::type_error("list() takes no keyword arguments"));
                }
                if args.positional.len() > 1 {
                    return Err(PyErr::type_error(format!(
                        "list expected at most 1 argument, got {}",
                        args.positional.len()
                    )));
                }
                let items = match args.positional.first() {
                    Some(v) => self.collect(v)?,
                    None => Vec::new(),
                };
                let old = std::mem::replace(&mut *l.borrow_mut(), items);
                drop(old);
            }
            Value::Dict(_) => {
                if args.positional.len() > 1 {
                    return Err(PyErr::type_error(format!(
                        "dict expected at most 1 argument, got {}",
                        args.positional.len()
                    )));
                }
                crate::object::dict_methods::dict_update(self, target, args)?;
            }
            Value::Set(s) => {
                if !args.keywords.is_empty() {
                    return Err(PyErr::type_error("set() takes no keyword arguments"));
                }
                if args.positional.len() > 1 {
                    return Err(PyErr::type_error(format!(
                        "set expected at most 1 argument, got {}",
                        args.positional.len()
                    )));
                }
                let items = match args.positional.first() {
                    Some(v) => self.collect(v)?,
                    None => Vec::new(),
                };
                s.borrow_mut().clear();
                s.borrow_mut().extend(items)?;
            }
            Value::ByteArray(b) => {
                // `bytearray.__init__` empties the array before refilling it.
                crate::object::bytes::check_resize(b, 0)?;
                let made = crate::object::bytes::construct(self, true, args)?;
                if let Value::ByteArray(new) = made {
                    let bytes = new.borrow().clone();
                    *b.borrow_mut() = bytes;
                }
            }
            // The immutable types take their arguments in `__new__`.
            _ => {}
        }
        Ok(Value::None)
    }
}
