//! The standard library modules pyasync provides, and `import`.

pub mod sys;
pub mod time;

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{types, Globals, Module, PyErr, PyResult, Value};

type ModuleInit = fn(&Vm) -> Globals;

/// Modules implemented in Rust, by name, with the function that builds them.
const BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("asyncio", |_| crate::asyncio::make_module()),
    ("sys", sys::make_module),
    ("time", |_| time::make_module()),
];

pub fn is_builtin_module(name: &str) -> bool {
    matches!(name, "sys" | "time")
}

/// `import name`: the module from `sys.modules`, created on first import.
pub fn import(vm: &Vm, name: &str) -> PyResult {
    if let Some(m) = vm.modules.borrow().get(name) {
        return Ok(m.clone());
    }
    let Some((_, make)) = BUILTIN_MODULES.iter().find(|(n, _)| *n == name) else {
        return Err(PyErr::new(
            &types::MODULE_NOT_FOUND_ERROR,
            format!("No module named '{}'", name),
        ));
    };
    let globals = make(vm);
    globals.set("__name__", Value::str(name));
    let module = Value::Module(Rc::new(Module {
        name: Rc::from(name),
        globals: Rc::new(globals),
    }));
    vm.modules
        .borrow_mut()
        .insert(Rc::from(name), module.clone());
    Ok(module)
}
