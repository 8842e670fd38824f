//! Functions, native functions, modules and their globals.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use indexmap::IndexMap;

use super::{PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::syntax::ast::FunctionDef;

/// A `def` evaluated at run time: the shared, never-cloned definition plus
/// what was captured when the `def` statement ran.
pub struct Function {
    pub def: Rc<FunctionDef>,
    pub globals: Rc<Globals>,
    /// Its source, name and class, shared by all its frames.
    pub code: Rc<crate::interp::FrameCode>,
    /// Defaults of the positional parameters, aligned to the last ones;
    /// `f.__defaults__ = ...` replaces them.
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of the keyword-only parameters, in declaration order;
    /// `f.__kwdefaults__ = ...` replaces them.
    pub kw_defaults: RefCell<Vec<Option<Value>>>,
    pub qualname: Rc<str>,
    /// The cells of the enclosing scopes' variables this function uses,
    /// in the order of `def.info.frees`.
    pub closure: Vec<Rc<RefCell<Option<Value>>>>,
    /// Attributes set on the function object (`f.calls = 0`).
    pub attrs: RefCell<super::class::Namespace>,
    /// Only plain positional parameters and no closure cells: a call with
    /// exactly that many positional arguments can evaluate them straight
    /// into the new frame's slots, with no binding step.
    pub simple_call: bool,
    /// The names its coroutines show, made on the first call of an
    /// `async def` and shared by all of them.
    pub coroutine_code: std::cell::OnceCell<Rc<crate::interp::coroutine::CoroutineCode>>,
}

impl Function {
    /// Whether `def`'s signature lets calls skip argument binding (see
    /// `simple_call`).
    pub fn has_simple_signature(def: &FunctionDef) -> bool {
        let p = &def.params;
        p.vararg.is_none()
            && p.kwonly.is_empty()
            && p.kwarg.is_none()
            && def.info.cells.is_empty()
            && def.info.frees.is_empty()
    }
}

/// Arguments of a call, as evaluated at the call site.
#[derive(Clone, Default)]
pub struct Args {
    pub positional: Vec<Value>,
    pub keywords: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn positional(values: Vec<Value>) -> Args {
        Args {
            positional: values,
            keywords: Vec::new(),
        }
    }

    /// Removes and returns keyword argument `name`.
    pub fn take_keyword(&mut self, name: &str) -> Option<Value> {
        let i = self.keywords.iter().position(|(k, _)| &**k == name)?;
        Some(self.keywords.remove(i).1)
    }

    /// The arguments of a builtin whose parameters are `names`, the first
    /// `max_positional` of which may be given by position and the first
    /// `required` of which must be given, by parameter, with Argument
    /// Clinic's checks in its order and its messages
    /// (`_PyArg_UnpackKeywords` in `Python/getargs.c`).
    pub fn unpack_keywords(
        self,
        fname: &str,
        names: &[&str],
        max_positional: usize,
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let Args {
            positional,
            keywords,
        } = self;
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let (nargs, total) = (positional.len(), positional.len() + keywords.len());
        if total > names.len() {
            return Err(PyErr::type_error(format!(
                "{fname}() takes at most {} {}argument{} ({total} given)",
                names.len(),
                if nargs == 0 { "keyword " } else { "" },
                plural(names.len())
            )));
        }
        if nargs > max_positional {
            return Err(PyErr::type_error(if max_positional == 0 {
                format!("{fname}() takes no positional arguments")
            } else {
                format!(
                    "{fname}() takes at most {max_positional} positional argument{} ({nargs} given)",
                    plural(max_positional)
                )
            }));
        }
        let mut out: Vec<Option<Value>> = vec![None; names.len()];
        for (slot, v) in out.iter_mut().zip(positional) {
            *slot = Some(v);
        }
        // A keyword that names no parameter left to fill is reported only
        // after the missing required ones, as CPython reports them.
        let mut unexpected = None;
        for (key, v) in keywords {
            match names.iter().position(|p| **p == *key) {
                Some(i) if i >= nargs => out[i] = Some(v),
                Some(i) => {
                    unexpected.get_or_insert_with(|| {
                        format!(
                            "argument for {fname}() given by name ('{key}') and position ({})",
                            i + 1
                        )
                    });
                }
                None => {
                    unexpected.get_or_insert_with(|| {
                        format!("'{key}' is an invalid keyword argument for {fname}()")
                    });
                }
            }
        }
        if let Some(i) = out.iter().take(required).position(Option::is_none) {
            return Err(PyErr::type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
        match unexpected {
            Some(msg) => Err(PyErr::type_error(msg)),
            None => Ok(out),
        }
    }
}

pub type NativeFn = fn(&Vm, Args) -> PyResult;

/// A function implemented in Rust (`print`, `asyncio.sleep`, ...).
pub struct NativeFunction {
    pub name: &'static str,
    /// The module it belongs to, for its repr; `None` for builtins.
    pub module: Option<&'static str>,
    pub func: NativeFn,
}

/// A module's namespace. Names the resolver knows about get fixed slots so
/// that compiled code indexes a vector; `names` maps a name to its slot for
/// dynamic access (`module.attr`, `from m import x`).
pub struct Globals {
    names: RefCell<IndexMap<Rc<str>, u32>>,
    values: RefCell<Vec<Option<Value>>>,
    /// The dict `globals()` returned, once it has been asked for: it
    /// mirrors the slots, each write to one going to the other (see
    /// `set_slot` and `dict_changed`), so reads of a slot stay a vector
    /// index while the dict behaves as CPython's module `__dict__`.
    mirror: RefCell<Option<Rc<RefCell<super::Dict>>>>,
    mirrored: std::cell::Cell<bool>,
}

/// A `globals()` dict and the namespace it mirrors.
type Mirror = (Weak<RefCell<super::Dict>>, Weak<Globals>);

thread_local! {
    /// The `globals()` dicts alive, with the namespace each mirrors.
    static MIRRORS: RefCell<Vec<Mirror>> =
        const { RefCell::new(Vec::new()) };
    static ANY_MIRROR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called after Python code changed dict `d` (an item set or deleted,
/// `update`, `pop`, `clear`, ...): if `d` is a module's `globals()`, the
/// module's slots take its new contents. One thread-local flag test for
/// every other dict.
#[inline]
pub fn dict_changed(d: &RefCell<super::Dict>) {
    super::class::instance_dict_changed(d);
    if ANY_MIRROR.with(|a| a.get()) {
        if let Some(g) = Globals::of_dict(d) {
            g.pull_from_mirror();
        }
    }
}

impl Globals {
    pub fn new(names: &[Rc<str>]) -> Globals {
        Globals {
            names: RefCell::new(
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.clone(), i as u32))
                    .collect(),
            ),
            values: RefCell::new(vec![None; names.len()]),
            mirror: RefCell::new(None),
            mirrored: std::cell::Cell::new(false),
        }
    }

    pub fn from_pairs(pairs: Vec<(&str, Value)>) -> Globals {
        let g = Globals::new(&[]);
        for (k, v) in pairs {
            g.set(k, v);
        }
        g
    }

    #[inline]
    pub fn get_slot(&self, slot: u32) -> Option<Value> {
        self.values.borrow()[slot as usize].clone()
    }

    /// The slot itself, borrowed: a caller can clone the value straight
    /// into its own result instead of through an `Option` temporary.
    #[inline]
    pub fn slot_ref(&self, slot: u32) -> std::cell::Ref<'_, Option<Value>> {
        std::cell::Ref::map(self.values.borrow(), |values| &values[slot as usize])
    }

    #[inline]
    pub fn set_slot(&self, slot: u32, value: Value) {
        if self.mirrored.get() {
            return self.set_mirrored(slot, Some(value));
        }
        self.values.borrow_mut()[slot as usize] = Some(value);
    }

    pub fn clear_slot(&self, slot: u32) -> Option<Value> {
        let old = self.values.borrow_mut()[slot as usize].take();
        if self.mirrored.get() {
            self.set_mirrored(slot, None);
        }
        old
    }

    /// A slot write once `globals()` exists: the dict follows (a new name
    /// goes last, as in a module `__dict__`).
    #[cold]
    fn set_mirrored(&self, slot: u32, value: Option<Value>) {
        let name = self
            .names
            .borrow()
            .get_index(slot as usize)
            .map(|(n, _)| n.clone());
        let old = std::mem::replace(&mut self.values.borrow_mut()[slot as usize], value.clone());
        let mirror = self.mirror.borrow().clone();
        if let (Some(name), Some(d)) = (name, mirror) {
            let Ok(key) = super::DictKey::new(Value::Str(name)) else {
                unreachable!("a str hashes")
            };
            let replaced = match value {
                Some(v) => d.borrow_mut().insert(key, v),
                None => d.borrow_mut().shift_remove(&key),
            };
            drop(replaced);
        }
        drop(old);
    }

    /// `globals()`: the module's namespace as a dict, the same one every
    /// time, kept in step with the slots from now on.
    pub fn dict(self: &Rc<Self>) -> Rc<RefCell<super::Dict>> {
        if let Some(d) = &*self.mirror.borrow() {
            return d.clone();
        }
        let mut d = super::Dict::new();
        for name in self.bound_names() {
            if let (Some(v), Ok(key)) = (self.get(&name), super::DictKey::new(Value::Str(name))) {
                d.insert(key, v);
            }
        }
        let d = Rc::new(RefCell::new(d));
        *self.mirror.borrow_mut() = Some(d.clone());
        self.mirrored.set(true);
        MIRRORS.with(|m| {
            let mut m = m.borrow_mut();
            m.retain(|(d, g)| d.strong_count() > 0 && g.strong_count() > 0);
            m.push((Rc::downgrade(&d), Rc::downgrade(self)));
        });
        ANY_MIRROR.with(|a| a.set(true));
        d
    }

    /// The namespace whose `globals()` dict `d` is, if it is one.
    pub fn of_dict(d: &RefCell<super::Dict>) -> Option<Rc<Globals>> {
        MIRRORS.with(|m| {
            m.borrow()
                .iter()
                .find(|(dict, _)| std::ptr::eq(dict.as_ptr(), d))
                .and_then(|(_, g)| g.upgrade())
        })
    }

    /// Makes the slots match the `globals()` dict after Python code
    /// changed the dict: its str keys are the bound names.
    fn pull_from_mirror(&self) {
        let Some(d) = self.mirror.borrow().clone() else {
            return;
        };
        let items: Vec<(Rc<str>, Value)> = crate::object::dict::str_items(&d.borrow());
        let mut dropped = Vec::new();
        {
            let mut values = self.values.borrow_mut();
            let mut present = vec![false; values.len()];
            for (name, v) in items {
                let existing = self.names.borrow().get(&*name).copied();
                let slot = match existing {
                    Some(slot) => slot as usize,
                    None => {
                        values.push(None);
                        present.push(false);
                        let slot = values.len() - 1;
                        self.names.borrow_mut().insert(name, slot as u32);
                        slot
                    }
                };
                present[slot] = true;
                dropped.push(values[slot].replace(v));
            }
            for (slot, here) in present.into_iter().enumerate() {
                if !here {
                    dropped.push(values[slot].take());
                }
            }
        }
        drop(dropped);
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        let slot = *self.names.borrow().get(name)?;
        self.get_slot(slot)
    }

    pub fn set(&self, name: &str, value: Value) {
        let slot = self.slot_for(name);
        self.set_slot(slot, value);
    }

    /// The slot of `name`, adding one if the name is new.
    pub fn slot_for(&self, name: &str) -> u32 {
        if let Some(&slot) = self.names.borrow().get(name) {
            return slot;
        }
        let mut values = self.values.borrow_mut();
        let slot = values.len() as u32;
        values.push(None);
        self.names.borrow_mut().insert(Rc::from(name), slot);
        slot
    }

    /// Bound names in definition order (for `dir()` and completion).
    pub fn bound_names(&self) -> Vec<Rc<str>> {
        let values = self.values.borrow();
        self.names
            .borrow()
            .iter()
            .filter(|(_, &slot)| values[slot as usize].is_some())
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// The values of a module being torn down at exit, taken out in the
    /// order CPython 3.11 drops `__main__`'s: the order names were bound.
    pub fn take_for_teardown(&self) -> Vec<Value> {
        self.values
            .borrow_mut()
            .iter_mut()
            .filter_map(Option::take)
            .collect()
    }

    /// Drops every value, breaking reference cycles through functions'
    /// globals when the interpreter finishes.
    pub fn clear(&self) {
        self.mirrored.set(false);
        let mirror = self.mirror.borrow_mut().take();
        if let Some(d) = mirror {
            let items = std::mem::take(&mut *d.borrow_mut());
            drop(items);
        }
        let taken: Vec<Option<Value>> = self
            .values
            .borrow_mut()
            .iter_mut()
            .map(|v| v.take())
            .collect();
        drop(taken);
    }
}

/// For the interactive prompt: `resolve_module` takes the existing names
/// so that every input keeps the slots of earlier ones.
impl Globals {
    /// Every name with a slot, bound or not, in slot order.
    pub fn slot_names(&self) -> Vec<Rc<str>> {
        let names = self.names.borrow();
        let mut pairs: Vec<(u32, Rc<str>)> = names.iter().map(|(n, &s)| (s, n.clone())).collect();
        pairs.sort_by_key(|(s, _)| *s);
        pairs.into_iter().map(|(_, n)| n).collect()
    }
}

pub struct Module {
    pub name: Rc<str>,
    pub globals: Rc<Globals>,
}

/// The docstring of a body: its first statement when that is a string.
pub fn docstring(body: &[crate::syntax::ast::Stmt]) -> Value {
    use crate::syntax::ast::{Constant, ExprKind, StmtKind};
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match &e.kind {
            ExprKind::Constant(Constant::Str(s)) => Value::Str(s.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

impl Function {
    /// The attributes CPython's function objects have beyond their name:
    /// `__defaults__`, `__kwdefaults__`, `__closure__`, `__doc__`,
    /// `__code__`, `__globals__`, `__module__` (`func_getsetlist` and
    /// `func_memberlist` in `Objects/funcobject.c`).
    pub fn data_attr(self: &Rc<Self>, name: &str) -> Option<Value> {
        Some(match name {
            "__globals__" => Value::Dict(self.globals.dict()),
            // CPython copies the globals' `__name__` when the `def` runs; a
            // module's `__name__` rarely changes after, so it is read now.
            "__module__" => self.globals.get("__name__").unwrap_or(Value::None),
            "__defaults__" if self.defaults.borrow().is_empty() => Value::None,
            "__defaults__" => Value::tuple(self.defaults.borrow().clone()),
            "__kwdefaults__" => {
                let mut d = super::Dict::new();
                for (p, v) in self
                    .def
                    .params
                    .kwonly
                    .iter()
                    .zip(&*self.kw_defaults.borrow())
                {
                    if let Some(v) = v {
                        d.insert(
                            super::DictKey::new(Value::Str(p.name.name.clone())).ok()?,
                            v.clone(),
                        );
                    }
                }
                if d.is_empty() {
                    Value::None
                } else {
                    Value::Dict(Rc::new(RefCell::new(d)))
                }
            }
            "__closure__" if self.closure.is_empty() => Value::None,
            "__closure__" => Value::tuple(self.closure.iter().cloned().map(Value::Cell).collect()),
            "__doc__" => docstring(&self.def.body),
            "__code__" => Value::Object(Rc::new(FunctionCode {
                function: self.clone(),
            })),
            _ => return None,
        })
    }
}

impl Function {
    /// Assigns one of the attributes CPython's functions keep in their own
    /// fields, with `func_getsetlist`'s checks; `None` for the others,
    /// which go to the function's `__dict__`.
    pub fn set_data_attr(&self, name: &str, v: &Value) -> Option<PyResult<()>> {
        let type_error = |msg: &str| Some(Err(PyErr::type_error(msg.to_string())));
        match (name, v) {
            ("__defaults__", Value::None) => self.defaults.borrow_mut().clear(),
            ("__defaults__", Value::Tuple(items)) => {
                // Extra defaults beyond the positional parameters are never
                // used: the last ones line up with the last parameters.
                let n = self.def.params.positional_count();
                let skip = items.len().saturating_sub(n);
                *self.defaults.borrow_mut() = items[skip..].to_vec();
            }
            ("__defaults__", _) => return type_error("__defaults__ must be set to a tuple object"),
            ("__kwdefaults__", Value::None) => self
                .kw_defaults
                .borrow_mut()
                .iter_mut()
                .for_each(|d| *d = None),
            ("__kwdefaults__", Value::Dict(d)) => {
                let d = super::dict::str_items(&d.borrow());
                let values = self
                    .def
                    .params
                    .kwonly
                    .iter()
                    .map(|p| {
                        d.iter()
                            .find(|(k, _)| *k == p.name.name)
                            .map(|(_, v)| v.clone())
                    })
                    .collect();
                *self.kw_defaults.borrow_mut() = values;
            }
            ("__kwdefaults__", _) => {
                return type_error("__kwdefaults__ must be set to a dict object")
            }
            ("__name__" | "__qualname__", Value::Str(_)) => return None,
            ("__name__" | "__qualname__", _) => {
                return type_error(&format!("{name} must be set to a string object"))
            }
            ("__code__", Value::Object(o)) if o.as_any().is::<FunctionCode>() => {
                return Some(Err(PyErr::new(
                    &super::types::NOT_IMPLEMENTED_ERROR,
                    "pyasync does not support assigning function.__code__",
                )))
            }
            ("__code__", _) => return type_error("__code__ must be set to a code object"),
            ("__globals__" | "__closure__", _) => {
                return Some(Err(PyErr::new(
                    &super::types::ATTRIBUTE_ERROR,
                    "readonly attribute",
                )))
            }
            _ => return None,
        }
        Some(Ok(()))
    }
}

/// The names a function answers from its own fields even when stored in
/// its attribute namespace, which `__dict__` therefore leaves out.
pub const DATA_ATTRS: &[&str] = &[
    "__name__",
    "__qualname__",
    "__doc__",
    "__module__",
    "__annotations__",
];

pub static CODE: super::types::TypeObject =
    super::types::TypeObject::bare("code", "builtins", Some(&super::types::OBJECT));

/// `f.__code__`: the parts of a code object scripts read about a
/// function's signature and names; no bytecode.
pub struct FunctionCode {
    function: Rc<Function>,
}

impl super::native::NativeObject for FunctionCode {
    fn type_ref(&self) -> super::types::TypeRef {
        super::types::TypeRef::Builtin(&CODE)
    }

    fn repr(&self, me: &Value) -> String {
        let f = &self.function;
        format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            f.def.name.name,
            me.address(),
            f.code.source.name,
            f.code.source.line_of(f.def.span.start as usize)
        )
    }

    fn get_attr(&self, _vm: &crate::interp::Vm, name: &str) -> Option<super::PyResult> {
        let f = &self.function;
        let p = &f.def.params;
        let names = |v: &[Rc<str>]| Value::tuple(v.iter().cloned().map(Value::Str).collect());
        let n_params = p.posonly.len()
            + p.args.len()
            + p.kwonly.len()
            + usize::from(p.vararg.is_some())
            + usize::from(p.kwarg.is_some());
        let locals = &f.def.info.locals;
        let n_frees = f.def.info.frees.len();
        Some(Ok(match name {
            "co_name" => Value::Str(f.def.name.name.clone()),
            "co_qualname" => Value::Str(f.qualname.clone()),
            "co_filename" => Value::Str(f.code.source.name.clone()),
            "co_firstlineno" => Value::Int(f.code.source.line_of(f.def.span.start as usize) as i64),
            "co_argcount" => Value::Int((p.posonly.len() + p.args.len()) as i64),
            "co_posonlyargcount" => Value::Int(p.posonly.len() as i64),
            "co_kwonlyargcount" => Value::Int(p.kwonly.len() as i64),
            // Parameters as CPython orders them: positional, keyword-only,
            // then `*args` and `**kwargs`; then the other locals.
            "co_varnames" => {
                let n_pos = p.posonly.len() + p.args.len();
                let has_var = usize::from(p.vararg.is_some());
                let mut order: Vec<Rc<str>> = locals[..n_pos].to_vec();
                order.extend_from_slice(&locals[n_pos + has_var..n_pos + has_var + p.kwonly.len()]);
                order.extend_from_slice(&locals[n_pos..n_pos + has_var]);
                order.extend_from_slice(
                    &locals[n_pos + has_var + p.kwonly.len()..locals.len() - n_frees],
                );
                names(&order)
            }
            "co_freevars" => names(&locals[locals.len() - n_frees..]),
            "co_nlocals" => Value::Int((locals.len() - n_frees) as i64),
            "co_flags" => Value::Int(code_flags(f)),
            _ if name.starts_with("co_") => {
                return Some(Err(super::PyErr::new(
                    &super::types::NOT_IMPLEMENTED_ERROR,
                    format!("pyasync does not support code.{name}"),
                )))
            }
            _ => return None,
        }))
        .filter(|_| n_params <= locals.len())
    }

    /// Code objects are immutable: their fields refuse assignment
    /// (`code_memberlist`'s `READONLY` in `Objects/codeobject.c`).
    fn set_attr(&self, vm: &crate::interp::Vm, name: &str, _v: &Value) -> Option<PyResult<()>> {
        match self.get_attr(vm, name)? {
            Ok(_) => Some(Err(PyErr::new(
                &super::types::ATTRIBUTE_ERROR,
                "readonly attribute",
            ))),
            Err(e) => Some(Err(e)),
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `co_flags`: the `CO_*` bits of `Include/cpython/code.h` that describe a
/// function's kind and signature, as `compute_code_flags` in
/// `Python/compile.c` sets them for a function scope.
fn code_flags(f: &Function) -> i64 {
    const OPTIMIZED: i64 = 0x1;
    const NEWLOCALS: i64 = 0x2;
    const VARARGS: i64 = 0x4;
    const VARKEYWORDS: i64 = 0x8;
    const NESTED: i64 = 0x10;
    const GENERATOR: i64 = 0x20;
    const COROUTINE: i64 = 0x80;
    const ASYNC_GENERATOR: i64 = 0x200;
    let def = &f.def;
    let mut flags = OPTIMIZED | NEWLOCALS;
    if def.params.vararg.is_some() {
        flags |= VARARGS;
    }
    if def.params.kwarg.is_some() {
        flags |= VARKEYWORDS;
    }
    // A scope inside a function is the one whose qualified name passes
    // through `<locals>`; the resolver's name, not a reassigned one.
    if def.qualname.contains("<locals>") {
        flags |= NESTED;
    }
    flags |= match (def.is_async, def.info.is_generator) {
        (true, true) => ASYNC_GENERATOR,
        (true, false) => COROUTINE,
        (false, true) => GENERATOR,
        (false, false) => 0,
    };
    flags
}
