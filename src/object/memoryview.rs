//! `memoryview` (`Objects/memoryobject.c`) over the memory of a `bytes` or
//! a `bytearray`: one-dimensional, one byte per item, read as unsigned
//! bytes (format 'B') or, after `cast('c')`, as one-byte `bytes`.
//!
//! A view is a window on the exporter's memory (a first byte, a step and a
//! length), so slicing a view makes another view of the same memory and
//! writing through a view of a bytearray changes the array. While a view
//! of a bytearray is alive and not released, the array is exported: its
//! length cannot change (`bytes::check_resize` asks `is_exported`).
//! Casts to formats other than 'B' and 'c', and shapes of more than one
//! dimension, raise NotImplementedError.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::bytes_methods::hex_method;
use super::methods::{parse_args, Sig};
use super::native::NativeObject;
use super::slots::{self, plain};
use super::subscript::{slice_indices, SliceArgs};
use super::types::{self, Member, TypeRef, TypeSpec, MEMORYVIEW, MEMORY_ITERATOR};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "A view of the memory of a bytes-like object, without copying it.\n\n\
          Slices of a view are views of the same memory; a view of a bytearray \
          writes through to it.",
    members: &[
        METHODS,
        GETTERS,
        &[
            slot!("__len__" len),
            slot!("__getitem__" getitem),
            slot!("__setitem__" setitem),
            slot!("__delitem__" delitem),
            slot!("__iter__" iter),
            slot!("__eq__" eq),
            slot!("__ne__" ne),
            slot!("__lt__" unordered),
            slot!("__le__" unordered),
            slot!("__gt__" unordered),
            slot!("__ge__" unordered),
            slot!("__hash__" hash_slot),
            slot!("__repr__" repr_slot),
            slot!(new MEMORYVIEW),
        ],
    ],
};

const METHODS: &[Member] = &[
    Member::method(
        "tobytes",
        tobytes,
        "The bytes the view shows, as a bytes object.",
    ),
    Member::method("tolist", tolist, "The items the view shows, as a list."),
    Member::method(
        "hex",
        hex,
        "Two hexadecimal digits per byte, optionally grouped with a separator.",
    ),
    Member::method(
        "release",
        release,
        "Give the memory back to its object; the view can no longer be used.",
    ),
    Member::method(
        "toreadonly",
        toreadonly,
        "A read-only view of the same memory.",
    ),
    Member::method(
        "cast",
        cast,
        "A view of the same memory with another format ('B' or 'c').",
    ),
    Member::method("__enter__", enter, "The view itself."),
    Member::method("__exit__", exit, "Release the view."),
];

const GETTERS: &[Member] = &[
    Member::getter("obj", obj, "The object whose memory this is."),
    Member::getter("nbytes", nbytes, "How many bytes the view shows."),
    Member::getter(
        "readonly",
        readonly,
        "Whether the memory cannot be written through the view.",
    ),
    Member::getter("format", format, "The struct format of one item."),
    Member::getter("itemsize", itemsize, "The size of one item in bytes."),
    Member::getter("ndim", ndim, "How many dimensions the view has."),
    Member::getter("shape", shape, "The number of items in each dimension."),
    Member::getter(
        "strides",
        strides,
        "The bytes between items in each dimension.",
    ),
    Member::getter(
        "suboffsets",
        suboffsets,
        "Always empty: no indirect arrays.",
    ),
    Member::getter(
        "c_contiguous",
        contiguous,
        "Whether the items are adjacent in memory, in order.",
    ),
    Member::getter(
        "f_contiguous",
        contiguous,
        "Whether the items are adjacent in memory, in order.",
    ),
    Member::getter(
        "contiguous",
        contiguous,
        "Whether the items are adjacent in memory, in order.",
    ),
];

/// The memory a view shows part of.
#[derive(Clone)]
enum Memory {
    Bytes(Rc<[u8]>),
    Array(Rc<RefCell<Vec<u8>>>),
}

/// How an item is read: an int (`'B'`) or a one-byte bytes (`'c'`), and
/// whether the format was spelt with the native-mode prefix `'@'`, which
/// `view.format` keeps.
#[derive(Clone, Copy)]
enum Format {
    Unsigned { native: bool },
    Char { native: bool },
}

impl Format {
    const BYTE: Format = Format::Unsigned { native: false };

    fn code(self) -> &'static str {
        match self {
            Format::Unsigned { native: false } => "B",
            Format::Unsigned { native: true } => "@B",
            Format::Char { native: false } => "c",
            Format::Char { native: true } => "@c",
        }
    }

    /// Whether items of the two formats are the same kind of value.
    fn same_items(self, other: Format) -> bool {
        matches!(
            (self, other),
            (Format::Unsigned { .. }, Format::Unsigned { .. })
                | (Format::Char { .. }, Format::Char { .. })
        )
    }
}

pub struct MemoryView {
    /// `view.obj`: the exporter, as the script gave it.
    obj: Value,
    memory: Memory,
    /// Where item 0 is, and how far apart the items are, in bytes.
    start: i64,
    step: i64,
    len: usize,
    readonly: bool,
    format: Format,
    released: Cell<bool>,
}

thread_local! {
    /// How many live views each bytearray has, by address (a view holds
    /// its array, so the address stays the array's while it counts).
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

fn array_key(arr: &Rc<RefCell<Vec<u8>>>) -> usize {
    Rc::as_ptr(arr) as *const u8 as usize
}

/// Whether a live view of the bytearray exists.
pub fn is_exported(arr: &Rc<RefCell<Vec<u8>>>) -> bool {
    EXPORTS.with(|e| e.borrow().get(&array_key(arr)).is_some_and(|n| *n > 0))
}

fn released_error() -> Box<PyErr> {
    PyErr::value_error("operation forbidden on released memoryview object")
}

fn read_only_error() -> Box<PyErr> {
    PyErr::type_error("cannot modify read-only memory")
}

impl MemoryView {
    fn make(
        obj: Value,
        memory: Memory,
        (start, step, len): (i64, i64, usize),
        readonly: bool,
        format: Format,
    ) -> Value {
        if let Memory::Array(a) = &memory {
            EXPORTS.with(|e| *e.borrow_mut().entry(array_key(a)).or_insert(0) += 1);
        }
        Value::Object(Rc::new(MemoryView {
            obj,
            memory,
            start,
            step,
            len,
            readonly,
            format,
            released: Cell::new(false),
        }))
    }

    /// Another view of the same memory.
    fn derive(&self, window: (i64, i64, usize), readonly: bool, format: Format) -> Value {
        MemoryView::make(
            self.obj.clone(),
            self.memory.clone(),
            window,
            readonly,
            format,
        )
    }

    fn release(&self) {
        if self.released.replace(true) {
            return;
        }
        if let Memory::Array(a) = &self.memory {
            // At thread exit the table may be gone already; nothing counts then.
            let _ = EXPORTS.try_with(|e| {
                let mut e = e.borrow_mut();
                let key = array_key(a);
                if let Some(n) = e.get_mut(&key) {
                    *n -= 1;
                    if *n == 0 {
                        e.remove(&key);
                    }
                }
            });
        }
    }

    fn check(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(released_error());
        }
        Ok(())
    }

    /// Where item `i` is in the memory.
    fn offset(&self, i: usize) -> usize {
        (self.start + i as i64 * self.step) as usize
    }

    /// Reads the memory. An exported array cannot change its length, so
    /// every offset of a live view is inside it; a view that finds
    /// otherwise says so rather than read past the end.
    fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
        self.check()?;
        let fits = |data: &[u8]| {
            self.len == 0 || self.offset(0).max(self.offset(self.len - 1)) < data.len()
        };
        match &self.memory {
            Memory::Bytes(b) => Ok(f(b)),
            Memory::Array(a) => {
                let data = a.borrow();
                if !fits(&data) {
                    return Err(PyErr::new(
                        &types::BUFFER_ERROR,
                        "memoryview: the exporting object was resized",
                    ));
                }
                Ok(f(&data))
            }
        }
    }

    /// The bytes the view shows, in order.
    fn bytes(&self) -> PyResult<Vec<u8>> {
        self.read(|data| (0..self.len).map(|i| data[self.offset(i)]).collect())
    }

    fn item(&self, byte: u8) -> Value {
        match self.format {
            Format::Unsigned { .. } => Value::Int(byte as i64),
            Format::Char { .. } => Value::Bytes(Rc::from(vec![byte])),
        }
    }

    /// Writes `data` at items `start, start + step, ...` of the view.
    fn write(&self, start: i64, step: i64, data: &[u8]) -> PyResult<()> {
        self.check()?;
        let Memory::Array(a) = &self.memory else {
            return Err(read_only_error());
        };
        let mut memory = a.borrow_mut();
        for (k, byte) in data.iter().enumerate() {
            let at = self.offset((start + k as i64 * step) as usize);
            match memory.get_mut(at) {
                Some(slot) => *slot = *byte,
                None => {
                    return Err(PyErr::new(
                        &types::BUFFER_ERROR,
                        "memoryview: the exporting object was resized",
                    ))
                }
            }
        }
        Ok(())
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

impl NativeObject for MemoryView {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&MEMORYVIEW)
    }

    fn repr(&self, me: &Value) -> String {
        let released = if self.released.get() { "released " } else { "" };
        format!("<{released}memory at {:#x}>", me.address())
    }

    fn has_method(&self, name: &str) -> bool {
        MEMORYVIEW.own_member(name).is_some()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The view a member of the table is called on.
fn view(v: &Value) -> &MemoryView {
    match plain(v) {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<MemoryView>()
            .expect("a memoryview member is only called on a memoryview"),
        _ => unreachable!("a memoryview member is only called on a memoryview"),
    }
}

fn as_view(v: &Value) -> Option<&MemoryView> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

/// The bytes a memoryview shows, for the functions that accept any
/// bytes-like object (`bytes(view)`, `b''.join`); `None` if `v` is not a
/// memoryview.
pub fn view_bytes(v: &Value) -> Option<PyResult<Vec<u8>>> {
    as_view(v).map(MemoryView::bytes)
}

/// `hash(view)` if `v` is a memoryview: only a read-only view hashes, as
/// the bytes it shows do.
pub fn hash(v: &Value) -> Option<PyResult<i64>> {
    let view = as_view(v)?;
    Some(view.check().and_then(|_| {
        if !view.readonly {
            return Err(PyErr::value_error("cannot hash writable memoryview object"));
        }
        // The exporter must be hashable too: a read-only view of a
        // bytearray is not.
        super::set::hash_of(&view.obj)?;
        view.bytes().map(|data| super::bytes::hash(&data))
    }))
}

/// `memoryview(object)`.
pub fn construct(_vm: &Vm, args: Args) -> PyResult {
    // Argument Clinic looks for the required argument before it looks at
    // unexpected keywords.
    let named = args.keywords.iter().any(|(k, _)| &**k == "object");
    if args.positional.is_empty() && !named {
        return Err(PyErr::type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    }
    let mut a =
        parse_args("memoryview", "memoryview", Sig::Keywords(&["object"]), args)?.into_iter();
    let Some(object) = a.next().flatten() else {
        return Err(PyErr::type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    };
    if let Some(v) = as_view(&object) {
        v.check()?;
        return Ok(v.derive((v.start, v.step, v.len), v.readonly, v.format));
    }
    let window = |len: usize| (0, 1, len);
    match plain(&object) {
        Value::Bytes(b) => {
            let memory = Memory::Bytes(b.clone());
            Ok(MemoryView::make(
                object.clone(),
                memory,
                window(b.len()),
                true,
                Format::BYTE,
            ))
        }
        Value::ByteArray(a) => {
            let len = a.borrow().len();
            let memory = Memory::Array(a.clone());
            Ok(MemoryView::make(
                object.clone(),
                memory,
                window(len),
                false,
                Format::BYTE,
            ))
        }
        _ => Err(PyErr::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            object.type_name()
        ))),
    }
}

fn tobytes(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let mut a = parse_args("memoryview", "tobytes", Sig::Keywords(&["order"]), args)?.into_iter();
    let order = a.next().flatten();
    let order = match &order {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.clone()),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "tobytes() argument 'order' must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    let v = view(me);
    v.check()?;
    if order.is_some_and(|o| !matches!(&*o, "C" | "F" | "A")) {
        return Err(PyErr::value_error("order must be 'C', 'F' or 'A'"));
    }
    // One dimension: every order reads the items in the same sequence.
    Ok(Value::Bytes(Rc::from(v.bytes()?)))
}

fn tolist(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("memoryview", "tolist", Sig::NoArgs, args)?;
    let v = view(me);
    let data = v.bytes()?;
    Ok(Value::list(data.into_iter().map(|b| v.item(b)).collect()))
}

fn hex(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let data = view(me).bytes()?;
    hex_method("memoryview", &data, args)
}

fn release(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("memoryview", "release", Sig::NoArgs, args)?;
    view(me).release();
    Ok(Value::None)
}

fn toreadonly(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("memoryview", "toreadonly", Sig::NoArgs, args)?;
    let v = view(me);
    v.check()?;
    Ok(v.derive((v.start, v.step, v.len), true, v.format))
}

/// The native single-character formats `struct` knows, which `cast`
/// accepts (with an optional '@').
const NATIVE_FORMATS: &str = "cbB?hHiIlLqQnNfdeP";

/// `cast(format, shape=...)`: only to the byte formats, in one dimension.
fn cast(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let mut a = parse_args(
        "memoryview",
        "cast",
        Sig::Keywords(&["format", "shape"]),
        args,
    )?
    .into_iter();
    let Some(format) = a.next().flatten() else {
        return Err(PyErr::type_error(
            "cast() missing required argument 'format' (pos 1)",
        ));
    };
    let shape = a.next().flatten();
    let Value::Str(format) = &format else {
        return Err(PyErr::type_error(format!(
            "cast() argument 'format' must be str, not {}",
            super::bytes::arg_type_name(&format)
        )));
    };
    let v = view(me);
    v.check()?;
    let native = format.starts_with('@');
    let code = format.strip_prefix('@').unwrap_or(format);
    let mut chars = code.chars();
    let valid = match (chars.next(), chars.next()) {
        (Some(c), None) => NATIVE_FORMATS.contains(c),
        _ => false,
    };
    if !valid {
        return Err(PyErr::value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    }
    if !(v.len <= 1 || v.step == 1) {
        return Err(PyErr::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let target = match code {
        "B" => Format::Unsigned { native },
        "c" => Format::Char { native },
        _ => {
            return Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                format!(
                "memoryview: casting to format '{format}' is not supported; only 'B' and 'c' are"
            ),
            ))
        }
    };
    if let Some(shape) = shape {
        let dims = match &shape {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            _ => return Err(PyErr::type_error("shape must be a list or a tuple")),
        };
        let mut product: i64 = 1;
        for d in &dims {
            match plain(d) {
                Value::Int(n) if *n > 0 => product = product.saturating_mul(*n),
                Value::Int(_) | Value::Bool(false) => {
                    return Err(PyErr::value_error(
                        "memoryview.cast(): elements of shape must be integers > 0",
                    ))
                }
                Value::Bool(true) => {}
                _ => {
                    return Err(PyErr::type_error(
                        "memoryview.cast(): elements of shape must be integers",
                    ))
                }
            }
        }
        if dims.len() != 1 {
            return Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                "memoryview: casting to a shape of other than one dimension is not supported",
            ));
        }
        if product != v.len as i64 {
            return Err(PyErr::type_error(
                "memoryview: product(shape) * itemsize != buffer size",
            ));
        }
    }
    Ok(v.derive((v.start, v.step, v.len), v.readonly, target))
}

fn enter(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    parse_args("memoryview", "__enter__", Sig::NoArgs, args)?;
    view(me).check()?;
    Ok(me.clone())
}

/// `__exit__(*exc_info)`: releases the view; never swallows an exception.
fn exit(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    view(me).release();
    Ok(Value::None)
}

fn obj(_vm: &Vm, me: &Value) -> PyResult {
    let v = view(me);
    v.check()?;
    Ok(v.obj.clone())
}

fn nbytes(_vm: &Vm, me: &Value) -> PyResult {
    let v = view(me);
    v.check()?;
    Ok(Value::Int(v.len as i64))
}

fn readonly(_vm: &Vm, me: &Value) -> PyResult {
    let v = view(me);
    v.check()?;
    Ok(Value::Bool(v.readonly))
}

fn format(_vm: &Vm, me: &Value) -> PyResult {
    let v = view(me);
    v.check()?;
    Ok(Value::str(v.format.code()))
}

fn itemsize(_vm: &Vm, me: &Value) -> PyResult {
    view(me).check()?;
    Ok(Value::Int(1))
}

fn ndim(_vm: &Vm, me: &Value) -> PyResult {
    view(me).check()?;
    Ok(Value::Int(1))
}

fn shape(_vm: &Vm, me: &Value) -> PyResult {
    let v = view(me);
    v.check()?;
    Ok(Value::tuple(vec![Value::Int(v.len as i64)]))
}

fn strides(_vm: &Vm, me: &Value) -> PyResult {
    let v = view(me);
    v.check()?;
    Ok(Value::tuple(vec![Value::Int(v.step)]))
}

fn suboffsets(_vm: &Vm, me: &Value) -> PyResult {
    view(me).check()?;
    Ok(Value::tuple(Vec::new()))
}

/// `c_contiguous`, `f_contiguous` and `contiguous` agree in one
/// dimension: the items are adjacent unless there are two that are not.
fn contiguous(_vm: &Vm, me: &Value) -> PyResult {
    let v = view(me);
    v.check()?;
    Ok(Value::Bool(v.len <= 1 || v.step == 1))
}

fn len(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    let v = view(me);
    v.check()?;
    Ok(Value::Int(v.len as i64))
}

/// What a subscript selects in one dimension.
enum Key {
    Item(usize),
    Slice(SliceArgs),
}

/// An int key, or one with `__index__`; `None` if the key is not one.
fn index_of(vm: &Vm, key: &Value) -> Option<PyResult<i64>> {
    let is_int = matches!(
        plain(key),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
    );
    let has_index =
        matches!(key, Value::Instance(_)) && vm.special_method(key, "__index__").is_some();
    if !(is_int || has_index) {
        return None;
    }
    Some(vm.number_index(key).and_then(|i| match i {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(PyErr::index_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    }))
}

/// Reads a subscript as `memory_subscript` and `memory_ass_sub` do for a
/// one-dimensional view; `assigning` picks the wording for tuples of slices.
fn key_of(vm: &Vm, v: &MemoryView, key: &Value, assigning: bool) -> PyResult<Key> {
    if let Some(s) = super::slice::as_slice_args(key) {
        return Ok(Key::Slice(s));
    }
    let index = match key {
        Value::Tuple(items) => {
            let indices: Option<Vec<PyResult<i64>>> =
                items.iter().map(|k| index_of(vm, k)).collect();
            match indices {
                Some(mut indices) if indices.len() == 1 => indices.remove(0)?,
                Some(indices) if indices.is_empty() => {
                    return Err(PyErr::new(
                        &types::NOT_IMPLEMENTED_ERROR,
                        "sub-views are not implemented",
                    ))
                }
                Some(indices) => {
                    return Err(PyErr::type_error(format!(
                        "cannot index 1-dimension view with {}-element tuple",
                        indices.len()
                    )))
                }
                None if items
                    .iter()
                    .all(|k| super::slice::as_slice_args(k).is_some()) =>
                {
                    return Err(PyErr::new(
                        &types::NOT_IMPLEMENTED_ERROR,
                        if assigning {
                            "memoryview slice assignments are currently restricted to ndim = 1"
                        } else {
                            "multi-dimensional slicing is not implemented"
                        },
                    ))
                }
                None => return Err(PyErr::type_error("memoryview: invalid slice key")),
            }
        }
        _ => match index_of(vm, key) {
            Some(i) => i?,
            None => return Err(PyErr::type_error("memoryview: invalid slice key")),
        },
    };
    let len = v.len as i64;
    let at = if index < 0 { index + len } else { index };
    if !(0..len).contains(&at) {
        return Err(PyErr::index_error("index out of bounds on dimension 1"));
    }
    Ok(Key::Item(at as usize))
}

fn getitem(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let key = slots::one_arg(args)?;
    let v = view(me);
    v.check()?;
    match key_of(vm, v, &key, false)? {
        Key::Item(i) => {
            let byte = v.read(|data| data[v.offset(i)])?;
            Ok(v.item(byte))
        }
        Key::Slice(s) => {
            let (start, step, count) = slice_indices(v.len, &s)?;
            let first = if count == 0 {
                v.start
            } else {
                v.offset(start as usize) as i64
            };
            Ok(v.derive((first, v.step * step, count), v.readonly, v.format))
        }
    }
}

/// The byte an item assignment stores, checked against the format.
fn pack(vm: &Vm, format: Format, value: &Value) -> PyResult<u8> {
    let invalid_value = || {
        PyErr::value_error(format!(
            "memoryview: invalid value for format '{}'",
            format.code()
        ))
    };
    let invalid_type = || {
        PyErr::type_error(format!(
            "memoryview: invalid type for format '{}'",
            format.code()
        ))
    };
    match format {
        Format::Char { .. } => match plain(value) {
            Value::Bytes(b) if b.len() == 1 => Ok(b[0]),
            Value::Bytes(_) => Err(invalid_value()),
            _ => Err(invalid_type()),
        },
        Format::Unsigned { .. } => {
            let int = match plain(value) {
                i @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => i.clone(),
                _ if matches!(value, Value::Instance(_)) => {
                    vm.number_index(value).map_err(|e| {
                        if e.is_instance(&types::TYPE_ERROR) {
                            invalid_type()
                        } else {
                            e
                        }
                    })?
                }
                _ => return Err(invalid_type()),
            };
            match int {
                Value::Int(i) => u8::try_from(i).map_err(|_| invalid_value()),
                Value::Bool(b) => Ok(b as u8),
                _ => Err(invalid_value()),
            }
        }
    }
}

fn setitem(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let n = args.positional.len();
    let [key, value] = <[Value; 2]>::try_from(args.positional)
        .ok()
        .filter(|_| args.keywords.is_empty())
        .ok_or_else(|| PyErr::type_error(format!("expected 2 arguments, got {n}")))?;
    let v = view(me);
    v.check()?;
    if v.readonly {
        return Err(read_only_error());
    }
    match key_of(vm, v, &key, true)? {
        Key::Item(i) => {
            let byte = pack(vm, v.format, &value)?;
            v.write(i as i64, 1, &[byte])?;
        }
        Key::Slice(s) => {
            let (start, step, count) = slice_indices(v.len, &s)?;
            // The source is read whole first: it may be this very memory.
            let (data, format) = match as_view(&value) {
                Some(src) => (src.bytes()?, src.format),
                None => (super::bytes::buffer(&value)?, Format::BYTE),
            };
            if !format.same_items(v.format) || data.len() != count {
                return Err(PyErr::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            v.write(start, step, &data)?;
        }
    }
    Ok(Value::None)
}

fn delitem(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::one_arg(args)?;
    let v = view(me);
    v.check()?;
    if v.readonly {
        return Err(read_only_error());
    }
    Err(PyErr::type_error("cannot delete memory"))
}

pub const ITERATOR_SPEC: TypeSpec = TypeSpec {
    doc: "",
    members: &[&[slot!("__next__" next), slot!("__iter__" iter_self)]],
};

/// `iter(view)`: reads the view item by item, so it sees writes and a
/// release made while it runs.
struct MemoryIterator {
    view: Value,
    index: Cell<usize>,
}

impl NativeObject for MemoryIterator {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&MEMORY_ITERATOR)
    }

    fn has_method(&self, name: &str) -> bool {
        MEMORY_ITERATOR.own_member(name).is_some()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn iter(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    view(me).check()?;
    Ok(Value::Object(Rc::new(MemoryIterator {
        view: me.clone(),
        index: Cell::new(0),
    })))
}

fn iterator(me: &Value) -> &MemoryIterator {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<MemoryIterator>()
            .expect("a memory_iterator member is only called on one"),
        _ => unreachable!("a memory_iterator member is only called on one"),
    }
}

fn next(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    let it = iterator(me);
    let v = view(&it.view);
    v.check()?;
    let i = it.index.get();
    if i >= v.len {
        return Err(PyErr::with_args(&types::STOP_ITERATION, vec![]));
    }
    it.index.set(i + 1);
    let byte = v.read(|data| data[v.offset(i)])?;
    Ok(v.item(byte))
}

fn iter_self(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    Ok(me.clone())
}

/// `view == other` (`memory_richcompare`): equal to a bytes-like object
/// or view showing equal items; a released view equals only itself.
fn equal(me: &Value, other: &Value) -> Option<bool> {
    let v = view(me);
    if let (Value::Object(a), Value::Object(b)) = (me, other) {
        if Rc::ptr_eq(a, b) {
            return Some(true);
        }
    }
    let (data, format) = match as_view(other) {
        Some(o) if o.released.get() || v.released.get() => return Some(false),
        Some(o) => (o.bytes().ok()?, o.format),
        None => match super::bytes::bytes_ref(plain(other)) {
            Some(b) if !v.released.get() => (b.to_vec(), Format::BYTE),
            Some(_) => return Some(false),
            None => return None,
        },
    };
    let mine = v.bytes().ok()?;
    if mine.len() != data.len() {
        return Some(false);
    }
    // Items of different formats ('c' gives bytes, 'B' ints) never compare
    // equal, so only empty views of different formats are equal.
    Some(if format.same_items(v.format) {
        mine == data
    } else {
        mine.is_empty()
    })
}

fn eq(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let other = slots::one_arg(args)?;
    Ok(equal(me, &other).map_or(Value::NotImplemented, Value::Bool))
}

fn ne(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let other = slots::one_arg(args)?;
    Ok(equal(me, &other).map_or(Value::NotImplemented, |e| Value::Bool(!e)))
}

/// Views have no order.
fn unordered(_vm: &Vm, _me: &Value, args: Args) -> PyResult {
    slots::one_arg(args)?;
    Ok(Value::NotImplemented)
}

fn hash_slot(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    hash(me).expect("a memoryview").map(Value::Int)
}

fn repr_slot(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    slots::no_args(&args)?;
    Ok(Value::str(&view(me).repr(me)))
}
