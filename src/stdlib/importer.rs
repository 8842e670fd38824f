//! The import system: finding a module on `sys.path` or in a package's
//! `__path__`, running its file once into `sys.modules`, and what the
//! `import` statements and `__import__` hand back. The steps and their
//! error messages follow CPython's `importlib._bootstrap`
//! (`_find_and_load`, `_calc___package__`, `_resolve_name`,
//! `_handle_fromlist`) and `Python/ceval.c`'s `import_from`.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::interp::Vm;
use crate::object::dict::{self, DictKey};
use crate::object::{types, Args, Globals, Module, PyErr, PyResult, Value};

thread_local! {
    /// The modules whose code is running now, innermost last
    /// (`__spec__._initializing` in CPython): a `from m import x` that
    /// misses on one of them blames a circular import.
    static INITIALIZING: RefCell<Vec<Rc<str>>> = const { RefCell::new(Vec::new()) };
}

fn key(name: &str) -> DictKey {
    match DictKey::new(Value::str(name)) {
        Ok(k) => k,
        Err(_) => unreachable!("a str is hashable"),
    }
}

/// `sys.modules[name]`, if present.
pub fn loaded(vm: &Vm, name: &str) -> Option<Value> {
    vm.modules.borrow().get(&key(name)).cloned()
}

/// `sys.modules[name] = module`.
pub fn set_loaded(vm: &Vm, name: &str, module: Value) {
    // A str key never runs Python code to compare, so this cannot fail.
    let _ = dict::set_item(&vm.modules, key(name), module);
}

fn forget(vm: &Vm, name: &str) {
    let _ = dict::remove(&vm.modules, &key(name));
}

/// ModuleNotFoundError for module `name`, which is its `name` attribute.
fn not_found(name: &str, msg: String) -> Box<PyErr> {
    naming(PyErr::new(&types::MODULE_NOT_FOUND_ERROR, msg), name, None)
}

fn import_error(msg: impl Into<String>) -> Box<PyErr> {
    PyErr::new(&types::IMPORT_ERROR, msg)
}

/// Sets an ImportError's `name` and `path` attributes.
fn naming(e: Box<PyErr>, name: &str, path: Option<&str>) -> Box<PyErr> {
    let mut attrs = e.exc.attrs.borrow_mut();
    attrs.insert(Rc::from("name"), Value::str(name));
    if let Some(p) = path {
        attrs.insert(Rc::from("path"), Value::str(p));
    }
    drop(attrs);
    e
}

/// `importlib._bootstrap._gcd_import` for an absolute name: the module
/// `name` from `sys.modules`, loaded (with its parent packages) on first
/// import.
pub fn import(vm: &Vm, name: &str) -> PyResult {
    if let Some(m) = loaded(vm, name) {
        return halted_if_none(name, m);
    }
    let Some((parent, child)) = name.rsplit_once('.') else {
        if let Some(module) = load_provided(vm, name)? {
            return Ok(module);
        }
        let Some(found) = find_in(&sys_path(vm)?, name) else {
            return Err(not_found(name, format!("No module named '{name}'")));
        };
        return load(vm, name, found);
    };
    // A parent already in `sys.modules` is taken as it is there, even None.
    let parent_module = match loaded(vm, parent) {
        Some(p) => p,
        None => import(vm, parent)?,
    };
    // Importing the parent may have imported this module too.
    if let Some(m) = loaded(vm, name) {
        return halted_if_none(name, m);
    }
    if let Some(module) = load_provided(vm, name)? {
        vm.set_attr(&parent_module, child, module.clone())?;
        return Ok(module);
    }
    let search = match vm.get_attr(&parent_module, "__path__") {
        Ok(path) => path_entries(vm, &path)?,
        Err(_) => {
            // A module pyasync provides may hold a submodule as an
            // attribute (`os.path`), as CPython's `os` puts it in
            // `sys.modules` itself.
            if let Ok(m @ Value::Module(_)) = vm.get_attr(&parent_module, child) {
                set_loaded(vm, name, m.clone());
                return Ok(m);
            }
            return Err(not_found(
                name,
                format!("No module named '{name}'; '{parent}' is not a package"),
            ));
        }
    };
    let Some(found) = find_in(&search, child) else {
        return Err(not_found(name, format!("No module named '{name}'")));
    };
    let module = load(vm, name, found)?;
    vm.set_attr(&parent_module, child, module.clone())?;
    Ok(module)
}

/// A module pyasync provides, built and put in `sys.modules`; `None` when
/// pyasync has no module of that name. A provided package then imports the
/// submodules pyasync provides for it, as `collections/__init__.py` imports
/// `collections.abc` (so `collections.abc` works after `import collections`).
fn load_provided(vm: &Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(globals) = super::make_provided(vm, name) else {
        return Ok(None);
    };
    globals.set("__name__", Value::str(name));
    let module = Value::Module(Rc::new(Module {
        name: Rc::from(name),
        globals,
    }));
    set_loaded(vm, name, module.clone());
    for sub in super::provided_submodules(name) {
        import(vm, sub)?;
    }
    Ok(Some(module))
}

fn halted_if_none(name: &str, m: Value) -> PyResult {
    match m {
        Value::None => Err(not_found(
            name,
            format!("import of {name} halted; None in sys.modules"),
        )),
        m => Ok(m),
    }
}

/// The str entries of `sys.path` (CPython skips the others).
fn sys_path(vm: &Vm) -> PyResult<Vec<String>> {
    let sys = import(vm, "sys")?;
    match vm.get_attr(&sys, "path") {
        Ok(path) => path_entries(vm, &path),
        Err(_) => Err(import_error("sys.path is not set")),
    }
}

fn path_entries(vm: &Vm, path: &Value) -> PyResult<Vec<String>> {
    Ok(vm
        .collect(path)?
        .into_iter()
        .filter_map(|v| match v {
            Value::Str(s) => Some(s.to_string()),
            _ => None,
        })
        .collect())
}

/// Where a module's code is: a package's `__init__.py` or a plain file.
struct Found {
    file: PathBuf,
    package_dir: Option<PathBuf>,
}

/// The first directory of `search` holding package `name` (a directory
/// with an `__init__.py`) or module `name.py`, the package first, as
/// CPython's `FileFinder` looks. An empty entry is the current
/// directory, and a relative one is taken from it.
fn find_in(search: &[String], name: &str) -> Option<Found> {
    // A name is one path component, never a way out of the directory.
    if name.is_empty() || name.contains(['/', '\\', '\0']) {
        return None;
    }
    let cwd = std::env::current_dir().ok()?;
    search.iter().find_map(|entry| {
        let dir = if entry.is_empty() {
            cwd.clone()
        } else {
            cwd.join(entry)
        };
        let package = dir.join(name);
        let init = package.join("__init__.py");
        if init.is_file() {
            return Some(Found {
                file: init,
                package_dir: Some(package),
            });
        }
        let file = dir.join(format!("{name}.py"));
        file.is_file().then_some(Found {
            file,
            package_dir: None,
        })
    })
}

/// Runs the file `found` as module `name`: the module is in `sys.modules`
/// while its code runs (so a circular import sees it partly initialised)
/// and is removed again if the code fails.
fn load(vm: &Vm, name: &str, found: Found) -> PyResult {
    let filename = found.file.to_string_lossy().into_owned();
    let globals = Rc::new(Globals::new(&[]));
    let package = match &found.package_dir {
        Some(_) => name,
        None => name.rsplit_once('.').map_or("", |(p, _)| p),
    };
    globals.set("__name__", Value::str(name));
    globals.set("__doc__", Value::None);
    globals.set("__package__", Value::str(package));
    let search = found
        .package_dir
        .as_ref()
        .map(|d| Value::list(vec![Value::str(&d.to_string_lossy())]));
    globals.set(
        "__spec__",
        module_spec(vm, name, &filename, search.clone())?,
    );
    if let Some(search) = search {
        globals.set("__path__", search);
    }
    globals.set("__file__", Value::str(&filename));
    let module = Value::Module(Rc::new(Module {
        name: Rc::from(name),
        globals: globals.clone(),
    }));
    set_loaded(vm, name, module.clone());
    INITIALIZING.with(|i| i.borrow_mut().push(Rc::from(name)));
    let result = exec_file(vm, &globals, &found.file, &filename);
    INITIALIZING.with(|i| i.borrow_mut().pop());
    match result {
        Ok(()) => Ok(loaded(vm, name).unwrap_or(module)),
        Err(e) => {
            forget(vm, name);
            Err(e)
        }
    }
}

/// `importlib.machinery.ModuleSpec(name, None, origin=file)`, with the
/// package's search path when it is one.
fn module_spec(vm: &Vm, name: &str, file: &str, search: Option<Value>) -> PyResult {
    let importlib = import(vm, "importlib")?;
    let spec = vm.get_attr(&importlib, "ModuleSpec")?;
    vm.call(
        &spec,
        Args {
            positional: vec![Value::str(name), Value::None],
            keywords: vec![
                (Rc::from("origin"), Value::str(file)),
                (
                    Rc::from("submodule_search_locations"),
                    search.unwrap_or(Value::None),
                ),
            ],
        },
    )
}

/// Reads, compiles and runs the file at `path` in `globals` (a syntax
/// error in it is a SyntaxError naming the file, as CPython raises it).
fn exec_file(vm: &Vm, globals: &Rc<Globals>, path: &Path, filename: &str) -> PyResult<()> {
    let bytes = std::fs::read(path)
        .map_err(|e| PyErr::new(&types::OS_ERROR, format!("cannot read '{filename}': {e}")))?;
    let source = crate::source::decode_source(&bytes, filename)
        .map_err(|msg| PyErr::new(&types::SYNTAX_ERROR, msg))?;
    let code = crate::interp::introspect::Code {
        source: Rc::from(source.as_str()),
        filename: Rc::from(filename),
        mode: crate::interp::introspect::Mode::Exec,
    };
    let names = globals.slot_names();
    let mut module = crate::syntax::parse(&source)
        .and_then(|mut m| {
            crate::resolve::resolve_module(&mut m, &names, &source, crate::builtins::builtin_index)
                .map(|_| m)
        })
        .map_err(|e| code.syntax_error(&e))?;
    for n in &module.globals[names.len()..] {
        globals.slot_for(n);
    }
    globals.set("__doc__", crate::object::function::docstring(&module.body));
    let file = Rc::new(crate::source::SourceFile::new(filename, &source));
    let mut frame = crate::interp::Frame::module(globals.clone(), file.clone());
    let body = std::mem::take(&mut module.body);
    match vm.exec_block(&mut frame, &body) {
        Ok(_) => Ok(()),
        Err(e) => {
            let fallback = body.first().map(|s| s.span).unwrap_or_default();
            e.leave_frame(&file, frame.name(), fallback);
            Err(e)
        }
    }
}

/// `importlib.reload(module)`: runs the module's file again in its own
/// namespace.
pub fn reload(vm: &Vm, args: Args) -> PyResult {
    let module = match args.positional.as_slice() {
        [m] if args.keywords.is_empty() => m.clone(),
        _ => {
            return Err(PyErr::type_error(format!(
                "reload() takes 1 positional argument but {} were given",
                args.positional.len() + args.keywords.len()
            )))
        }
    };
    let Value::Module(m) = &module else {
        return Err(PyErr::type_error("reload() argument must be a module"));
    };
    let name = m.globals.get("__name__").unwrap_or_default();
    let Value::Str(name) = name else {
        return Err(PyErr::type_error("reload() argument must be a module"));
    };
    if !loaded(vm, &name).is_some_and(|l| l.is(&module)) {
        return Err(import_error(format!("module {name} not in sys.modules")));
    }
    match m.globals.get("__file__") {
        Some(Value::Str(file)) => {
            exec_file(vm, &m.globals, Path::new(&*file), &file)?;
            Ok(loaded(vm, &name).unwrap_or(module))
        }
        // Modules pyasync provides have no file to run again.
        _ => Ok(module),
    }
}

/// `_calc___package__(globals)`: the package a relative import in the
/// namespace `globals` starts from.
fn package_of(vm: &Vm, globals: &dyn Fn(&str) -> Option<Value>) -> PyResult<Option<String>> {
    match globals("__package__") {
        Some(Value::None) | None => {}
        Some(Value::Str(p)) => return Ok(Some(p.to_string())),
        Some(_) => return Err(PyErr::type_error("package must be a string")),
    }
    if let Some(spec) = globals("__spec__").filter(|s| !matches!(s, Value::None)) {
        return match vm.get_attr(&spec, "parent")? {
            Value::Str(p) => Ok(Some(p.to_string())),
            _ => Ok(None),
        };
    }
    let name = match globals("__name__") {
        Some(Value::Str(n)) => n,
        Some(_) => return Err(PyErr::type_error("__name__ must be a string")),
        None => {
            return Err(PyErr::new(
                &types::KEY_ERROR,
                "'__name__' not in globals".to_string(),
            ))
        }
    };
    Ok(Some(if globals("__path__").is_some() {
        name.to_string()
    } else {
        name.rsplit_once('.').map_or("", |(p, _)| p).to_string()
    }))
}

/// `_resolve_name`: the absolute name of `name` imported `level` dots
/// from `package`.
fn resolve_name(name: &str, package: Option<&str>, level: usize) -> PyResult<String> {
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => {
            return Err(import_error(
                "attempted relative import with no known parent package",
            ))
        }
    };
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(import_error(
            "attempted relative import beyond top-level package",
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// The module a `from` statement (or `__import__` with a level) names.
fn import_level(
    vm: &Vm,
    name: &str,
    globals: &dyn Fn(&str) -> Option<Value>,
    level: usize,
) -> PyResult {
    if level == 0 {
        if name.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        return import(vm, name);
    }
    let package = package_of(vm, globals)?;
    let absolute = resolve_name(name, package.as_deref(), level)?;
    import(vm, &absolute)
}

/// `import a.b.c`: imports every level, and gives what the statement
/// binds: the top package, or with `as` the submodule itself.
pub fn import_statement(vm: &Vm, name: &str, bind_submodule: bool) -> PyResult {
    let module = import(vm, name)?;
    match name.split_once('.') {
        Some((top, _)) if !bind_submodule => import(vm, top),
        _ => Ok(module),
    }
}

/// `from .mod import ...` in the namespace `globals`: the module.
pub fn from_module(vm: &Vm, globals: &Globals, name: &str, level: usize) -> PyResult {
    import_level(vm, name, &|n| globals.get(n), level)
}

/// `from module import name` (`import_from` in `Python/ceval.c`): the
/// attribute, or the submodule of a package, imported if need be.
pub fn from_name(vm: &Vm, module: &Value, name: &str) -> PyResult {
    if let Ok(v) = vm.get_attr(module, name) {
        return Ok(v);
    }
    let module_name = match vm.get_attr(module, "__name__") {
        Ok(Value::Str(n)) => Some(n),
        _ => None,
    };
    if let Some(m) = &module_name {
        let full = format!("{m}.{name}");
        if vm.get_attr(module, "__path__").is_ok() {
            match import(vm, &full) {
                Ok(_) => {}
                Err(e) if is_not_found(&e, &full) => {}
                Err(e) => return Err(e),
            }
            if let Ok(v) = vm.get_attr(module, name) {
                return Ok(v);
            }
        }
        if let Some(v) = loaded(vm, &full) {
            return Ok(v);
        }
    }
    let shown = module_name.as_deref().unwrap_or("<unknown module name>");
    let file = match vm.get_attr(module, "__file__") {
        Ok(Value::Str(f)) => Some(f.to_string()),
        _ => None,
    };
    let location = file.as_deref().unwrap_or("unknown location");
    let initializing = module_name
        .as_ref()
        .is_some_and(|m| INITIALIZING.with(|i| i.borrow().iter().any(|n| n == m)));
    let e = import_error(if initializing {
        format!(
            "cannot import name '{name}' from partially initialized module '{shown}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{name}' from '{shown}' ({location})")
    });
    Err(naming(e, shown, file.as_deref()))
}

/// Whether `e` is the ModuleNotFoundError for module `name` itself.
fn is_not_found(e: &PyErr, name: &str) -> bool {
    e.is_instance(&types::MODULE_NOT_FOUND_ERROR)
        && e.exc.args.borrow().first().is_some_and(
            |m| matches!(m, Value::Str(s) if **s == format!("No module named '{name}'")),
        )
}

/// `from module import *`: the names the module exports (`__all__`, or
/// every public name).
pub fn star_names(vm: &Vm, module: &Value) -> PyResult<Vec<(Rc<str>, Value)>> {
    if let Ok(all) = vm.get_attr(module, "__all__") {
        let mut out = Vec::new();
        for n in vm.collect(&all)? {
            let Value::Str(n) = n else {
                return Err(PyErr::type_error(format!(
                    "Item in {}.__all__ must be str, not {}",
                    module_name_of(vm, module),
                    n.type_name()
                )));
            };
            let v = vm.get_attr(module, &n)?;
            out.push((n, v));
        }
        return Ok(out);
    }
    let Value::Module(m) = module else {
        return Ok(Vec::new());
    };
    Ok(m.globals
        .bound_names()
        .into_iter()
        .filter(|n| !n.starts_with('_'))
        .filter_map(|n| m.globals.get(&n).map(|v| (n, v)))
        .collect())
}

fn module_name_of(vm: &Vm, module: &Value) -> String {
    match vm.get_attr(module, "__name__") {
        Ok(Value::Str(n)) => n.to_string(),
        _ => "<module>".to_string(),
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn dunder_import(vm: &Vm, args: Args) -> PyResult {
    const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let mut slots: [Option<Value>; 5] = Default::default();
    if args.positional.len() > 5 {
        return Err(PyErr::type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )));
    }
    for (i, v) in args.positional.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in args.keywords {
        let Some(i) = PARAMS.iter().position(|p| **p == *k) else {
            return Err(PyErr::type_error(format!(
                "__import__() got an unexpected keyword argument '{k}'"
            )));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for __import__() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v);
    }
    let [name, globals, _locals, fromlist, level] = slots;
    let name = match name {
        Some(Value::Str(n)) => n,
        Some(_) => return Err(PyErr::type_error("module name must be a string")),
        None => {
            return Err(PyErr::type_error(
                "__import__() missing required argument 'name' (pos 1)",
            ))
        }
    };
    let level = match level {
        None => 0,
        Some(v) => crate::builtins::index_arg(&v)?,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let level = level as usize;
    let fromlist = match fromlist {
        None | Some(Value::None) => Vec::new(),
        Some(v) => vm.collect(&v)?,
    };
    if level == 0 && name.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    let lookup = |n: &str| -> Option<Value> {
        match &globals {
            Some(Value::Dict(d)) => d.borrow().get(&key(n)).cloned(),
            _ => None,
        }
    };
    if level > 0 && !matches!(globals, None | Some(Value::Dict(_))) {
        return Err(PyErr::type_error("globals must be a dict"));
    }
    let module = import_level(vm, &name, &lookup, level)?;
    if fromlist.is_empty() {
        if level == 0 {
            let top = name.split('.').next().unwrap_or(&name);
            return import(vm, top);
        }
        if name.is_empty() {
            return Ok(module);
        }
        // The top of `name`, counted from the resolved module's name.
        let full = module_name_of(vm, &module);
        let cut = name.len() - name.split('.').next().unwrap_or(&name).len();
        let top = &full[..full.len().saturating_sub(cut)];
        return loaded(vm, top).ok_or_else(|| PyErr::new(&types::KEY_ERROR, format!("'{top}'")));
    }
    if vm.get_attr(&module, "__path__").is_ok() {
        let base = module_name_of(vm, &module);
        for item in fromlist {
            let Value::Str(x) = item else {
                return Err(PyErr::type_error(format!(
                    "Item in {base}.__dict__ must be str, not {}",
                    item.type_name()
                )));
            };
            if &*x == "*" || vm.get_attr(&module, &x).is_ok() {
                continue;
            }
            let full = format!("{base}.{x}");
            match import(vm, &full) {
                Ok(_) => {}
                Err(e) if is_not_found(&e, &full) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(module)
}

/// `importlib.import_module(name, package=None)`.
pub fn import_module(vm: &Vm, args: Args) -> PyResult {
    let mut positional = args.positional.into_iter();
    let mut name = positional.next();
    let mut package = positional.next();
    if positional.next().is_some() {
        return Err(PyErr::type_error(
            "import_module() takes from 1 to 2 positional arguments but 3 were given",
        ));
    }
    for (k, v) in args.keywords {
        match &*k {
            "name" if name.is_none() => name = Some(v),
            "package" if package.is_none() => package = Some(v),
            "name" | "package" => {
                return Err(PyErr::type_error(format!(
                    "import_module() got multiple values for argument '{k}'"
                )))
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "import_module() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let name = match name {
        Some(Value::Str(n)) => n,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "module name must be str, not {}",
                other.type_name()
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "import_module() missing 1 required positional argument: 'name'",
            ))
        }
    };
    let level = name.chars().take_while(|c| *c == '.').count();
    if level == 0 {
        if name.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        return import(vm, &name);
    }
    let package = match package {
        None | Some(Value::None) => {
            return Err(PyErr::type_error(format!(
                "the 'package' argument is required to perform a relative import for '{name}'"
            )))
        }
        Some(Value::Str(p)) => p,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "__package__ not set to a string, got {}",
                other.type_name()
            )))
        }
    };
    let absolute = resolve_name(&name[level..], Some(&package), level)?;
    import(vm, &absolute)
}

/// The directories of `PYTHONPATH` (unless `-E`), searched after the
/// script's own directory, as `sys.path` lists them.
pub fn search_path() -> Vec<PathBuf> {
    crate::flags::python_env("PYTHONPATH")
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// The `builtins` module: every builtin name, as the evaluator sees it.
pub fn make_builtins_module(vm: &Vm) -> Globals {
    let globals = Globals::new(&[]);
    for (i, name) in crate::builtins::builtin_names().enumerate() {
        globals.set(name, vm.builtins[i].clone());
    }
    globals
}

/// A name the evaluator did not find among the globals or builtins: the
/// `builtins` module may have been given it since (`builtins.x = 1`).
pub fn added_builtin(vm: &Vm, name: &str) -> Option<Value> {
    match loaded(vm, "builtins") {
        Some(Value::Module(m)) => m.globals.get(name),
        _ => None,
    }
}
