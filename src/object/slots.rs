//! The slot wrappers of the builtin types: `int.__add__`, `list.__len__`,
//! `dict.__getitem__` as callable members of their type's table.
//!
//! Operators on builtin values never come here: the evaluator runs them
//! directly. These are what a script reaches by name (`(1).__add__(2)`,
//! `super().__getitem__(k)` in a subclass of `dict`), so each one takes
//! the object as called (possibly an instance of a subclass carrying the
//! builtin value as its payload) and answers as CPython's slot wrappers
//! in `Objects/typeobject.c` do: `NotImplemented` for an operand of the
//! wrong kind, `TypeError` for a wrong argument count.

use super::class::payload;
use super::types::{self, Member};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// A value as the builtin operations see it: its payload if it has one.
pub fn plain(v: &Value) -> &Value {
    payload(v).unwrap_or(v)
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

/// The single argument of a slot wrapper (`wrap_binaryfunc`).
pub fn one_arg(args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("wrapper takes no keyword arguments"));
    }
    let n = args.positional.len();
    match <[Value; 1]>::try_from(args.positional) {
        Ok([v]) => Ok(v),
        Err(_) => Err(PyErr::type_error(format!("expected 1 argument, got {n}"))),
    }
}

/// The empty argument list of a slot wrapper (`wrap_unaryfunc`).
pub fn no_args(args: &Args) -> PyResult<()> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("wrapper takes no keyword arguments"));
    }
    if !args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "expected 0 arguments, got {}",
            args.positional.len()
        )));
    }
    Ok(())
}

/// `__eq__`, `__lt__`, ...: comparable only with a value of the same kind;
/// dicts have no order (`dict_richcompare`).
pub fn compare(vm: &Vm, obj: &Value, args: Args, op: CmpOp) -> PyResult {
    let other = one_arg(args)?;
    let (target, other) = (plain(obj), plain(&other));
    let k = kind(target);
    let ordered = matches!(op, CmpOp::Eq | CmpOp::NotEq) || k != Kind::Dict;
    if k == Kind::Other || k != kind(other) || !ordered {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, target, other).map(Value::Bool)
}

/// `__add__`, `__radd__`, ...: the operator on the payload, or
/// NotImplemented where the builtin operation refuses the operand.
pub fn binary(vm: &Vm, obj: &Value, args: Args, op: BinOp, reflected: bool) -> PyResult {
    let other = one_arg(args)?;
    let target = plain(obj);
    // `str % x` formats with anything.
    if op == BinOp::Mod && !reflected && matches!(target, Value::Str(_)) {
        return vm.binary_op(op, target, &other);
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
    match super::ops::binary_op(op, a, b) {
        Err(e) if e.is_instance(&types::TYPE_ERROR) => Ok(Value::NotImplemented),
        result => result,
    }
}

/// `__iadd__`, `__ior__`, ...: in place on the payload; answers the object.
pub fn inplace(vm: &Vm, obj: &Value, args: Args, op: BinOp) -> PyResult {
    let other = plain(&one_arg(args)?).clone();
    let target = plain(obj);
    match (op, target) {
        (BinOp::Mult, Value::List(l)) => {
            let n = super::ops::index_arg(&other)?;
            let items = l.borrow().clone();
            let mut out = Vec::with_capacity(items.len() * n.max(0) as usize);
            for _ in 0..n.max(0) {
                out.extend(items.iter().cloned());
            }
            *l.borrow_mut() = out;
        }
        _ => {
            vm.inplace_op(op, target, &other)?;
        }
    }
    Ok(obj.clone())
}

/// `__divmod__` and `__rdivmod__` of the numbers.
pub fn divmod(vm: &Vm, obj: &Value, args: Args, reflected: bool) -> PyResult {
    let other = plain(&one_arg(args)?).clone();
    if kind(&other) != Kind::Number {
        return Ok(Value::NotImplemented);
    }
    let target = plain(obj).clone();
    let pair = if reflected {
        vec![other, target]
    } else {
        vec![target, other]
    };
    vm.call(&vm.builtin_function("divmod"), Args::positional(pair))
}

pub fn unary(_vm: &Vm, obj: &Value, args: Args, op: UnaryOp) -> PyResult {
    no_args(&args)?;
    super::ops::unary_op(op, plain(obj))
}

/// `__abs__`, `__int__`, `__float__`, `__index__`, `__trunc__`: the
/// builtin function of that name on the payload.
pub fn convert(vm: &Vm, obj: &Value, args: Args, function: &str) -> PyResult {
    no_args(&args)?;
    vm.call(
        &vm.builtin_function(function),
        Args::positional(vec![plain(obj).clone()]),
    )
}

/// `__floor__` and `__ceil__`: integers are their own floor.
pub fn rounding(vm: &Vm, obj: &Value, args: Args, up: bool) -> PyResult {
    no_args(&args)?;
    match plain(obj) {
        Value::Float(f) => {
            let r = if up { f.ceil() } else { f.floor() };
            crate::builtins::call_type(vm, &types::INT, Args::positional(vec![Value::Float(r)]))
        }
        other => Ok(other.clone()),
    }
}

pub fn round(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let mut positional = vec![plain(obj).clone()];
    positional.extend(args.positional);
    vm.call(&vm.builtin_function("round"), Args::positional(positional))
}

pub fn repr(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    let target = plain(obj);
    let text = vm.repr(target)?;
    // `set_repr`, `frozenset`'s and `bytearray_repr` name the object's own
    // type: `Tags({1})`, `Tags()`.
    let own = match (target, obj) {
        (Value::Set(_) | Value::FrozenSet(_) | Value::ByteArray(_), Value::Instance(_)) => {
            obj.type_name()
        }
        _ => return Ok(Value::str(&text)),
    };
    let inner = match text.find('(') {
        Some(i) if text.ends_with(')') => text[i..].to_string(),
        _ if text == "set()" => "()".to_string(),
        _ => format!("({text})"),
    };
    Ok(Value::str(&format!("{own}{inner}")))
}

pub fn str(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    // `bytearray_str` is its repr, which names the subclass.
    if matches!(plain(obj), Value::ByteArray(_)) {
        return vm.repr(obj).map(|s| Value::str(&s));
    }
    vm.str(plain(obj)).map(|s| Value::str(&s))
}

pub fn format(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let spec = one_arg(args)?;
    let Value::Str(spec) = spec else {
        return Err(PyErr::type_error(format!(
            "format() argument 2 must be str, not {}",
            spec.type_name()
        )));
    };
    // An empty spec is `str(self)`, which a subclass may override
    // (`long__format__`, `unicode__format__`).
    if spec.is_empty() {
        return vm.str(obj).map(|s| Value::str(&s));
    }
    let mut out = String::new();
    vm.format_field(&mut out, plain(obj), None, &spec, None)?;
    Ok(Value::str(&out))
}

pub fn hash(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    super::set::hash_of(plain(obj)).map(Value::Int)
}

pub fn len(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    super::ops::length(plain(obj)).map(|n| Value::Int(n as i64))
}

pub fn bool(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    Ok(Value::Bool(plain(obj).truthy()))
}

pub fn iter(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    vm.iter(plain(obj)).map(Value::Iterator)
}

pub fn reversed(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    vm.call(
        &vm.builtin_function("reversed"),
        Args::positional(vec![plain(obj).clone()]),
    )
}

pub fn contains(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let item = one_arg(args)?;
    vm.contains(plain(obj), &item).map(Value::Bool)
}

pub fn getitem(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let key = one_arg(args)?;
    let target = plain(obj);
    match vm.get_item(target, &key) {
        Err(e) if matches!(target, Value::Dict(_)) && e.is_instance(&types::KEY_ERROR) => {
            // `dict_subscript` asks a subclass's `__missing__`.
            match vm.special_method(obj, "__missing__") {
                Some(missing) if !matches!(obj, Value::Dict(_)) => {
                    vm.call(&missing, Args::positional(vec![key]))
                }
                _ => Err(e),
            }
        }
        result => result,
    }
}

pub fn setitem(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let n = args.positional.len();
    match <[Value; 2]>::try_from(args.positional) {
        Ok([key, value]) if args.keywords.is_empty() => {
            vm.set_item(plain(obj), &key, value).map(|_| Value::None)
        }
        // `wrap_objobjargproc` unpacks with an empty function name, hence
        // the leading space of CPython's message.
        _ => Err(PyErr::type_error(format!(" expected 2 arguments, got {n}"))),
    }
}

pub fn delitem(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let key = one_arg(args)?;
    vm.del_item(plain(obj), &key).map(|_| Value::None)
}

/// `__init__` of a mutable builtin type: refills the payload.
pub fn init(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    vm.init_payload(plain(obj), args)
}

/// `T.__new__(cls, *args)` for builtin type `owner`.
pub fn new(vm: &Vm, owner: &'static types::TypeObject, mut args: Args) -> PyResult {
    let qualified = format!("{}.__new__", owner.name);
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
    vm.new_builtin_instance(&cls, owner, args)
}

/// The member for one slot wrapper, its behaviour fixed at compile time:
/// `slot!(compare "__lt__" Lt)`, `slot!(binary "__radd__" Add reflected)`.
#[macro_export]
macro_rules! slot {
    (compare $name:literal $op:ident) => {
        $crate::object::types::Member::slot($name, |vm, o, a| {
            $crate::object::slots::compare(vm, o, a, $crate::syntax::ast::CmpOp::$op)
        })
    };
    (binary $name:literal $op:ident) => {
        $crate::object::types::Member::slot($name, |vm, o, a| {
            $crate::object::slots::binary(vm, o, a, $crate::syntax::ast::BinOp::$op, false)
        })
    };
    (binary $name:literal $op:ident reflected) => {
        $crate::object::types::Member::slot($name, |vm, o, a| {
            $crate::object::slots::binary(vm, o, a, $crate::syntax::ast::BinOp::$op, true)
        })
    };
    (inplace $name:literal $op:ident) => {
        $crate::object::types::Member::slot($name, |vm, o, a| {
            $crate::object::slots::inplace(vm, o, a, $crate::syntax::ast::BinOp::$op)
        })
    };
    (unary $name:literal $op:ident) => {
        $crate::object::types::Member::slot($name, |vm, o, a| {
            $crate::object::slots::unary(vm, o, a, $crate::syntax::ast::UnaryOp::$op)
        })
    };
    (convert $name:literal $function:literal) => {
        $crate::object::types::Member::slot($name, |vm, o, a| {
            $crate::object::slots::convert(vm, o, a, $function)
        })
    };
    (new $owner:path) => {
        $crate::object::types::Member::static_method(
            "__new__",
            |vm, a| $crate::object::slots::new(vm, &$owner, a),
            "Create and return a new object.",
        )
    };
    ($name:literal $f:path) => {
        $crate::object::types::Member::slot($name, $f)
    };
}

/// The six rich comparisons, which every builtin value type has.
pub const RICH_COMPARE: &[Member] = &[
    slot!(compare "__eq__" Eq),
    slot!(compare "__ne__" NotEq),
    slot!(compare "__lt__" Lt),
    slot!(compare "__le__" LtE),
    slot!(compare "__gt__" Gt),
    slot!(compare "__ge__" GtE),
];

/// What every immutable value type has: it hashes, and is shown.
pub const HASHABLE: &[Member] = &[slot!("__hash__" hash), slot!("__repr__" repr)];

/// What every mutable container has: `__hash__ = None`, a repr, and an
/// `__init__` that refills it.
pub const MUTABLE: &[Member] = &[
    Member::absent("__hash__"),
    slot!("__repr__" repr),
    slot!("__init__" init),
];

/// The container protocol of the sequences and mappings.
pub const SIZED_ITERABLE: &[Member] = &[
    slot!("__len__" len),
    slot!("__iter__" iter),
    slot!("__contains__" contains),
];

/// `__class_getitem__` of the generic containers: `list[int]` is a
/// `types.GenericAlias` (PEP 585).
pub const GENERIC: &[Member] = &[Member::class_method(
    "__class_getitem__",
    |_vm, cls, args| Ok(super::generic_alias::alias(cls, &one_arg(args)?)),
    "A generic alias of the class, for type hints.",
)];
