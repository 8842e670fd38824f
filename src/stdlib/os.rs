//! The `os` module (a small subset: environment, working directory,
//! `listdir`) and `os.path` (`posixpath`), in Python (`py/os.py`,
//! `py/posixpath.py`) over these natives.

use std::rc::Rc;

use crate::interp::capabilities::Capability;
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
            n("_chdir", chdir),
            n("_listdir", listdir),
            n("_getpid", getpid),
            n("_cpu_count", cpu_count),
            n("_remove", remove),
            n("_mkdir", mkdir),
            n("_rmdir", rmdir),
            n("_rename", rename),
            n("_kill", super::signal::kill),
            n("_pipe", super::subprocess::pipe),
            n("_read", super::subprocess::read),
            n("_write", super::subprocess::write),
            n("_close", super::subprocess::close),
            n("_symlink", super::shutil::symlink),
            n("_readlink", super::shutil::readlink),
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

/// The `OSError` CPython raises for a failed system call on `path`.
fn os_error(e: &std::io::Error, path: &str) -> Box<PyErr> {
    PyErr::from_io(e, Some(Value::str(path)))
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

fn getcwd(vm: &Vm, _args: Args) -> PyResult {
    vm.require(Capability::Files, "os.getcwd()")?;
    let dir = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(Value::str(&dir.to_string_lossy()))
}

fn chdir(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "os.chdir()")?;
    let path = path_arg(&args, "chdir")?;
    std::env::set_current_dir(&*path).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn listdir(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "os.listdir()")?;
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
fn stat_kind(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "os.stat()")?;
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

fn getsize(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "os.stat()")?;
    let path = path_arg(&args, "stat")?;
    let meta = std::fs::metadata(&*path).map_err(|e| os_error(&e, &path))?;
    Ok(Value::Int(meta.len() as i64))
}

fn remove(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "os.remove()")?;
    let path = path_arg(&args, "remove")?;
    std::fs::remove_file(&*path).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn mkdir(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "os.mkdir()")?;
    use std::os::unix::fs::DirBuilderExt;
    let path = path_arg(&args, "mkdir")?;
    let mode = match args.positional.get(1) {
        Some(Value::Int(m)) => *m as u32,
        _ => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&*path)
        .map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn rmdir(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "os.rmdir()")?;
    let path = path_arg(&args, "rmdir")?;
    std::fs::remove_dir(&*path).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

/// `rename(src, dst)`: a failure names both paths (`filename2`).
fn rename(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "os.rename()")?;
    let src = path_arg(&args, "rename")?;
    let dst = match args.positional.get(1) {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(PyErr::type_error("rename: dst should be string")),
    };
    std::fs::rename(&*src, &*dst).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(0);
        PyErr::from_exception(crate::object::PyException::new_os_error(
            crate::object::TypeRef::Builtin(&types::OS_ERROR),
            vec![
                Value::Int(errno as i64),
                Value::str(&crate::object::exception::strerror(errno)),
                Value::Str(src.clone()),
                Value::None,
                Value::Str(dst.clone()),
            ],
        ))
    })?;
    Ok(Value::None)
}

pub fn make_tempfile(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("tempfile", name, func);
    super::exec_module_source(
        vm,
        "tempfile",
        include_str!("py/tempfile.py"),
        vec![n("_gettempdir", gettempdir), n("_mkdtemp", mkdtemp)],
    )
}

/// `TMPDIR`, else `/tmp`, as `tempfile._candidate_tempdir_list` tries
/// first on POSIX.
fn gettempdir(vm: &Vm, _args: Args) -> PyResult {
    vm.require(Capability::Files, "tempfile.gettempdir()")?;
    let dir = std::env::var("TMPDIR")
        .ok()
        .filter(|d| std::path::Path::new(d).is_dir())
        .unwrap_or_else(|| "/tmp".into());
    Ok(Value::str(dir.trim_end_matches('/').max("/")))
}

/// `_mkdtemp(dir, prefix, suffix)`: a new directory, mode 0o700, with a
/// random name (`tempfile.mkdtemp` retries names until one is free).
fn mkdtemp(vm: &Vm, args: Args) -> PyResult {
    vm.require(Capability::Files, "tempfile.mkdtemp()")?;
    use std::hash::{BuildHasher, Hasher};
    use std::os::unix::fs::DirBuilderExt;
    let text = |i: usize| match args.positional.get(i) {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let (dir, prefix, suffix) = (text(0), text(1), text(2));
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_";
    for attempt in 0..1000u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(attempt);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        let mut bits = h.finish();
        let mut name = String::new();
        for _ in 0..8 {
            name.push(LETTERS[(bits % LETTERS.len() as u64) as usize] as char);
            bits /= LETTERS.len() as u64;
        }
        let path = format!("{dir}/{prefix}{name}{suffix}");
        match std::fs::DirBuilder::new().mode(0o700).create(&path) {
            Ok(()) => return Ok(Value::str(&path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(os_error(&e, &path)),
        }
    }
    Err(PyErr::new(
        &types::FILE_EXISTS_ERROR,
        "No usable temporary directory name found",
    ))
}
