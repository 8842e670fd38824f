//! `contextvars`: context variables (PEP 567). A `Context` maps
//! `ContextVar`s to values; one context is current at a time, and asyncio
//! runs each task step and each callback in its own (see `enter`).
//!
//! A context's mapping is shared between copies until one of them is
//! written, as CPython's HAMT makes `copy_context()` cheap
//! (`Python/context.c`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use indexmap::IndexMap;

use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::types::{Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{types, Args, Globals, PyErr, PyResult, Value};

/// A var's identity (its address) to the var and its value.
type Vars = Rc<IndexMap<usize, (Value, Value)>>;

pub struct Context {
    vars: RefCell<Vars>,
    /// Being run (`Context.run`, or a task step): a context is entered
    /// once at a time.
    entered: Cell<bool>,
}

pub struct ContextVar {
    name: Rc<str>,
    default: Option<Value>,
}

pub struct Token {
    context: Value,
    var: Value,
    /// The value before `set`; None for `Token.MISSING`.
    old: Option<Value>,
    used: Cell<bool>,
}

/// `Token.MISSING`: what a token's `old_value` is when the var had none.
struct Missing;

pub static CONTEXT: TypeObject = TypeObject::new("Context", "_contextvars", None, CONTEXT_SPEC);
pub static CONTEXT_VAR: TypeObject =
    TypeObject::new("ContextVar", "_contextvars", None, CONTEXT_VAR_SPEC);
pub static TOKEN: TypeObject = TypeObject::new("Token", "_contextvars", None, TOKEN_SPEC);
static MISSING: TypeObject = TypeObject::new(
    "Token.MISSING",
    "_contextvars",
    None,
    TypeSpec {
        doc: "",
        members: &[],
    },
);

thread_local! {
    /// The current context, made empty on first use.
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// `Token.MISSING`, one object.
    static MISSING_VALUE: Value = Value::Object(Rc::new(Missing));
}

impl Context {
    fn new_value(vars: Vars) -> Value {
        Value::Object(Rc::new(Context {
            vars: RefCell::new(vars),
            entered: Cell::new(false),
        }))
    }

    fn lookup(&self, var: &Value) -> Option<Value> {
        self.vars
            .borrow()
            .get(&var.address())
            .map(|(_, v)| v.clone())
    }
}

/// A constant held by one of these types: `Token.MISSING`.
pub fn type_constant(t: &'static TypeObject, name: &str) -> Option<Value> {
    (std::ptr::eq(t, &TOKEN) && name == "MISSING").then(|| MISSING_VALUE.with(|m| m.clone()))
}

/// The current context.
pub fn current() -> Value {
    CURRENT.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| Context::new_value(Rc::default()))
            .clone()
    })
}

/// `contextvars.copy_context()`: a new context with the current one's
/// variables.
pub fn copy_current() -> Value {
    let vars = context(&current()).vars.borrow().clone();
    Context::new_value(vars)
}

/// A `context=` argument, which must be a Context.
pub fn expect_context(v: Value) -> PyResult {
    match as_context(&v) {
        Some(_) => Ok(v),
        None => Err(PyErr::type_error(format!(
            "context must be a Context, not {}",
            v.type_name()
        ))),
    }
}

fn context(v: &Value) -> &Context {
    match as_context(v) {
        Some(c) => c,
        None => unreachable!("a Context method is only called on a Context"),
    }
}

/// The context `v` is, if it is one (`create_task(..., context=v)`).
pub fn as_context(v: &Value) -> Option<&Context> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<Context>(),
        _ => None,
    }
}

fn as_var(v: &Value) -> Option<&ContextVar> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<ContextVar>(),
        _ => None,
    }
}

/// Runs `f` with `ctx` current (`Context.run`): a context already entered
/// cannot be entered again.
pub fn enter<R>(ctx: &Value, f: impl FnOnce() -> R) -> PyResult<R> {
    let c = context(ctx);
    if c.entered.get() {
        return Err(PyErr::runtime_error(format!(
            "cannot enter context: {} is already entered",
            c.repr(ctx)
        )));
    }
    c.entered.set(true);
    let previous = CURRENT.with(|cur| cur.borrow_mut().replace(ctx.clone()));
    let result = f();
    CURRENT.with(|cur| *cur.borrow_mut() = previous);
    c.entered.set(false);
    Ok(result)
}

/// Runs `f` in `ctx`, or in the current context when `ctx` is already
/// the one entered (a task step whose context is running it).
pub fn run_in<R>(ctx: &Value, f: impl FnOnce() -> R) -> R {
    if current().is(ctx) || context(ctx).entered.get() {
        return f();
    }
    let mut f = Some(f);
    match enter(ctx, || (f.take().expect("run once"))()) {
        Ok(r) => r,
        Err(_) => (f.take().expect("not run"))(),
    }
}

pub fn make_module(_vm: &Vm) -> Globals {
    Globals::from_pairs(vec![
        ("Context", Value::Type(TypeRef::Builtin(&CONTEXT))),
        ("ContextVar", Value::Type(TypeRef::Builtin(&CONTEXT_VAR))),
        ("Token", Value::Type(TypeRef::Builtin(&TOKEN))),
        super::native("contextvars", "copy_context", |_, args| {
            if !args.positional.is_empty() || !args.keywords.is_empty() {
                return Err(PyErr::type_error(format!(
                    "_contextvars.copy_context() takes no arguments ({} given)",
                    args.positional.len() + args.keywords.len()
                )));
            }
            Ok(copy_current())
        }),
    ])
}

// ---------------------------------------------------------------------------
// Context

impl NativeObject for Context {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&CONTEXT)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const CONTEXT_SPEC: TypeSpec = TypeSpec {
    doc: "A mapping of context variables to their values.",
    members: &[&[
        Member::static_method("__new__", context_new, "Create an empty context."),
        Member::absent("__hash__"),
        Member::method(
            "run",
            context_run,
            "Call the function with this context current.",
        ),
        Member::method(
            "get",
            context_get,
            "The var's value in this context, or the default.",
        ),
        Member::method(
            "keys",
            |_, me, a| {
                no_args("keys", &a)?;
                Ok(Value::list(items(me).into_iter().map(|(k, _)| k).collect()))
            },
            "The variables set in this context.",
        ),
        Member::method(
            "values",
            |_, me, a| {
                no_args("values", &a)?;
                Ok(Value::list(items(me).into_iter().map(|(_, v)| v).collect()))
            },
            "Their values.",
        ),
        Member::method(
            "items",
            |_, me, a| {
                no_args("items", &a)?;
                Ok(Value::list(
                    items(me)
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                ))
            },
            "(variable, value) pairs.",
        ),
        Member::method(
            "copy",
            |_, me, a| {
                no_args("copy", &a)?;
                Ok(Context::new_value(context(me).vars.borrow().clone()))
            },
            "A shallow copy.",
        ),
        Member::slot("__getitem__", context_getitem),
        Member::slot("__contains__", |_, me, a| {
            let var = one_var("__contains__", a)?;
            Ok(Value::Bool(context(me).lookup(&var).is_some()))
        }),
        Member::slot("__len__", |_, me, a| {
            no_args("__len__", &a)?;
            Ok(Value::Int(context(me).vars.borrow().len() as i64))
        }),
        Member::slot("__iter__", |vm, me, a| {
            no_args("__iter__", &a)?;
            let keys = Value::list(items(me).into_iter().map(|(k, _)| k).collect());
            Ok(Value::Iterator(vm.iter(&keys)?))
        }),
        Member::slot("__eq__", |vm, me, a| {
            let other = one_arg("__eq__", a)?;
            let Some(o) = as_context(&other) else {
                return Ok(Value::NotImplemented);
            };
            let mine = items(me);
            if mine.len() != o.vars.borrow().len() {
                return Ok(Value::Bool(false));
            }
            for (k, v) in mine {
                match o.lookup(&k) {
                    Some(w) if vm.equal(&v, &w)? => {}
                    _ => return Ok(Value::Bool(false)),
                }
            }
            Ok(Value::Bool(true))
        }),
    ]],
};

fn items(me: &Value) -> Vec<(Value, Value)> {
    context(me).vars.borrow().values().cloned().collect()
}

fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if args.positional.is_empty() && args.keywords.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "{name}() takes no arguments ({} given)",
        args.positional.len() + args.keywords.len()
    )))
}

fn one_arg(name: &str, args: Args) -> PyResult<Value> {
    match (args.positional.as_slice(), args.keywords.is_empty()) {
        ([v], true) => Ok(v.clone()),
        _ => Err(PyErr::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len() + args.keywords.len()
        ))),
    }
}

/// The one argument, which must be a ContextVar (`context_check_key`).
fn one_var(name: &str, args: Args) -> PyResult<Value> {
    let v = one_arg(name, args)?;
    check_var(&v)?;
    Ok(v)
}

fn check_var(v: &Value) -> PyResult<()> {
    match as_var(v) {
        Some(_) => Ok(()),
        None => Err(PyErr::type_error(format!(
            "a ContextVar key was expected, got {}",
            crate::object::repr::repr_plain(v)
        ))),
    }
}

fn context_new(_vm: &Vm, args: Args) -> PyResult {
    if args.positional.len() > 1 || !args.keywords.is_empty() {
        return Err(PyErr::type_error("Context() does not accept any arguments"));
    }
    Ok(Context::new_value(Rc::default()))
}

fn context_run(vm: &Vm, me: &Value, mut args: Args) -> PyResult {
    if args.positional.is_empty() {
        return Err(PyErr::type_error(
            "run() missing 1 required positional argument",
        ));
    }
    let func = args.positional.remove(0);
    enter(me, || vm.call(&func, args))?
}

fn context_get(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("get() takes no keyword arguments"));
    }
    let (var, default) = match args.positional.as_slice() {
        [var] => (var, Value::None),
        [var, default] => (var, default.clone()),
        more => {
            return Err(PyErr::type_error(format!(
                "get expected {} 1 argument, got {}",
                if more.is_empty() {
                    "at least"
                } else {
                    "at most"
                },
                more.len()
            )))
        }
    };
    check_var(var)?;
    Ok(context(me).lookup(var).unwrap_or(default))
}

fn context_getitem(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let var = one_var("__getitem__", args)?;
    context(me)
        .lookup(&var)
        .ok_or_else(|| PyErr::with_args(&types::KEY_ERROR, vec![var]))
}

// ---------------------------------------------------------------------------
// ContextVar

impl NativeObject for ContextVar {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&CONTEXT_VAR)
    }

    /// `<ContextVar name='x' default=1 at 0x...>` (`contextvar_tp_repr`).
    fn repr(&self, me: &Value) -> String {
        let mut out = format!(
            "<ContextVar name={}",
            crate::object::repr::repr_plain(&Value::Str(self.name.clone()))
        );
        if let Some(d) = &self.default {
            out.push_str(&format!(" default={}", crate::object::repr::repr_plain(d)));
        }
        out.push_str(&format!(" at {:#x}>", me.address()));
        out
    }

    fn set_attr(&self, _vm: &Vm, name: &str, _v: &Value) -> Option<PyResult<()>> {
        (name == "name").then(|| {
            Err(PyErr::new(
                &types::ATTRIBUTE_ERROR,
                "readonly attribute".to_string(),
            ))
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const CONTEXT_VAR_SPEC: TypeSpec = TypeSpec {
    doc: "A variable whose value depends on the current context.",
    members: &[&[
        Member::static_method("__new__", var_new, "Create a context variable."),
        Member::getter(
            "name",
            |_, me| Ok(Value::Str(var(me).name.clone())),
            "The variable's name.",
        ),
        Member::method(
            "get",
            var_get,
            "The value in the current context, else the default.",
        ),
        Member::method(
            "set",
            var_set,
            "Set the value in the current context; a Token undoes it.",
        ),
        Member::method(
            "reset",
            var_reset,
            "Give the variable back the value it had before the token's set().",
        ),
    ]],
};

fn var(v: &Value) -> &ContextVar {
    match as_var(v) {
        Some(c) => c,
        None => unreachable!("a ContextVar method is only called on a ContextVar"),
    }
}

fn var_new(_vm: &Vm, mut args: Args) -> PyResult {
    if !args.positional.is_empty() {
        args.positional.remove(0);
    }
    let mut default = None;
    for (k, v) in args.keywords {
        if &*k != "default" {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for ContextVar()"
            )));
        }
        default = Some(v);
    }
    let name = match args.positional.as_slice() {
        [Value::Str(name)] => name.clone(),
        [_] => return Err(PyErr::type_error("context variable name must be a str")),
        more => {
            return Err(PyErr::type_error(format!(
                "ContextVar() takes {} 1 positional argument ({} given)",
                if more.is_empty() {
                    "exactly"
                } else {
                    "at most"
                },
                more.len()
            )))
        }
    };
    Ok(Value::Object(Rc::new(ContextVar { name, default })))
}

fn var_get(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(
            "ContextVar.get() takes no keyword arguments",
        ));
    }
    if let Some(v) = context(&current()).lookup(me) {
        return Ok(v);
    }
    match args.positional.as_slice() {
        [default] => Ok(default.clone()),
        [] => var(me)
            .default
            .clone()
            .ok_or_else(|| PyErr::with_args(&types::LOOKUP_ERROR, vec![me.clone()])),
        more => Err(PyErr::type_error(format!(
            "get expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

fn var_set(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let value = match (args.positional.as_slice(), args.keywords.is_empty()) {
        ([v], true) => v.clone(),
        _ => {
            return Err(PyErr::type_error(format!(
                "ContextVar.set() takes exactly one argument ({} given)",
                args.positional.len() + args.keywords.len()
            )))
        }
    };
    let ctx = current();
    let c = context(&ctx);
    let old = c.lookup(me);
    Rc::make_mut(&mut c.vars.borrow_mut()).insert(me.address(), (me.clone(), value));
    Ok(Value::Object(Rc::new(Token {
        context: ctx,
        var: me.clone(),
        old,
        used: Cell::new(false),
    })))
}

fn var_reset(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let token_value = match (args.positional.as_slice(), args.keywords.is_empty()) {
        ([v], true) => v.clone(),
        _ => {
            return Err(PyErr::type_error(format!(
                "ContextVar.reset() takes exactly one argument ({} given)",
                args.positional.len() + args.keywords.len()
            )))
        }
    };
    let Some(token) = as_token(&token_value) else {
        return Err(PyErr::type_error(format!(
            "expected an instance of Token, got {}",
            crate::object::repr::repr_plain(&token_value)
        )));
    };
    if token.used.get() {
        return Err(PyErr::runtime_error(format!(
            "{} has already been used once",
            token.repr(&token_value)
        )));
    }
    if !token.var.is(me) {
        return Err(PyErr::value_error(format!(
            "{} was created by a different ContextVar",
            token.repr(&token_value)
        )));
    }
    let ctx = current();
    if !token.context.is(&ctx) {
        return Err(PyErr::value_error(format!(
            "{} was created in a different Context",
            token.repr(&token_value)
        )));
    }
    token.used.set(true);
    let c = context(&ctx);
    let mut vars = c.vars.borrow_mut();
    let vars = Rc::make_mut(&mut vars);
    match &token.old {
        Some(old) => {
            vars.insert(me.address(), (me.clone(), old.clone()));
        }
        None => {
            vars.shift_remove(&me.address());
        }
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// Token

fn as_token(v: &Value) -> Option<&Token> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<Token>(),
        _ => None,
    }
}

impl NativeObject for Token {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&TOKEN)
    }

    /// `<Token used var=<ContextVar ...> at 0x...>` (`token_tp_repr`).
    fn repr(&self, me: &Value) -> String {
        format!(
            "<Token{} var={} at {:#x}>",
            if self.used.get() { " used" } else { "" },
            crate::object::repr::repr_plain(&self.var),
            me.address()
        )
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const TOKEN_SPEC: TypeSpec = TypeSpec {
    doc: "What ContextVar.set() returns, to undo it with ContextVar.reset().",
    members: &[&[
        Member::static_method(
            "__new__",
            |_, _| {
                Err(PyErr::runtime_error(
                    "Tokens can only be created by ContextVars",
                ))
            },
            "Tokens are made by ContextVar.set().",
        ),
        Member::getter(
            "var",
            |_, me| Ok(token(me).var.clone()),
            "The variable the token was made by.",
        ),
        Member::getter(
            "old_value",
            |_, me| {
                Ok(token(me)
                    .old
                    .clone()
                    .unwrap_or_else(|| MISSING_VALUE.with(|m| m.clone())))
            },
            "The value before set(), or Token.MISSING.",
        ),
    ]],
};

fn token(v: &Value) -> &Token {
    match as_token(v) {
        Some(t) => t,
        None => unreachable!("a Token attribute is only read on a Token"),
    }
}

impl NativeObject for Missing {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&MISSING)
    }

    fn repr(&self, _me: &Value) -> String {
        "<Token.MISSING>".to_string()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
