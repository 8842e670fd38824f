//! `tuple`: the immutable sequence (`Objects/tupleobject.c`). The items
//! are one shared `Rc<[Value]>`; every operator on tuples runs in the
//! evaluator, so this table holds what a script reaches by name.

use super::methods::{parse_args, seq_search, Sig};
use super::slots::{self, one_arg, plain};
use super::types::{Member, TypeSpec, TUPLE};
use super::{Args, PyResult, Value};
use crate::interp::Vm;
use crate::slot;
use crate::syntax::ast::BinOp;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "An immutable sequence of items.\n\ntuple() is empty; tuple(iterable) holds the iterable's items in order.",
    members: &[
        METHODS,
        slots::RICH_COMPARE,
        slots::GENERIC,
        slots::HASHABLE,
        slots::SIZED_ITERABLE,
        &[
            slot!("__add__" concat),
            slot!("__mul__" repeat),
            slot!("__rmul__" repeat),
            slot!("__getitem__" slots::getitem),
            slot!(new TUPLE),
        ],
    ],
};

const METHODS: &[Member] = &[
    Member::method(
        "index",
        index,
        "The index of the first item equal to the argument, within start and stop.",
    ),
    Member::method("count", count, "How many items equal the argument."),
    Member::method(
        "__getnewargs__",
        getnewargs,
        "The arguments that rebuild the tuple, for pickling.",
    ),
];

/// The items of a tuple, or of the payload of a subclass instance.
fn items(tuple: &Value) -> &[Value] {
    match plain(tuple) {
        Value::Tuple(t) => t,
        _ => unreachable!("a tuple method is only called on a tuple"),
    }
}

fn index(vm: &Vm, tuple: &Value, args: Args) -> PyResult {
    seq_search(vm, items(tuple), "tuple", "index", args)
}

fn count(vm: &Vm, tuple: &Value, args: Args) -> PyResult {
    seq_search(vm, items(tuple), "tuple", "count", args)
}

/// `(tuple(self),)`: a plain tuple even for a subclass instance.
fn getnewargs(_vm: &Vm, tuple: &Value, args: Args) -> PyResult {
    parse_args("tuple", "__getnewargs__", Sig::NoArgs, args)?;
    Ok(Value::tuple(vec![Value::tuple(items(tuple).to_vec())]))
}

/// `__add__`: the sequence concatenation (`sq_concat`), which refuses
/// anything but a tuple with a TypeError rather than NotImplemented.
fn concat(_vm: &Vm, tuple: &Value, args: Args) -> PyResult {
    let other = one_arg(args)?;
    super::ops::binary_op(BinOp::Add, plain(tuple), plain(&other))
}

/// `__mul__` and `__rmul__`: the repetition (`sq_repeat`), whose count
/// must be an integer.
fn repeat(_vm: &Vm, tuple: &Value, args: Args) -> PyResult {
    let n = super::ops::index_arg(&one_arg(args)?)?;
    super::ops::binary_op(BinOp::Mult, plain(tuple), &Value::Int(n))
}
