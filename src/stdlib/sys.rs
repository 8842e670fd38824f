//! The `sys` module.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{types, Args, Globals, PyErr, PyResult, Stream, Value};

/// `sys`: the natives and values that come from the running process,
/// under the data written in Python (`py/sys.py`: struct sequences,
/// `sys.implementation`).
pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let native = |name: &'static str, func| super::native("sys", name, func);
    let argv: Vec<Value> = vm.argv.borrow().iter().map(|a| Value::str(a)).collect();
    let orig_argv = std::env::args().map(|a| Value::str(&a)).collect();
    let executable = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The installation prefix: the directory above the one holding the
    // executable, as for CPython's `bin/python3`.
    let prefix = std::path::Path::new(&executable)
        .parent()
        .and_then(|bin| bin.parent())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path = search_path(vm);
    let mut modules = super::module_names();
    modules.sort_unstable();
    let natives = vec![
        ("argv", Value::list(argv)),
        ("orig_argv", Value::list(orig_argv)),
        ("stdout", Value::Stream(Stream::Stdout)),
        ("stderr", Value::Stream(Stream::Stderr)),
        ("__stdout__", Value::Stream(Stream::Stdout)),
        ("__stderr__", Value::Stream(Stream::Stderr)),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10FFFF)),
        (
            "byteorder",
            Value::str(if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }),
        ),
        ("platform", Value::str(std::env::consts::OS)),
        ("platlibdir", Value::str("lib")),
        ("abiflags", Value::str("")),
        ("float_repr_style", Value::str("short")),
        (
            "copyright",
            Value::str("Copyright (c) the pyasync authors."),
        ),
        ("executable", Value::str(&executable)),
        ("prefix", Value::str(&prefix)),
        ("exec_prefix", Value::str(&prefix)),
        ("base_prefix", Value::str(&prefix)),
        ("base_exec_prefix", Value::str(&prefix)),
        ("pycache_prefix", Value::None),
        // pyasync never writes bytecode files.
        ("dont_write_bytecode", Value::Bool(true)),
        (
            "path",
            Value::list(path.iter().map(|p| Value::str(p)).collect()),
        ),
        ("modules", Value::Dict(vm.modules.clone())),
        ("warnoptions", Value::list(Vec::new())),
        (
            "builtin_module_names",
            Value::tuple(modules.iter().map(|m| Value::str(m)).collect()),
        ),
        (
            "stdlib_module_names",
            crate::object::set::new_frozenset(modules.iter().map(|m| Value::str(m)))
                .unwrap_or_default(),
        ),
        (
            "version",
            Value::str(concat!("3.11.7 (pyasync ", env!("CARGO_PKG_VERSION"), ")")),
        ),
        ("_flag_values", flag_values()),
        native("exit", exit),
        native("exc_info", exc_info),
        native("exception", exception),
        native("getrecursionlimit", getrecursionlimit),
        native("get_int_max_str_digits", |_, a| {
            no_args("get_int_max_str_digits", &a)
                .map(|_| Value::Int(crate::object::int::str_digits::limit() as i64))
        }),
        native("set_int_max_str_digits", set_int_max_str_digits),
        native("setrecursionlimit", setrecursionlimit),
        native("getsizeof", getsizeof),
        native("intern", intern),
        native("getrefcount", getrefcount),
        native("getdefaultencoding", |_, a| {
            constant("getdefaultencoding", a, "utf-8")
        }),
        native("getfilesystemencoding", |_, a| {
            constant("getfilesystemencoding", a, "utf-8")
        }),
        native("getfilesystemencodeerrors", |_, a| {
            constant("getfilesystemencodeerrors", a, "surrogateescape")
        }),
        native("getswitchinterval", getswitchinterval),
        native("setswitchinterval", setswitchinterval),
        native("is_finalizing", |_, a| {
            no_args("is_finalizing", &a).map(|_| Value::Bool(false))
        }),
        native("gettrace", |_, a| {
            no_args("gettrace", &a).map(|_| Value::None)
        }),
        native("getprofile", |_, a| {
            no_args("getprofile", &a).map(|_| Value::None)
        }),
        native("settrace", |_, a| no_hook("settrace", a)),
        native("setprofile", |_, a| no_hook("setprofile", a)),
        native("get_coroutine_origin_tracking_depth", |_, a| {
            no_args("get_coroutine_origin_tracking_depth", &a).map(|_| Value::Int(0))
        }),
    ];
    let globals = super::exec_module_source(vm, "sys", include_str!("py/sys.py"), natives);
    // print and the error reports read `sys.stdout`/`sys.stderr` here, as
    // CPython reads its interpreter's own sys dict.
    *vm.sys_globals.borrow_mut() = Some(globals.clone());
    globals
}

/// `sys.path`: the script's directory (or `''` for `-c`, stdin and the
/// prompt), then `PYTHONPATH`'s entries. pyasync's own modules are built
/// in, so no library directory follows.
fn search_path(vm: &Vm) -> Vec<String> {
    let mut path = Vec::new();
    if !crate::flags::safe_path() {
        let first = vm.argv.borrow().first().cloned().unwrap_or_default();
        let script = std::path::Path::new(&first);
        path.push(
            if first.is_empty() || first == "-c" || first == "-" || !script.exists() {
                String::new()
            } else {
                let dir = script.parent().map(|d| d.to_path_buf()).unwrap_or_default();
                std::fs::canonicalize(if dir.as_os_str().is_empty() {
                    ".".into()
                } else {
                    dir
                })
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default()
            },
        );
    }
    if let Some(extra) = crate::flags::python_env("PYTHONPATH") {
        path.extend(
            std::env::split_paths(&extra)
                .filter(|p| !p.as_os_str().is_empty())
                .map(|p| p.to_string_lossy().into_owned()),
        );
    }
    path
}

/// The values of `sys.flags`, in its field order.
fn flag_values() -> Value {
    let flag = |on: bool| Value::Int(on as i64);
    Value::tuple(vec![
        Value::Int(0),                            // debug
        flag(crate::flags::inspect()),            // inspect
        flag(crate::flags::inspect()),            // interactive
        flag(crate::flags::optimize()),           // optimize
        Value::Int(1),                            // dont_write_bytecode
        Value::Int(0),                            // no_user_site
        Value::Int(0),                            // no_site
        flag(crate::flags::ignore_environment()), // ignore_environment
        Value::Int(0),                            // verbose
        Value::Int(0),                            // bytes_warning
        Value::Int(0),                            // quiet
        Value::Int(1),                            // hash_randomization
        Value::Int(0),                            // isolated
        Value::Bool(crate::flags::dev_mode()),    // dev_mode
        Value::Int(0),                            // utf8_mode
        Value::Int(0),                            // warn_default_encoding
        Value::Bool(crate::flags::safe_path()),   // safe_path
        Value::Int(-1),                           // int_max_str_digits
    ])
}

fn constant(name: &str, args: Args, value: &str) -> PyResult {
    no_args(name, &args)?;
    Ok(Value::str(value))
}

/// `settrace`/`setprofile`: pyasync has no tracing hooks; None (removing
/// a hook) is accepted, a function is refused rather than never called.
fn no_hook(name: &str, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::None] if args.keywords.is_empty() => Ok(Value::None),
        [_] if args.keywords.is_empty() => Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            format!("pyasync does not support sys.{name}() hooks"),
        )),
        _ => Err(PyErr::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len() + args.keywords.len()
        ))),
    }
}

thread_local! {
    /// `sys.setswitchinterval`: kept for `getswitchinterval`; pyasync runs
    /// one thread, so nothing switches on it yet.
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
}

fn getswitchinterval(_vm: &Vm, args: Args) -> PyResult {
    no_args("getswitchinterval", &args)?;
    Ok(Value::Float(SWITCH_INTERVAL.with(|s| s.get())))
}

fn setswitchinterval(_vm: &Vm, args: Args) -> PyResult {
    let interval = match args.positional.as_slice() {
        [Value::Float(f)] => *f,
        [Value::Int(i)] => *i as f64,
        [Value::Bool(b)] => *b as i64 as f64,
        [other] => {
            return Err(PyErr::type_error(format!(
                "must be real number, not {}",
                other.type_name()
            )))
        }
        more => {
            return Err(PyErr::type_error(format!(
                "setswitchinterval() takes exactly one argument ({} given)",
                more.len()
            )))
        }
    };
    if interval <= 0.0 {
        return Err(PyErr::value_error(
            "switch interval must be strictly positive",
        ));
    }
    SWITCH_INTERVAL.with(|s| s.set(interval));
    Ok(Value::None)
}

/// `sys.intern(s)`: strings are shared by reference already; the string
/// itself is what CPython would hand back for a first interning.
fn intern(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Str(s)] if args.keywords.is_empty() => Ok(Value::Str(s.clone())),
        [other] if args.keywords.is_empty() => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            other.type_name()
        ))),
        _ => Err(PyErr::type_error(format!(
            "sys.intern() takes exactly one argument ({} given)",
            args.positional.len() + args.keywords.len()
        ))),
    }
}

/// `sys.getrefcount(obj)`: the references pyasync holds to the object,
/// plus the argument's own, as CPython counts it.
fn getrefcount(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [v] if args.keywords.is_empty() => Ok(Value::Int(v.ref_count() as i64 + 1)),
        _ => Err(PyErr::type_error(format!(
            "getrefcount() takes exactly one argument ({} given)",
            args.positional.len() + args.keywords.len()
        ))),
    }
}

/// `sys.getsizeof(obj[, default])`: the size CPython 3.11 reports on a
/// 64-bit build for the types whose layout fixes it (ints by their 30-bit
/// digits, strings by their widest character, bytes, floats, tuples,
/// lists by their length); other objects report a word per reference
/// they hold beyond a 16-byte header.
fn getsizeof(_vm: &Vm, args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("getsizeof() takes no keyword arguments"));
    }
    let v = match args.positional.as_slice() {
        [v] | [v, _] => v,
        [] => {
            return Err(PyErr::type_error(
                "getsizeof() missing required argument 'object' (pos 1)",
            ))
        }
        more => {
            return Err(PyErr::type_error(format!(
                "getsizeof() takes at most 2 arguments ({} given)",
                more.len()
            )))
        }
    };
    let digits = |bits: u64| 28 + 4 * (bits.saturating_sub(1) / 30) as i64;
    let size = match v {
        Value::None | Value::Ellipsis | Value::NotImplemented => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => digits(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::BigInt(b) => digits(b.bits()),
        Value::Float(_) => 24,
        Value::Str(s) => {
            let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
            let n = s.chars().count() as i64;
            match widest {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Value::Bytes(b) => 33 + b.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.len() as i64,
        Value::List(l) => 56 + 8 * l.borrow().len() as i64,
        Value::Range(_) => 48,
        Value::Instance(_) => 48,
        other => 16 + 8 * crate::builtins::length(other).unwrap_or(0) as i64,
    };
    Ok(Value::Int(size))
}

fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if args.positional.is_empty() && args.keywords.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "sys.{name}() takes no arguments ({} given)",
        args.positional.len() + args.keywords.len()
    )))
}

/// `sys.exc_info()`: `(type, value, traceback)` for the exception an
/// `except` clause is handling now, else `(None, None, None)`.
fn exc_info(vm: &Vm, args: Args) -> PyResult {
    no_args("exc_info", &args)?;
    let handled = vm.handled.borrow().last().cloned();
    Ok(match handled {
        Some(e) => {
            let value = Value::Exception(e.clone());
            let traceback = vm.get_attr(&value, "__traceback__")?;
            Value::tuple(vec![Value::Type(e.cls.clone()), value, traceback])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &Vm, args: Args) -> PyResult {
    no_args("exception", &args)?;
    Ok(vm
        .handled
        .borrow()
        .last()
        .map_or(Value::None, |e| Value::Exception(e.clone())))
}

/// `sys.exit(code)` raises SystemExit; the CLI turns it into the exit status.
fn exit(_vm: &Vm, args: Args) -> PyResult {
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    Err(PyErr::with_args(&types::SYSTEM_EXIT, args.positional))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0, or at least the threshold.
fn set_int_max_str_digits(_vm: &Vm, mut args: Args) -> PyResult {
    use crate::object::int::str_digits;
    let keyword = args.take_keyword("maxdigits");
    let given = match (args.positional.as_slice(), keyword) {
        ([v], None) => v.clone(),
        ([], Some(v)) => v,
        _ => {
            return Err(PyErr::type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ))
        }
    };
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "set_int_max_str_digits() got an unexpected keyword argument '{}'",
            args.keywords[0].0
        )));
    }
    let n = crate::object::ops::index_arg(&given)?;
    if n != 0 && n < str_digits::THRESHOLD as i64 {
        return Err(PyErr::value_error(format!(
            "maxdigits must be 0 or larger than {}",
            str_digits::THRESHOLD
        )));
    }
    str_digits::set_limit(n.max(0) as usize);
    Ok(Value::None)
}

fn getrecursionlimit(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Int(crate::object::recursion::limit() as i64))
}

/// Any limit is taken as given: past what the native stack holds, the
/// stack guard of `object::recursion` raises RecursionError instead.
fn setrecursionlimit(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Int(n)] if *n >= 1 => {
            if *n > i64::from(i32::MAX) {
                return Err(PyErr::new(
                    &types::OVERFLOW_ERROR,
                    "Python int too large to convert to C int",
                ));
            }
            crate::object::recursion::set_limit(*n as u32);
            Ok(Value::None)
        }
        [Value::Int(_)] => Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        )),
        [other] => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
        _ => Err(PyErr::type_error(
            "setrecursionlimit() takes exactly one argument",
        )),
    }
}
