//! The `builtins` namespace: functions like `print` and `len`, the builtin
//! types (callable as constructors), and the exception classes.
//!
//! The resolver maps a global name that is a builtin to its index in
//! `BUILTINS`, so a lookup of `print` that misses the module's globals is one
//! vector index, not a hash lookup.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::interp::Vm;
use crate::object::repr::repr_plain;
use crate::object::types::{self, TypeObject, TypeRef};
use crate::object::{
    ops, Args, Dict, Iter, NativeFn, NativeFunction, PyErr, PyException, PyResult, Stream, Value,
};
use crate::syntax::ast::BinOp;

enum Builtin {
    Function(NativeFn),
    Type(&'static TypeObject),
    NotImplemented,
    /// An object made when the builtins are (`exit`, `quit`).
    Make(fn(&'static str) -> Value),
}

use Builtin::{Function as F, Type as T};

static BUILTINS: &[(&str, Builtin)] = &[
    ("print", F(print)),
    ("__import__", F(crate::stdlib::importer::dunder_import)),
    ("len", F(len)),
    ("repr", F(repr)),
    ("abs", F(abs)),
    ("min", F(min)),
    ("max", F(max)),
    ("sum", F(sum)),
    ("sorted", F(sorted)),
    ("reversed", F(reversed)),
    ("enumerate", F(enumerate)),
    ("zip", F(zip)),
    ("isinstance", F(isinstance)),
    ("chr", F(chr)),
    ("ord", F(ord)),
    ("round", F(round)),
    ("iter", F(iter)),
    ("next", F(next)),
    ("hash", F(hash)),
    ("id", F(id)),
    ("callable", F(callable)),
    ("any", F(any)),
    ("all", F(all)),
    ("divmod", F(divmod)),
    ("pow", F(pow)),
    ("hex", F(hex)),
    ("oct", F(oct)),
    ("bin", F(bin)),
    ("getattr", F(getattr)),
    ("hasattr", F(hasattr)),
    ("setattr", F(setattr)),
    ("issubclass", F(issubclass)),
    ("aiter", F(aiter)),
    ("input", F(input)),
    ("anext", F(anext)),
    ("map", F(map)),
    ("filter", F(filter)),
    ("vars", F(vars)),
    ("format", F(format)),
    ("delattr", F(delattr)),
    ("property", F(property)),
    ("staticmethod", F(staticmethod)),
    ("classmethod", F(classmethod)),
    ("super", F(super_)),
    ("globals", F(frame_only)),
    ("locals", F(frame_only)),
    ("dir", F(dir)),
    ("eval", F(frame_only)),
    ("exec", F(frame_only)),
    ("help", F(help)),
    ("open", F(crate::stdlib::io::open)),
    ("ascii", F(ascii)),
    ("compile", F(compile)),
    ("breakpoint", F(breakpoint)),
    ("exit", Builtin::Make(quitter)),
    ("quit", Builtin::Make(quitter)),
    ("NotImplemented", Builtin::NotImplemented),
    ("Ellipsis", Builtin::Make(|_| Value::Ellipsis)),
    ("int", T(&types::INT)),
    ("float", T(&types::FLOAT)),
    ("complex", T(&types::COMPLEX)),
    ("str", T(&types::STR)),
    ("bytes", T(&types::BYTES)),
    ("bytearray", T(&types::BYTEARRAY)),
    ("memoryview", T(&types::MEMORYVIEW)),
    ("bool", T(&types::BOOL)),
    ("list", T(&types::LIST)),
    ("tuple", T(&types::TUPLE)),
    ("dict", T(&types::DICT)),
    ("set", T(&types::SET)),
    ("frozenset", T(&types::FROZENSET)),
    ("range", T(&types::RANGE)),
    ("type", T(&types::TYPE)),
    ("object", T(&types::OBJECT)),
    ("slice", T(&crate::object::slice::SLICE)),
    ("BaseException", T(&types::BASE_EXCEPTION)),
    ("SystemExit", T(&types::SYSTEM_EXIT)),
    ("KeyboardInterrupt", T(&types::KEYBOARD_INTERRUPT)),
    ("GeneratorExit", T(&types::GENERATOR_EXIT)),
    ("Exception", T(&types::EXCEPTION)),
    ("ArithmeticError", T(&types::ARITHMETIC_ERROR)),
    ("ZeroDivisionError", T(&types::ZERO_DIVISION_ERROR)),
    ("OverflowError", T(&types::OVERFLOW_ERROR)),
    ("AssertionError", T(&types::ASSERTION_ERROR)),
    ("AttributeError", T(&types::ATTRIBUTE_ERROR)),
    ("LookupError", T(&types::LOOKUP_ERROR)),
    ("IndexError", T(&types::INDEX_ERROR)),
    ("KeyError", T(&types::KEY_ERROR)),
    ("NameError", T(&types::NAME_ERROR)),
    ("UnboundLocalError", T(&types::UNBOUND_LOCAL_ERROR)),
    ("RuntimeError", T(&types::RUNTIME_ERROR)),
    ("RecursionError", T(&types::RECURSION_ERROR)),
    ("NotImplementedError", T(&types::NOT_IMPLEMENTED_ERROR)),
    ("StopIteration", T(&types::STOP_ITERATION)),
    ("StopAsyncIteration", T(&types::STOP_ASYNC_ITERATION)),
    ("TypeError", T(&types::TYPE_ERROR)),
    ("ValueError", T(&types::VALUE_ERROR)),
    ("UnicodeError", T(&types::UNICODE_ERROR)),
    ("UnicodeEncodeError", T(&types::UNICODE_ENCODE_ERROR)),
    ("UnicodeDecodeError", T(&types::UNICODE_DECODE_ERROR)),
    ("ImportError", T(&types::IMPORT_ERROR)),
    ("ModuleNotFoundError", T(&types::MODULE_NOT_FOUND_ERROR)),
    ("OSError", T(&types::OS_ERROR)),
    ("TimeoutError", T(&types::TIMEOUT_ERROR)),
    ("FileNotFoundError", T(&types::FILE_NOT_FOUND_ERROR)),
    ("FileExistsError", T(&types::FILE_EXISTS_ERROR)),
    ("PermissionError", T(&types::PERMISSION_ERROR)),
    ("IsADirectoryError", T(&types::IS_A_DIRECTORY_ERROR)),
    ("NotADirectoryError", T(&types::NOT_A_DIRECTORY_ERROR)),
    ("MemoryError", T(&types::MEMORY_ERROR)),
    ("BufferError", T(&types::BUFFER_ERROR)),
    ("EOFError", T(&types::EOF_ERROR)),
    ("SyntaxError", T(&types::SYNTAX_ERROR)),
    ("BaseExceptionGroup", T(&types::BASE_EXCEPTION_GROUP)),
    ("ExceptionGroup", T(&types::EXCEPTION_GROUP)),
    ("EnvironmentError", T(&types::OS_ERROR)),
    ("IOError", T(&types::OS_ERROR)),
    ("BlockingIOError", T(&types::BLOCKING_IO_ERROR)),
    ("ChildProcessError", T(&types::CHILD_PROCESS_ERROR)),
    ("ConnectionError", T(&types::CONNECTION_ERROR)),
    ("BrokenPipeError", T(&types::BROKEN_PIPE_ERROR)),
    (
        "ConnectionAbortedError",
        T(&types::CONNECTION_ABORTED_ERROR),
    ),
    (
        "ConnectionRefusedError",
        T(&types::CONNECTION_REFUSED_ERROR),
    ),
    ("ConnectionResetError", T(&types::CONNECTION_RESET_ERROR)),
    ("InterruptedError", T(&types::INTERRUPTED_ERROR)),
    ("ProcessLookupError", T(&types::PROCESS_LOOKUP_ERROR)),
    ("FloatingPointError", T(&types::FLOATING_POINT_ERROR)),
    ("ReferenceError", T(&types::REFERENCE_ERROR)),
    ("SystemError", T(&types::SYSTEM_ERROR)),
    ("UnicodeTranslateError", T(&types::UNICODE_TRANSLATE_ERROR)),
    ("IndentationError", T(&types::INDENTATION_ERROR)),
    ("TabError", T(&types::TAB_ERROR)),
    ("Warning", T(&types::WARNING)),
    ("UserWarning", T(&types::USER_WARNING)),
    ("DeprecationWarning", T(&types::DEPRECATION_WARNING)),
    (
        "PendingDeprecationWarning",
        T(&types::PENDING_DEPRECATION_WARNING),
    ),
    ("SyntaxWarning", T(&types::SYNTAX_WARNING)),
    ("RuntimeWarning", T(&types::RUNTIME_WARNING)),
    ("FutureWarning", T(&types::FUTURE_WARNING)),
    ("ImportWarning", T(&types::IMPORT_WARNING)),
    ("UnicodeWarning", T(&types::UNICODE_WARNING)),
    ("BytesWarning", T(&types::BYTES_WARNING)),
    ("ResourceWarning", T(&types::RESOURCE_WARNING)),
    ("EncodingWarning", T(&types::ENCODING_WARNING)),
];

/// The index of a builtin name, used by the resolver.
pub fn builtin_index(name: &str) -> Option<u16> {
    BUILTINS
        .iter()
        .position(|(n, _)| *n == name)
        .map(|i| i as u16)
}

/// The builtin named `name` (which must be one), for code that calls a
/// builtin function on the interpreter's behalf.
pub fn builtin_value(name: &str) -> Value {
    let (name, b) = BUILTINS
        .iter()
        .find(|(n, _)| *n == name)
        .expect("a builtin name");
    b.value(name)
}

impl Builtin {
    fn value(&self, name: &'static str) -> Value {
        match self {
            Builtin::Function(func) => Value::Native(Rc::new(NativeFunction {
                name,
                module: None,
                func: *func,
            })),
            Builtin::Type(t) => Value::Type(TypeRef::Builtin(t)),
            Builtin::NotImplemented => Value::NotImplemented,
            Builtin::Make(make) => make(name),
        }
    }
}

/// Every builtin name (for completion and `dir()`).
pub fn builtin_names() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().map(|(n, _)| *n)
}

pub fn make_builtins() -> Vec<Value> {
    BUILTINS.iter().map(|(name, b)| b.value(name)).collect()
}

// ----- argument helpers -----

fn arity(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.positional.len();
    if n >= min && n <= max {
        return Ok(());
    }
    // _PyArg_CheckPositional (Python/getargs.c) drops "at least"/"at most"
    // when the count is fixed.
    let bound = if min == max {
        ""
    } else if n < min {
        "at least "
    } else {
        "at most "
    };
    Err(PyErr::type_error(if min == max && min == 1 {
        format!("{}() takes exactly one argument ({} given)", name, n)
    } else if n < min {
        format!(
            "{} expected {}{} argument{}, got {}",
            name,
            bound,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected {}{} argument{}, got {}",
            name,
            bound,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    }))
}

fn no_keywords(name: &str, args: &Args) -> PyResult<()> {
    match args.keywords.first() {
        None => Ok(()),
        Some(_) => Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        ))),
    }
}

fn reject_other_keywords(name: &str, args: &Args) -> PyResult<()> {
    match args.keywords.first() {
        None => Ok(()),
        Some((k, _)) => Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for {}()",
            k, name
        ))),
    }
}

pub use crate::object::ops::{index_arg, length, user_index};

// ----- functions -----

fn print(vm: &Vm, mut args: Args) -> PyResult {
    let text_arg = |name: &str, v: Option<Value>, default: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(PyErr::type_error(format!(
                "{} must be None or a string, not {}",
                name,
                other.type_name()
            ))),
        }
    };
    let sep = text_arg("sep", args.take_keyword("sep"), " ")?;
    let end = text_arg("end", args.take_keyword("end"), "\n")?;
    let file = match args.take_keyword("file") {
        None | Some(Value::None) => match vm.sys_stream("stdout") {
            // `sys.stdout = None`: print writes nothing (`builtin_print`).
            Some(Value::None) => return Ok(Value::None),
            Some(other) => Some(other),
            None => None,
        },
        given => given,
    };
    let stream = match file {
        None => Stream::Stdout,
        Some(Value::Stream(s)) => s,
        Some(file) => {
            let flush = args.take_keyword("flush").is_some_and(|v| v.truthy());
            reject_other_keywords("print", &args)?;
            return print_to(vm, &file, &args.positional, &sep, &end, flush);
        }
    };
    let flush = args.take_keyword("flush").is_some_and(|v| v.truthy());
    reject_other_keywords("print", &args)?;
    let mut out = String::new();
    for (i, v) in args.positional.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(v)?);
    }
    out.push_str(&end);
    vm.write(stream, &out);
    if flush {
        match stream {
            Stream::Stdout => vm.stdout.borrow_mut().flush(),
            Stream::Stderr => vm.stderr.borrow_mut().flush(),
        }
    }
    Ok(Value::None)
}

/// `print(..., file=f)` to an object of Python's: `f.write` of each piece
/// in turn, as `builtin_print_impl` does.
fn print_to(vm: &Vm, file: &Value, items: &[Value], sep: &str, end: &str, flush: bool) -> PyResult {
    let write = vm.get_attr(file, "write")?;
    let put = |text: &str| vm.call(&write, Args::positional(vec![Value::str(text)]));
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            put(sep)?;
        }
        put(&vm.str(v)?)?;
    }
    put(end)?;
    if flush {
        vm.call_method(file, "flush", Args::default())?;
    }
    Ok(Value::None)
}

fn len(vm: &Vm, args: Args) -> PyResult {
    arity("len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.positional[0])? as i64))
}

fn repr(vm: &Vm, args: Args) -> PyResult {
    arity("repr", &args, 1, 1)?;
    Ok(Value::str(&vm.repr(&args.positional[0])?))
}

fn abs(vm: &Vm, args: Args) -> PyResult {
    arity("abs", &args, 1, 1)?;
    if let Some(method) = vm.special_method(&args.positional[0], "__abs__") {
        return vm.call(&method, Args::default());
    }
    match &args.positional[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(re, im) => crate::object::complex::abs(*re, *im).map(Value::Float),
        other => Err(PyErr::type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

fn min_max(vm: &Vm, mut args: Args, name: &str, want: Ordering) -> PyResult {
    let key = args.take_keyword("key").filter(|k| !k.is_none());
    let default = args.take_keyword("default");
    reject_other_keywords(name, &args)?;
    let source = match args.positional.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{} expected at least 1 argument, got 0",
                name
            )))
        }
        1 => vm.iter(&args.positional[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            vm.iter(&Value::tuple(args.positional))?
        }
    };
    let op = if want == Ordering::Less {
        crate::syntax::ast::CmpOp::Lt
    } else {
        crate::syntax::ast::CmpOp::Gt
    };
    // Items are compared as they come, as CPython's `min_max` does, without
    // first copying the iterable.
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.next(&source)? {
        let k = match &key {
            Some(f) => vm.call(f, Args::positional(vec![item.clone()]))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => vm.compare(op, &k, bk)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, item)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(PyErr::value_error(format!(
            "{}() arg is an empty sequence",
            name
        ))),
    }
}

fn min(vm: &Vm, args: Args) -> PyResult {
    min_max(vm, args, "min", Ordering::Less)
}

fn max(vm: &Vm, args: Args) -> PyResult {
    min_max(vm, args, "max", Ordering::Greater)
}

fn sum(vm: &Vm, mut args: Args) -> PyResult {
    let start = args.take_keyword("start");
    reject_other_keywords("sum", &args)?;
    arity("sum", &args, 1, 2)?;
    let mut total = start
        .or_else(|| args.positional.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = total {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let items = vm.iter(&args.positional[0])?;
    while let Some(item) = vm.next(&items)? {
        total = vm.binary_op(BinOp::Add, &total, &item)?;
    }
    Ok(total)
}

fn sorted(vm: &Vm, mut args: Args) -> PyResult {
    let key = args.take_keyword("key");
    let reverse = args.take_keyword("reverse").is_some_and(|v| v.truthy());
    reject_other_keywords("sort", &args)?;
    if args.positional.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.positional.len()
        )));
    }
    let mut items = vm.collect(&args.positional[0])?;
    let key = key.filter(|k| !k.is_none());
    crate::object::list::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &Vm, args: Args) -> PyResult {
    arity("reversed", &args, 1, 1)?;
    let seq = args.positional[0].clone();
    if matches!(seq, Value::Instance(_) | Value::Object(_) | Value::Type(_)) {
        if let Some(method) = vm.special_method(&seq, "__reversed__") {
            return vm.call(&method, Args::default());
        }
    }
    let it = match &seq {
        Value::List(l) => {
            let n = l.borrow().len();
            Iter::Reversed { seq, index: n }
        }
        Value::Tuple(t) => {
            let n = t.len();
            Iter::Reversed { seq, index: n }
        }
        Value::Str(s) => {
            let chars: Vec<Value> = s.chars().map(|c| Value::str(&c.to_string())).collect();
            let n = chars.len();
            Iter::Reversed {
                seq: Value::tuple(chars),
                index: n,
            }
        }
        Value::Bytes(_) | Value::ByteArray(_) | Value::Dict(_) => {
            let items = crate::object::iter::collect(&seq)?;
            let n = items.len();
            Iter::Reversed {
                seq: Value::tuple(items),
                index: n,
            }
        }
        Value::Range(r) => r.reversed(),
        // The sequence protocol (CPython's reversed_new in
        // Objects/enumobject.c): `__len__` now, `__getitem__` item by item.
        Value::Instance(_)
            if vm.special_method(&seq, "__getitem__").is_some()
                && vm.special_method(&seq, "__len__").is_some() =>
        {
            let index = vm.len(&seq)?;
            Iter::Reversed { seq, index }
        }
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                other.type_name()
            )))
        }
    };
    Ok(Value::Iterator(Rc::new(RefCell::new(it))))
}

fn enumerate(vm: &Vm, mut args: Args) -> PyResult {
    let start = args.take_keyword("start");
    reject_other_keywords("enumerate", &args)?;
    arity("enumerate", &args, 1, 2)?;
    let count = match start.or_else(|| args.positional.get(1).cloned()) {
        Some(v) => Value::from_bigint(crate::object::range::integer_arg(&v)?),
        None => Value::Int(0),
    };
    let inner = vm.iter(&args.positional[0])?;
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Enumerate {
        inner,
        count,
    }))))
}

fn zip(vm: &Vm, args: Args) -> PyResult {
    let mut strict = false;
    if args.keywords.len() > 1 {
        return Err(PyErr::type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.keywords.len()
        )));
    }
    for (name, value) in &args.keywords {
        if &**name != "strict" {
            return Err(PyErr::type_error(format!(
                "'{name}' is an invalid keyword argument for zip()"
            )));
        }
        strict = vm.truth(value)?;
    }
    let mut inners = Vec::with_capacity(args.positional.len());
    for v in &args.positional {
        inners.push(vm.iter(v)?);
    }
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Zip {
        inners,
        strict,
    }))))
}

/// `isinstance`/`issubclass`'s second argument: a class, or a tuple of
/// them (nested tuples too). A class whose metaclass defines `hook`
/// (`__instancecheck__`, `__subclasscheck__`) answers for itself, as
/// `PyObject_IsInstance` asks it; `subject` is what the hook is given.
fn type_matches(
    vm: &Vm,
    subject: &Value,
    t: &TypeRef,
    spec: &Value,
    fname: &str,
    what: &str,
) -> PyResult<bool> {
    match spec {
        Value::Type(cls) => {
            let hook = if fname == "isinstance" {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            };
            let custom = match cls {
                // An exact match needs no hook (`PyObject_IsInstance`).
                TypeRef::User(_) if fname == "isinstance" && t == cls => None,
                TypeRef::User(c) => c.meta.borrow().as_ref().and_then(|m| m.lookup(hook)),
                TypeRef::Builtin(_) => None,
            };
            match custom {
                Some(f) => {
                    let answer =
                        vm.call(&f, Args::positional(vec![spec.clone(), subject.clone()]))?;
                    vm.truth(&answer)
                }
                None => Ok(t.is_subclass(cls)),
            }
        }
        Value::Tuple(items) => {
            for item in items.iter() {
                if type_matches(vm, subject, t, item, fname, what)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(format!(
            "{}() arg 2 must be {}, or a union",
            fname, what
        ))),
    }
}

fn isinstance(vm: &Vm, args: Args) -> PyResult {
    arity("isinstance", &args, 2, 2)?;
    let t = args.positional[0].type_of();
    Ok(Value::Bool(type_matches(
        vm,
        &args.positional[0],
        &t,
        &args.positional[1],
        "isinstance",
        "a type, a tuple of types",
    )?))
}

fn chr(_vm: &Vm, args: Args) -> PyResult {
    arity("chr", &args, 1, 1)?;
    let i = index_arg(&args.positional[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(&c.to_string())),
        // CPython's str holds lone surrogates; this one cannot.
        None if (0xd800..=0xdfff).contains(&i) => Err(PyErr::value_error(format!(
            "chr({i:#x}) is a lone surrogate, which str does not support here"
        ))),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &Vm, args: Args) -> PyResult {
    arity("ord", &args, 1, 1)?;
    match &args.positional[0] {
        Value::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn round(vm: &Vm, mut args: Args) -> PyResult {
    let ndigits = args.take_keyword("ndigits");
    if let Some(number) = args.take_keyword("number") {
        if !args.positional.is_empty() {
            return Err(PyErr::type_error(
                "argument for round() given by name ('number') and position (1)",
            ));
        }
        args.positional.push(number);
    }
    reject_other_keywords("round", &args)?;
    if args.positional.is_empty() {
        return Err(PyErr::type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    }
    let given = args.positional.len() + ndigits.is_some() as usize;
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "round() takes at most 2 arguments ({given} given)"
        )));
    }
    if let v @ Value::Instance(_) = &args.positional[0] {
        if let Some(method) = vm.special_method(v, "__round__") {
            let given = ndigits.or_else(|| args.positional.get(1).cloned());
            return vm.call(&method, Args::positional(given.into_iter().collect()));
        }
    }
    let ndigits = match ndigits.or_else(|| args.positional.get(1).cloned()) {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::object::range::integer_arg(&v)?),
    };
    match (&args.positional[0], ndigits) {
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return Err(if f.is_nan() {
                    PyErr::value_error("cannot convert float NaN to integer")
                } else {
                    PyErr::new(
                        &types::OVERFLOW_ERROR,
                        "cannot convert float infinity to integer",
                    )
                });
            }
            let r = f.round_ties_even();
            Ok(Value::from_bigint(
                num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
            ))
        }
        (Value::Float(f), Some(n)) => {
            // Any ndigits beyond a float's reach rounds the same as the
            // nearest in reach (`PyNumber_AsSsize_t` clipping).
            let n = n
                .to_i64()
                .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
            Ok(Value::Float(ops::round_float(*f, n)?))
        }
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), None) => {
            Ok(ops::unary_op(crate::syntax::ast::UnaryOp::Pos, v)?)
        }
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), Some(n)) => {
            let int = crate::object::range::as_bigint(v).expect("an int");
            Ok(Value::from_bigint(ops::round_int(int, &n)))
        }
        (other, _) => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

fn iter(vm: &Vm, args: Args) -> PyResult {
    no_keywords("iter", &args)?;
    match args.positional.as_slice() {
        // An object's own `__iter__` result, itself when it returns self.
        [x @ Value::Instance(_)] => match vm.special_method(x, "__iter__") {
            Some(f) => {
                let it = vm.call(&f, Args::default())?;
                if vm.special_method(&it, "__next__").is_none()
                    && !matches!(it, Value::Iterator(_) | Value::Generator(_))
                {
                    return Err(PyErr::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        it.type_name()
                    )));
                }
                Ok(it)
            }
            None => Ok(Value::Iterator(vm.iter(x)?)),
        },
        [x] => Ok(Value::Iterator(vm.iter(x)?)),
        [callable, sentinel] => {
            if !is_callable(vm, callable) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            let it = CallableIterator {
                state: RefCell::new(Some((callable.clone(), sentinel.clone()))),
            };
            Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Python(
                Value::Object(Rc::new(it)),
            )))))
        }
        [] => Err(PyErr::type_error(
            "iter expected at least 1 argument, got 0",
        )),
        more => Err(PyErr::type_error(format!(
            "iter expected at most 2 arguments, got {}",
            more.len()
        ))),
    }
}

static CALLABLE_ITERATOR: TypeObject = TypeObject {
    name: "callable_iterator",
    module: "builtins",
    base: Some(&types::OBJECT),
    doc: "",
    members: &[&[
        crate::object::types::Member::slot("__iter__", callable_iterator_iter),
        crate::object::types::Member::slot("__next__", callable_iterator_next),
    ]],
    index: crate::object::types::MemberIndex::new(),
};

fn callable_iterator_iter(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    crate::object::slots::no_args(&args)?;
    Ok(me.clone())
}

fn callable_iterator_next(vm: &Vm, me: &Value, args: Args) -> PyResult {
    crate::object::slots::no_args(&args)?;
    let Value::Object(o) = me else {
        unreachable!("a callable_iterator is an object")
    };
    let it = o
        .as_any()
        .downcast_ref::<CallableIterator>()
        .expect("a callable_iterator method is only called on one");
    let Some((func, sentinel)) = it.state.borrow().clone() else {
        return Err(PyErr::with_args(&types::STOP_ITERATION, vec![]));
    };
    match vm.call(&func, Args::default()) {
        Ok(v) => {
            if v.is(&sentinel) || vm.equal(&v, &sentinel)? {
                it.state.replace(None);
                Err(PyErr::with_args(&types::STOP_ITERATION, vec![]))
            } else {
                Ok(v)
            }
        }
        Err(e) => {
            if e.is_instance(&types::STOP_ITERATION) {
                it.state.replace(None);
            }
            Err(e)
        }
    }
}

/// `iter(callable, sentinel)`: calls `callable` until it returns
/// `sentinel` (`Objects/iterobject.c:calliter_iternext`); the pair is
/// dropped once that happens, or when the callable raises StopIteration.
struct CallableIterator {
    state: RefCell<Option<(Value, Value)>>,
}

impl crate::object::native::NativeObject for CallableIterator {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&CALLABLE_ITERATOR)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn next(vm: &Vm, args: Args) -> PyResult {
    arity("next", &args, 1, 2)?;
    let it = match &args.positional[0] {
        Value::Iterator(it) => it.clone(),
        g @ Value::Generator(_) => {
            // Its return value travels in the StopIteration.
            return match (
                vm.call_method(g, "__next__", Args::default()),
                args.positional.get(1),
            ) {
                (Err(e), Some(default)) if e.is_instance(&types::STOP_ITERATION) => {
                    Ok(default.clone())
                }
                (result, _) => result,
            };
        }
        v if vm.special_method(v, "__next__").is_some() => {
            // Its own StopIteration, with its value, passes through.
            let method = vm.special_method(v, "__next__").expect("checked above");
            return match (vm.call(&method, Args::default()), args.positional.get(1)) {
                (Err(e), Some(default)) if e.is_instance(&types::STOP_ITERATION) => {
                    Ok(default.clone())
                }
                (result, _) => result,
            };
        }
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                other.type_name()
            )))
        }
    };
    let item = vm.next(&it)?;
    match (item, args.positional.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::with_args(&types::STOP_ITERATION, vec![])),
    }
}

fn hash(vm: &Vm, args: Args) -> PyResult {
    arity("hash", &args, 1, 1)?;
    let v = &args.positional[0];
    // Objects of user classes hash through `hash_of` (`userhash::user_hash`).
    if let Value::Object(_) = v {
        if let Some(method) = vm.special_method(v, "__hash__") {
            return vm.call(&method, Args::default());
        }
    }
    Ok(Value::Int(crate::object::set::hash_of(v)?))
}

fn id(_vm: &Vm, args: Args) -> PyResult {
    arity("id", &args, 1, 1)?;
    Ok(Value::Int(args.positional[0].address() as i64))
}

fn callable(vm: &Vm, args: Args) -> PyResult {
    arity("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args.positional[0])))
}

pub(crate) fn is_callable(vm: &Vm, v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_)
            | Value::Native(_)
            | Value::BoundMethod(_)
            | Value::Method(_)
            | Value::Type(_)
    ) || vm.special_method(v, "__call__").is_some()
}

/// `input(prompt)`: the prompt goes to stdout (flushed), then one line is
/// read from stdin without its newline; EOFError at the end of input.
fn input(vm: &Vm, args: Args) -> PyResult {
    arity("input", &args, 0, 1)?;
    if let Some(prompt) = args.positional.first() {
        vm.write(Stream::Stdout, &vm.str(prompt)?);
    }
    vm.stdout.borrow_mut().flush();
    // A script an embedding host runs never reads the host's own stdin.
    if vm.guard.hosted() {
        return Err(PyErr::new(&types::EOF_ERROR, "EOF when reading a line"));
    }
    // On a terminal, wait for the line where Ctrl-C can end the wait (a
    // terminal hands over one line per read, so nothing waits in a buffer).
    if std::io::IsTerminal::is_terminal(&std::io::stdin())
        && !crate::signals::wait_readable(libc::STDIN_FILENO)
    {
        crate::signals::take_interrupt();
        return Err(PyErr::with_args(&types::KEYBOARD_INTERRUPT, vec![]));
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(&types::EOF_ERROR, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::str(&line))
        }
        Err(e) => Err(PyErr::new(&types::OS_ERROR, e.to_string())),
    }
}

/// `aiter(x)`: `x.__aiter__()`.
fn aiter(vm: &Vm, args: Args) -> PyResult {
    arity("aiter", &args, 1, 1)?;
    vm.aiter(&args.positional[0])
}

/// `anext(it[, default])`: the awaitable `it.__anext__()`; with a default,
/// an awaitable that gives the default instead of `StopAsyncIteration`.
fn anext(vm: &Vm, args: Args) -> PyResult {
    arity("anext", &args, 1, 2)?;
    let it = &args.positional[0];
    let awaitable = match vm.special_method(it, "__anext__") {
        Some(m) => vm.call(&m, Args::default())?,
        None => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not an async iterator",
                it.type_name()
            )))
        }
    };
    let Some(default) = args.positional.get(1).cloned() else {
        return Ok(awaitable);
    };
    let vm_rc = vm.rc();
    let body = async move {
        let vm = &*vm_rc;
        match vm.await_value(awaitable).await {
            Err(e) if e.is_instance(&types::STOP_ASYNC_ITERATION) => Ok(default),
            other => other,
        }
    };
    Ok(Value::Coroutine(crate::interp::coroutine::Coroutine::new(
        Rc::from("anext_awaitable"),
        Rc::from("anext_awaitable"),
        None,
        Box::pin(body),
        None,
    )))
}

fn map(vm: &Vm, args: Args) -> PyResult {
    no_keywords("map", &args)?;
    if args.positional.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut positional = args.positional.into_iter();
    let func = positional.next().expect("checked above");
    let inners = positional.map(|v| vm.iter(&v)).collect::<PyResult<_>>()?;
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Map {
        func,
        inners,
    }))))
}

fn filter(vm: &Vm, args: Args) -> PyResult {
    no_keywords("filter", &args)?;
    if args.positional.len() != 2 {
        return Err(PyErr::type_error(format!(
            "filter expected 2 arguments, got {}",
            args.positional.len()
        )));
    }
    let inner = vm.iter(&args.positional[1])?;
    let func = args.positional[0].clone();
    Ok(Value::Iterator(Rc::new(RefCell::new(Iter::Filter {
        func,
        inner,
    }))))
}

/// `globals`, `locals`, `eval`, `exec` called other than by name (through
/// a variable, `map`, ...): the call site gives them the caller's frame
/// (`interp::introspect`), which a call from Rust has no way to find.
fn frame_only(_vm: &Vm, _args: Args) -> PyResult {
    Err(PyErr::new(
        &types::NOT_IMPLEMENTED_ERROR,
        "pyasync supports globals(), locals(), eval() and exec() only when called by name",
    ))
}

/// `dir(obj)`; `dir()` is answered at the call site with the frame.
fn dir(vm: &Vm, args: Args) -> PyResult {
    no_keywords("dir", &args)?;
    match args.positional.as_slice() {
        [obj] => vm.dir_of(obj),
        [] => frame_only(vm, args),
        more => Err(PyErr::type_error(format!(
            "dir expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

/// `ascii(obj)`: the repr with every non-ASCII character escaped, as
/// `PyObject_ASCII` does.
fn ascii(vm: &Vm, args: Args) -> PyResult {
    no_keywords("ascii", &args)?;
    arity("ascii", &args, 1, 1)?;
    let text = vm.repr(&args.positional[0])?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(Value::str(&out))
}

/// `compile(source, filename, mode)`: the source is parsed and resolved
/// now, so that a syntax error is raised here naming `filename`; the code
/// object it gives is run by `exec` and `eval`.
fn compile(_vm: &Vm, args: Args) -> PyResult {
    use crate::interp::introspect::{Code, Mode};
    const PARAMS: [&str; 7] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let mut slots = args.unpack_keywords("compile", &PARAMS, 6, 3)?;
    let source: Rc<str> = match slots[0].take() {
        Some(Value::Str(s)) => s,
        // Bytes are read as a file is: a byte order mark, an encoding declaration.
        Some(Value::Bytes(b)) => Rc::from(
            crate::source::decode_source(&b, "<string>")
                .map_err(|msg| PyErr::new(&types::SYNTAX_ERROR, msg))?,
        ),
        _ => {
            return Err(PyErr::type_error(
                "compile() arg 1 must be a string, bytes or AST object",
            ))
        }
    };
    let filename: Rc<str> = match slots[1].take() {
        Some(Value::Str(s)) => s,
        Some(Value::Bytes(b)) => Rc::from(String::from_utf8_lossy(&b).as_ref()),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )))
        }
        None => unreachable!("checked above"),
    };
    let mode = match slots[2].take() {
        Some(Value::Str(m)) if &*m == "exec" => Mode::Exec,
        Some(Value::Str(m)) if &*m == "eval" => Mode::Eval,
        Some(Value::Str(m)) if &*m == "single" => Mode::Single,
        Some(Value::Str(_)) => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
        None => unreachable!("checked above"),
    };
    match slots[3].take() {
        None | Some(Value::Int(0)) | Some(Value::Bool(false)) => {}
        Some(Value::Int(_) | Value::Bool(true)) => {
            return Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                "pyasync does not support compile() flags",
            ))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    }
    // `eval` mode drops leading blanks, as `eval` does.
    let source = if mode == Mode::Eval {
        Rc::from(source.trim_start_matches([' ', '\t']))
    } else {
        source
    };
    let code = Code {
        source,
        filename,
        mode,
    };
    let mut module = code.parse()?;
    if mode == Mode::Single && module.body.len() > 1 {
        return Err(code.syntax_error_at_start(
            "multiple statements found while compiling a single statement",
        ));
    }
    crate::resolve::resolve_module(
        &mut module,
        &[],
        &code.source,
        crate::builtins::builtin_index,
    )
    .map_err(|e| code.syntax_error(&e))?;
    Ok(Value::Object(Rc::new(code)))
}

/// `breakpoint()` enters pdb in CPython; pyasync has no debugger.
fn breakpoint(_vm: &Vm, _args: Args) -> PyResult {
    Err(PyErr::new(
        &types::NOT_IMPLEMENTED_ERROR,
        "breakpoint() is not supported: pyasync has no debugger (pdb)",
    ))
}

static QUITTER: TypeObject = TypeObject {
    name: "Quitter",
    module: "_sitebuiltins",
    base: Some(&types::OBJECT),
    doc: "",
    members: &[&[
        crate::object::types::Member::method(
            "__call__",
            quitter_call,
            "Raise SystemExit with the code.",
        ),
        crate::object::types::Member::getter("name", quitter_name, "exit or quit."),
        crate::object::types::Member::getter("eof", quitter_eof, "How to send an end of file."),
    ]],
    index: crate::object::types::MemberIndex::new(),
};

fn quitter_of(me: &Value) -> &Quitter {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Quitter>()
            .expect("a Quitter method is only called on one"),
        _ => unreachable!("a Quitter method is only called on one"),
    }
}

fn quitter_call(_vm: &Vm, _me: &Value, mut args: Args) -> PyResult {
    let code = args.take_keyword("code");
    if let Some((k, _)) = args.keywords.first() {
        Err(PyErr::type_error(format!(
            "Quitter.__call__() got an unexpected keyword argument '{k}'"
        )))
    } else if args.positional.len() + code.iter().len() > 1 {
        Err(PyErr::type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.positional.len() + 1
        )))
    } else {
        let code = args.positional.pop().or(code).unwrap_or_default();
        Err(PyErr::with_args(&types::SYSTEM_EXIT, vec![code]))
    }
}

fn quitter_name(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::str(quitter_of(me).0))
}

fn quitter_eof(_vm: &Vm, _me: &Value) -> PyResult {
    Ok(Value::str("Ctrl-D (i.e. EOF)"))
}

/// `exit` and `quit`, which `site` adds to the builtins: calling one
/// raises SystemExit as `sys.exit` does (`Lib/_sitebuiltins.py: Quitter`).
struct Quitter(&'static str);

fn quitter(name: &'static str) -> Value {
    Value::Object(Rc::new(Quitter(name)))
}

impl crate::object::native::NativeObject for Quitter {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&QUITTER)
    }

    fn repr(&self, _me: &Value) -> String {
        format!("Use {}() or Ctrl-D (i.e. EOF) to exit", self.0)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `help()` is CPython's interactive pydoc browser, which pyasync lacks.
fn help(vm: &Vm, args: Args) -> PyResult {
    crate::stdlib::pydoc::help(vm, args)
}

fn vars(vm: &Vm, args: Args) -> PyResult {
    if args.positional.is_empty() && args.keywords.is_empty() {
        return frame_only(vm, args);
    }
    no_keywords("vars", &args)?;
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    vm.get_attr(&args.positional[0], "__dict__")
        .map_err(|_| PyErr::type_error("vars() argument must have __dict__ attribute"))
}

fn format(vm: &Vm, args: Args) -> PyResult {
    arity("format", &args, 1, 2)?;
    let spec = match args.positional.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    let mut out = String::new();
    vm.format_field(&mut out, &args.positional[0], None, &spec, None)?;
    Ok(Value::str(&out))
}

fn delattr(vm: &Vm, args: Args) -> PyResult {
    arity("delattr", &args, 2, 2)?;
    let name = attr_name(&args.positional[1])?;
    vm.del_attr(&args.positional[0], &name)?;
    Ok(Value::None)
}

fn issubclass(vm: &Vm, args: Args) -> PyResult {
    arity("issubclass", &args, 2, 2)?;
    let Value::Type(t) = &args.positional[0] else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(type_matches(
        vm,
        &args.positional[0],
        t,
        &args.positional[1],
        "issubclass",
        "a class, a tuple of classes",
    )?))
}

fn descriptor(d: crate::object::class::Descriptor) -> Value {
    Value::Descriptor(Rc::new(d))
}

fn property(_vm: &Vm, mut args: Args) -> PyResult {
    let mut take = |name: &str, i: usize| {
        args.take_keyword(name)
            .or_else(|| args.positional.get(i).cloned())
            .filter(|v| !v.is_none())
    };
    let (fget, fset, fdel) = (take("fget", 0), take("fset", 1), take("fdel", 2));
    Ok(descriptor(crate::object::class::Descriptor::Property {
        fget,
        fset,
        fdel,
    }))
}

fn staticmethod(_vm: &Vm, args: Args) -> PyResult {
    arity("staticmethod", &args, 1, 1)?;
    Ok(descriptor(crate::object::class::Descriptor::StaticMethod(
        args.positional[0].clone(),
    )))
}

fn classmethod(_vm: &Vm, args: Args) -> PyResult {
    arity("classmethod", &args, 1, 1)?;
    Ok(descriptor(crate::object::class::Descriptor::ClassMethod(
        args.positional[0].clone(),
    )))
}

/// `super(cls, obj)`; the argument-less form is handled where the call is
/// evaluated, since it needs the calling frame.
fn super_(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        // CPython's supercheck (Objects/typeobject.c): the receiver must be
        // an instance or a subclass of `cls`.
        [Value::Type(cls), obj]
            if !obj.type_of().is_subclass(cls)
                && !matches!(obj, Value::Type(t) if t.is_subclass(cls)) =>
        {
            Err(PyErr::type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ))
        }
        [Value::Type(cls), obj] => Ok(Value::Super(Rc::new(crate::object::class::Super {
            class: cls.clone(),
            receiver: obj.clone(),
        }))),
        [] => Err(PyErr::runtime_error("super(): no arguments")),
        _ => Err(PyErr::type_error("super() argument 1 must be a type")),
    }
}

/// Whether some item of `iterable` has truth value `wanted`; stops at the
/// first, as `any` and `all` do.
fn first_with_truth(vm: &Vm, iterable: &Value, wanted: bool) -> PyResult<bool> {
    let items = vm.iter(iterable)?;
    while let Some(item) = vm.next(&items)? {
        if vm.truth(&item)? == wanted {
            return Ok(true);
        }
    }
    Ok(false)
}

fn any(vm: &Vm, args: Args) -> PyResult {
    arity("any", &args, 1, 1)?;
    Ok(Value::Bool(first_with_truth(
        vm,
        &args.positional[0],
        true,
    )?))
}

fn all(vm: &Vm, args: Args) -> PyResult {
    arity("all", &args, 1, 1)?;
    Ok(Value::Bool(!first_with_truth(
        vm,
        &args.positional[0],
        false,
    )?))
}

fn divmod(vm: &Vm, args: Args) -> PyResult {
    arity("divmod", &args, 2, 2)?;
    let (a, b) = (&args.positional[0], &args.positional[1]);
    // `__divmod__`, then the other operand's `__rdivmod__` (`binary_op1`).
    let mut order = [(a, b, "__divmod__"), (b, a, "__rdivmod__")];
    if crate::interp::protocols::reflected_first(a, b, "__rdivmod__") {
        order.swap(0, 1);
    }
    for (obj, other, name) in order {
        if matches!(obj, Value::Instance(_)) {
            if let Some(m) = vm.special_method(obj, name) {
                let result = vm.call(&m, Args::positional(vec![other.clone()]))?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
            }
        }
    }
    let plain = |v| crate::object::class::payload(v).unwrap_or(v);
    let q = ops::binary_op(BinOp::FloorDiv, plain(a), plain(b)).map_err(|e| {
        if e.is_instance(&types::TYPE_ERROR) {
            PyErr::type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                a.type_of().tp_name(),
                b.type_of().tp_name()
            ))
        } else if e.is_instance(&types::ZERO_DIVISION_ERROR)
            && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)))
        {
            PyErr::zero_division("float divmod()")
        } else {
            e
        }
    })?;
    let r = ops::binary_op(BinOp::Mod, plain(a), plain(b))?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &Vm, args: Args) -> PyResult {
    let params = args.unpack_keywords("pow", &["base", "exp", "mod"], 3, 2)?;
    let [Some(base), Some(exp), modulus] = &params[..] else {
        unreachable!("pow() has two required parameters")
    };
    let Some(modulus) = modulus.as_ref().filter(|m| !m.is_none()) else {
        return vm.binary_op(BinOp::Pow, base, exp);
    };
    // Three-argument power asks only the base's own `__pow__`, never an
    // `__rpow__` (`slot_nb_power` in CPython's `Objects/typeobject.c`).
    if let Value::Instance(i) = base {
        if let Some(f) = i
            .class
            .lookup("__pow__")
            .filter(|f| matches!(f, Value::Function(_)))
        {
            let bound = Value::Method(Rc::new(crate::object::class::Method {
                receiver: base.clone(),
                function: f,
            }));
            let result = vm.call(&bound, Args::positional(vec![exp.clone(), modulus.clone()]))?;
            if !matches!(result, Value::NotImplemented) {
                return Ok(result);
            }
        }
    }
    let names = [base.type_name(), exp.type_name(), modulus.type_name()];
    let plain = |v| crate::object::class::payload(v).unwrap_or(v);
    let (base, exp, modulus) = (plain(base), plain(exp), plain(modulus));
    let as_big = |v: &Value| -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    };
    // The numeric types' own `nb_power` in the operands' order, each once:
    // `long_pow` wants three ints, `float_pow` refuses any modulus, and
    // `complex_pow` refuses one once both operands are numbers
    // (`ternary_op` in `Objects/abstract.c`).
    let is_number =
        |v: &Value| as_big(v).is_some() || matches!(v, Value::Float(_) | Value::Complex(..));
    let (mut b, mut e, mut m) = (None, None, None);
    let mut seen = Vec::new();
    for v in [base, exp, modulus] {
        let kind = match v {
            Value::Float(_) => 1,
            Value::Complex(..) => 2,
            _ if as_big(v).is_some() => 0,
            _ => continue,
        };
        if seen.contains(&kind) {
            continue;
        }
        seen.push(kind);
        match kind {
            0 => {
                if let (Some(x), Some(y), Some(z)) = (as_big(base), as_big(exp), as_big(modulus)) {
                    (b, e, m) = (Some(x), Some(y), Some(z));
                    break;
                }
            }
            1 => {
                return Err(PyErr::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
            _ => {
                if is_number(base) && is_number(exp) {
                    return Err(PyErr::value_error("complex modulo"));
                }
            }
        }
    }
    let (Some(b), Some(e), Some(m)) = (b, e, m) else {
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            names[0], names[1], names[2]
        )));
    };
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    // A negative exponent raises the modular inverse (`long_pow` in
    // `Objects/longobject.c`, Python 3.8+).
    let (b, e) = if e.is_negative() {
        let inverse = mod_inverse(&b, &m.abs())
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        (inverse, -e)
    } else {
        (b, e)
    };
    let r = b.modpow(&e, &m);
    // Python's result takes the modulus's sign.
    let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
        r + &m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

/// The inverse of `b` modulo `m` (> 0), by the extended Euclidean
/// algorithm; `None` when they are not coprime.
fn mod_inverse(b: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    use num_traits::One;
    let (mut old_r, mut r) = (b.mod_floor(m), m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while !r.is_zero() {
        let q = &old_r / &r;
        let next_r = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, next_r);
        let next_s = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, next_s);
    }
    if !old_r.is_one() && !m.is_one() {
        return None;
    }
    Some(old_s.mod_floor(m))
}

fn int_to_base(v: &Value, radix: u32, prefix: &str) -> PyResult {
    let b = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(Value::str(&format!(
        "{}{}{}",
        sign,
        prefix,
        b.abs().to_str_radix(radix)
    )))
}

fn hex(vm: &Vm, args: Args) -> PyResult {
    arity("hex", &args, 1, 1)?;
    int_to_base(&vm.number_index(&args.positional[0])?, 16, "0x")
}

fn oct(vm: &Vm, args: Args) -> PyResult {
    arity("oct", &args, 1, 1)?;
    int_to_base(&vm.number_index(&args.positional[0])?, 8, "0o")
}

fn bin(vm: &Vm, args: Args) -> PyResult {
    arity("bin", &args, 1, 1)?;
    int_to_base(&vm.number_index(&args.positional[0])?, 2, "0b")
}

fn attr_name(v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn getattr(vm: &Vm, args: Args) -> PyResult {
    arity("getattr", &args, 2, 3)?;
    let name = attr_name(&args.positional[1])?;
    match vm.get_attr(&args.positional[0], &name) {
        Err(e) if e.is_instance(&types::ATTRIBUTE_ERROR) && args.positional.len() == 3 => {
            Ok(args.positional[2].clone())
        }
        other => other,
    }
}

fn hasattr(vm: &Vm, args: Args) -> PyResult {
    arity("hasattr", &args, 2, 2)?;
    let name = attr_name(&args.positional[1])?;
    match vm.get_attr(&args.positional[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance(&types::ATTRIBUTE_ERROR) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &Vm, args: Args) -> PyResult {
    arity("setattr", &args, 3, 3)?;
    let name = attr_name(&args.positional[1])?;
    vm.set_attr(&args.positional[0], &name, args.positional[2].clone())?;
    Ok(Value::None)
}

// ----- types as constructors -----

/// Calls a builtin type: `int("3")`, `list(x)`, `ValueError("boom")`.
pub fn call_type(vm: &Vm, tobj: &'static TypeObject, mut args: Args) -> PyResult {
    let t = &TypeRef::Builtin(tobj);
    if t.is(&types::BASE_EXCEPTION_GROUP) {
        return crate::object::exception::new_exception_group(vm, t.clone(), args)
            .map(Value::Exception);
    }
    if t.is(&types::OS_ERROR) {
        no_keywords(tobj.name, &args)?;
        return Ok(Value::Exception(PyException::new_os_error(
            t.clone(),
            args.positional,
        )));
    }
    if t.is(&types::SYNTAX_ERROR) {
        no_keywords(tobj.name, &args)?;
        return Ok(Value::Exception(PyException::new_syntax_error(
            t.clone(),
            args.positional,
        )));
    }
    if t.is(&types::IMPORT_ERROR) {
        // `name=` and `path=` go to `__init__` (`ImportError_init`).
        let e = Value::Exception(PyException::new(t.clone(), Vec::new()));
        vm.call_method(&e, "__init__", args)?;
        return Ok(e);
    }
    if t.is(&types::BASE_EXCEPTION) {
        no_keywords(tobj.name, &args)?;
        return Ok(Value::Exception(PyException::new(
            t.clone(),
            args.positional,
        )));
    }
    let name = tobj.name;
    match name {
        "int" => {
            let base = args.take_keyword("base");
            reject_other_keywords("int", &args)?;
            if args.positional.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "int() takes at most 2 arguments ({} given)",
                    args.positional.len()
                )));
            }
            let base = base.or_else(|| args.positional.get(1).cloned());
            match args.positional.first() {
                None => Ok(Value::Int(0)),
                Some(v @ (Value::Instance(_) | Value::Object(_))) if base.is_none() => {
                    // `__int__`, then `__index__` (`PyNumber_Long`).
                    match ["__int__", "__index__"]
                        .iter()
                        .find_map(|m| vm.special_method(v, m))
                    {
                        Some(method) => match vm.call(&method, Args::default())? {
                            r @ (Value::Int(_) | Value::BigInt(_)) => Ok(r),
                            Value::Bool(b) => Ok(Value::Int(b as i64)),
                            other => Err(PyErr::type_error(format!(
                                "__int__ returned non-int (type {})",
                                other.type_name()
                            ))),
                        },
                        None => int_from(v, None),
                    }
                }
                Some(v) => int_from(v, base),
            }
        }
        "float" => {
            no_keywords("float", &args)?;
            arity("float", &args, 0, 1)?;
            match args.positional.first() {
                None => Ok(Value::Float(0.0)),
                Some(v @ (Value::Instance(_) | Value::Object(_))) => {
                    match ["__float__", "__index__"]
                        .iter()
                        .find_map(|m| vm.special_method(v, m))
                    {
                        Some(method) => match vm.call(&method, Args::default())? {
                            Value::Float(f) => Ok(Value::Float(f)),
                            i @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                                float_from(&i)
                            }
                            other => Err(PyErr::type_error(format!(
                                "{}.__float__ returned non-float (type {})",
                                v.type_name(),
                                other.type_name()
                            ))),
                        },
                        None => float_from(v),
                    }
                }
                Some(v) => float_from(v),
            }
        }
        "str" if args.positional.len() > 1 || !args.keywords.is_empty() => {
            crate::object::bytes::str_from_bytes(vm, args)
        }
        "bytes" | "bytearray" => crate::object::bytes::construct(vm, name == "bytearray", args),
        "complex" => crate::object::complex::construct(vm, args),
        "memoryview" => crate::object::memoryview::construct(vm, args),
        "str" => {
            reject_other_keywords("str", &args)?;
            arity("str", &args, 0, 1)?;
            Ok(match args.positional.first() {
                None => Value::str(""),
                Some(Value::Str(s)) => Value::Str(s.clone()),
                Some(v) => Value::str(&vm.str(v)?),
            })
        }
        "bool" => {
            no_keywords("bool", &args)?;
            arity("bool", &args, 0, 1)?;
            Ok(Value::Bool(match args.positional.first() {
                Some(v) => vm.truth(v)?,
                None => false,
            }))
        }
        "list" => {
            no_keywords("list", &args)?;
            arity("list", &args, 0, 1)?;
            Ok(Value::list(match args.positional.first() {
                None => Vec::new(),
                Some(v) => vm.collect(v)?,
            }))
        }
        "tuple" => {
            no_keywords("tuple", &args)?;
            arity("tuple", &args, 0, 1)?;
            Ok(match args.positional.first() {
                None => Value::tuple(Vec::new()),
                Some(v @ Value::Tuple(_)) => v.clone(),
                Some(v) => Value::tuple(vm.collect(v)?),
            })
        }
        "dict" => {
            // `dict(src, **kw)` is an empty dict updated with them.
            arity("dict", &args, 0, 1)?;
            let d = Value::Dict(Rc::new(RefCell::new(Dict::new())));
            vm.call_method(&d, "update", args)?;
            Ok(d)
        }
        "set" | "frozenset" => {
            no_keywords(name, &args)?;
            arity(name, &args, 0, 1)?;
            let arg = match args.positional.first() {
                Some(v) => Some(crate::object::set::Operand::new(v, |v| vm.collect(v))?),
                None => None,
            };
            crate::object::set::construct(arg.as_ref(), name == "frozenset")
        }
        "range" => {
            no_keywords("range", &args)?;
            arity("range", &args, 1, 3)?;
            crate::object::range::construct(&args.positional)
        }
        "type" => match args.positional.len() {
            1 if !args.keywords.is_empty() => {
                Err(PyErr::type_error("type() takes no keyword arguments"))
            }
            1 => Ok(Value::Type(args.positional[0].type_of())),
            3 => crate::interp::metaclass::make_type(vm, t.clone(), args),
            _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
        },
        "object" => {
            if !args.positional.is_empty() || !args.keywords.is_empty() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            Ok(Value::Object(Rc::new(BareObject)))
        }
        "slice" => crate::object::slice::construct(args),
        // Types of library modules construct themselves.
        _ if crate::stdlib::types_module::constructs(tobj) => {
            crate::stdlib::types_module::construct(vm, tobj, args)
        }
        _ if crate::stdlib::operator::is_own_type(tobj) => {
            crate::stdlib::operator::construct(vm, tobj, args)
        }
        // A type declared with its own `__new__` (array.array).
        _ if tobj.module != "builtins" && tobj.own_member("__new__").is_some() => {
            match tobj.own_member("__new__").map(|m| m.kind) {
                Some(types::MemberKind::StaticMethod(new)) => {
                    args.positional.insert(0, Value::Type(t.clone()));
                    new(vm, args)
                }
                _ => Err(PyErr::type_error(format!(
                    "cannot create '{}' instances",
                    t.qualified_name()
                ))),
            }
        }
        _ => crate::asyncio::construct(vm, tobj, args).unwrap_or_else(|| {
            Err(PyErr::type_error(format!(
                "cannot create '{}' instances",
                t.qualified_name()
            )))
        }),
    }
}

/// The `__new__` a type declares in its own table (not an inherited one).
fn int_from(v: &Value, base: Option<Value>) -> PyResult {
    if let Some(text) = crate::object::bytes::numeric_text(v) {
        return int_from(&text, base).map_err(|e| crate::object::bytes::literal_error(e, v));
    }
    if let Some(base) = base {
        let Value::Str(s) = crate::object::class::payload(v).unwrap_or(v) else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        let b = index_arg(&base)?;
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        return parse_int(s, b as u32);
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "cannot convert float infinity to integer",
                ));
            }
            Ok(Value::from_bigint(
                num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default(),
            ))
        }
        Value::Str(s) => parse_int(s, 10),
        other => match crate::object::class::payload(other) {
            Some(p) => int_from(p, None),
            None => Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            ))),
        },
    }
}

/// The text `int()` and `float()` parse: decimal digits of any script as
/// ASCII digits and other whitespace as spaces
/// (`_PyUnicode_TransformDecimalAndSpaceToASCII`).
fn ascii_numeral(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match crate::object::methods::decimal_value(c) {
            _ if c.is_ascii() => c,
            Some(d) => char::from(b'0' + d as u8),
            None if c.is_whitespace() => ' ',
            None => c,
        })
        .collect()
}

/// Whitespace as `Py_ISSPACE` has it (with `\v`, unlike Rust's ASCII set).
fn is_ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// `int(text, base)`: surrounding whitespace, one sign, underscores between
/// digits, and (for base 0 or a matching base) a `0x`/`0o`/`0b` prefix,
/// which an underscore may follow.
fn parse_int(text: &str, base: u32) -> PyResult {
    let invalid = || {
        PyErr::value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            repr_plain(&Value::str(text))
        ))
    };
    let ascii = ascii_numeral(text);
    let s = ascii.trim_matches(is_ascii_space);
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let prefix = s.get(..2).map(str::to_ascii_lowercase);
    let (radix, digits, prefixed) = match (base, prefix.as_deref()) {
        (0 | 16, Some("0x")) => (16, &s[2..], true),
        (0 | 8, Some("0o")) => (8, &s[2..], true),
        (0 | 2, Some("0b")) => (2, &s[2..], true),
        (0, _) => (10, s, false),
        (b, _) => (b, s, false),
    };
    let digits = match digits.strip_prefix('_') {
        Some(rest) if prefixed => rest,
        _ => digits,
    };
    let well_formed = !digits.is_empty()
        && digits
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__");
    // Base 0 reads decimal as a literal does: no leading zeros but for 0.
    let leading_zero = base == 0
        && !prefixed
        && digits.starts_with('0')
        && !digits.trim_start_matches(['0', '_']).is_empty();
    if !well_formed || leading_zero {
        return Err(invalid());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    crate::object::int::str_digits::check_parse(clean.len(), radix)?;
    let value = BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(invalid)?;
    Ok(Value::from_bigint(if negative { -value } else { value }))
}

fn float_from(v: &Value) -> PyResult {
    if let Some(text) = crate::object::bytes::numeric_text(v) {
        return float_from(&text).map_err(|e| crate::object::bytes::literal_error(e, v));
    }
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let f = ops::to_f64(v).expect("a number");
            if f.is_infinite() {
                return Err(PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "int too large to convert to float",
                ));
            }
            Ok(Value::Float(f))
        }
        Value::Str(s) => parse_float(&ascii_numeral(s))
            .map(Value::Float)
            .ok_or_else(|| {
                PyErr::value_error(format!(
                    "could not convert string to float: {}",
                    repr_plain(v)
                ))
            }),
        other => match crate::object::class::payload(other) {
            Some(p) => float_from(p),
            None => Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                other.type_name()
            ))),
        },
    }
}

/// Python's float literal syntax for `float(text)`: digits with single
/// underscores between them, `inf`/`nan` in any case, surrounding whitespace.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim();
    let body = s.trim_start_matches(['+', '-']);
    if s.len() - body.len() > 1 {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        let v = if lower == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if s.starts_with('-') { -v } else { v });
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'))
    {
        return None;
    }
    // Underscores only between digits.
    let bytes = body.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'_' {
            let before = i > 0 && bytes[i - 1].is_ascii_digit();
            let after = bytes.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        }
    }
    let clean: String = s.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok()
}

/// Keeps integer conversion helpers in one place for `format` and friends.
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => b.to_i64(),
        other => crate::object::class::payload(other).and_then(to_i64),
    }
}

/// What `object()` returns: an instance with no attributes and no state,
/// used as a unique sentinel.
struct BareObject;

impl crate::object::native::NativeObject for BareObject {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&types::OBJECT)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
