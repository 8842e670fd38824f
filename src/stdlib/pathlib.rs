//! `pathlib`: the path classes are Python (`py/pathlib.py`); these natives
//! give them what `os` does not offer here (a file's status, symlink
//! resolution, creating an empty file, the home directory). Each asks for
//! the `files` capability first.

use std::rc::Rc;

use crate::interp::capabilities::Capability;
use crate::interp::Vm;
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("pathlib", name, func);
    super::exec_module_source(
        vm,
        "pathlib",
        include_str!("py/pathlib.py"),
        vec![
            n("_stat", stat),
            n("_realpath", realpath),
            n("_touch", touch),
            n("_home", home),
            n("_symlink", symlink),
            n("_hardlink", hardlink),
            n("_readlink", readlink),
            n("_chmod", chmod),
        ],
    )
}

fn path_arg(args: &Args, index: usize) -> PyResult<Rc<str>> {
    match args.positional.get(index) {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(PyErr::type_error("path should be a str")),
    }
}

fn flag(args: &Args, index: usize) -> bool {
    args.positional.get(index).is_some_and(Value::truthy)
}

/// `_stat(path, follow_symlinks)`: the ten fields of `os.stat_result`, in
/// its order (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime).
fn stat(vm: &Vm, args: Args) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let path = path_arg(&args, 0)?;
    vm.require(Capability::Files, &format!("os.stat('{path}')"))?;
    let meta = if flag(&args, 1) {
        std::fs::metadata(&*path)
    } else {
        std::fs::symlink_metadata(&*path)
    }
    .map_err(|e| PyErr::from_io(&e, Some(Value::Str(path.clone()))))?;
    let time = |secs: i64, nanos: i64| Value::Float(secs as f64 + nanos as f64 * 1e-9);
    Ok(Value::tuple(vec![
        Value::Int(meta.mode() as i64),
        Value::Int(meta.ino() as i64),
        Value::Int(meta.dev() as i64),
        Value::Int(meta.nlink() as i64),
        Value::Int(meta.uid() as i64),
        Value::Int(meta.gid() as i64),
        Value::Int(meta.size() as i64),
        time(meta.atime(), meta.atime_nsec()),
        time(meta.mtime(), meta.mtime_nsec()),
        time(meta.ctime(), meta.ctime_nsec()),
    ]))
}

/// `_realpath(path, strict)`: the absolute path with symlinks resolved.
/// Not strict, the part past the longest existing prefix is kept as
/// written, `..` and `.` folded lexically (as `os.path.realpath` does).
fn realpath(vm: &Vm, args: Args) -> PyResult {
    let path = path_arg(&args, 0)?;
    vm.require(Capability::Files, &format!("os.path.realpath('{path}')"))?;
    let io_err = |e: std::io::Error, p: &str| PyErr::from_io(&e, Some(Value::str(p)));
    if flag(&args, 1) {
        let real = std::fs::canonicalize(&*path).map_err(|e| io_err(e, &path))?;
        return Ok(Value::str(&real.to_string_lossy()));
    }
    let start = if path.starts_with('/') {
        std::path::PathBuf::from("/")
    } else {
        std::env::current_dir().map_err(|e| io_err(e, "."))?
    };
    let mut resolved = std::fs::canonicalize(&start).unwrap_or(start);
    let mut missing = false;
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                resolved.pop();
            }
            name => {
                resolved.push(name);
                if !missing {
                    match std::fs::canonicalize(&resolved) {
                        Ok(real) => resolved = real,
                        Err(_) => missing = true,
                    }
                }
            }
        }
    }
    Ok(Value::str(&resolved.to_string_lossy()))
}

/// `_touch(path, mode, exist_ok)`: creates the file if missing, else
/// (with `exist_ok`) sets its modification time to now.
fn touch(vm: &Vm, args: Args) -> PyResult {
    use std::os::unix::fs::OpenOptionsExt;
    let path = path_arg(&args, 0)?;
    vm.require(Capability::Files, &format!("Path('{path}').touch()"))?;
    let mode = match args.positional.get(1) {
        Some(Value::Int(m)) => *m as u32,
        _ => 0o666,
    };
    let exist_ok = flag(&args, 2);
    let io_err = |e: std::io::Error| PyErr::from_io(&e, Some(Value::Str(path.clone())));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).mode(mode);
    if exist_ok {
        options.create(true);
    } else {
        options.create_new(true);
    }
    let file = options.open(&*path).map_err(io_err)?;
    file.set_modified(std::time::SystemTime::now())
        .map_err(io_err)?;
    Ok(Value::None)
}

/// `_home()`: `$HOME`, as `os.path.expanduser('~')` reads it.
fn home(vm: &Vm, _args: Args) -> PyResult {
    vm.require(Capability::Environment, "Path.home()")?;
    Ok(std::env::var("HOME").map_or(Value::None, |h| Value::str(&h)))
}

/// `_symlink(target, link)`: makes `link` point at `target`.
fn symlink(vm: &Vm, args: Args) -> PyResult {
    let (target, link) = (path_arg(&args, 0)?, path_arg(&args, 1)?);
    vm.require(
        Capability::Files,
        &format!("os.symlink('{target}', '{link}')"),
    )?;
    std::os::unix::fs::symlink(&*target, &*link).map_err(|e| two_path_error(&e, &target, &link))?;
    Ok(Value::None)
}

/// `_hardlink(target, link)`: makes `link` another name of `target`.
fn hardlink(vm: &Vm, args: Args) -> PyResult {
    let (target, link) = (path_arg(&args, 0)?, path_arg(&args, 1)?);
    vm.require(Capability::Files, &format!("os.link('{target}', '{link}')"))?;
    std::fs::hard_link(&*target, &*link).map_err(|e| two_path_error(&e, &target, &link))?;
    Ok(Value::None)
}

/// `_readlink(path)`: what the symlink `path` points at.
fn readlink(vm: &Vm, args: Args) -> PyResult {
    let path = path_arg(&args, 0)?;
    vm.require(Capability::Files, &format!("os.readlink('{path}')"))?;
    let target = std::fs::read_link(&*path)
        .map_err(|e| PyErr::from_io(&e, Some(Value::Str(path.clone()))))?;
    Ok(Value::str(&target.to_string_lossy()))
}

/// `_chmod(path, mode)`: sets the permission bits (following symlinks).
fn chmod(vm: &Vm, args: Args) -> PyResult {
    use std::os::unix::fs::PermissionsExt;
    let path = path_arg(&args, 0)?;
    vm.require(Capability::Files, &format!("os.chmod('{path}')"))?;
    let mode = match args.positional.get(1) {
        Some(Value::Int(m)) => *m as u32,
        _ => return Err(PyErr::type_error("mode must be an int")),
    };
    std::fs::set_permissions(&*path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| PyErr::from_io(&e, Some(Value::Str(path.clone()))))?;
    Ok(Value::None)
}

/// The `OSError` of a call on two paths: both named (`filename2`), as
/// CPython reports a failed `os.symlink` or `os.link`.
fn two_path_error(e: &std::io::Error, first: &Rc<str>, second: &Rc<str>) -> Box<PyErr> {
    let errno = e.raw_os_error().unwrap_or(0);
    PyErr::from_exception(crate::object::PyException::new_os_error(
        crate::object::TypeRef::Builtin(&crate::object::types::OS_ERROR),
        vec![
            Value::Int(errno as i64),
            Value::str(&crate::object::exception::strerror(errno)),
            Value::Str(first.clone()),
            Value::None,
            Value::Str(second.clone()),
        ],
    ))
}
