//! The `dict` type's table: its methods and slot wrappers
//! (`Objects/dictobject.c`). The storage and key semantics are in
//! `dict.rs`; the views `keys()`, `values()` and `items()` return are in
//! `dictview.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::{self, DictKey};
use super::dictview::{new_view, DictPart};
use super::methods::{arity_message, parse_args, Sig};
use super::slots::{self, one_arg, plain};
use super::types::{self, Member, TypeRef, TypeSpec, DICT};
use super::{Args, Dict, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "A mapping from hashable keys to values, in insertion order.\n\ndict() is empty; dict(mapping) and dict(iterable of pairs) copy their pairs; keyword arguments add more.",
    members: &[
        METHODS,
        slots::RICH_COMPARE,
        slots::GENERIC,
        slots::MUTABLE,
        slots::SIZED_ITERABLE,
        &[
            slot!("__getitem__" slots::getitem),
            slot!("__setitem__" slots::setitem),
            slot!("__delitem__" slots::delitem),
            slot!("__reversed__" slots::reversed),
            slot!(binary "__or__" BitOr),
            slot!(binary "__ror__" BitOr reflected),
            slot!("__ior__" ior),
            slot!(new DICT),
        ],
    ],
};

const METHODS: &[Member] = &[
    Member::method(
        "get",
        get,
        "The value for the key if it is present, else the default (None).",
    ),
    Member::method(
        "setdefault",
        setdefault,
        "The value for the key, first inserting the default (None) if the key is absent.",
    ),
    Member::method(
        "pop",
        pop,
        "Remove the key and return its value; the default if it is absent, else KeyError.",
    ),
    Member::method(
        "popitem",
        popitem,
        "Remove and return the last inserted (key, value) pair.",
    ),
    Member::method("keys", keys, "A live, set-like view of the keys."),
    Member::method("values", values, "A live view of the values."),
    Member::method(
        "items",
        items,
        "A live, set-like view of the (key, value) pairs.",
    ),
    Member::method(
        "update",
        update,
        "Add the pairs of a mapping or an iterable of pairs, then the keyword arguments.",
    ),
    Member::method("copy", copy, "A shallow copy of the dict."),
    Member::method("clear", clear, "Remove every item."),
    Member::class_method(
        "fromkeys",
        fromkeys,
        "A new dict of the class with the iterable's items as keys, all mapped to the value.",
    ),
];

/// The storage of a dict, or of the payload of a subclass instance.
fn storage(dict: &Value) -> &Rc<RefCell<Dict>> {
    match plain(dict) {
        Value::Dict(d) => d,
        _ => unreachable!("a dict method is only called on a dict"),
    }
}

/// The `key[, default]` arguments of `get`, `setdefault` and `pop`: the
/// key, its hash, and the default if one was given.
fn key_and_default(name: &str, args: Args) -> PyResult<(Value, DictKey, Option<Value>)> {
    let mut a = parse_args("dict", name, Sig::Range(1, 2), args)?.into_iter();
    let key = a.next().flatten().expect("required");
    let default = a.next().flatten();
    let k = DictKey::new(key.clone())?;
    Ok((key, k, default))
}

fn get(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    let (_, k, default) = key_and_default("get", args)?;
    let found = dict::get(storage(d), &k)?;
    Ok(found.or(default).unwrap_or(Value::None))
}

fn setdefault(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    let (_, k, default) = key_and_default("setdefault", args)?;
    dict::set_default(storage(d), k, default.unwrap_or(Value::None))
}

fn pop(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    let (key, k, default) = key_and_default("pop", args)?;
    match (dict::remove(storage(d), &k)?, default) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(PyErr::with_args(&types::KEY_ERROR, vec![key])),
    }
}

fn popitem(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    parse_args("dict", "popitem", Sig::NoArgs, args)?;
    let d = storage(d);
    let last = d.borrow_mut().pop();
    super::function::dict_changed(d);
    let (k, v) = last.ok_or_else(|| {
        PyErr::with_args(
            &types::KEY_ERROR,
            vec![Value::str("popitem(): dictionary is empty")],
        )
    })?;
    Ok(Value::tuple(vec![k.into_value(), v]))
}

fn keys(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    parse_args("dict", "keys", Sig::NoArgs, args)?;
    Ok(new_view(storage(d), DictPart::Keys))
}

fn values(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    parse_args("dict", "values", Sig::NoArgs, args)?;
    Ok(new_view(storage(d), DictPart::Values))
}

fn items(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    parse_args("dict", "items", Sig::NoArgs, args)?;
    Ok(new_view(storage(d), DictPart::Items))
}

fn update(vm: &Vm, d: &Value, args: Args) -> PyResult {
    dict_update(vm, d, args).map(|()| Value::None)
}

fn copy(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    parse_args("dict", "copy", Sig::NoArgs, args)?;
    let copied = storage(d).borrow().clone();
    Ok(Value::Dict(Rc::new(RefCell::new(copied))))
}

fn clear(_vm: &Vm, d: &Value, args: Args) -> PyResult {
    parse_args("dict", "clear", Sig::NoArgs, args)?;
    let d = storage(d);
    let old = std::mem::take(&mut *d.borrow_mut());
    super::function::dict_changed(d);
    // The old items' finalisers run after the borrow is released.
    drop(old);
    Ok(Value::None)
}

/// `cls.fromkeys(iterable, value=None)`: for `dict` itself a new dict;
/// for a subclass an instance made by calling the class, filled through
/// its `__setitem__` (`_PyDict_FromKeys`).
fn fromkeys(vm: &Vm, cls: &TypeRef, args: Args) -> PyResult {
    let mut a = parse_args("dict", "fromkeys", Sig::Range(1, 2), args)?.into_iter();
    let keys = a.next().flatten().expect("required");
    let value = a.next().flatten().unwrap_or(Value::None);
    if matches!(cls, TypeRef::Builtin(t) if std::ptr::eq(*t, &DICT)) {
        let mut out = Dict::default();
        for key in vm.iterate(&keys)? {
            out.insert(DictKey::new(key)?, value.clone());
            super::userhash::take_error()?;
        }
        return Ok(Value::Dict(Rc::new(RefCell::new(out))));
    }
    let made = vm.call(&Value::Type(cls.clone()), Args::default())?;
    for key in vm.iterate(&keys)? {
        vm.set_item(&made, &key, value.clone())?;
    }
    Ok(made)
}

/// `d |= other`: `d.update(other)` for any mapping or iterable of pairs;
/// answers the object itself (`dict_ior`).
fn ior(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let other = one_arg(args)?;
    dict_update(vm, plain(obj), Args::positional(vec![other]))?;
    Ok(obj.clone())
}

/// `dict.update([other], **kwargs)`: `other` is a dict, a mapping (it has
/// `keys`), or an iterable of pairs.
pub fn dict_update(vm: &Vm, dict: &Value, args: Args) -> PyResult<()> {
    let d = storage(dict);
    let Args {
        positional,
        keywords,
    } = args;
    if positional.len() > 1 {
        return Err(PyErr::type_error(arity_message(
            "dict",
            "update",
            Sig::Range(0, 1),
            positional.len(),
        )));
    }
    // Pairs go in as they come: an error part-way keeps the earlier ones, as in CPython.
    let insert = |k: Value, v: Value| -> PyResult<()> {
        let key = DictKey::new(k)?;
        dict::set_item(d, key, v)
    };
    match positional.into_iter().next() {
        None => {}
        Some(Value::Dict(other)) => {
            let pairs: Vec<(Value, Value)> = other
                .borrow()
                .iter()
                .map(|(k, v)| (k.value().clone(), v.clone()))
                .collect();
            for (k, v) in pairs {
                insert(k, v)?;
            }
        }
        // A mapping that is not a dict (it has `keys`, `PyDict_Merge`'s
        // test): its keys, each looked up.
        Some(other @ (Value::Instance(_) | Value::Object(_)))
            if vm.special_method(&other, "keys").is_some() =>
        {
            let keys = vm.call_method(&other, "keys", Args::default())?;
            for k in vm.iterate(&keys)? {
                let v = vm.get_item(&other, &k)?;
                insert(k, v)?;
            }
        }
        Some(other) => {
            let elements: Vec<Value> = vm.iterate(&other)?;
            for (i, element) in elements.into_iter().enumerate() {
                let pair: Vec<Value> = vm.iterate(&element).map_err(|e| {
                    if e.is_instance(&types::TYPE_ERROR) {
                        PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    } else {
                        e
                    }
                })?;
                let [k, v]: [Value; 2] = pair.try_into().map_err(|p: Vec<Value>| {
                    PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        p.len()
                    ))
                })?;
                insert(k, v)?;
            }
        }
    }
    for (k, v) in keywords {
        insert(Value::Str(k), v)?;
    }
    Ok(())
}
