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
use crate::object::{methods, Args, Dict, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// The operator behind an arithmetic special method, and whether it is the
/// reflected form (`__radd__`).
fn binary_dunder(name: &str) -> Option<(BinOp, bool)> {
    let base = name.strip_prefix("__")?.strip_suffix("__")?;
    let (base, reflected) = match base.strip_prefix('r') {
        Some(rest) if !matches!(base, "rshift") => (rest, true),
        _ => (base, false),
    };
    let op = match base {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mult,
        "truediv" => BinOp::Div,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Mod,
        "pow" => BinOp::Pow,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        "and" => BinOp::BitAnd,
        "or" => BinOp::BitOr,
        "xor" => BinOp::BitXor,
        _ => return None,
    };
    Some((op, reflected))
}

fn compare_dunder(name: &str) -> Option<CmpOp> {
    Some(match name {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::NotEq,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::LtE,
        "__gt__" => CmpOp::Gt,
        "__ge__" => CmpOp::GtE,
        _ => return None,
    })
}

/// Which values a builtin type's binary slots accept as the other operand
/// (the rest get NotImplemented, as `long_add` or `list_richcompare` give).
#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Number,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    Other,
}

fn kind(v: &Value) -> Kind {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => Kind::Number,
        Value::Str(_) => Kind::Str,
        Value::Bytes(_) | Value::ByteArray(_) => Kind::Bytes,
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Dict(_) => Kind::Dict,
        Value::Set(_) | Value::FrozenSet(_) => Kind::Set,
        _ => Kind::Other,
    }
}

/// A value as the builtin operations see it: its payload if it has one.
fn plain(v: &Value) -> &Value {
    payload(v).unwrap_or(v)
}

fn one_arg(name: &str, args: &Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    match args.positional.as_slice() {
        [v] => Ok(v.clone()),
        other => Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            other.len()
        ))),
    }
}

fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    if !args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "expected 0 arguments, got {}",
            args.positional.len()
        )));
    }
    Ok(())
}

impl Vm {
    /// `owner.name(self, *args)` for a method descriptor of a builtin type.
    pub fn call_descriptor(&self, d: &MethodDescriptor, mut args: Args) -> PyResult {
        let owner = d.owner;
        let name = d.name;
        match d.member.map(|m| m.kind) {
            Some(MemberKind::StaticMethod(f)) => return f(self, args),
            Some(MemberKind::ClassMethod(f)) => return f(self, &TypeRef::Builtin(owner), args),
            _ => {}
        }
        // `dict.fromkeys`, `str.maketrans`: methods of the type itself.
        if crate::object::methods::is_type_level(name) {
            if let Some(sample) = crate::object::methods::sample_of(owner) {
                return self.call_method(&sample, name, args);
            }
        }
        let qualified = format!("{}.{}", owner.name, name);
        if name == "__new__" {
            if args.positional.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{qualified}(): not enough arguments"
                )));
            }
            let cls = args.positional.remove(0);
            let Value::Type(cls) = cls else {
                return Err(PyErr::type_error(format!(
                    "{qualified}(X): X is not a type object ({})",
                    cls.type_name()
                )));
            };
            if !cls.is(owner) {
                return Err(PyErr::type_error(format!(
                    "{qualified}({}): {} is not a subtype of {}",
                    cls.name(),
                    cls.name(),
                    owner.name
                )));
            }
            return self.new_builtin_instance(&cls, owner, args);
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
                    owner.name,
                    obj.type_name()
                )
            }));
        }
        if let Some(m) = d.member {
            return self.call_member(m, &obj, args);
        }
        let base = plain(&obj).clone();
        self.call_builtin_method(&obj, &base, owner, name, args)
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
                methods::dict_update(self, target, args)?;
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

    /// Runs builtin method `name` of `owner` on `target`, the payload of
    /// `obj` (or `obj` itself when it is a plain builtin value).
    fn call_builtin_method(
        &self,
        obj: &Value,
        target: &Value,
        owner: &'static TypeObject,
        name: &'static str,
        args: Args,
    ) -> PyResult {
        if !name.starts_with("__") {
            return methods::call_method(self, target, name, args)
                .unwrap_or_else(|| Err(PyErr::attribute_error(target, name)));
        }
        if let Some(op) = compare_dunder(name) {
            let other = one_arg(name, &args)?;
            let other = plain(&other);
            let k = kind(target);
            // Dicts have no order: `dict_richcompare` gives NotImplemented.
            let ordered = matches!(op, CmpOp::Eq | CmpOp::NotEq) || k != Kind::Dict;
            let comparable = k != Kind::Other && k == kind(other) && ordered;
            if !comparable {
                return Ok(Value::NotImplemented);
            }
            return self.compare(op, target, other).map(Value::Bool);
        }
        if let Some((op, reflected)) = binary_dunder(name) {
            let other = one_arg(name, &args)?;
            if op == BinOp::Mod && !reflected && matches!(target, Value::Str(_)) {
                return self.binary_op(op, target, &other);
            }
            let other = plain(&other);
            if kind(other) == Kind::Other && !matches!(other, Value::None) {
                return Ok(Value::NotImplemented);
            }
            let (a, b) = if reflected {
                (other, target)
            } else {
                (target, other)
            };
            return match crate::object::ops::binary_op(op, a, b) {
                Err(e) if e.is_instance(&types::TYPE_ERROR) => Ok(Value::NotImplemented),
                result => result,
            };
        }
        match name {
            "__init__" => self.init_payload(target, args),
            "__repr__" => {
                no_args(name, &args)?;
                let text = self.repr(target)?;
                // `set_repr`, `frozenset`'s and `bytearray_repr` name the
                // object's own type: `Tags({1})`, `Tags()`.
                let own = match (target, obj) {
                    (
                        Value::Set(_) | Value::FrozenSet(_) | Value::ByteArray(_),
                        Value::Instance(_),
                    ) => obj.type_name(),
                    _ => return Ok(Value::str(&text)),
                };
                let inner = match text.find('(') {
                    Some(i) if text.ends_with(')') => text[i..].to_string(),
                    _ if text == "set()" => "()".to_string(),
                    _ => format!("({text})"),
                };
                Ok(Value::str(&format!("{own}{inner}")))
            }
            "__str__" => {
                no_args(name, &args)?;
                // `bytearray_str` is its repr, which names the subclass.
                let of = if matches!(target, Value::ByteArray(_)) {
                    obj
                } else {
                    target
                };
                if matches!(target, Value::ByteArray(_)) {
                    return self.repr(of).map(|s| Value::str(&s));
                }
                self.str(of).map(|s| Value::str(&s))
            }
            "__format__" => {
                let spec = one_arg(name, &args)?;
                let Value::Str(spec) = spec else {
                    return Err(PyErr::type_error(format!(
                        "format() argument 2 must be str, not {}",
                        spec.type_name()
                    )));
                };
                // An empty spec is `str(self)`, which a subclass may
                // override (`long__format__`, `unicode__format__`).
                if spec.is_empty() {
                    return self.str(obj).map(|s| Value::str(&s));
                }
                let mut out = String::new();
                self.format_field(&mut out, target, None, &spec, None)?;
                Ok(Value::str(&out))
            }
            "__hash__" => {
                no_args(name, &args)?;
                crate::object::set::hash_of(target).map(Value::Int)
            }
            "__len__" => {
                no_args(name, &args)?;
                crate::builtins::length(target).map(|n| Value::Int(n as i64))
            }
            "__bool__" => {
                no_args(name, &args)?;
                Ok(Value::Bool(target.truthy()))
            }
            "__iter__" => {
                no_args(name, &args)?;
                self.iter(target).map(Value::Iterator)
            }
            "__reversed__" => {
                no_args(name, &args)?;
                self.call(
                    &crate::builtins::builtin_value("reversed"),
                    Args::positional(vec![target.clone()]),
                )
            }
            "__contains__" => {
                let item = one_arg(name, &args)?;
                self.contains(target, &item).map(Value::Bool)
            }
            "__getitem__" => {
                let key = one_arg(name, &args)?;
                match self.get_item(target, &key) {
                    Err(e)
                        if matches!(target, Value::Dict(_)) && e.is_instance(&types::KEY_ERROR) =>
                    {
                        // `dict_subscript` asks a subclass's `__missing__`.
                        match self.special_method(obj, "__missing__") {
                            Some(missing) if !matches!(obj, Value::Dict(_)) => {
                                self.call(&missing, Args::positional(vec![key]))
                            }
                            _ => Err(e),
                        }
                    }
                    result => result,
                }
            }
            "__setitem__" => {
                if args.positional.len() != 2 || !args.keywords.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "expected 2 arguments, got {}",
                        args.positional.len()
                    )));
                }
                let mut it = args.positional.into_iter();
                let key = it.next().expect("two arguments");
                let value = it.next().expect("two arguments");
                self.set_item(target, &key, value).map(|_| Value::None)
            }
            "__delitem__" => {
                let key = one_arg(name, &args)?;
                self.del_item(target, &key).map(|_| Value::None)
            }
            "__iadd__" | "__imul__" | "__ior__" | "__iand__" | "__isub__" | "__ixor__" => {
                let other = one_arg(name, &args)?;
                let op = binary_dunder(&format!("__{}", &name[3..]))
                    .map(|(op, _)| op)
                    .expect("an in-place operator");
                let other = plain(&other).clone();
                let result = match (op, target) {
                    (BinOp::Mult, Value::List(l)) => {
                        let n = crate::builtins::index_arg(&other)?;
                        let items = l.borrow().clone();
                        let mut out = Vec::with_capacity(items.len() * n.max(0) as usize);
                        for _ in 0..n.max(0) {
                            out.extend(items.iter().cloned());
                        }
                        *l.borrow_mut() = out;
                        Ok(target.clone())
                    }
                    _ => self.inplace_op(op, target, &other),
                };
                result.map(|_| obj.clone())
            }
            "__divmod__" | "__rdivmod__" => {
                let other = one_arg(name, &args)?;
                let other = plain(&other).clone();
                if kind(&other) != Kind::Number {
                    return Ok(Value::NotImplemented);
                }
                let pair = if name == "__divmod__" {
                    vec![target.clone(), other]
                } else {
                    vec![other, target.clone()]
                };
                self.call(
                    &crate::builtins::builtin_value("divmod"),
                    Args::positional(pair),
                )
            }
            "__neg__" | "__pos__" | "__invert__" => {
                no_args(name, &args)?;
                let op = match name {
                    "__neg__" => UnaryOp::Neg,
                    "__pos__" => UnaryOp::Pos,
                    _ => UnaryOp::Invert,
                };
                crate::object::ops::unary_op(op, target)
            }
            "__abs__" | "__int__" | "__index__" | "__float__" | "__trunc__" | "__floor__"
            | "__ceil__" | "__round__" => {
                let function = match name {
                    "__abs__" => "abs",
                    "__float__" => "float",
                    "__round__" => "round",
                    "__floor__" | "__ceil__" => {
                        no_args(name, &args)?;
                        return Ok(match target {
                            Value::Float(f) => {
                                let r = if name == "__floor__" {
                                    f.floor()
                                } else {
                                    f.ceil()
                                };
                                crate::builtins::call_type(
                                    self,
                                    &types::INT,
                                    Args::positional(vec![Value::Float(r)]),
                                )?
                            }
                            other => other.clone(),
                        });
                    }
                    _ => "int",
                };
                let mut positional = vec![target.clone()];
                if name == "__round__" {
                    positional.extend(args.positional);
                } else {
                    no_args(name, &args)?;
                }
                self.call(
                    &crate::builtins::builtin_value(function),
                    Args::positional(positional),
                )
            }
            _ => Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                format!("pyasync does not implement {}.{}", owner.name, name),
            )),
        }
    }
}
