//! The `operator` module, as CPython's C `_operator`: a builtin function
//! for each operator of the language, and three callable types that fetch
//! items, attributes or method results (`itemgetter`, `attrgetter`,
//! `methodcaller`). Argument errors follow `_operator`'s messages, which
//! differ with how each function parses its arguments.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::class::payload;
use crate::object::native::NativeObject;
use crate::object::types::{self, Member, TypeObject, TypeRef};
use crate::object::{Args, Globals, Iter, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

pub static ITEMGETTER: TypeObject = getter_type(
    "itemgetter",
    "Get the items at the keys given from its operand.",
);

pub static ATTRGETTER: TypeObject =
    getter_type("attrgetter", "Get the attributes named from its operand.");

pub static METHODCALLER: TypeObject =
    getter_type("methodcaller", "Call the method named on its operand.");

/// `itemgetter`, `attrgetter` and `methodcaller` share their members.
const fn getter_type(name: &'static str, doc: &'static str) -> TypeObject {
    TypeObject {
        name,
        module: "operator",
        base: Some(&types::OBJECT),
        doc,
        members: GETTER_MEMBERS,
        index: crate::object::types::MemberIndex::new(),
    }
}

const GETTER_MEMBERS: &[&[Member]] = &[&[
    Member::slot("__call__", call_slot),
    Member::slot("__repr__", repr_slot),
]];

fn getter(me: &Value) -> &Getter {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Getter>()
            .expect("an operator getter's method is only called on one"),
        _ => unreachable!("an operator getter's method is only called on one"),
    }
}

fn call_slot(vm: &Vm, me: &Value, args: Args) -> PyResult {
    getter(me).apply(vm, args)
}

fn repr_slot(vm: &Vm, me: &Value, args: Args) -> PyResult {
    crate::object::slots::no_args(&args)?;
    getter(me).repr(vm).map(|s| Value::str(&s))
}

// ----- argument checks -----

fn no_keywords(name: &str, args: &Args) -> PyResult<()> {
    if args.keywords.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )))
    }
}

/// The `n` positional arguments of a function of `n >= 2` parameters.
fn exactly<const K: usize>(name: &str, args: Args) -> PyResult<[Value; K]> {
    no_keywords(name, &args)?;
    let got = args.positional.len();
    args.positional
        .try_into()
        .map_err(|_| PyErr::type_error(format!("{name} expected {K} arguments, got {got}")))
}

/// The single argument of a one-parameter function.
fn single(name: &str, args: Args) -> PyResult<Value> {
    no_keywords(name, &args)?;
    match <[Value; 1]>::try_from(args.positional) {
        Ok([v]) => Ok(v),
        Err(given) => Err(PyErr::type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            given.len()
        ))),
    }
}

// ----- the operators -----

/// Defines a native for each binary operator: `fn name(a, b) -> a OP b`.
macro_rules! binary {
    ($($fn_name:ident => $name:literal, $op:expr, $inplace:literal;)*) => {
        $(
            fn $fn_name(vm: &Vm, args: Args) -> PyResult {
                let [a, b] = exactly($name, args)?;
                if $inplace {
                    vm.inplace_op($op, &a, &b)
                } else {
                    vm.binary_op($op, &a, &b)
                }
            }
        )*
    };
}

binary! {
    add => "add", BinOp::Add, false;
    sub => "sub", BinOp::Sub, false;
    mul => "mul", BinOp::Mult, false;
    matmul => "matmul", BinOp::MatMult, false;
    truediv => "truediv", BinOp::Div, false;
    floordiv => "floordiv", BinOp::FloorDiv, false;
    modulo => "mod", BinOp::Mod, false;
    power => "pow", BinOp::Pow, false;
    lshift => "lshift", BinOp::LShift, false;
    rshift => "rshift", BinOp::RShift, false;
    and => "and_", BinOp::BitAnd, false;
    or => "or_", BinOp::BitOr, false;
    xor => "xor", BinOp::BitXor, false;
    iadd => "iadd", BinOp::Add, true;
    isub => "isub", BinOp::Sub, true;
    imul => "imul", BinOp::Mult, true;
    imatmul => "imatmul", BinOp::MatMult, true;
    itruediv => "itruediv", BinOp::Div, true;
    ifloordiv => "ifloordiv", BinOp::FloorDiv, true;
    imod => "imod", BinOp::Mod, true;
    ipow => "ipow", BinOp::Pow, true;
    ilshift => "ilshift", BinOp::LShift, true;
    irshift => "irshift", BinOp::RShift, true;
    iand => "iand", BinOp::BitAnd, true;
    ior => "ior", BinOp::BitOr, true;
    ixor => "ixor", BinOp::BitXor, true;
}

/// Defines a native for each rich comparison.
macro_rules! comparison {
    ($($fn_name:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fn_name(vm: &Vm, args: Args) -> PyResult {
                let [a, b] = exactly($name, args)?;
                vm.rich_compare($op, &a, &b)
            }
        )*
    };
}

comparison! {
    lt => "lt", CmpOp::Lt;
    le => "le", CmpOp::LtE;
    eq => "eq", CmpOp::Eq;
    ne => "ne", CmpOp::NotEq;
    ge => "ge", CmpOp::GtE;
    gt => "gt", CmpOp::Gt;
}

fn is(_vm: &Vm, args: Args) -> PyResult {
    let [a, b] = exactly("is_", args)?;
    Ok(Value::Bool(a.is(&b)))
}

fn is_not(_vm: &Vm, args: Args) -> PyResult {
    let [a, b] = exactly("is_not", args)?;
    Ok(Value::Bool(!a.is(&b)))
}

fn truth(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(vm.truth(&single("truth", args)?)?))
}

fn not(vm: &Vm, args: Args) -> PyResult {
    Ok(Value::Bool(!vm.truth(&single("not_", args)?)?))
}

fn neg(vm: &Vm, args: Args) -> PyResult {
    vm.unary_op(UnaryOp::Neg, &single("neg", args)?)
}

fn pos(vm: &Vm, args: Args) -> PyResult {
    vm.unary_op(UnaryOp::Pos, &single("pos", args)?)
}

fn inv(vm: &Vm, args: Args) -> PyResult {
    vm.unary_op(UnaryOp::Invert, &single("inv", args)?)
}

fn invert(vm: &Vm, args: Args) -> PyResult {
    vm.unary_op(UnaryOp::Invert, &single("invert", args)?)
}

fn abs(vm: &Vm, args: Args) -> PyResult {
    let v = single("abs", args)?;
    vm.call(
        &crate::builtins::builtin_value("abs"),
        Args::positional(vec![v]),
    )
}

fn index(vm: &Vm, args: Args) -> PyResult {
    vm.number_index(&single("index", args)?)
}

/// Whether `v` has C-level sequence concatenation (`sq_concat`), which
/// `concat` prefers to `+`.
fn concatenates(v: &Value) -> bool {
    matches!(
        payload(v).unwrap_or(v),
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

/// Whether `v` passes `PySequence_Check`: it has `__getitem__` and is not
/// a dict.
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Range(_) => true,
        Value::Instance(_) => vm.special_method(v, "__getitem__").is_some(),
        _ => concatenates(v),
    }
}

/// `a + b` for sequences; anything else "can't be concatenated", naming
/// the left operand.
fn sequence_add(vm: &Vm, name: &str, args: Args, inplace: bool) -> PyResult {
    let [a, b] = exactly(name, args)?;
    let own = concatenates(&a) && !matches!(a, Value::Instance(_));
    if own || (is_sequence(vm, &a) && is_sequence(vm, &b) && !matches!(a, Value::Range(_))) {
        return if inplace {
            vm.inplace_op(BinOp::Add, &a, &b)
        } else {
            vm.binary_op(BinOp::Add, &a, &b)
        };
    }
    Err(PyErr::type_error(format!(
        "'{}' object can't be concatenated",
        a.type_name()
    )))
}

fn concat(vm: &Vm, args: Args) -> PyResult {
    sequence_add(vm, "concat", args, false)
}

fn iconcat(vm: &Vm, args: Args) -> PyResult {
    sequence_add(vm, "iconcat", args, true)
}

fn contains(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = exactly("contains", args)?;
    Ok(Value::Bool(vm.contains(&a, &b)?))
}

/// Iterates `seq` for `countOf`/`indexOf`, calling `found(position)` on
/// each item that is `item` or equals it; `found` returns true to stop.
fn search(
    vm: &Vm,
    seq: &Value,
    item: &Value,
    mut found: impl FnMut(usize) -> bool,
) -> PyResult<()> {
    let it = vm.iter(seq).map_err(|e| {
        if e.is_instance(&types::TYPE_ERROR) {
            PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                seq.type_name()
            ))
        } else {
            e
        }
    })?;
    let mut position = 0;
    while let Some(x) = vm.next(&it)? {
        if (x.is(item) || vm.equal(&x, item)?) && found(position) {
            break;
        }
        position += 1;
    }
    Ok(())
}

#[allow(non_snake_case)]
fn countOf(vm: &Vm, args: Args) -> PyResult {
    let [seq, item] = exactly("countOf", args)?;
    let mut count = 0i64;
    search(vm, &seq, &item, |_| {
        count += 1;
        false
    })?;
    Ok(Value::Int(count))
}

#[allow(non_snake_case)]
fn indexOf(vm: &Vm, args: Args) -> PyResult {
    let [seq, item] = exactly("indexOf", args)?;
    let mut at = None;
    search(vm, &seq, &item, |i| {
        at = Some(i);
        true
    })?;
    match at {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn getitem(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = exactly("getitem", args)?;
    vm.get_item(&a, &b)
}

fn setitem(vm: &Vm, args: Args) -> PyResult {
    let [a, b, c] = exactly("setitem", args)?;
    vm.set_item(&a, &b, c)?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = exactly("delitem", args)?;
    vm.del_item(&a, &b)?;
    Ok(Value::None)
}

/// `call(obj, /, *args, **kwargs)`: `obj(*args, **kwargs)`.
fn call(vm: &Vm, mut args: Args) -> PyResult {
    if args.positional.is_empty() {
        return Err(PyErr::type_error(
            "call expected at least 1 argument, got 0",
        ));
    }
    let func = args.positional.remove(0);
    vm.call(&func, args)
}

/// `length_hint(obj, default=0)`: `len(obj)` if it has one, else what
/// `__length_hint__` estimates, else `default`.
fn length_hint(vm: &Vm, args: Args) -> PyResult {
    no_keywords("length_hint", &args)?;
    let (obj, default) = match args.positional.as_slice() {
        [] => {
            return Err(PyErr::type_error(
                "length_hint expected at least 1 argument, got 0",
            ))
        }
        [obj] => (obj, Value::Int(0)),
        [obj, default] => (obj, vm.number_index(default)?),
        more => {
            return Err(PyErr::type_error(format!(
                "length_hint expected at most 2 arguments, got {}",
                more.len()
            )))
        }
    };
    match vm.len(obj) {
        Ok(n) => return Ok(Value::Int(n as i64)),
        Err(e) if !e.is_instance(&types::TYPE_ERROR) => return Err(e),
        Err(_) => {}
    }
    if let Value::Iterator(it) = obj {
        return Ok(remaining(&it.borrow()).map_or(default, |n| Value::Int(n as i64)));
    }
    let Some(hint) = vm.special_method(obj, "__length_hint__") else {
        return Ok(default);
    };
    match vm.call(&hint, Args::default())? {
        Value::NotImplemented => Ok(default),
        n @ (Value::Int(_) | Value::Bool(_)) => match n {
            Value::Int(i) if i < 0 => {
                Err(PyErr::value_error("__length_hint__() should return >= 0"))
            }
            n => Ok(n),
        },
        other => Err(PyErr::type_error(format!(
            "__length_hint__ must be an integer, not {}",
            other.type_name()
        ))),
    }
}

/// What a builtin iterator's `__length_hint__` tells: the items it has
/// left, for the iterators that know it.
fn remaining(it: &Iter) -> Option<usize> {
    match it {
        Iter::Seq { seq, index } => crate::builtins::length(seq)
            .ok()
            .map(|n| n.saturating_sub(*index)),
        Iter::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            let left = if step > 0 {
                (stop - next + step - 1) / step
            } else {
                (next - stop - step - 1) / -step
            };
            Some(left.max(0) as usize)
        }
        Iter::BigRange { left, .. } => Some(crate::object::range::big_left(left)),
        Iter::Chars { s, pos } => Some(s.get(*pos..).map_or(0, |rest| rest.chars().count())),
        Iter::Reversed { index, .. } => Some(*index),
        Iter::Exhausted => Some(0),
        _ => None,
    }
}

// ----- itemgetter, attrgetter, methodcaller -----

/// An instance of one of the three getter types.
enum Getter {
    /// `itemgetter(*items)`: `obj[item]`, or a tuple of them.
    Item(Vec<Value>),
    /// `attrgetter(*names)`: each name a dotted path of attributes.
    Attr(Vec<Rc<str>>),
    /// `methodcaller(name, *args, **kwargs)`.
    Method {
        name: Rc<str>,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    },
}

impl Getter {
    fn type_object(&self) -> &'static TypeObject {
        match self {
            Getter::Item(_) => &ITEMGETTER,
            Getter::Attr(_) => &ATTRGETTER,
            Getter::Method { .. } => &METHODCALLER,
        }
    }

    /// `getter(obj)`.
    fn apply(&self, vm: &Vm, args: Args) -> PyResult {
        let name = self.type_object().name;
        if !args.keywords.is_empty() {
            return Err(PyErr::type_error(format!(
                "{name}() takes no keyword arguments"
            )));
        }
        let [obj] = args.positional.as_slice() else {
            return Err(PyErr::type_error(format!(
                "{name} expected 1 argument, got {}",
                args.positional.len()
            )));
        };
        let each = |f: &dyn Fn(usize) -> PyResult, n: usize| -> PyResult {
            if n == 1 {
                return f(0);
            }
            Ok(Value::tuple((0..n).map(f).collect::<PyResult<Vec<_>>>()?))
        };
        match self {
            Getter::Item(items) => each(&|i| vm.get_item(obj, &items[i]), items.len()),
            Getter::Attr(paths) => each(
                &|i| {
                    let mut v = obj.clone();
                    for part in paths[i].split('.') {
                        v = vm.get_attr(&v, part)?;
                    }
                    Ok(v)
                },
                paths.len(),
            ),
            Getter::Method { name, args, kwargs } => {
                let method = vm.get_attr(obj, name)?;
                vm.call(
                    &method,
                    Args {
                        positional: args.clone(),
                        keywords: kwargs.clone(),
                    },
                )
            }
        }
    }

    /// `operator.itemgetter(1, 'k')`: the type and the arguments it was
    /// made with, by their reprs.
    fn repr(&self, vm: &Vm) -> PyResult<String> {
        let mut parts = Vec::new();
        match self {
            Getter::Item(items) => {
                for item in items {
                    parts.push(vm.repr(item)?);
                }
            }
            Getter::Attr(paths) => {
                for path in paths {
                    parts.push(vm.repr(&Value::Str(path.clone()))?);
                }
            }
            Getter::Method { name, args, kwargs } => {
                parts.push(vm.repr(&Value::Str(name.clone()))?);
                for a in args {
                    parts.push(vm.repr(a)?);
                }
                for (k, v) in kwargs {
                    parts.push(format!("{k}={}", vm.repr(v)?));
                }
            }
        }
        Ok(format!(
            "operator.{}({})",
            self.type_object().name,
            parts.join(", ")
        ))
    }
}

impl NativeObject for Getter {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(self.type_object())
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Whether `t` is one of this module's types (which construct themselves
/// through `construct`).
pub fn is_own_type(t: &'static TypeObject) -> bool {
    [&ITEMGETTER, &ATTRGETTER, &METHODCALLER]
        .iter()
        .any(|own| std::ptr::eq(*own, t))
}

/// `itemgetter(...)`, `attrgetter(...)`, `methodcaller(...)`.
pub fn construct(_vm: &Vm, t: &'static TypeObject, args: Args) -> PyResult {
    let getter = if std::ptr::eq(t, &METHODCALLER) {
        new_methodcaller(args)?
    } else {
        let name = t.name;
        if !args.keywords.is_empty() {
            return Err(PyErr::type_error(format!(
                "{name}() takes no keyword arguments"
            )));
        }
        if args.positional.is_empty() {
            return Err(PyErr::type_error(format!(
                "{name} expected 1 argument, got 0"
            )));
        }
        if std::ptr::eq(t, &ITEMGETTER) {
            Getter::Item(args.positional)
        } else {
            let names = args
                .positional
                .iter()
                .map(|v| match v {
                    Value::Str(s) => Ok(s.clone()),
                    _ => Err(PyErr::type_error("attribute name must be a string")),
                })
                .collect::<PyResult<Vec<_>>>()?;
            Getter::Attr(names)
        }
    };
    Ok(Value::Object(Rc::new(getter)))
}

fn new_methodcaller(mut args: Args) -> PyResult<Getter> {
    if args.positional.is_empty() {
        return Err(PyErr::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    }
    let Value::Str(name) = args.positional.remove(0) else {
        return Err(PyErr::type_error("method name must be a string"));
    };
    Ok(Getter::Method {
        name,
        args: args.positional,
        kwargs: args.keywords,
    })
}

// ----- the module -----

/// Every public function, by name.
const FUNCTIONS: &[(&str, crate::object::NativeFn)] = &[
    ("abs", abs),
    ("add", add),
    ("and_", and),
    ("call", call),
    ("concat", concat),
    ("contains", contains),
    ("countOf", countOf),
    ("delitem", delitem),
    ("eq", eq),
    ("floordiv", floordiv),
    ("ge", ge),
    ("getitem", getitem),
    ("gt", gt),
    ("iadd", iadd),
    ("iand", iand),
    ("iconcat", iconcat),
    ("ifloordiv", ifloordiv),
    ("ilshift", ilshift),
    ("imatmul", imatmul),
    ("imod", imod),
    ("imul", imul),
    ("index", index),
    ("indexOf", indexOf),
    ("inv", inv),
    ("invert", invert),
    ("ior", ior),
    ("ipow", ipow),
    ("irshift", irshift),
    ("is_", is),
    ("is_not", is_not),
    ("isub", isub),
    ("itruediv", itruediv),
    ("ixor", ixor),
    ("le", le),
    ("length_hint", length_hint),
    ("lshift", lshift),
    ("lt", lt),
    ("matmul", matmul),
    ("mod", modulo),
    ("mul", mul),
    ("ne", ne),
    ("neg", neg),
    ("not_", not),
    ("or_", or),
    ("pos", pos),
    ("pow", power),
    ("rshift", rshift),
    ("setitem", setitem),
    ("sub", sub),
    ("truediv", truediv),
    ("truth", truth),
    ("xor", xor),
];

/// The functions that also go by a dunder name (`operator.__add__`): those
/// of the special methods, with `not_`, `and_`, `or_` losing their
/// underscore, and `call` as `__call__`.
const DUNDER_ALIASES: &[&str] = &[
    "abs",
    "add",
    "and_",
    "call",
    "concat",
    "contains",
    "delitem",
    "eq",
    "floordiv",
    "ge",
    "getitem",
    "gt",
    "iadd",
    "iand",
    "iconcat",
    "ifloordiv",
    "ilshift",
    "imatmul",
    "imod",
    "imul",
    "index",
    "inv",
    "invert",
    "ior",
    "ipow",
    "irshift",
    "isub",
    "itruediv",
    "ixor",
    "le",
    "lshift",
    "lt",
    "matmul",
    "mod",
    "mul",
    "ne",
    "neg",
    "not_",
    "or_",
    "pos",
    "pow",
    "rshift",
    "setitem",
    "sub",
    "truediv",
    "xor",
];

pub fn make_module(_vm: &Vm) -> Globals {
    let mut pairs: Vec<(&str, Value)> = FUNCTIONS
        .iter()
        .map(|&(name, f)| super::native("operator", name, f))
        .collect();
    let types = [
        ("itemgetter", &ITEMGETTER),
        ("attrgetter", &ATTRGETTER),
        ("methodcaller", &METHODCALLER),
    ];
    for (name, t) in types {
        pairs.push((name, Value::Type(TypeRef::Builtin(t))));
    }
    let mut all: Vec<&str> = pairs.iter().map(|(n, _)| *n).collect();
    all.sort_unstable();
    let all = Value::list(all.into_iter().map(Value::str).collect());
    let globals = Globals::from_pairs(pairs);
    for name in DUNDER_ALIASES {
        if let Some(f) = globals.get(name) {
            globals.set(&format!("__{}__", name.trim_end_matches('_')), f);
        }
    }
    globals.set("__all__", all);
    globals
}
