//! Allocations whose size a script chooses (`'a'.ljust(10**12)`,
//! `n.to_bytes(2**32)`, a write far past the end of a `BytesIO`): they
//! raise MemoryError when the memory cannot be had, as CPython does,
//! instead of aborting the process.

use super::{types, PyErr, PyResult};

/// The MemoryError CPython raises with no message.
pub fn memory_error() -> Box<PyErr> {
    PyErr::with_args(&types::MEMORY_ERROR, vec![])
}

/// An empty string with room for `bytes` bytes.
pub fn string_with_capacity(bytes: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| memory_error())?;
    Ok(s)
}

/// Room for `more` bytes at the end of `data`.
pub fn reserve(data: &mut Vec<u8>, more: usize) -> PyResult<()> {
    data.try_reserve_exact(more).map_err(|_| memory_error())
}

/// `n` copies of `byte`.
pub fn filled(byte: u8, n: usize) -> PyResult<Vec<u8>> {
    let mut data = Vec::new();
    reserve(&mut data, n)?;
    data.resize(n, byte);
    Ok(data)
}
