//! The builtins that look at the calling frame: `globals()`, `locals()`,
//! `vars()` and `dir()` without an argument, `super()`, `eval` and `exec`,
//! which the call site routes here with the frame; and `dir(obj)`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Frame, Vm};
use crate::object::types::{self, TypeRef};
use crate::object::{Args, Dict, DictKey, Globals, PyErr, PyResult, Value};

/// Whether calling `v` with no arguments needs the caller's frame.
pub fn needs_frame(v: &Value) -> bool {
    matches!(v, Value::Native(n) if n.module.is_none()
        && matches!(n.name, "super" | "globals" | "locals" | "vars" | "dir" | "eval" | "exec"))
}

/// What `dir()` lists for every object: `dir(object)` in CPython 3.11.
const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The names a user class adds to `object`'s (its `__dict__` slot).
const CLASS_DIR: &[&str] = &["__dict__", "__module__", "__weakref__"];

/// What `BaseException` adds for exception classes.
const EXCEPTION_DIR: &[&str] = &[
    "__cause__",
    "__context__",
    "__setstate__",
    "__suppress_context__",
    "__traceback__",
    "add_note",
    "args",
    "with_traceback",
];

/// The names a script's `__main__` module starts with in CPython.
const MAIN_DIR: &[&str] = &[
    "__annotations__",
    "__builtins__",
    "__cached__",
    "__doc__",
    "__file__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
];

fn globals_dict(g: &Globals) -> PyResult {
    let mut d = Dict::new();
    for name in g.bound_names() {
        if let Some(v) = g.get(&name) {
            d.insert(DictKey::new(Value::Str(name))?, v);
        }
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

fn sorted_names(names: impl IntoIterator<Item = Rc<str>>) -> Value {
    let mut names: Vec<Rc<str>> = names.into_iter().collect();
    names.sort();
    names.dedup();
    Value::list(names.into_iter().map(Value::Str).collect())
}

fn in_function(name: &str) -> Box<PyErr> {
    PyErr::new(
        &types::NOT_IMPLEMENTED_ERROR,
        format!("pyasync does not support {name}() without arguments inside a function"),
    )
}

impl Vm {
    /// A call of `super`, `globals`, `locals`, `vars`, `dir`, `eval` or
    /// `exec` from frame `f`; those that take an object and got one are
    /// ordinary calls.
    pub fn call_with_frame(&self, f: &Frame, callee: &Value, args: Args) -> PyResult {
        let Value::Native(n) = callee else {
            unreachable!("needs_frame accepted only natives")
        };
        let at_module = f.namespace.is_none() && &*f.name == "<module>";
        if matches!(n.name, "eval" | "exec") {
            return self.eval_or_exec(f, n.name, at_module, args);
        }
        if !args.positional.is_empty() || !args.keywords.is_empty() {
            if matches!(n.name, "globals" | "locals") {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments ({} given)",
                    n.name,
                    args.positional.len() + args.keywords.len()
                )));
            }
            return self.call(callee, args);
        }
        match n.name {
            "super" => self.zero_arg_super(f),
            "globals" => globals_dict(&f.globals),
            "locals" | "vars" => match &f.namespace {
                Some(ns) => Ok(super::classes::namespace_dict(&ns.borrow())),
                None if at_module => globals_dict(&f.globals),
                None => Err(in_function(n.name)),
            },
            "dir" => match &f.namespace {
                Some(ns) => Ok(sorted_names(ns.borrow().keys().cloned())),
                None if at_module => {
                    let mut names = f.globals.bound_names();
                    if matches!(f.globals.get("__name__"), Some(Value::Str(s)) if &*s == "__main__")
                    {
                        names.extend(MAIN_DIR.iter().map(|n| Rc::from(*n)));
                    }
                    Ok(sorted_names(names))
                }
                None => Err(in_function("dir")),
            },
            _ => unreachable!("needs_frame lists the names"),
        }
    }

    /// `dir(obj)`: the sorted attribute names, as `object.__dir__` and
    /// `type.__dir__` collect them for modules, classes and instances.
    pub fn dir_of(&self, obj: &Value) -> PyResult {
        if let (Value::Instance(i), Some(dir)) = (obj, self.special_method(obj, "__dir__")) {
            let _ = i;
            let listed = self.call(&dir, Args::default())?;
            let mut items = self.collect(&listed)?;
            let mut failed = None;
            items.sort_by(|a, b| {
                self.compare_lt(a, b).unwrap_or_else(|e| {
                    failed.get_or_insert(e);
                    std::cmp::Ordering::Equal
                })
            });
            if let Some(e) = failed {
                return Err(e);
            }
            return Ok(Value::list(items));
        }
        let mut names: Vec<Rc<str>> = Vec::new();
        let class_names = |t: &TypeRef, names: &mut Vec<Rc<str>>| {
            names.extend(OBJECT_DIR.iter().map(|n| Rc::from(*n)));
            for c in t.mro() {
                if let TypeRef::User(c) = c {
                    names.extend(CLASS_DIR.iter().map(|n| Rc::from(*n)));
                    names.extend(
                        c.dict
                            .borrow()
                            .keys()
                            .filter(|k| &***k != "__qualname__")
                            .cloned(),
                    );
                }
            }
            if t.is(&types::BASE_EXCEPTION) {
                names.extend(EXCEPTION_DIR.iter().map(|n| Rc::from(*n)));
            }
        };
        match obj {
            Value::Module(m) => names = m.globals.bound_names(),
            Value::Type(t) => class_names(t, &mut names),
            Value::Instance(i) => {
                class_names(&obj.type_of(), &mut names);
                names.extend(i.dict.borrow().keys().cloned());
                if let Some(p) = &i.payload {
                    names.extend(
                        crate::object::methods::method_names(p)
                            .iter()
                            .map(|n| Rc::from(*n)),
                    );
                }
            }
            other => {
                class_names(&other.type_of(), &mut names);
                if let Ok(Value::Dict(d)) = self.get_attr(other, "__dict__") {
                    for k in d.borrow().keys() {
                        if let Value::Str(s) = k.value() {
                            names.push(s.clone());
                        }
                    }
                }
                names.extend(
                    crate::object::methods::method_names(other)
                        .iter()
                        .map(|n| Rc::from(*n)),
                );
            }
        }
        Ok(sorted_names(names))
    }
}

impl Vm {
    /// The order `sorted()` puts `a` and `b` in (`a < b`, else `b < a`).
    fn compare_lt(&self, a: &Value, b: &Value) -> PyResult<std::cmp::Ordering> {
        use crate::syntax::ast::CmpOp;
        Ok(if self.compare(CmpOp::Lt, a, b)? {
            std::cmp::Ordering::Less
        } else if self.compare(CmpOp::Lt, b, a)? {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        })
    }

    /// `eval(source[, globals])` / `exec(source[, globals])`: the source is
    /// compiled against the namespace (the caller's module, or a dict given)
    /// and run in it, as `<string>`. Without a dict, only module-level code
    /// can be the namespace: a function's locals have no names at run time.
    fn eval_or_exec(&self, f: &Frame, name: &str, at_module: bool, args: Args) -> PyResult {
        if !args.keywords.is_empty() {
            return Err(PyErr::type_error(format!(
                "{name}() takes no keyword arguments"
            )));
        }
        let p = &args.positional;
        if p.is_empty() {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        if p.len() > 3 {
            return Err(PyErr::type_error(if name == "eval" {
                format!("eval expected at most 3 arguments, got {}", p.len())
            } else {
                format!(
                    "exec() takes at most 3 positional arguments ({} given)",
                    p.len()
                )
            }));
        }
        let source = match &p[0] {
            Value::Str(s) => s.clone(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() arg 1 must be a string, bytes or code object"
                )))
            }
        };
        let dicts: Vec<&Value> = p[1..].iter().filter(|v| !v.is_none()).collect();
        for (i, d) in p[1..].iter().enumerate() {
            if !d.is_none() && !matches!(d, Value::Dict(_)) {
                return Err(PyErr::type_error(if i == 0 {
                    "globals must be a dict"
                } else {
                    "locals must be a mapping"
                }));
            }
        }
        if dicts.is_empty() {
            if f.namespace.is_some() || !at_module {
                return Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    format!(
                        "pyasync supports {name}() without a globals dict only at module level"
                    ),
                ));
            }
            return self.run_string(&f.globals, name, &source);
        }
        // A fresh namespace holding the dicts' items; what the code binds
        // goes back into the last dict (the locals one when given).
        let globals = Rc::new(Globals::new(&[]));
        for d in &dicts {
            if let Value::Dict(d) = d {
                for (k, v) in d.borrow().iter() {
                    if let Value::Str(k) = k.value() {
                        globals.set(k, v.clone());
                    }
                }
            }
        }
        let result = self.run_string(&globals, name, &source);
        if let Some(Value::Dict(target)) = dicts.last() {
            let mut target = target.borrow_mut();
            for k in globals.bound_names() {
                if let Some(v) = globals.get(&k) {
                    target.insert(DictKey::new(Value::Str(k))?, v);
                }
            }
        }
        result
    }

    /// Compiles `source` against `globals` and runs it: the value of the
    /// expression for `eval`, None for `exec`.
    fn run_string(&self, globals: &Rc<Globals>, name: &str, source: &str) -> PyResult {
        // `str(SyntaxError)` names the file and line.
        let syntax_error = |msg: String, line: usize| {
            PyErr::new(
                &types::SYNTAX_ERROR,
                format!("{msg} (<string>, line {line})"),
            )
        };
        // `eval` drops leading blanks (`builtin_eval_impl`'s `str++` loop).
        let source = if name == "eval" {
            source.trim_start_matches([' ', '\t'])
        } else {
            source
        };
        let mut module = crate::syntax::parse(source).map_err(|e| syntax_error(e.msg, e.lineno))?;
        let is_expr = matches!(module.body.as_slice(),
            [s] if matches!(s.kind, crate::syntax::ast::StmtKind::Expr(_)));
        if name == "eval" && !is_expr {
            return Err(syntax_error("invalid syntax".into(), 1));
        }
        let names = globals.slot_names();
        crate::resolve::resolve_module(&mut module, &names, source)
            .map_err(|e| syntax_error(e.msg, e.lineno))?;
        for n in &module.globals[names.len()..] {
            globals.slot_for(n);
        }
        let file = Rc::new(crate::source::SourceFile::new("<string>", source));
        let mut frame = Frame::module(globals.clone(), file.clone());
        let body = std::mem::take(&mut module.body);
        let result = match (name, body.first().map(|s| &s.kind)) {
            ("eval", Some(crate::syntax::ast::StmtKind::Expr(e))) => self.eval(&mut frame, e),
            _ => self.exec_block(&mut frame, &body).map(|_| Value::None),
        };
        result.inspect_err(|e| {
            let fallback = body.first().map(|s| s.span).unwrap_or_default();
            e.leave_frame(&file, &frame.name, fallback);
        })
    }
}
