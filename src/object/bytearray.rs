//! `bytearray`: its table, and the methods that change it in place
//! (`Objects/bytearrayobject.c`). The methods it shares with `bytes` are
//! in `bytes_methods`.
//!
//! While a memoryview of the array is alive, the array's length cannot
//! change (`bytearray_resize` refuses with BufferError); every method here
//! that resizes asks `bytes::check_resize` first, after checking its
//! arguments, as CPython does.

use std::cell::RefCell;
use std::rc::Rc;

use super::bytes::{self, byte_value, check_resize, is_iterable_error, new_bytearray};
use super::methods::{parse_args, Sig};
use super::slots::{self, plain};
use super::types::{Member, TypeSpec, BYTEARRAY};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "A mutable sequence of bytes (integers in range(0, 256)).\n\n\
          bytearray() is empty; bytearray(n) holds n zero bytes; bytearray(iterable), \
          bytearray(bytes_like) and bytearray(text, encoding) copy their source.",
    members: &[
        bytes::SHARED_METHODS,
        OWN_METHODS,
        slots::RICH_COMPARE,
        slots::MUTABLE,
        slots::SIZED_ITERABLE,
        &[
            Member::static_method(
                "maketrans",
                super::bytes_methods::bytearray_maketrans,
                "The 256-byte translation table mapping each byte of frm to the byte of to at the same place.",
            ),
            slot!("__str__" slots::str),
            slot!("__add__" super::bytes_methods::concat_slot),
            slot!("__mul__" super::bytes_methods::repeat_slot),
            slot!("__rmul__" super::bytes_methods::repeat_slot),
            slot!("__mod__" super::bytes_methods::mod_slot),
            slot!("__rmod__" super::bytes_methods::rmod_slot),
            slot!(inplace "__iadd__" Add),
            slot!("__imul__" super::bytes_methods::irepeat_slot),
            slot!("__getitem__" slots::getitem),
            slot!("__setitem__" slots::setitem),
            slot!("__delitem__" slots::delitem),
            slot!(new BYTEARRAY),
        ],
    ],
};

const OWN_METHODS: &[Member] = &[
    Member::method("append", append, "Add one byte at the end."),
    Member::method(
        "extend",
        extend,
        "Add the bytes of a bytes-like object or of an iterable of ints at the end.",
    ),
    Member::method(
        "pop",
        pop,
        "Remove and return the byte at the index (the last by default).",
    ),
    Member::method("clear", clear, "Remove every byte."),
    Member::method("copy", copy, "A copy of the bytearray."),
    Member::method("insert", insert, "Insert a byte before the given index."),
    Member::method(
        "remove",
        remove,
        "Remove the first occurrence of a byte value; ValueError if there is none.",
    ),
    Member::method("reverse", reverse, "Reverse the bytes in place."),
    Member::method(
        "__alloc__",
        alloc,
        "How many bytes the array has room for, its final NUL included.",
    ),
];

/// The byte vector of a bytearray (the receiver, or a subclass's payload).
fn array(receiver: &Value) -> &Rc<RefCell<Vec<u8>>> {
    match plain(receiver) {
        Value::ByteArray(a) => a,
        _ => unreachable!("a bytearray method is only called on a bytearray"),
    }
}

fn append(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let arr = array(receiver);
    let mut a = parse_args("bytearray", "append", Sig::One, args)?.into_iter();
    let b = byte_value(&a.next().flatten().expect("required"), "byte")?;
    let len = arr.borrow().len();
    check_resize(arr, len + 1)?;
    arr.borrow_mut().push(b);
    Ok(Value::None)
}

fn extend(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let arr = array(receiver);
    let mut a = parse_args("bytearray", "extend", Sig::One, args)?.into_iter();
    let src = a.next().flatten().expect("required");
    let data = match bytes::bytes_like(&src) {
        Some(b) => b?,
        None => {
            let items = super::iter::collect(&src).map_err(|e| {
                if is_iterable_error(&e) {
                    PyErr::type_error(format!("can't extend bytearray with {}", src.type_name()))
                } else {
                    e
                }
            })?;
            items
                .iter()
                .map(|v| byte_value(v, "byte"))
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    let len = arr.borrow().len();
    check_resize(arr, len + data.len())?;
    arr.borrow_mut().extend(data);
    Ok(Value::None)
}

fn pop(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let arr = array(receiver);
    let mut a = parse_args("bytearray", "pop", Sig::Range(0, 1), args)?.into_iter();
    let len = arr.borrow().len();
    if len == 0 {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let i = match a.next().flatten() {
        None => -1,
        Some(v) => super::ops::index_arg(&v)?,
    };
    let adjusted = if i < 0 { i + len as i64 } else { i };
    if adjusted < 0 || adjusted >= len as i64 {
        return Err(PyErr::index_error("pop index out of range"));
    }
    check_resize(arr, len - 1)?;
    Ok(Value::Int(arr.borrow_mut().remove(adjusted as usize) as i64))
}

fn clear(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let arr = array(receiver);
    parse_args("bytearray", "clear", Sig::NoArgs, args)?;
    check_resize(arr, 0)?;
    arr.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    parse_args("bytearray", "copy", Sig::NoArgs, args)?;
    Ok(new_bytearray(array(receiver).borrow().clone()))
}

fn reverse(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    parse_args("bytearray", "reverse", Sig::NoArgs, args)?;
    array(receiver).borrow_mut().reverse();
    Ok(Value::None)
}

fn insert(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let arr = array(receiver);
    let mut a = parse_args("bytearray", "insert", Sig::Range(2, 2), args)?.into_iter();
    let i = super::ops::index_arg(&a.next().flatten().expect("required"))?;
    let b = byte_value(&a.next().flatten().expect("required"), "byte")?;
    let n = arr.borrow().len();
    check_resize(arr, n + 1)?;
    let mut arr = arr.borrow_mut();
    let n = n as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    arr.insert(at as usize, b);
    Ok(Value::None)
}

fn remove(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    let arr = array(receiver);
    let mut a = parse_args("bytearray", "remove", Sig::One, args)?.into_iter();
    let b = byte_value(&a.next().flatten().expect("required"), "byte")?;
    let found = arr.borrow().iter().position(|&c| c == b);
    match found {
        Some(i) => {
            let len = arr.borrow().len();
            check_resize(arr, len - 1)?;
            arr.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

/// `__alloc__`: CPython's allocation holds the bytes and a NUL after them;
/// an empty array has none.
fn alloc(_vm: &Vm, receiver: &Value, args: Args) -> PyResult {
    parse_args("bytearray", "__alloc__", Sig::NoArgs, args)?;
    let len = array(receiver).borrow().len();
    Ok(Value::Int(if len == 0 { 0 } else { len as i64 + 1 }))
}
