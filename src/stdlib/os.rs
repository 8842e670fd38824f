//! The `os` module (a small subset: environment, working directory,
//! `listdir`) and `os.path` (`posixpath`), in Python (`py/os.py`,
//! `py/posixpath.py`) over these natives.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{types, Args, Dict, DictKey, Globals, PyErr, PyResult, Value};

pub fn make_os(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("os", name, func);
    super::exec_module_source(
        vm,
        "os",
        include_str!("py/os.py"),
        vec![
            n("_environ", environ),
            n("_getcwd", getcwd),
            n("_listdir", listdir),
            n("_getpid", getpid),
            n("_cpu_count", cpu_count),
        ],
    )
}

pub fn make_posixpath(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("posixpath", name, func);
    super::exec_module_source(
        vm,
        "posixpath",
        include_str!("py/posixpath.py"),
        vec![
            n("_getcwd", getcwd),
            n("_getenv", getenv),
            n("_stat_kind", stat_kind),
            n("_getsize", getsize),
        ],
    )
}

/// The `OSError` CPython raises for a failed system call on `path`, of the
/// subclass its errno maps to (`PyErr_SetFromErrnoWithFilenameObject`):
/// `[Errno 2] No such file or directory: 'x'`.
fn os_error(e: &std::io::Error, path: &str) -> Box<PyErr> {
    let errno = e.raw_os_error().unwrap_or(0);
    let class = match errno {
        libc::ENOENT => &types::FILE_NOT_FOUND_ERROR,
        libc::EEXIST => &types::FILE_EXISTS_ERROR,
        libc::EACCES | libc::EPERM => &types::PERMISSION_ERROR,
        libc::EISDIR => &types::IS_A_DIRECTORY_ERROR,
        libc::ENOTDIR => &types::NOT_A_DIRECTORY_ERROR,
        _ => &types::OS_ERROR,
    };
    // SAFETY: strerror returns a pointer to a static message for any errno.
    let text = unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }
        .to_string_lossy()
        .into_owned();
    PyErr::new(
        class,
        format!(
            "[Errno {errno}] {text}: {}",
            crate::object::repr::repr_plain(&Value::str(path))
        ),
    )
}

fn path_arg(args: &Args, name: &str) -> PyResult<Rc<str>> {
    match args.positional.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "{name}: path should be string, bytes or os.PathLike, not {}",
            other.type_name()
        ))),
        None => Err(PyErr::type_error(format!(
            "{name}() missing required argument 'path'"
        ))),
    }
}

fn environ(_vm: &Vm, _args: Args) -> PyResult {
    let mut d = Dict::new();
    for (k, v) in std::env::vars_os() {
        let (Some(k), Some(v)) = (k.to_str(), v.to_str()) else {
            continue;
        };
        d.insert(DictKey::new(Value::str(k))?, Value::str(v));
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
}

fn getenv(_vm: &Vm, args: Args) -> PyResult {
    let key = path_arg(&args, "getenv")?;
    Ok(std::env::var(&*key).map_or(Value::None, |v| Value::str(&v)))
}

fn getcwd(_vm: &Vm, _args: Args) -> PyResult {
    let dir = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(Value::str(&dir.to_string_lossy()))
}

fn listdir(_vm: &Vm, args: Args) -> PyResult {
    let path = path_arg(&args, "listdir")?;
    let entries = std::fs::read_dir(&*path).map_err(|e| os_error(&e, &path))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, &path))?;
        names.push(Value::str(&entry.file_name().to_string_lossy()));
    }
    Ok(Value::list(names))
}

fn getpid(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Int(std::process::id() as i64))
}

fn cpu_count(_vm: &Vm, _args: Args) -> PyResult {
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

/// `_stat_kind(path, follow=True)`: 'file', 'dir', 'link', 'other', or None
/// when the path does not exist (or cannot be examined).
fn stat_kind(_vm: &Vm, args: Args) -> PyResult {
    let path = path_arg(&args, "stat")?;
    let follow = !matches!(args.positional.get(1), Some(Value::Bool(false)));
    let meta = if follow {
        std::fs::metadata(&*path)
    } else {
        std::fs::symlink_metadata(&*path)
    };
    Ok(match meta {
        Err(_) => Value::None,
        Ok(m) if m.file_type().is_symlink() => Value::str("link"),
        Ok(m) if m.is_file() => Value::str("file"),
        Ok(m) if m.is_dir() => Value::str("dir"),
        Ok(_) => Value::str("other"),
    })
}

fn getsize(_vm: &Vm, args: Args) -> PyResult {
    let path = path_arg(&args, "stat")?;
    let meta = std::fs::metadata(&*path).map_err(|e| os_error(&e, &path))?;
    Ok(Value::Int(meta.len() as i64))
}
