//! `dict.keys()`, `dict.values()` and `dict.items()`: live views of a
//! dict, as CPython's `dict_keys`, `dict_values` and `dict_items`
//! (Objects/dictobject.c). Keys and items views act as sets.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::dict::{Dict, DictKey};
use super::native::NativeObject;
use super::types::{self, TypeRef};
use super::{Args, Iter, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::BinOp;

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

/// The entry at insertion position `pos`, as `part` shows it.
pub fn entry_at(dict: &Dict, pos: usize, part: DictPart) -> Option<Value> {
    let (k, v) = dict.get_index(pos)?;
    Some(match part {
        DictPart::Keys => k.value().clone(),
        DictPart::Values => v.clone(),
        DictPart::Items => Value::tuple(vec![k.value().clone(), v.clone()]),
    })
}

const SET_METHODS: &[&str] = &[
    "__and__",
    "__or__",
    "__sub__",
    "__xor__",
    "__rand__",
    "__ror__",
    "__rsub__",
    "__rxor__",
    "__eq__",
    "__ne__",
    "isdisjoint",
];

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
                let found = self.dict.borrow().contains_key(&DictKey::new(x.clone())?);
                super::userhash::take_error()?;
                Ok(found)
            }
            DictPart::Items => {
                let Value::Tuple(t) = x else { return Ok(false) };
                let [k, v] = &t[..] else { return Ok(false) };
                let found = self.dict.borrow().get(&DictKey::new(k.clone())?).cloned();
                super::userhash::take_error()?;
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

impl DictView {
    fn call(&self, vm: &Vm, me: &Value, name: &str, args: Args) -> PyResult {
        let arg = args.positional.first().cloned();
        let op = |op: BinOp, swap: bool| -> PyResult {
            let Some(other) = &arg else {
                return Err(PyErr::type_error("expected 1 argument, got 0"));
            };
            let (mine, theirs) = (to_set(vm, me)?, to_set(vm, other)?);
            if swap {
                vm.binary_op(op, &theirs, &mine)
            } else {
                vm.binary_op(op, &mine, &theirs)
            }
        };
        match name {
            "__iter__" => {
                let used = self.dict.borrow().len();
                Ok(Value::Iterator(Rc::new(RefCell::new(Iter::DictKeys {
                    dict: self.dict.clone(),
                    pos: 0,
                    used,
                    part: self.part,
                }))))
            }
            "__len__" => Ok(Value::Int(self.dict.borrow().len() as i64)),
            "__contains__" => match &arg {
                Some(x) => self.contains(vm, x).map(Value::Bool),
                None => Err(PyErr::type_error("expected 1 argument, got 0")),
            },
            "__reversed__" => {
                let items = self.entries();
                let index = items.len();
                Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Reversed {
                    seq: Value::tuple(items),
                    index,
                }))))
            }
            "__repr__" => {
                let mut parts = Vec::new();
                for v in self.entries() {
                    parts.push(vm.repr(&v)?);
                }
                Ok(Value::str(&format!(
                    "{}([{}])",
                    self.type_ref().name(),
                    parts.join(", ")
                )))
            }
            "__and__" => op(BinOp::BitAnd, false),
            "__or__" => op(BinOp::BitOr, false),
            "__sub__" => op(BinOp::Sub, false),
            "__xor__" => op(BinOp::BitXor, false),
            "__rand__" => op(BinOp::BitAnd, true),
            "__ror__" => op(BinOp::BitOr, true),
            "__rsub__" => op(BinOp::Sub, true),
            "__rxor__" => op(BinOp::BitXor, true),
            "__eq__" | "__ne__" => match &arg {
                Some(other) if is_setlike(other) => {
                    let equal = vm.equal(&to_set(vm, me)?, &to_set(vm, other)?)?;
                    Ok(Value::Bool(equal == (name == "__eq__")))
                }
                _ => Ok(Value::NotImplemented),
            },
            "isdisjoint" => match &arg {
                Some(other) => {
                    for x in vm.collect(other)? {
                        if self.contains(vm, &x)? {
                            return Ok(Value::Bool(false));
                        }
                    }
                    Ok(Value::Bool(true))
                }
                None => Err(PyErr::type_error(
                    "dict_keys.isdisjoint() takes exactly one argument (0 given)",
                )),
            },
            _ => Err(PyErr::attribute_error(me, name)),
        }
    }
}

impl NativeObject for DictView {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(match self.part {
            DictPart::Keys => &types::DICT_KEYS,
            DictPart::Values => &types::DICT_VALUES,
            DictPart::Items => &types::DICT_ITEMS,
        })
    }

    fn has_method(&self, name: &str) -> bool {
        matches!(
            name,
            "__iter__" | "__len__" | "__contains__" | "__repr__" | "__reversed__"
        ) || (self.is_setlike() && SET_METHODS.contains(&name))
    }

    fn call_method(&self, vm: &Vm, me: &Value, name: &str, args: Args) -> Option<PyResult> {
        self.has_method(name).then(|| self.call(vm, me, name, args))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
