//! `dict.keys()`, `dict.values()` and `dict.items()`: live views of a
//! dict, as CPython's `dict_keys`, `dict_values` and `dict_items`
//! (Objects/dictobject.c). Keys and items views act as sets; every
//! view's `mapping` is a read-only proxy of its dict. The three types'
//! tables are here, as is where a dict iterator resumes (`resume_at`).

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::dict::{Dict, DictKey};
use super::methods::{first, parse_args, Sig};
use super::native::NativeObject;
use super::slots::{no_args, one_arg};
use super::types::{self, Member, TypeRef, TypeSpec};
use super::{Args, Iter, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::{BinOp, CmpOp};

/// Which part of each entry a view or its iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Rc<RefCell<Dict>>,
    pub part: DictPart,
}

pub fn new_view(dict: &Rc<RefCell<Dict>>, part: DictPart) -> Value {
    Value::Object(Rc::new(DictView {
        dict: dict.clone(),
        part,
    }))
}

/// The insertion position a dict iterator resumes at, having given `last`
/// from position `pos - 1`. The dict has its size of when iteration
/// began, but keys may have left and come since: CPython's iterator walks
/// an array in which a deleted entry leaves a hole and new entries go at
/// the end, so it resumes after `last` if `last` is still there, and at
/// the entry that followed it if `last` left (the entries after it moved
/// down here). A table resize during iteration, which CPython's walk
/// notices differently, is not modelled.
pub fn resume_at(dict: &Dict, pos: usize, last: Option<&Value>) -> usize {
    let Some(last) = last else {
        return pos;
    };
    let at = |j: usize| dict.get_index(j).is_some_and(|(k, _)| k.value().is(last));
    if pos > 0 && at(pos - 1) {
        return pos;
    }
    match (0..pos.min(dict.len())).rev().find(|&j| at(j)) {
        Some(j) => j + 1,
        None => pos.saturating_sub(1),
    }
}

/// The entry at insertion position `pos`, as `part` shows it.
pub fn entry_at(dict: &Dict, pos: usize, part: DictPart) -> Option<Value> {
    let (k, v) = dict.get_index(pos)?;
    Some(match part {
        DictPart::Keys => k.value().clone(),
        DictPart::Values => v.clone(),
        DictPart::Items => Value::tuple(vec![k.value().clone(), v.clone()]),
    })
}

impl DictView {
    fn entries(&self) -> Vec<Value> {
        let d = self.dict.borrow();
        (0..d.len())
            .filter_map(|i| entry_at(&d, i, self.part))
            .collect()
    }

    fn is_setlike(&self) -> bool {
        self.part != DictPart::Values
    }

    fn contains(&self, vm: &Vm, x: &Value) -> PyResult<bool> {
        match self.part {
            DictPart::Keys => {
                Ok(super::dict::lookup(&self.dict, &DictKey::new(x.clone())?)?.is_some())
            }
            DictPart::Items => {
                let Value::Tuple(t) = x else { return Ok(false) };
                let [k, v] = &t[..] else { return Ok(false) };
                let found = super::dict::get(&self.dict, &DictKey::new(k.clone())?)?;
                match found {
                    Some(w) => Ok(w.is(v) || vm.equal(&w, v)?),
                    None => Ok(false),
                }
            }
            DictPart::Values => {
                for v in self.entries() {
                    if v.is(x) || vm.equal(&v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

/// A set of the items of any iterable (a view's own entries included).
fn to_set(vm: &Vm, v: &Value) -> PyResult {
    let items = match v {
        Value::Object(o) => match o.as_any().downcast_ref::<DictView>() {
            Some(view) => view.entries(),
            None => vm.collect(v)?,
        },
        _ => vm.collect(v)?,
    };
    vm.call(
        &Value::Type(TypeRef::Builtin(&types::SET)),
        Args::positional(vec![Value::list(items)]),
    )
}

fn is_setlike(v: &Value) -> bool {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<DictView>()
            .is_some_and(|view| view.is_setlike()),
        _ => false,
    }
}

pub const KEYS_SPEC: TypeSpec = TypeSpec {
    doc: "A live, set-like view of a dict's keys.",
    members: &[VIEW, SET_LIKE],
};

pub const ITEMS_SPEC: TypeSpec = TypeSpec {
    doc: "A live, set-like view of a dict's (key, value) pairs.",
    members: &[VIEW, SET_LIKE],
};

pub const VALUES_SPEC: TypeSpec = TypeSpec {
    doc: "A live view of a dict's values.",
    members: &[VIEW],
};

/// What every view has.
const VIEW: &[Member] = &[
    Member::slot("__iter__", iter),
    Member::slot("__len__", len),
    Member::slot("__reversed__", reversed),
    Member::slot("__repr__", repr),
    Member::getter("mapping", mapping, "A read-only proxy of the dict viewed."),
];

/// What the keys and items views have, as sets of their entries.
const SET_LIKE: &[Member] = &[
    Member::slot("__contains__", contains),
    Member::absent("__hash__"),
    Member::slot("__and__", |vm, o, a| set_op(vm, o, a, BinOp::BitAnd, false)),
    Member::slot("__or__", |vm, o, a| set_op(vm, o, a, BinOp::BitOr, false)),
    Member::slot("__sub__", |vm, o, a| set_op(vm, o, a, BinOp::Sub, false)),
    Member::slot("__xor__", |vm, o, a| set_op(vm, o, a, BinOp::BitXor, false)),
    Member::slot("__rand__", |vm, o, a| set_op(vm, o, a, BinOp::BitAnd, true)),
    Member::slot("__ror__", |vm, o, a| set_op(vm, o, a, BinOp::BitOr, true)),
    Member::slot("__rsub__", |vm, o, a| set_op(vm, o, a, BinOp::Sub, true)),
    Member::slot("__rxor__", |vm, o, a| set_op(vm, o, a, BinOp::BitXor, true)),
    Member::slot("__eq__", |vm, o, a| compare(vm, o, a, CmpOp::Eq)),
    Member::slot("__ne__", |vm, o, a| compare(vm, o, a, CmpOp::NotEq)),
    Member::slot("__lt__", |vm, o, a| compare(vm, o, a, CmpOp::Lt)),
    Member::slot("__le__", |vm, o, a| compare(vm, o, a, CmpOp::LtE)),
    Member::slot("__gt__", |vm, o, a| compare(vm, o, a, CmpOp::Gt)),
    Member::slot("__ge__", |vm, o, a| compare(vm, o, a, CmpOp::GtE)),
    Member::method(
        "isdisjoint",
        isdisjoint,
        "Whether the view and the iterable have no item in common.",
    ),
];

/// The view a view method is called on.
fn this(v: &Value) -> &DictView {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<DictView>()
            .expect("a view method is only called on a view"),
        _ => unreachable!("a view method is only called on a view"),
    }
}

fn iter(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    let view = this(me);
    let used = view.dict.borrow().len();
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::DictKeys {
        dict: view.dict.clone(),
        pos: 0,
        used,
        part: view.part,
        last: None,
        given: 0,
    }))))
}

fn len(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    Ok(Value::Int(this(me).dict.borrow().len() as i64))
}

fn contains(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let x = one_arg(args)?;
    this(me).contains(vm, &x).map(Value::Bool)
}

fn reversed(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    let items = this(me).entries();
    let index = items.len();
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Reversed {
        seq: Value::tuple(items),
        index,
    }))))
}

fn repr(vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    let view = this(me);
    let mut parts = Vec::new();
    for v in view.entries() {
        parts.push(vm.repr(&v)?);
    }
    Ok(Value::str(&format!(
        "{}([{}])",
        view.type_ref().name(),
        parts.join(", ")
    )))
}

fn mapping(_vm: &Vm, me: &Value) -> PyResult {
    Ok(super::mappingproxy::new(&this(me).dict))
}

/// `&`, `|`, `-`, `^` with any iterable: the view's entries as a set, the
/// operation on the set of the other's items (`dictviews_and` and friends);
/// `reflected` puts the other operand first.
fn set_op(vm: &Vm, me: &Value, args: Args, op: BinOp, reflected: bool) -> PyResult {
    let other = one_arg(args)?;
    let (mine, theirs) = (to_set(vm, me)?, to_set(vm, &other)?);
    if reflected {
        vm.binary_op(op, &theirs, &mine)
    } else {
        vm.binary_op(op, &mine, &theirs)
    }
}

/// Equality and inclusion with another set-like object, as sets; anything
/// else gets NotImplemented (`dictview_richcompare`).
fn compare(vm: &Vm, me: &Value, args: Args, op: CmpOp) -> PyResult {
    let other = one_arg(args)?;
    if !is_setlike(&other) {
        return Ok(Value::NotImplemented);
    }
    let (mine, theirs) = (to_set(vm, me)?, to_set(vm, &other)?);
    vm.compare(op, &mine, &theirs).map(Value::Bool)
}

fn isdisjoint(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let view = this(me);
    let name = view.type_ref().name().to_string();
    let other = first(parse_args(&name, "isdisjoint", Sig::One, args)?);
    for x in vm.collect(&other)? {
        if view.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

impl NativeObject for DictView {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(match self.part {
            DictPart::Keys => &types::DICT_KEYS,
            DictPart::Values => &types::DICT_VALUES,
            DictPart::Items => &types::DICT_ITEMS,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
