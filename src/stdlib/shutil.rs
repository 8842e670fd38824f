//! The `shutil` module: `py/shutil.py` over these natives, which copy
//! file contents and metadata, measure a disk and a terminal. Each needs
//! the Files capability.

use std::ffi::CString;
use std::rc::Rc;

use crate::interp::capabilities::Capability;
use crate::interp::Vm;
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, func| super::native("shutil", name, func);
    super::exec_module_source(
        vm,
        "shutil",
        include_str!("py/shutil.py"),
        vec![
            n("_copyfile", copyfile),
            n("_copymode", copymode),
            n("_copystat", copystat),
            n("_same_file", same_file),
            n("_lstat", lstat),
            n("_symlink", symlink),
            n("_readlink", readlink),
            n("_is_executable", is_executable),
            n("_disk_usage", disk_usage),
            n("_terminal_size", terminal_size),
        ],
    )
}

fn os_error(e: &std::io::Error, path: &str) -> Box<PyErr> {
    PyErr::from_io(e, Some(Value::str(path)))
}

fn path(args: &Args, i: usize) -> PyResult<Rc<str>> {
    match args.positional.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(PyErr::type_error("expected a path")),
    }
}

fn files(vm: &Vm, what: &str, p: &str) -> PyResult<()> {
    vm.require(Capability::Files, &format!("shutil.{what}({p:?})"))
}

/// `_copyfile(src, dst)`: the contents only; errors name the file that
/// failed (src when reading, dst when writing).
fn copyfile(vm: &Vm, args: Args) -> PyResult {
    let (src, dst) = (path(&args, 0)?, path(&args, 1)?);
    files(vm, "copyfile", &src)?;
    let mut reader = std::fs::File::open(&*src).map_err(|e| os_error(&e, &src))?;
    if reader.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(os_error(
            &std::io::Error::from_raw_os_error(libc::EISDIR),
            &src,
        ));
    }
    let mut writer = std::fs::File::create(&*dst).map_err(|e| os_error(&e, &dst))?;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        use std::io::{Read, Write};
        let n = reader.read(&mut buf).map_err(|e| os_error(&e, &src))?;
        if n == 0 {
            break;
        }
        writer
            .write_all(&buf[..n])
            .map_err(|e| os_error(&e, &dst))?;
    }
    Ok(Value::None)
}

fn copymode(vm: &Vm, args: Args) -> PyResult {
    let (src, dst) = (path(&args, 0)?, path(&args, 1)?);
    files(vm, "copymode", &src)?;
    let meta = std::fs::metadata(&*src).map_err(|e| os_error(&e, &src))?;
    std::fs::set_permissions(&*dst, meta.permissions()).map_err(|e| os_error(&e, &dst))?;
    Ok(Value::None)
}

/// `_copystat(src, dst)`: permission bits, then access and modification
/// times (to the nanosecond, as `os.utime(ns=...)`).
fn copystat(vm: &Vm, args: Args) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let (src, dst) = (path(&args, 0)?, path(&args, 1)?);
    files(vm, "copystat", &src)?;
    let meta = std::fs::metadata(&*src).map_err(|e| os_error(&e, &src))?;
    std::fs::set_permissions(&*dst, meta.permissions()).map_err(|e| os_error(&e, &dst))?;
    let times = [
        libc::timespec {
            tv_sec: meta.atime(),
            tv_nsec: meta.atime_nsec(),
        },
        libc::timespec {
            tv_sec: meta.mtime(),
            tv_nsec: meta.mtime_nsec(),
        },
    ];
    let c = CString::new(dst.as_bytes()).map_err(|_| PyErr::value_error("embedded null byte"))?;
    // SAFETY: a NUL-terminated path and two timespecs.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) } != 0 {
        return Err(os_error(&std::io::Error::last_os_error(), &dst));
    }
    Ok(Value::None)
}

/// `_same_file(a, b)`: whether both name one existing file.
fn same_file(_vm: &Vm, args: Args) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let (a, b) = (path(&args, 0)?, path(&args, 1)?);
    Ok(Value::Bool(
        match (std::fs::metadata(&*a), std::fs::metadata(&*b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        },
    ))
}

/// `_lstat(path)`: 'file', 'dir', 'link' or 'other', or the OSError.
fn lstat(vm: &Vm, args: Args) -> PyResult {
    let p = path(&args, 0)?;
    files(vm, "lstat", &p)?;
    let meta = std::fs::symlink_metadata(&*p).map_err(|e| os_error(&e, &p))?;
    let t = meta.file_type();
    Ok(Value::str(if t.is_symlink() {
        "link"
    } else if t.is_dir() {
        "dir"
    } else if t.is_file() {
        "file"
    } else {
        "other"
    }))
}

pub fn symlink(vm: &Vm, args: Args) -> PyResult {
    let (target, link) = (path(&args, 0)?, path(&args, 1)?);
    files(vm, "symlink", &link)?;
    std::os::unix::fs::symlink(&*target, &*link).map_err(|e| os_error(&e, &target))?;
    Ok(Value::None)
}

pub fn readlink(vm: &Vm, args: Args) -> PyResult {
    let p = path(&args, 0)?;
    files(vm, "readlink", &p)?;
    let target = std::fs::read_link(&*p).map_err(|e| os_error(&e, &p))?;
    Ok(Value::str(&target.to_string_lossy()))
}

/// `_is_executable(path)`: an existing non-directory the process may run
/// (`access(X_OK)`, as `shutil.which` checks).
fn is_executable(_vm: &Vm, args: Args) -> PyResult {
    let p = path(&args, 0)?;
    let Ok(c) = CString::new(p.as_bytes()) else {
        return Ok(Value::Bool(false));
    };
    // SAFETY: access(2) with a NUL-terminated path.
    let ok = unsafe { libc::access(c.as_ptr(), libc::X_OK) } == 0;
    Ok(Value::Bool(
        ok && std::fs::metadata(&*p).is_ok_and(|m| !m.is_dir()),
    ))
}

/// `_disk_usage(path)`: `(total, used, free)` in bytes, from statvfs as
/// `shutil.disk_usage` computes them.
fn disk_usage(vm: &Vm, args: Args) -> PyResult {
    let p = path(&args, 0)?;
    files(vm, "disk_usage", &p)?;
    let c = CString::new(p.as_bytes()).map_err(|_| PyErr::value_error("embedded null byte"))?;
    // SAFETY: statvfs into a zeroed local.
    let st = unsafe {
        let mut st: libc::statvfs = std::mem::zeroed();
        if libc::statvfs(c.as_ptr(), &mut st) != 0 {
            return Err(os_error(&std::io::Error::last_os_error(), &p));
        }
        st
    };
    let frsize = st.f_frsize as i64;
    let total = st.f_blocks as i64 * frsize;
    let free = st.f_bavail as i64 * frsize;
    let used = (st.f_blocks as i64 - st.f_bfree as i64) * frsize;
    Ok(Value::tuple(vec![
        Value::Int(total),
        Value::Int(used),
        Value::Int(free),
    ]))
}

/// `_terminal_size(fd)`: `(columns, lines)` of the terminal on `fd`, or
/// the OSError when it is not one.
fn terminal_size(_vm: &Vm, args: Args) -> PyResult {
    let fd = match args.positional.first() {
        Some(Value::Int(n)) => *n as i32,
        _ => 1,
    };
    // SAFETY: TIOCGWINSZ fills a zeroed winsize.
    let ws = unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        if libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) != 0 {
            return Err(PyErr::from_io(&std::io::Error::last_os_error(), None));
        }
        ws
    };
    Ok(Value::tuple(vec![
        Value::Int(ws.ws_col as i64),
        Value::Int(ws.ws_row as i64),
    ]))
}
