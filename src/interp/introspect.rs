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

/// The keywords of a call, less the frame's names the resolver added for a
/// call of `locals`, `eval`, ... by name, when the name turned out to be
/// bound to something else (a global shadowing the builtin).
#[inline]
pub fn without_scope(keywords: &[crate::syntax::ast::Keyword]) -> &[crate::syntax::ast::Keyword] {
    match keywords.last() {
        Some(k)
            if k.arg
                .as_ref()
                .is_some_and(|a| &*a.name == crate::resolve::SCOPE_KEYWORD) =>
        {
            &keywords[..keywords.len() - 1]
        }
        _ => keywords,
    }
}

/// The names a user class adds to `object`'s (its `__dict__` slot).
const CLASS_DIR: &[&str] = &["__dict__", "__module__", "__weakref__"];

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

/// `globals()`: the module's live namespace dict.
fn globals_dict(g: &Rc<Globals>) -> PyResult {
    Ok(Value::Dict(g.dict()))
}

fn sorted_names(names: impl IntoIterator<Item = Rc<str>>) -> Value {
    let mut names: Vec<Rc<str>> = names.into_iter().collect();
    names.sort();
    names.dedup();
    Value::list(names.into_iter().map(Value::Str).collect())
}

/// `locals()` in a function: the frame's dict (`f_locals`), refreshed
/// from the slots as `PyFrame_FastToLocalsWithError` does: bound variables
/// (a cell's contents for captured ones) set, unbound ones removed, other
/// keys (what `exec` stored there) left alone. `scope` is the resolver's
/// tuple of name, slot pairs.
fn frame_locals(f: &Frame, scope: &Value) -> PyResult<Rc<RefCell<Dict>>> {
    let d = f
        .f_locals
        .get_or_init(|| Rc::new(RefCell::new(Dict::new())))
        .clone();
    let Value::Tuple(pairs) = scope else {
        return Ok(d);
    };
    for pair in pairs.chunks(2) {
        let [Value::Str(name), Value::Int(slot)] = pair else {
            continue;
        };
        let value = match f.locals.get(*slot as usize) {
            Some(Some(Value::Cell(c))) => c.borrow().clone(),
            Some(Some(v)) => Some(v.clone()),
            _ => None,
        };
        let key = DictKey::new(Value::Str(name.clone()))?;
        let old = match value {
            Some(v) => d.borrow_mut().insert(key, v),
            None => d.borrow_mut().shift_remove(&key),
        };
        drop(old);
    }
    Ok(d)
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
    pub fn call_with_frame(&self, f: &Frame, callee: &Value, mut args: Args) -> PyResult {
        let Value::Native(n) = callee else {
            unreachable!("needs_frame accepted only natives")
        };
        let scope = args.take_keyword(crate::resolve::SCOPE_KEYWORD);
        let at_module = f.namespace.is_none() && &**f.name() == "<module>" && scope.is_none();
        if matches!(n.name, "eval" | "exec") {
            return self.eval_or_exec(f, n.name, at_module, scope.as_ref(), args);
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
            "locals" | "vars" => match (&f.namespace, &scope) {
                (Some(ns), _) => Ok(super::classes::namespace_dict(&ns.borrow())),
                (None, Some(scope)) => Ok(Value::Dict(frame_locals(f, scope)?)),
                (None, None) if at_module => globals_dict(&f.globals),
                (None, None) => Err(in_function(n.name)),
            },
            "dir" => match (&f.namespace, &scope) {
                (Some(ns), _) => Ok(sorted_names(ns.borrow().keys().cloned())),
                (None, Some(scope)) => {
                    let d = frame_locals(f, scope)?;
                    let names: Vec<Rc<str>> = d
                        .borrow()
                        .keys()
                        .filter_map(|k| match k.value() {
                            Value::Str(s) => Some(s.clone()),
                            _ => None,
                        })
                        .collect();
                    Ok(sorted_names(names))
                }
                (None, None) if at_module => {
                    let mut names = f.globals.bound_names();
                    if matches!(f.globals.get("__name__"), Some(Value::Str(s)) if &*s == "__main__")
                    {
                        names.extend(MAIN_DIR.iter().map(|n| Rc::from(*n)));
                    }
                    Ok(sorted_names(names))
                }
                (None, None) => Err(in_function("dir")),
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
        self.default_dir(obj)
    }

    /// `object.__dir__(obj)` and `type.__dir__(cls)`: the names of the
    /// object's attributes and its classes' (sorted here, as `dir()`
    /// would sort them).
    pub fn default_dir(&self, obj: &Value) -> PyResult {
        let mut names: Vec<Rc<str>> = Vec::new();
        let class_names = |t: &TypeRef, names: &mut Vec<Rc<str>>| {
            for c in t.mro() {
                if let TypeRef::Builtin(b) = &c {
                    names.extend(
                        b.members
                            .iter()
                            .flat_map(|g| g.iter())
                            .map(|m| Rc::from(m.name)),
                    );
                }
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
        };
        match obj {
            Value::Module(m) => names = m.globals.bound_names(),
            Value::Type(t) => class_names(t, &mut names),
            Value::Instance(i) => {
                class_names(&obj.type_of(), &mut names);
                names.extend(i.dict.borrow().keys().cloned());
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

    /// `eval(source[, globals[, locals]])` / `exec(...)`: the source (or a
    /// code object from `compile`) is compiled against the namespace and
    /// run in it. Without dicts that is the caller's: its module at module
    /// level; inside a function the module's globals and, as locals, the
    /// frame's `locals()` dict, so that writes do not reach the function's
    /// variables (CPython 3.11's snapshot semantics); a class body's
    /// namespace in a class body.
    fn eval_or_exec(
        &self,
        f: &Frame,
        name: &str,
        at_module: bool,
        scope: Option<&Value>,
        args: Args,
    ) -> PyResult {
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
        let code = Code::from_arg(&p[0], name)?;
        if name == "exec" {
            // `exec` of an expression's code object runs it for nothing.
            return self
                .eval_or_exec_code(f, at_module, scope, p, &code)
                .map(|_| Value::None);
        }
        self.eval_or_exec_code(f, at_module, scope, p, &code)
    }

    fn eval_or_exec_code(
        &self,
        f: &Frame,
        at_module: bool,
        scope: Option<&Value>,
        p: &[Value],
        code: &Code,
    ) -> PyResult {
        let name = if code.mode == Mode::Eval {
            "eval"
        } else {
            "exec"
        };
        for (i, d) in p[1..].iter().enumerate() {
            if !d.is_none() && !matches!(d, Value::Dict(_)) {
                return Err(PyErr::type_error(match (name, i) {
                    ("eval", 0) => "globals must be a dict".to_string(),
                    ("eval", _) => "locals must be a mapping".to_string(),
                    (_, 0) => format!("exec() globals must be a dict, not {}", d.type_name()),
                    _ => format!("locals must be a mapping or None, not {}", d.type_name()),
                }));
            }
        }
        let dicts: Vec<&Value> = p[1..].iter().filter(|v| !v.is_none()).collect();
        if dicts.is_empty() {
            if let Some(ns) = &f.namespace {
                return self.run_code(&f.globals, Some(ns), code);
            }
            if let Some(scope) = scope {
                let locals = frame_locals(f, scope)?;
                return self.run_with_locals_dict(&f.globals, &locals, code);
            }
            if !at_module {
                return Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    format!("pyasync does not support {name}() without a globals dict here"),
                ));
            }
            return self.run_code(&f.globals, None, code);
        }
        // A module's own `globals()` dict: run in that module.
        if let Value::Dict(g) = dicts[0] {
            if let Some(module) = Globals::of_dict(g) {
                return match dicts.get(1) {
                    Some(Value::Dict(l)) if !Rc::ptr_eq(l, g) => {
                        self.run_with_locals_dict(&module, l, code)
                    }
                    _ => self.run_code(&module, None, code),
                };
            }
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
        let result = self.run_code(&globals, None, code);
        if let Some(Value::Dict(target)) = dicts.last() {
            for k in globals.bound_names() {
                if let Some(v) = globals.get(&k) {
                    crate::object::dict::set_item(target, DictKey::new(Value::Str(k))?, v)?;
                }
            }
        }
        result
    }

    /// Runs `code` with the module `globals` and a separate locals dict:
    /// the code sees the dict's str keys as a namespace, and what it binds
    /// or deletes there goes back into the dict.
    fn run_with_locals_dict(
        &self,
        globals: &Rc<Globals>,
        locals: &Rc<RefCell<Dict>>,
        code: &Code,
    ) -> PyResult {
        let ns: crate::object::class::Namespace = crate::object::dict::str_items(&locals.borrow())
            .into_iter()
            .collect();
        let ns = Rc::new(RefCell::new(ns));
        let result = self.run_code(globals, Some(&ns), code);
        let ns = ns.borrow();
        let stale: Vec<DictKey> = locals
            .borrow()
            .keys()
            .filter(|k| matches!(k.value(), Value::Str(s) if !ns.contains_key(s)))
            .cloned()
            .collect();
        for k in stale {
            crate::object::dict::remove(locals, &k)?;
        }
        for (k, v) in ns.iter() {
            crate::object::dict::set_item(locals, DictKey::new(Value::Str(k.clone()))?, v.clone())?;
        }
        result
    }

    /// Compiles `code` against `globals` (and the namespace `ns`, whose
    /// names are then looked up by name) and runs it: the expression's
    /// value in `eval` mode, None otherwise; `single` mode prints the
    /// value of each expression statement that is not None, as
    /// `sys.displayhook` does.
    fn run_code(
        &self,
        globals: &Rc<Globals>,
        ns: Option<&Rc<RefCell<crate::object::class::Namespace>>>,
        code: &Code,
    ) -> PyResult {
        // Compiling counts as one more level of recursion, as in CPython,
        // so `s = "eval(s)"; eval(s)` ends in RecursionError.
        let compiling = crate::object::recursion::enter(" during compilation")?;
        let mut module = code.parse()?;
        let source = &*code.source;
        let names = globals.slot_names();
        let resolved = match ns {
            Some(_) => crate::resolve::resolve_in_namespace(
                &mut module,
                &names,
                source,
                crate::builtins::builtin_index,
            ),
            None => crate::resolve::resolve_module(
                &mut module,
                &names,
                source,
                crate::builtins::builtin_index,
            ),
        };
        resolved.map_err(|e| code.syntax_error(&e))?;
        for n in &module.globals[names.len()..] {
            globals.slot_for(n);
        }
        let file = Rc::new(crate::source::SourceFile::new(&code.filename, source));
        drop(compiling);
        let _depth = self.enter_frame()?;
        let mut frame = Frame::module(globals.clone(), file.clone());
        frame.namespace = ns.cloned();
        let body = std::mem::take(&mut module.body);
        use crate::syntax::ast::StmtKind;
        let result = match (code.mode, body.first().map(|s| &s.kind)) {
            (Mode::Eval, Some(StmtKind::Expr(e))) => self.eval(&mut frame, e),
            (Mode::Single, _) => (|| {
                for stmt in &body {
                    // Interactive code prints every expression statement,
                    // also those nested in a compound statement, which
                    // this loop cannot reach.
                    if matches!(
                        stmt.kind,
                        StmtKind::If { .. }
                            | StmtKind::While { .. }
                            | StmtKind::For { .. }
                            | StmtKind::AsyncFor { .. }
                            | StmtKind::Try { .. }
                            | StmtKind::With { .. }
                            | StmtKind::Match { .. }
                    ) {
                        return Err(PyErr::new(
                            &types::NOT_IMPLEMENTED_ERROR,
                            "pyasync supports compile(..., 'single') only for simple statements",
                        ));
                    }
                    if let StmtKind::Expr(e) = &stmt.kind {
                        let v = self.eval(&mut frame, e)?;
                        if !v.is_none() {
                            let text = self.repr(&v)?;
                            self.write(crate::object::Stream::Stdout, &format!("{text}\n"));
                        }
                    } else {
                        self.exec_block(&mut frame, std::slice::from_ref(stmt))?;
                    }
                }
                Ok(Value::None)
            })(),
            _ => self.exec_block(&mut frame, &body).map(|_| Value::None),
        };
        result.inspect_err(|e| {
            let fallback = body.first().map(|s| s.span).unwrap_or_default();
            e.leave_frame(&file, frame.name(), fallback);
        })
    }
}

/// What `compile()` was asked to make.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// A code object: source checked by `compile()`, compiled again each time
/// it runs (pyasync has no bytecode to keep).
pub struct Code {
    pub source: Rc<str>,
    pub filename: Rc<str>,
    pub mode: Mode,
}

/// The code objects `compile()` returns, with the attributes pyasync
/// knows of them.
pub static CODE_TYPE: types::TypeObject = types::TypeObject {
    name: "code",
    module: "builtins",
    base: Some(&types::OBJECT),
    doc: "Compiled source, for exec() and eval().",
    members: &[&[
        types::Member::getter(
            "co_filename",
            co_filename,
            "The file name given to compile().",
        ),
        types::Member::getter("co_name", co_name, "The name of the code: <module>."),
        types::Member::getter("co_firstlineno", co_firstlineno, "The first line: 1."),
    ]],
    index: crate::object::types::MemberIndex::new(),
};

fn code_of(me: &Value) -> &Code {
    match me {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Code>()
            .expect("a code attribute is only read from a code object"),
        _ => unreachable!("a code attribute is only read from a code object"),
    }
}

fn co_filename(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Str(code_of(me).filename.clone()))
}

fn co_name(_vm: &Vm, _me: &Value) -> PyResult {
    Ok(Value::str("<module>"))
}

fn co_firstlineno(_vm: &Vm, _me: &Value) -> PyResult {
    Ok(Value::Int(1))
}

impl Code {
    /// The first argument of `eval`/`exec`: a string (bytes are UTF-8) run
    /// as `<string>` in the builtin's own mode, or a code object.
    fn from_arg(v: &Value, name: &str) -> PyResult<Code> {
        let mode = if name == "eval" {
            Mode::Eval
        } else {
            Mode::Exec
        };
        let source: Rc<str> = match v {
            Value::Str(s) => s.clone(),
            Value::Bytes(b) => Rc::from(crate::object::codecs::decode(b, "utf-8", "strict")?),
            Value::Object(o) => {
                if let Some(code) = o.as_any().downcast_ref::<Code>() {
                    return Ok(Code {
                        source: code.source.clone(),
                        filename: code.filename.clone(),
                        mode: code.mode,
                    });
                }
                return Err(arg_error(name));
            }
            _ => return Err(arg_error(name)),
        };
        // `eval` drops leading blanks (`builtin_eval_impl`'s `str++` loop).
        let source = if mode == Mode::Eval {
            Rc::from(source.trim_start_matches([' ', '\t']))
        } else {
            source
        };
        Ok(Code {
            source,
            filename: Rc::from("<string>"),
            mode,
        })
    }

    /// The SyntaxError for `e` in this code, with the attributes CPython
    /// gives it (`filename`, `lineno`, `offset`, `text`, ...).
    pub fn syntax_error(&self, e: &crate::syntax::SyntaxError) -> Box<PyErr> {
        use crate::syntax::SyntaxErrorKind;
        if e.kind == SyntaxErrorKind::RecursionError {
            return PyErr::new(&types::RECURSION_ERROR, e.msg.clone());
        }
        let cls = match e.kind {
            SyntaxErrorKind::SyntaxError => &types::SYNTAX_ERROR,
            SyntaxErrorKind::IndentationError => &types::INDENTATION_ERROR,
            SyntaxErrorKind::TabError => &types::TAB_ERROR,
            SyntaxErrorKind::RecursionError => unreachable!("handled above"),
        };
        let (end_lineno, end_offset) = crate::syntax::line_col(&self.source, e.span.end as usize);
        let text = self
            .source
            .split_inclusive('\n')
            .nth(e.lineno.saturating_sub(1))
            .map_or(Value::None, |line| {
                // Outside `eval`, the tokenizer ends the last line too.
                if self.mode != Mode::Eval && !line.ends_with('\n') {
                    Value::str(&format!("{line}\n"))
                } else {
                    Value::str(line)
                }
            });
        let info = Value::tuple(vec![
            Value::Str(self.filename.clone()),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text,
            Value::Int(end_lineno as i64),
            Value::Int(end_offset as i64),
        ]);
        let exc = crate::object::PyException::new_syntax_error(
            TypeRef::Builtin(cls),
            vec![Value::str(&e.msg), info],
        );
        PyErr::from_exception(exc)
    }

    /// A SyntaxError at the start of this code (for checks of its shape).
    pub fn syntax_error_at_start(&self, msg: &str) -> Box<PyErr> {
        self.syntax_error(&crate::syntax::SyntaxError {
            kind: crate::syntax::SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            span: crate::syntax::ast::Span { start: 0, end: 0 },
            lineno: 1,
            offset: 1,
        })
    }

    /// Parses the source, checking that `eval` mode got one expression.
    pub fn parse(&self) -> PyResult<crate::syntax::ast::Module> {
        if self.source.contains('\0') {
            return Err(PyErr::new(
                &types::SYNTAX_ERROR,
                "source code string cannot contain null bytes",
            ));
        }
        let module = crate::syntax::parse(&self.source).map_err(|e| self.syntax_error(&e))?;
        let is_expr = matches!(module.body.as_slice(),
            [s] if matches!(s.kind, crate::syntax::ast::StmtKind::Expr(_)));
        if self.mode == Mode::Eval && !is_expr {
            return Err(self.syntax_error_at_start("invalid syntax"));
        }
        Ok(module)
    }
}

fn arg_error(name: &str) -> Box<PyErr> {
    PyErr::type_error(format!(
        "{name}() arg 1 must be a string, bytes or code object"
    ))
}

impl crate::object::native::NativeObject for Code {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&CODE_TYPE)
    }

    fn repr(&self, me: &Value) -> String {
        format!(
            "<code object <module> at {:#x}, file \"{}\", line 1>",
            me.address(),
            self.filename
        )
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
