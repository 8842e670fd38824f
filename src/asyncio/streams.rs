//! `asyncio.streams`: `StreamReader`, `StreamWriter`, `StreamReaderProtocol`,
//! `open_connection` and `start_server` (CPython's `Lib/asyncio/streams.py`
//! behaviour), written in Python over the loop's transports and protocols
//! in `py/streams.py`, over the Rust `StreamReader` of `stream_reader.rs`.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::types::TypeRef;
use crate::object::{Globals, Value};

/// The names `asyncio` itself exports from this module, as CPython's
/// `asyncio/__init__.py` re-exports `streams.__all__` and the two stream
/// errors of `asyncio.exceptions`.
const EXPORTED: &[&str] = &[
    "StreamReader",
    "StreamWriter",
    "StreamReaderProtocol",
    "open_connection",
    "start_server",
    "open_unix_connection",
    "start_unix_server",
    "IncompleteReadError",
    "LimitOverrunError",
];

/// Builds `asyncio.streams`, which the importer loads right after
/// `asyncio` (a provided submodule), and puts its public names into the
/// `asyncio` module.
pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let globals = crate::stdlib::exec_module_source(
        vm,
        "asyncio.streams",
        include_str!("py/streams.py"),
        vec![(
            "StreamReader",
            Value::Type(TypeRef::Builtin(&super::stream_reader::STREAM_READER)),
        )],
    );
    if let Some(asyncio) = crate::stdlib::importer::loaded(vm, "asyncio") {
        for name in EXPORTED {
            if let Some(v) = globals.get(name) {
                // `asyncio` is a plain module: setting a name cannot fail.
                let _ = vm.set_attr(&asyncio, name, v);
            }
        }
    }
    globals
}
