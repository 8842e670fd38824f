//! `array.array`: a sequence of C numbers of one type, kept as the raw
//! bytes of the items in this machine's order (Modules/arraymodule.c).
//! Conversions refuse what does not fit with CPython's messages, which
//! come from the C argument parsers each type code uses.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::subscript::slice_indices;
use crate::object::types::{self, Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{Args, Globals, Iter, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;

pub fn make_module(_vm: &Vm) -> Globals {
    Globals::from_pairs(vec![
        ("array", Value::Type(TypeRef::Builtin(&ARRAY))),
        ("ArrayType", Value::Type(TypeRef::Builtin(&ARRAY))),
        ("typecodes", Value::str(TYPECODES)),
    ])
}

const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The largest array repetition builds; beyond, a MemoryError rather than
/// an allocation that could take the process down.
const MAX_BYTES: usize = 1 << 32;

pub struct Array {
    code: u8,
    data: RefCell<Vec<u8>>,
}

pub static ARRAY: TypeObject = TypeObject::new("array", "array", None, SPEC);

const SPEC: TypeSpec = TypeSpec {
    doc: "An array of numbers of one C type, stored compactly.",
    members: &[MEMBERS, COMPARE],
};

const MEMBERS: &[Member] = &[
    Member::static_method("__new__", new, "Create and return a new array."),
    Member::slot("__len__", |_, me, _| Ok(Value::Int(this(me).len() as i64))),
    Member::slot("__getitem__", get_item),
    Member::slot("__setitem__", set_item),
    Member::slot("__delitem__", del_item),
    Member::slot("__contains__", contains),
    Member::slot("__iter__", iter),
    Member::slot("__add__", add),
    Member::slot("__iadd__", iadd),
    Member::slot("__mul__", mul),
    Member::slot("__rmul__", mul),
    Member::slot("__imul__", imul),
    Member::absent("__hash__"),
    Member::method("__copy__", copy, "A copy of the array."),
    Member::method("__deepcopy__", copy, "A copy of the array."),
    Member::getter(
        "typecode",
        |_, me| Ok(Value::str(&(this(me).code as char).to_string())),
        "The type code of the items.",
    ),
    Member::getter(
        "itemsize",
        |_, me| Ok(Value::Int(itemsize(this(me).code) as i64)),
        "The size of one item in bytes.",
    ),
    Member::method("append", append, "Append an item to the end."),
    Member::method(
        "extend",
        extend,
        "Append the items of an iterable or array.",
    ),
    Member::method("insert", insert, "Insert an item before position i."),
    Member::method(
        "pop",
        pop,
        "Remove and return the item at i (the last by default).",
    ),
    Member::method("remove", remove, "Remove the first item equal to x."),
    Member::method("index", index, "The position of the first item equal to x."),
    Member::method("count", count, "How many items equal x."),
    Member::method("reverse", reverse, "Reverse the items in place."),
    Member::method("tobytes", tobytes, "The items' machine bytes."),
    Member::method("frombytes", frombytes, "Append items from machine bytes."),
    Member::method("tolist", tolist, "The items as a list."),
    Member::method("fromlist", fromlist, "Append the items of a list."),
    Member::method(
        "tounicode",
        tounicode,
        "The characters of a 'u' array as a str.",
    ),
    Member::method(
        "fromunicode",
        fromunicode,
        "Append the characters of a str to a 'u' array.",
    ),
    Member::method(
        "buffer_info",
        buffer_info,
        "The address and length of the storage.",
    ),
    Member::method("byteswap", byteswap, "Swap the bytes of every item."),
];

const COMPARE: &[Member] = &[
    Member::slot("__eq__", |vm, o, a| compare(vm, o, a, CmpOp::Eq)),
    Member::slot("__ne__", |vm, o, a| compare(vm, o, a, CmpOp::NotEq)),
    Member::slot("__lt__", |vm, o, a| compare(vm, o, a, CmpOp::Lt)),
    Member::slot("__le__", |vm, o, a| compare(vm, o, a, CmpOp::LtE)),
    Member::slot("__gt__", |vm, o, a| compare(vm, o, a, CmpOp::Gt)),
    Member::slot("__ge__", |vm, o, a| compare(vm, o, a, CmpOp::GtE)),
];

impl NativeObject for Array {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&ARRAY)
    }

    fn buffer(&self) -> Option<Vec<u8>> {
        Some(self.data.borrow().clone())
    }

    fn repr(&self, _me: &Value) -> String {
        let code = self.code as char;
        if self.len() == 0 {
            return format!("array('{code}')");
        }
        if self.code == b'u' {
            let s: String = (0..self.len()).filter_map(|i| self.char_at(i)).collect();
            return format!(
                "array('{code}', {})",
                crate::object::repr::repr_plain(&Value::str(&s))
            );
        }
        let items: Vec<String> = (0..self.len())
            .map(|i| crate::object::repr::repr_plain(&self.get(i)))
            .collect();
        format!("array('{code}', [{}])", items.join(", "))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

fn this(v: &Value) -> &Array {
    as_array(v).expect("an array method is only called on an array")
}

fn as_array(v: &Value) -> Option<&Array> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<Array>(),
        _ => None,
    }
}

fn overflow(msg: &str) -> Box<PyErr> {
    PyErr::new(&types::OVERFLOW_ERROR, msg)
}

impl Array {
    fn new_value(code: u8, data: Vec<u8>) -> Value {
        Value::Object(Rc::new(Array {
            code,
            data: RefCell::new(data),
        }))
    }

    fn len(&self) -> usize {
        self.data.borrow().len() / itemsize(self.code)
    }

    fn char_at(&self, i: usize) -> Option<char> {
        let d = self.data.borrow();
        let b: [u8; 4] = d[i * 4..i * 4 + 4].try_into().ok()?;
        char::from_u32(u32::from_ne_bytes(b))
    }

    /// Item `i` (in range) as a Python value.
    fn get(&self, i: usize) -> Value {
        let n = itemsize(self.code);
        let d = self.data.borrow();
        let raw = &d[i * n..i * n + n];
        let mut buf = [0u8; 8];
        buf[..n].copy_from_slice(raw);
        let u = u64::from_ne_bytes(buf);
        match self.code {
            b'b' => Value::Int(raw[0] as i8 as i64),
            b'B' => Value::Int(raw[0] as i64),
            b'h' => Value::Int(u as u16 as i16 as i64),
            b'H' => Value::Int(u as u16 as i64),
            b'i' => Value::Int(u as u32 as i32 as i64),
            b'I' => Value::Int(u as u32 as i64),
            b'l' | b'q' => Value::Int(u as i64),
            b'L' | b'Q' => match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(BigInt::from(u)),
            },
            b'f' => Value::Float(f32::from_bits(u as u32) as f64),
            b'd' => Value::Float(f64::from_bits(u)),
            _ => match char::from_u32(u as u32) {
                Some(c) => Value::str(&c.to_string()),
                None => Value::str("\u{fffd}"),
            },
        }
    }

    fn items(&self) -> Vec<Value> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }
}

/// The machine bytes of `v` as an item of an array of `code`.
fn encode(vm: &Vm, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    match code {
        b'u' => match v {
            Value::Str(s) if s.chars().count() == 1 => {
                let c = s.chars().next().expect("one char");
                Ok((c as u32).to_ne_bytes().to_vec())
            }
            _ => Err(PyErr::type_error("array item must be unicode character")),
        },
        b'f' | b'd' => {
            let x = float_value(vm, v)?;
            Ok(if code == b'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        _ => {
            let i = match vm.number_index(v)? {
                Value::Int(i) => BigInt::from(i),
                Value::Bool(b) => BigInt::from(b as i64),
                Value::BigInt(b) => (*b).clone(),
                _ => unreachable!("number_index returns an int"),
            };
            let bits = int_bits(code, &i)?;
            Ok(bits.to_ne_bytes()[..itemsize(code)].to_vec())
        }
    }
}

fn float_value(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|x| x.is_finite())
            .ok_or_else(|| overflow("int too large to convert to float")),
        _ => {
            if let Some(x) = crate::object::ops::to_f64(v) {
                return Ok(x);
            }
            for name in ["__float__", "__index__"] {
                if let Some(m) = vm.special_method(v, name) {
                    let r = vm.call(&m, Args::default())?;
                    return float_value(vm, &r);
                }
            }
            Err(PyErr::type_error(format!(
                "must be real number, not {}",
                v.type_name()
            )))
        }
    }
}

/// Range checks per code, with the messages of the C converters each
/// code goes through (a 'b' item is first a C short, an 'H' item a C int).
fn int_bits(code: u8, i: &BigInt) -> PyResult<u64> {
    let long = || {
        i.to_i64()
            .ok_or_else(|| overflow("Python int too large to convert to C long"))
    };
    let within = |v: i64, lo: i64, hi: i64, name: &str| -> PyResult<()> {
        if v > hi {
            Err(overflow(&format!("{name} is greater than maximum")))
        } else if v < lo {
            Err(overflow(&format!("{name} is less than minimum")))
        } else {
            Ok(())
        }
    };
    let negative = i.sign() == num_bigint::Sign::Minus;
    Ok(match code {
        b'b' => {
            let v = long()?;
            within(v, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
            within(v, -128, 127, "signed char")?;
            v as u64
        }
        b'B' => {
            let v = long()?;
            within(v, 0, 255, "unsigned byte integer")?;
            v as u64
        }
        b'h' => {
            let v = long()?;
            within(v, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
            v as u64
        }
        b'H' => {
            let v = long()?;
            within(v, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            within(v, 0, 65535, "unsigned short")?;
            v as u64
        }
        b'i' => {
            let v = long()?;
            within(v, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            v as u64
        }
        b'I' | b'L' => {
            if negative {
                return Err(overflow("can't convert negative value to unsigned int"));
            }
            let v = i
                .to_u64()
                .ok_or_else(|| overflow("Python int too large to convert to C unsigned long"))?;
            if code == b'I' && v > u32::MAX as u64 {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            v
        }
        b'l' => long()? as u64,
        b'q' => i
            .to_i64()
            .ok_or_else(|| overflow("int too big to convert"))? as u64,
        _ => {
            if negative {
                return Err(overflow("can't convert negative int to unsigned"));
            }
            i.to_u64()
                .ok_or_else(|| overflow("int too big to convert"))?
        }
    })
}

/// `array(typecode[, initializer])`.
fn new(vm: &Vm, mut args: Args) -> PyResult {
    if !args.positional.is_empty() {
        args.positional.remove(0);
    }
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(
            "array.array() takes no keyword arguments",
        ));
    }
    let p = &args.positional;
    if p.len() > 2 {
        return Err(PyErr::type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let code = match p.first() {
        None => {
            return Err(PyErr::type_error(
                "array() takes at least 1 argument (0 given)",
            ))
        }
        Some(Value::Str(s)) if s.chars().count() == 1 => s.chars().next().expect("one"),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                other.type_name()
            )))
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(PyErr::value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    let code = code as u8;
    let value = Array::new_value(code, Vec::new());
    let arr = this(&value);
    match p.get(1) {
        None => {}
        Some(Value::Str(s)) => {
            if code != b'u' {
                return Err(PyErr::type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            push_str(arr, s);
        }
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
            let data = crate::object::bytes::bytes_like(v).expect("bytes")?;
            push_bytes(arr, &data)?;
        }
        Some(v) => {
            if let Some(other) = as_array(v) {
                if other.code == b'u' && code != b'u' {
                    return Err(PyErr::type_error(format!(
                        "cannot use a unicode array to initialize an array with typecode '{}'",
                        code as char
                    )));
                }
            }
            for item in vm.collect(v)? {
                let bytes = encode(vm, code, &item)?;
                arr.data.borrow_mut().extend_from_slice(&bytes);
            }
        }
    }
    Ok(value)
}

fn push_str(arr: &Array, s: &str) {
    let mut d = arr.data.borrow_mut();
    for c in s.chars() {
        d.extend_from_slice(&(c as u32).to_ne_bytes());
    }
}

fn push_bytes(arr: &Array, data: &[u8]) -> PyResult<()> {
    if !data.len().is_multiple_of(itemsize(arr.code)) {
        return Err(PyErr::value_error(
            "bytes length not a multiple of item size",
        ));
    }
    arr.data.borrow_mut().extend_from_slice(data);
    Ok(())
}

fn one_arg(args: Args, name: &str) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "array.{name}() takes no keyword arguments"
        )));
    }
    let n = args.positional.len();
    match <[Value; 1]>::try_from(args.positional) {
        Ok([v]) => Ok(v),
        Err(_) => Err(PyErr::type_error(format!(
            "array.{name}() takes exactly one argument ({n} given)"
        ))),
    }
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    let n = args.positional.len() + args.keywords.len();
    if n > 0 {
        return Err(PyErr::type_error(format!(
            "array.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// A position argument, normalised against `len` (negative counts from
/// the end); `None` when out of range.
fn position(v: &Value, len: usize) -> PyResult<Option<usize>> {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Ok(None),
        other => match crate::builtins::user_index(other) {
            Some(r) => match r? {
                Value::Int(i) => i,
                _ => return Ok(None),
            },
            None => return Err(PyErr::type_error("array indices must be integers")),
        },
    };
    let i = if i < 0 { i + len as i64 } else { i };
    Ok((0..len as i64).contains(&i).then_some(i as usize))
}

fn get_item(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let key = one_arg(args, "__getitem__")?;
    let a = this(me);
    if let Some(s) = crate::object::slice::as_slice_args(&key) {
        let (start, step, n) = slice_indices(a.len(), &s)?;
        let size = itemsize(a.code);
        let d = a.data.borrow();
        let mut out = Vec::with_capacity(n * size);
        for k in 0..n {
            let i = (start + step * k as i64) as usize;
            out.extend_from_slice(&d[i * size..i * size + size]);
        }
        return Ok(Array::new_value(a.code, out));
    }
    match position(&key, a.len())? {
        Some(i) => Ok(a.get(i)),
        None => Err(PyErr::new(&types::INDEX_ERROR, "array index out of range")),
    }
}

fn set_item(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [key, value] = <[Value; 2]>::try_from(args.positional)
        .map_err(|_| PyErr::type_error("__setitem__ expects 2 arguments"))?;
    let a = this(me);
    let size = itemsize(a.code);
    if let Some(s) = crate::object::slice::as_slice_args(&key) {
        let src = match as_array(&value) {
            Some(o) if o.code == a.code => o.data.borrow().clone(),
            Some(_) => {
                return Err(PyErr::type_error(
                    "bad argument type for built-in operation",
                ))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    value.type_name()
                )))
            }
        };
        let (start, step, n) = slice_indices(a.len(), &s)?;
        let mut d = a.data.borrow_mut();
        if step == 1 {
            let at = start as usize * size;
            d.splice(at..at + n * size, src);
            return Ok(Value::None);
        }
        let m = src.len() / size;
        if m != n {
            return Err(PyErr::value_error(format!(
                "attempt to assign array of size {m} to extended slice of size {n}"
            )));
        }
        for k in 0..n {
            let i = (start + step * k as i64) as usize;
            d[i * size..i * size + size].copy_from_slice(&src[k * size..k * size + size]);
        }
        return Ok(Value::None);
    }
    let Some(i) = position(&key, a.len())? else {
        return Err(PyErr::new(
            &types::INDEX_ERROR,
            "array assignment index out of range",
        ));
    };
    let bytes = encode(vm, a.code, &value)?;
    a.data.borrow_mut()[i * size..i * size + size].copy_from_slice(&bytes);
    Ok(Value::None)
}

fn del_item(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let key = one_arg(args, "__delitem__")?;
    let a = this(me);
    let size = itemsize(a.code);
    if let Some(s) = crate::object::slice::as_slice_args(&key) {
        let (start, step, n) = slice_indices(a.len(), &s)?;
        let mut doomed: Vec<usize> = (0..n).map(|k| (start + step * k as i64) as usize).collect();
        doomed.sort_unstable();
        let mut d = a.data.borrow_mut();
        let old = std::mem::take(&mut *d);
        let mut next = doomed.iter().peekable();
        for (i, chunk) in old.chunks(size).enumerate() {
            if next.peek() == Some(&&i) {
                next.next();
                continue;
            }
            d.extend_from_slice(chunk);
        }
        return Ok(Value::None);
    }
    let Some(i) = position(&key, a.len())? else {
        return Err(PyErr::new(
            &types::INDEX_ERROR,
            "array assignment index out of range",
        ));
    };
    a.data.borrow_mut().drain(i * size..i * size + size);
    Ok(Value::None)
}

fn contains(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let x = one_arg(args, "__contains__")?;
    for item in this(me).items() {
        if vm.equal(&item, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn iter(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args, "__iter__")?;
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::GetItem {
        seq: me.clone(),
        index: 0,
    }))))
}

fn concat_operand<'a>(me: &Array, other: &'a Value, what: &str) -> PyResult<&'a Array> {
    match as_array(other) {
        Some(o) if o.code == me.code => Ok(o),
        Some(_) => Err(PyErr::type_error(
            "bad argument type for built-in operation",
        )),
        None => Err(PyErr::type_error(format!(
            "can only {what} array (not \"{}\") to array",
            other.type_name()
        ))),
    }
}

fn add(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let other = one_arg(args, "__add__")?;
    let a = this(me);
    let o = concat_operand(a, &other, "append")?;
    let mut data = a.data.borrow().clone();
    data.extend_from_slice(&o.data.borrow());
    Ok(Array::new_value(a.code, data))
}

fn iadd(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let other = one_arg(args, "__iadd__")?;
    let a = this(me);
    let o = match as_array(&other) {
        Some(o) if o.code == a.code => o,
        Some(_) => return Err(PyErr::type_error("can only extend with array of same kind")),
        None => {
            return Err(PyErr::type_error(format!(
                "can only extend array with array (not \"{}\")",
                other.type_name()
            )))
        }
    };
    let extra = o.data.borrow().clone();
    a.data.borrow_mut().extend_from_slice(&extra);
    Ok(me.clone())
}

/// The count of `array * n`: an int (through `__index__`), or the
/// TypeError sequences give.
fn repeat_count(vm: &Vm, v: &Value) -> PyResult<i64> {
    let not_int = || {
        PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            v.type_of().tp_name()
        ))
    };
    match v {
        Value::Float(_) | Value::Str(_) => Err(not_int()),
        _ => match vm.number_index(v) {
            Ok(Value::Int(i)) => Ok(i),
            Ok(Value::Bool(b)) => Ok(b as i64),
            Ok(_) => Err(PyErr::new(
                &types::OVERFLOW_ERROR,
                "cannot fit 'int' into an index-sized integer",
            )),
            Err(_) => Err(not_int()),
        },
    }
}

fn mul(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let other = one_arg(args, "__mul__")?;
    let a = this(me);
    let n = repeat_count(vm, &other)?;
    let data = a.data.borrow();
    let n = n.max(0) as usize;
    if n.checked_mul(data.len()).is_none_or(|t| t > MAX_BYTES) {
        return Err(crate::object::alloc::memory_error());
    }
    Ok(Array::new_value(a.code, data.repeat(n)))
}

fn imul(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let other = one_arg(args, "__imul__")?;
    let a = this(me);
    let n = repeat_count(vm, &other)?;
    let n = n.max(0) as usize;
    let mut d = a.data.borrow_mut();
    if n.checked_mul(d.len()).is_none_or(|t| t > MAX_BYTES) {
        return Err(crate::object::alloc::memory_error());
    }
    let repeated = d.repeat(n);
    *d = repeated;
    Ok(me.clone())
}

/// Arrays compare item by item by value (a NaN item is unequal even to
/// itself, unlike in a list), then by length (`array_richcompare`).
fn compare(vm: &Vm, me: &Value, args: Args, op: CmpOp) -> PyResult {
    let other = one_arg(args, "__cmp__")?;
    let Some(o) = as_array(&other) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = (this(me).items(), o.items());
    if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::Bool(matches!(op, CmpOp::NotEq)));
    }
    for (a, b) in x.iter().zip(y.iter()) {
        if !vm.compare(CmpOp::Eq, a, b)? {
            return Ok(Value::Bool(match op {
                CmpOp::Eq => false,
                CmpOp::NotEq => true,
                _ => vm.compare(op, a, b)?,
            }));
        }
    }
    let (n, m) = (x.len(), y.len());
    Ok(Value::Bool(match op {
        CmpOp::Eq => n == m,
        CmpOp::NotEq => n != m,
        CmpOp::Lt => n < m,
        CmpOp::LtE => n <= m,
        CmpOp::Gt => n > m,
        _ => n >= m,
    }))
}

fn copy(_vm: &Vm, me: &Value, _args: Args) -> PyResult {
    let a = this(me);
    Ok(Array::new_value(a.code, a.data.borrow().clone()))
}

fn append(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = one_arg(args, "append")?;
    let a = this(me);
    let bytes = encode(vm, a.code, &v)?;
    a.data.borrow_mut().extend_from_slice(&bytes);
    Ok(Value::None)
}

fn extend(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = one_arg(args, "extend")?;
    let a = this(me);
    if let Some(o) = as_array(&v) {
        if o.code != a.code {
            return Err(PyErr::type_error("can only extend with array of same kind"));
        }
        let extra = o.data.borrow().clone();
        a.data.borrow_mut().extend_from_slice(&extra);
        return Ok(Value::None);
    }
    for item in vm.collect(&v)? {
        let bytes = encode(vm, a.code, &item)?;
        a.data.borrow_mut().extend_from_slice(&bytes);
    }
    Ok(Value::None)
}

fn insert(vm: &Vm, me: &Value, args: Args) -> PyResult {
    if args.positional.len() != 2 {
        return Err(PyErr::type_error(format!(
            "insert expected 2 arguments, got {}",
            args.positional.len()
        )));
    }
    let a = this(me);
    let i = crate::object::methods::as_index(&args.positional[0])?;
    let len = a.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let bytes = encode(vm, a.code, &args.positional[1])?;
    let size = itemsize(a.code);
    a.data.borrow_mut().splice(i * size..i * size, bytes);
    Ok(Value::None)
}

fn pop(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let a = this(me);
    let i = match args.positional.as_slice() {
        [] => -1,
        [v] => crate::object::methods::as_index(v)?,
        p => {
            return Err(PyErr::type_error(format!(
                "pop expected at most 1 argument, got {}",
                p.len()
            )))
        }
    };
    let len = a.len();
    if len == 0 {
        return Err(PyErr::new(&types::INDEX_ERROR, "pop from empty array"));
    }
    let Some(i) = position(&Value::Int(i), len)? else {
        return Err(PyErr::new(&types::INDEX_ERROR, "pop index out of range"));
    };
    let v = a.get(i);
    let size = itemsize(a.code);
    a.data.borrow_mut().drain(i * size..i * size + size);
    Ok(v)
}

fn find(vm: &Vm, a: &Array, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    for i in start..stop.min(a.len()) {
        if vm.equal(&a.get(i), x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let x = one_arg(args, "remove")?;
    let a = this(me);
    match find(vm, a, &x, 0, a.len())? {
        Some(i) => {
            let size = itemsize(a.code);
            a.data.borrow_mut().drain(i * size..i * size + size);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let a = this(me);
    let p = &args.positional;
    if p.is_empty() || p.len() > 3 {
        return Err(PyErr::type_error(format!(
            "index expected at {} arguments, got {}",
            if p.is_empty() { "least 1" } else { "most 3" },
            p.len()
        )));
    }
    let len = a.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            None => default,
            Some(v) => {
                crate::object::methods::slice_bound(&Some(v.clone()), false)?.unwrap_or(default)
            }
        };
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        Ok(i as usize)
    };
    let start = bound(p.get(1), 0)?;
    let stop = bound(p.get(2), len)?;
    match find(vm, a, &p[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let x = one_arg(args, "count")?;
    let mut n = 0;
    for item in this(me).items() {
        if vm.equal(&item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args, "reverse")?;
    let a = this(me);
    let size = itemsize(a.code);
    let mut d = a.data.borrow_mut();
    let reversed: Vec<u8> = d.chunks(size).rev().flatten().copied().collect();
    *d = reversed;
    Ok(Value::None)
}

fn tobytes(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args, "tobytes")?;
    Ok(crate::object::bytes::new_bytes(
        this(me).data.borrow().clone(),
    ))
}

fn frombytes(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = one_arg(args, "frombytes")?;
    let data = super::binary::buffer_arg(&v)?;
    push_bytes(this(me), &data)?;
    Ok(Value::None)
}

fn tolist(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args, "tolist")?;
    Ok(Value::list(this(me).items()))
}

fn fromlist(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = one_arg(args, "fromlist")?;
    let Value::List(items) = &v else {
        return Err(PyErr::type_error("arg must be list"));
    };
    let a = this(me);
    let mut out = Vec::new();
    for item in items.borrow().clone() {
        out.extend_from_slice(&encode(vm, a.code, &item)?);
    }
    a.data.borrow_mut().extend_from_slice(&out);
    Ok(Value::None)
}

fn tounicode(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args, "tounicode")?;
    let a = this(me);
    if a.code != b'u' {
        return Err(PyErr::value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let s: String = (0..a.len()).filter_map(|i| a.char_at(i)).collect();
    Ok(Value::str(&s))
}

fn fromunicode(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let v = one_arg(args, "fromunicode")?;
    let Value::Str(s) = &v else {
        return Err(PyErr::type_error(format!(
            "fromunicode() argument must be str, not {}",
            v.type_name()
        )));
    };
    let a = this(me);
    if a.code != b'u' {
        return Err(PyErr::value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    push_str(a, s);
    Ok(Value::None)
}

fn buffer_info(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args, "buffer_info")?;
    let a = this(me);
    let address = a.data.borrow().as_ptr() as usize as i64;
    Ok(Value::tuple(vec![
        Value::Int(address),
        Value::Int(a.len() as i64),
    ]))
}

fn byteswap(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    no_args(&args, "byteswap")?;
    let a = this(me);
    let size = itemsize(a.code);
    for chunk in a.data.borrow_mut().chunks_mut(size) {
        chunk.reverse();
    }
    Ok(Value::None)
}
