//! The standard library modules pyasync provides (`importer` finds and
//! loads modules for `import`).

pub mod array;
pub mod binary;
pub mod binascii;
pub mod bisect;
pub mod collections;
pub mod contextvars;
pub mod copy;
pub mod dataclasses;
pub mod datetime;
pub mod enums;
pub mod functools;
pub mod hashlib;
pub mod heapq;
pub mod importer;
pub mod inspect;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod operator;
pub mod os;
pub mod pathlib;
pub mod pydoc;
pub mod random;
pub mod re;
pub mod shutil;
pub mod signal;
pub mod socket;
pub mod string;
pub mod structs;
pub mod subprocess;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod types_module;
pub mod typing;
pub mod uuid;
pub mod warnings;
pub mod weakref;
pub mod zlib;

pub use importer::{import, search_path};

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{types, Args, Globals, Module, PyErr, PyResult, Value};

type ModuleInit = fn(&Vm) -> Globals;

/// Modules implemented in Rust, by name, with the function that builds them.
const BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("asyncio", |_| crate::asyncio::make_module()),
    ("io", io::make_module),
    ("operator", operator::make_module),
    ("array", array::make_module),
    ("builtins", importer::make_builtins_module),
    ("contextvars", contextvars::make_module),
];

/// Modules partly written in Python: the function builds the module's
/// globals (natives first, then the executed source), so functions defined
/// by the source share the module's namespace.
type SourceModuleInit = fn(&Vm) -> Rc<Globals>;

const SOURCE_MODULES: &[(&str, SourceModuleInit)] = &[
    ("sys", sys::make_module),
    ("asyncio.streams", crate::asyncio::streams::make_module),
    ("collections", collections::make_module),
    ("dataclasses", dataclasses::make_module),
    ("functools", functools::make_module),
    ("itertools", itertools::make_module),
    ("math", |_| Rc::new(math::make_module())),
    ("random", random::make_module),
    ("re", re::make_module),
    ("string", string::make_module),
    ("typing", typing::make_module),
    ("abc", |vm| {
        exec_module_source(
            vm,
            "abc",
            include_str!("py/abc.py"),
            vec![native("abc", "_instantiate", instantiate)],
        )
    }),
    ("bisect", |_| bisect::make_module()),
    ("contextlib", |vm| {
        py_module(vm, "contextlib", include_str!("py/contextlib.py"))
    }),
    ("__future__", |vm| {
        py_module(vm, "__future__", include_str!("py/future.py"))
    }),
    ("copy", copy::make_module),
    ("enum", enums::make_module),
    ("heapq", heapq::make_module),
    ("json", json::make_module),
    ("logging", |vm| {
        exec_module_source(
            vm,
            "logging",
            include_str!("py/logging.py"),
            vec![native("logging", "_format_exception", format_exception)],
        )
    }),
    ("time", time::make_module),
    ("struct", structs::make_module),
    ("binascii", binascii::make_module),
    ("hashlib", hashlib::make_module),
    ("zlib", zlib::make_module),
    ("uuid", uuid::make_module),
    ("base64", |vm| {
        py_module(vm, "base64", include_str!("py/base64.py"))
    }),
    ("os", os::make_os),
    ("tempfile", os::make_tempfile),
    ("posixpath", os::make_posixpath),
    ("pathlib", pathlib::make_module),
    ("datetime", datetime::make_module),
    ("importlib", |vm| {
        exec_module_source(
            vm,
            "importlib",
            include_str!("py/importlib.py"),
            vec![
                native("importlib", "import_module", importer::import_module),
                native("importlib", "reload", importer::reload),
            ],
        )
    }),
    ("textwrap", |vm| {
        py_module(vm, "textwrap", include_str!("py/textwrap.py"))
    }),
    ("decimal", |vm| {
        py_module(vm, "decimal", include_str!("py/decimal.py"))
    }),
    ("fractions", |vm| {
        py_module(vm, "fractions", include_str!("py/fractions.py"))
    }),
    ("statistics", |vm| {
        py_module(vm, "statistics", include_str!("py/statistics.py"))
    }),
    ("pprint", |vm| {
        py_module(vm, "pprint", include_str!("py/pprint.py"))
    }),
    ("urllib.parse", |vm| {
        py_module(vm, "urllib.parse", include_str!("py/urllib_parse.py"))
    }),
    ("urllib", |vm| exec_module_source(vm, "urllib", "", vec![])),
    ("shlex", |vm| {
        py_module(vm, "shlex", include_str!("py/shlex.py"))
    }),
    ("reprlib", |vm| {
        py_module(vm, "reprlib", include_str!("py/reprlib.py"))
    }),
    ("difflib", |vm| {
        py_module(vm, "difflib", include_str!("py/difflib.py"))
    }),
    ("fnmatch", |vm| {
        py_module(vm, "fnmatch", include_str!("py/fnmatch.py"))
    }),
    ("timeit", |vm| {
        py_module(vm, "timeit", include_str!("py/timeit.py"))
    }),
    ("argparse", |vm| {
        py_module(vm, "argparse", include_str!("py/argparse.py"))
    }),
    ("glob", |vm| {
        py_module(vm, "glob", include_str!("py/glob.py"))
    }),
    ("types", |vm| {
        py_module(vm, "types", include_str!("py/types.py"))
    }),
    ("collections.abc", |vm| {
        py_module(vm, "collections.abc", include_str!("py/collections_abc.py"))
    }),
    ("numbers", |vm| {
        py_module(vm, "numbers", include_str!("py/numbers.py"))
    }),
    ("gc", |vm| py_module(vm, "gc", include_str!("py/gc.py"))),
    ("weakref", |vm| {
        exec_module_source(
            vm,
            "weakref",
            include_str!("py/weakref.py"),
            weakref::natives(),
        )
    }),
    ("inspect", |vm| {
        exec_module_source(
            vm,
            "inspect",
            include_str!("py/inspect.py"),
            inspect::natives(),
        )
    }),
    ("traceback", |vm| {
        exec_module_source(
            vm,
            "traceback",
            include_str!("py/traceback.py"),
            traceback::natives(),
        )
    }),
    ("unittest", |vm| {
        py_module(vm, "unittest", include_str!("py/unittest.py"))
    }),
    ("unittest.mock", |vm| {
        py_module(vm, "unittest.mock", include_str!("py/unittest_mock.py"))
    }),
    ("doctest", |vm| {
        py_module(vm, "doctest", include_str!("py/doctest.py"))
    }),
    ("threading", |vm| {
        py_module(vm, "threading", include_str!("py/threading.py"))
    }),
    ("queue", |vm| {
        py_module(vm, "queue", include_str!("py/queue.py"))
    }),
    ("concurrent", |vm| {
        exec_module_source(vm, "concurrent", "", vec![])
    }),
    ("concurrent.futures", |vm| {
        py_module(
            vm,
            "concurrent.futures",
            include_str!("py/concurrent_futures.py"),
        )
    }),
    ("multiprocessing", |vm| {
        py_module(vm, "multiprocessing", include_str!("py/multiprocessing.py"))
    }),
    ("signal", signal::make_module),
    ("subprocess", subprocess::make_module),
    ("shutil", shutil::make_module),
    ("socket", socket::make_socket),
    ("selectors", socket::make_selectors),
    ("asyncio.protocols", |vm| {
        py_module(
            vm,
            "asyncio.protocols",
            include_str!("../asyncio/py/protocols.py"),
        )
    }),
    ("asyncio.transports", |vm| {
        py_module(
            vm,
            "asyncio.transports",
            include_str!("../asyncio/py/transports.py"),
        )
    }),
    (
        "asyncio.subprocess",
        crate::asyncio::subprocess::make_module,
    ),
    ("_asyncio_net", |vm| {
        py_module(vm, "_asyncio_net", include_str!("../asyncio/py/net.py"))
    }),
    ("warnings", |vm| {
        exec_module_source(
            vm,
            "warnings",
            include_str!("py/warnings.py"),
            warnings::natives(),
        )
    }),
];

/// `_instantiate(cls, *args, **kwargs)`: `type.__call__`, past a
/// metaclass's own `__call__` (what `super().__call__` does in CPython).
fn instantiate(vm: &Vm, mut args: Args) -> PyResult {
    if args.positional.is_empty() {
        return Err(PyErr::type_error("_instantiate() needs a class"));
    }
    match args.positional.remove(0) {
        Value::Type(types::TypeRef::User(c)) => vm.instantiate_plain(&c, args),
        other => vm.call(&other, args),
    }
}

/// `logging._format_exception(exc)`: the traceback report of `exc`, as
/// `traceback.print_exception` writes it (what `Formatter.formatException`
/// shows).
fn format_exception(vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Exception(e)] if args.keywords.is_empty() => {
            Ok(Value::str(&vm.format_exception(e)))
        }
        _ => Err(PyErr::type_error(
            "_format_exception() takes one exception argument",
        )),
    }
}

/// A module written wholly in Python (`src/stdlib/py/NAME.py`), run like
/// CPython runs its pure-Python `Lib/NAME.py`.
fn py_module(vm: &Vm, name: &str, source: &str) -> Rc<Globals> {
    exec_module_source(vm, name, source, vec![])
}

/// The names of the modules pyasync provides (`sys.builtin_module_names`).
pub fn module_names() -> Vec<&'static str> {
    BUILTIN_MODULES
        .iter()
        .map(|(n, _)| *n)
        .chain(SOURCE_MODULES.iter().map(|(n, _)| *n))
        .collect()
}

pub fn is_builtin_module(name: &str) -> bool {
    matches!(
        name,
        "sys"
            | "builtins"
            | "time"
            | "collections"
            | "dataclasses"
            | "functools"
            | "math"
            | "random"
            | "itertools"
            | "string"
            | "typing"
    )
}

/// The globals of module `name` when pyasync provides it, built now.
pub(crate) fn make_provided(vm: &Vm, name: &str) -> Option<Rc<Globals>> {
    if let Some((_, make)) = BUILTIN_MODULES.iter().find(|(n, _)| *n == name) {
        return Some(Rc::new(make(vm)));
    }
    SOURCE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, make)| make(vm))
}

/// The modules pyasync provides inside package `name` (`collections.abc`).
pub(crate) fn provided_submodules(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    EAGER_SUBMODULES.iter().copied().filter(move |n| {
        n.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// The submodules a package's own import brings in, as
/// `collections/__init__.py` imports `collections.abc`. Others load when
/// imported, or (`lazy_attribute`) when the package's attribute is read.
const EAGER_SUBMODULES: &[&str] = &["collections.abc", "urllib.parse"];

/// Names a package offers from a submodule of its own that loads on first
/// use. CPython's `asyncio/__init__.py` imports all of them at once; doing
/// it on demand keeps `import asyncio` (every script's start-up) cheap.
const LAZY_NAMES: &[(&str, &[&str])] = &[
    (
        "asyncio.protocols",
        &[
            "BaseProtocol",
            "Protocol",
            "DatagramProtocol",
            "SubprocessProtocol",
            "BufferedProtocol",
        ],
    ),
    (
        "asyncio.transports",
        &[
            "BaseTransport",
            "ReadTransport",
            "WriteTransport",
            "Transport",
            "DatagramTransport",
            "SubprocessTransport",
            "AbstractServer",
        ],
    ),
    (
        "asyncio.streams",
        &[
            "StreamReader",
            "StreamWriter",
            "StreamReaderProtocol",
            "open_connection",
            "start_server",
            "open_unix_connection",
            "start_unix_server",
            "IncompleteReadError",
            "LimitOverrunError",
        ],
    ),
];

/// `package.name` when `name` is not (yet) in the package: a provided
/// submodule of that name, or a name one of its lazy submodules exports,
/// loaded now.
pub fn lazy_attribute(vm: &Vm, package: &Module, name: &str) -> PyResult<Option<Value>> {
    let dotted = format!("{}.{name}", package.name);
    if provides(&dotted) {
        return import(vm, &dotted).map(Some);
    }
    let owner = LAZY_NAMES.iter().find(|(sub, names)| {
        sub.strip_prefix(&*package.name)
            .is_some_and(|rest| rest.starts_with('.'))
            && names.contains(&name)
    });
    match owner {
        Some((sub, _)) => {
            let loaded = import(vm, sub)?;
            // The submodule puts its names into the package as it loads.
            Ok(package.globals.get(name).or_else(|| match &loaded {
                Value::Module(m) => m.globals.get(name),
                _ => None,
            }))
        }
        None => Ok(None),
    }
}

/// Whether `import name` finds a module pyasync itself provides.
pub fn provides(name: &str) -> bool {
    BUILTIN_MODULES.iter().any(|(n, _)| *n == name)
        || SOURCE_MODULES.iter().any(|(n, _)| *n == name)
}

/// A native function of module `module`, as a `(name, value)` pair.
pub(crate) fn native(
    module: &'static str,
    name: &'static str,
    func: crate::object::NativeFn,
) -> (&'static str, Value) {
    (
        name,
        Value::Native(Rc::new(crate::object::NativeFunction {
            name,
            module: Some(module),
            func,
        })),
    )
}

/// Builds module `name` from Python `source`, run in a namespace holding
/// `natives` first, as CPython runs `Lib/*.py` over its C accelerators.
/// The source is part of pyasync, so an error in it is a bug: it panics.
pub(crate) fn exec_module_source(
    vm: &Vm,
    name: &str,
    source: &str,
    natives: Vec<(&str, Value)>,
) -> Rc<Globals> {
    let names: Vec<Rc<str>> = std::iter::once("__name__")
        .chain(natives.iter().map(|(n, _)| *n))
        .map(Rc::from)
        .collect();
    let globals = exec_source(vm, name, &format!("<frozen {name}>"), source, &names, |g| {
        g.set("__name__", Value::str(name));
        for (n, v) in natives {
            g.set(n, v);
        }
    });
    match globals {
        Ok(g) => g,
        Err(msg) => panic!("pyasync's {name} module failed to load: {msg}"),
    }
}

/// Parses, resolves and runs `source` in a fresh namespace whose first names
/// are `names` (set by `init` before the code runs); the namespace after it
/// ran, or the error's message.
pub(crate) fn exec_source(
    vm: &Vm,
    _module: &str,
    filename: &str,
    source: &str,
    names: &[Rc<str>],
    init: impl FnOnce(&Globals),
) -> Result<Rc<Globals>, String> {
    let file = Rc::new(crate::source::SourceFile::new(filename, source));
    let mut module = crate::syntax::parse(source).map_err(|e| format!("{e:?}"))?;
    crate::resolve::resolve_module(&mut module, names, source, crate::builtins::builtin_index)
        .map_err(|e| format!("{e:?}"))?;
    let globals = Rc::new(Globals::new(&module.globals));
    init(&globals);
    let mut frame = crate::interp::Frame::module(globals.clone(), file);
    let body = std::mem::take(&mut module.body);
    vm.exec_block(&mut frame, &body)
        .map_err(|e| vm.format_exception(&e.exc))?;
    Ok(globals)
}
