//! Process-wide settings from the command line and the environment, the
//! ones CPython keeps in `sys.flags`: set once by the `pyasync` command
//! before any Python code runs, read where they change behaviour.
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

static OPTIMIZE: AtomicBool = AtomicBool::new(false);
static DEV_MODE: AtomicBool = AtomicBool::new(false);
static IGNORE_ENVIRONMENT: AtomicBool = AtomicBool::new(false);
static SAFE_PATH: AtomicBool = AtomicBool::new(false);
static INSPECT: AtomicBool = AtomicBool::new(false);
static COLOR: AtomicU8 = AtomicU8::new(Color::Auto as u8);

/// `--color`: whether diagnostics on stderr are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Color {
    /// Coloured when stderr is a terminal, `NO_COLOR` is unset and `TERM`
    /// is not `dumb`.
    Auto,
    Always,
    Never,
}

/// `-O`: `assert` statements are skipped.
pub fn optimize() -> bool {
    OPTIMIZE.load(Ordering::Relaxed)
}

pub fn set_optimize(on: bool) {
    OPTIMIZE.store(on, Ordering::Relaxed)
}

/// `-X dev`: asyncio's debug mode is on by default.
pub fn dev_mode() -> bool {
    DEV_MODE.load(Ordering::Relaxed)
}

pub fn set_dev_mode(on: bool) {
    DEV_MODE.store(on, Ordering::Relaxed)
}

/// `-E` (and `-I`): `PYTHON*` variables are ignored.
pub fn ignore_environment() -> bool {
    IGNORE_ENVIRONMENT.load(Ordering::Relaxed)
}

pub fn set_ignore_environment(on: bool) {
    IGNORE_ENVIRONMENT.store(on, Ordering::Relaxed)
}

/// `-P` (and `-I`): imports do not look in the script's directory (or the
/// current one for `-c` and stdin).
pub fn safe_path() -> bool {
    SAFE_PATH.load(Ordering::Relaxed)
}

pub fn set_safe_path(on: bool) {
    SAFE_PATH.store(on, Ordering::Relaxed)
}

/// `-i`, or no script at all: a prompt follows (or is) the run.
pub fn inspect() -> bool {
    INSPECT.load(Ordering::Relaxed)
}

pub fn set_inspect(on: bool) {
    INSPECT.store(on, Ordering::Relaxed)
}

/// A `PYTHON*` environment variable, unless `-E` said to ignore them;
/// an empty value counts as unset, as CPython reads them.
pub fn python_env(name: &str) -> Option<std::ffi::OsString> {
    if ignore_environment() {
        return None;
    }
    std::env::var_os(name).filter(|v| !v.is_empty())
}

pub fn set_color(color: Color) {
    COLOR.store(color as u8, Ordering::Relaxed)
}

pub fn color() -> Color {
    match COLOR.load(Ordering::Relaxed) {
        x if x == Color::Always as u8 => Color::Always,
        x if x == Color::Never as u8 => Color::Never,
        _ => Color::Auto,
    }
}

/// Whether text written to stderr gets colour: `--color`, else a terminal
/// that is not `TERM=dumb` and no `NO_COLOR`.
pub fn stderr_color() -> bool {
    use std::io::IsTerminal;
    match color() {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    }
}
