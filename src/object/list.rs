//! `list`: the mutable sequence (`Objects/listobject.c`).
//!
//! The items live in one `RefCell<Vec<Value>>` shared by every alias of
//! the list. A method never holds that borrow across a call back into
//! Python (`__eq__`, a sort key), so a callback that changes the list
//! meets a consistent list and the method detects the change where
//! CPython does.

use std::cell::RefCell;
use std::rc::Rc;

use super::methods::{as_index, first, first_or_none, parse_args, Sig};
use super::slots::{self, plain};
use super::types::{Member, TypeSpec, LIST};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;
use crate::syntax::ast::CmpOp;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "A mutable sequence of items.\n\nlist() is empty; list(iterable) holds the iterable's items in order.",
    members: &[
        METHODS,
        slots::RICH_COMPARE,
        slots::GENERIC,
        slots::MUTABLE,
        slots::SIZED_ITERABLE,
        &[
            slot!(binary "__add__" Add),
            slot!(binary "__mul__" Mult),
            slot!(binary "__rmul__" Mult reflected),
            slot!(inplace "__iadd__" Add),
            slot!(inplace "__imul__" Mult),
            slot!("__getitem__" slots::getitem),
            slot!("__setitem__" slots::setitem),
            slot!("__delitem__" slots::delitem),
            slot!("__reversed__" slots::reversed),
            slot!(new LIST),
        ],
    ],
};

const METHODS: &[Member] = &[
    Member::method("append", append, "Add one item at the end."),
    Member::method(
        "extend",
        extend,
        "Add every item of an iterable at the end.",
    ),
    Member::method("insert", insert, "Insert an item before the given index."),
    Member::method(
        "remove",
        remove,
        "Remove the first item equal to the argument; ValueError if there is none.",
    ),
    Member::method(
        "pop",
        pop,
        "Remove and return the item at the index (the last by default).",
    ),
    Member::method(
        "index",
        index,
        "The index of the first item equal to the argument, within start and stop.",
    ),
    Member::method("count", count, "How many items equal the argument."),
    Member::method("reverse", reverse, "Reverse the items in place."),
    Member::method(
        "sort",
        sort,
        "Sort the items in place, stably, by `<` on the items or on key(item).",
    ),
    Member::method("copy", copy, "A shallow copy of the list."),
    Member::method("clear", clear, "Remove every item."),
];

/// The item vector of a list, or of the payload of a subclass instance.
fn items(list: &Value) -> &Rc<RefCell<Vec<Value>>> {
    match plain(list) {
        Value::List(l) => l,
        _ => unreachable!("a list method is only called on a list"),
    }
}

fn append(_vm: &Vm, list: &Value, args: Args) -> PyResult {
    let item = first(parse_args("list", "append", Sig::One, args)?);
    items(list).borrow_mut().push(item);
    Ok(Value::None)
}

fn extend(vm: &Vm, list: &Value, args: Args) -> PyResult {
    let source = first(parse_args("list", "extend", Sig::One, args)?);
    let new: Vec<Value> = vm.iterate(&source)?;
    items(list).borrow_mut().extend(new);
    Ok(Value::None)
}

fn insert(_vm: &Vm, list: &Value, args: Args) -> PyResult {
    let mut a = parse_args("list", "insert", Sig::Range(2, 2), args)?
        .into_iter()
        .flatten();
    let (index, item) = (a.next().expect("index"), a.next().expect("item"));
    let index = as_index(&index)?;
    let mut items = items(list).borrow_mut();
    let len = items.len() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    items.insert(at as usize, item);
    Ok(Value::None)
}

fn remove(vm: &Vm, list: &Value, args: Args) -> PyResult {
    let item = first(parse_args("list", "remove", Sig::One, args)?);
    // The list is read afresh at each step (`list_remove`): a user
    // `__eq__` may change it meanwhile.
    let l = items(list);
    let mut i = 0;
    loop {
        // Its own statement: the borrow ends before `__eq__` runs.
        let Some(x) = l.borrow().get(i).cloned() else {
            break;
        };
        if x.is(&item) || vm.equal(&x, &item)? {
            if i < l.borrow().len() {
                drop(l.borrow_mut().remove(i));
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn pop(_vm: &Vm, list: &Value, args: Args) -> PyResult {
    let index = first_or_none(parse_args("list", "pop", Sig::Range(0, 1), args)?);
    let index = index.as_ref().map(as_index).transpose()?.unwrap_or(-1);
    let mut items = items(list).borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let len = items.len() as i64;
    let at = if index < 0 { index + len } else { index };
    if !(0..len).contains(&at) {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

/// `list.index(x[, start[, end]])`. An `__eq__` may change the list: each
/// step reads the list as it is now, as `list_index_impl` does.
fn index(vm: &Vm, list: &Value, args: Args) -> PyResult {
    use super::methods::{adjust_indices, slice_bound};
    let a = parse_args("list", "index", Sig::Range(1, 3), args)?;
    let item = a[0].clone().expect("required");
    let (start, end) = (slice_bound(&a[1], false)?, slice_bound(&a[2], false)?);
    let l = items(list);
    let (mut i, end) = adjust_indices(l.borrow().len(), start, end);
    while i < end {
        let Some(x) = l.borrow().get(i).cloned() else {
            break;
        };
        if x.is(&item) || vm.equal(&x, &item)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    Err(PyErr::value_error(format!(
        "{} is not in list",
        vm.repr(&item)?
    )))
}

/// `list.count(x)`, reading the list as it is at each step (see `index`).
fn count(vm: &Vm, list: &Value, args: Args) -> PyResult {
    let item = first(parse_args("list", "count", Sig::One, args)?);
    let l = items(list);
    let (mut i, mut n) = (0, 0);
    loop {
        let Some(x) = l.borrow().get(i).cloned() else {
            break;
        };
        if x.is(&item) || vm.equal(&x, &item)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &Vm, list: &Value, args: Args) -> PyResult {
    parse_args("list", "reverse", Sig::NoArgs, args)?;
    items(list).borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_vm: &Vm, list: &Value, args: Args) -> PyResult {
    parse_args("list", "copy", Sig::NoArgs, args)?;
    Ok(Value::list(items(list).borrow().clone()))
}

fn clear(_vm: &Vm, list: &Value, args: Args) -> PyResult {
    parse_args("list", "clear", Sig::NoArgs, args)?;
    // Drop the items after releasing the borrow: their `__del__`-like
    // effects must not meet a borrowed list.
    let old = std::mem::take(&mut *items(list).borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`: a stable merge sort using only
/// `<`, as CPython's. The list is empty while it sorts, so a key function
/// that changes it is detected.
fn sort(vm: &Vm, list: &Value, args: Args) -> PyResult {
    let l = items(list);
    let a = parse_args("list", "sort", Sig::KeywordOnly(&["key", "reverse"]), args)?;
    let key = a[0].clone().filter(|k| !k.is_none());
    let reverse = a[1].as_ref().map(as_index).transpose()?.unwrap_or(0) != 0;
    let mut taken = std::mem::take(&mut *l.borrow_mut());
    let sorted = sort_values(vm, &mut taken, key.as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = taken;
    sorted?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// Sorts `items` in place with `<` only, stably, as `list.sort` does; on
/// error they are left in their original order.
pub fn sort_values(
    vm: &Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys = match key {
        Some(f) => items
            .iter()
            .map(|x| vm.call(f, Args::positional(vec![x.clone()])))
            .collect::<PyResult<Vec<Value>>>()?,
        None => items.clone(),
    };
    // Reversing before and after keeps equal elements in their original order.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let mut buffer = order.clone();
    merge_sort(vm, &mut order, &mut buffer, &keys)?;
    if reverse {
        order.reverse();
    }
    let old = std::mem::take(items);
    *items = order.into_iter().map(|i| old[i].clone()).collect();
    Ok(())
}

fn merge_sort(vm: &Vm, order: &mut [usize], buffer: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let less = |a: usize, b: usize| vm.compare(CmpOp::Lt, &keys[a], &keys[b]);
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(vm, &mut order[..mid], &mut buffer[..mid], keys)?;
    merge_sort(vm, &mut order[mid..], &mut buffer[mid..], keys)?;
    if !less(order[mid], order[mid - 1])? {
        return Ok(()); // already in order
    }
    buffer[..n].copy_from_slice(order);
    let (mut i, mut j) = (0, mid);
    for slot in order.iter_mut() {
        // Take from the right run only if strictly smaller: stability.
        let take_right = j < n && (i >= mid || less(buffer[j], buffer[i])?);
        if take_right {
            *slot = buffer[j];
            j += 1;
        } else {
            *slot = buffer[i];
            i += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_is_stable_and_reports_type_errors() {
        use crate::interp::Output;
        let quiet = || Output::new(Box::new(std::io::sink()), false, false);
        let vm = Vm::new(quiet(), quiet());
        let i = Value::Int;
        let keys = vec![i(3), i(1), i(2), i(1), i(3)];
        let mut order: Vec<usize> = (0..5).collect();
        let mut buffer = order.clone();
        assert!(merge_sort(&vm, &mut order, &mut buffer, &keys).is_ok());
        assert_eq!(order, [1, 3, 2, 0, 4]);
        let keys = vec![i(1), Value::str("a")];
        let mut order = vec![0, 1];
        let mut buffer = order.clone();
        let err = merge_sort(&vm, &mut order, &mut buffer, &keys).expect_err("a TypeError");
        assert_eq!(
            err.exc.message(),
            "'<' not supported between instances of 'str' and 'int'"
        );
    }
}
