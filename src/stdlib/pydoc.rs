//! `help(obj)`: a plain-text page about an object, laid out as CPython's
//! `pydoc` lays out its text pages (a title, the signature, the docstring
//! indented; classes with ` |  ` margins and their methods). Docstrings
//! are the object's own: a user's, or for builtin types the ones their
//! type tables declare. The page goes to `sys.stdout` without a pager.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::types::{MemberKind, TypeObject};
use crate::object::{Args, Function, PyErr, PyResult, Stream, TypeRef, Value};

/// `help()` / `help(obj)` / `help('name')`.
pub fn help(vm: &Vm, mut args: Args) -> PyResult {
    if let Some(request) = args.take_keyword("request") {
        args.positional.push(request);
    }
    if let Some((name, _)) = args.keywords.first() {
        return Err(PyErr::type_error(format!(
            "Helper.__call__() got an unexpected keyword argument '{name}'"
        )));
    }
    let page = match args.positional.as_slice() {
        [] => "Type help(object) for help about an object: a function, a class, a module, \
               a method, or a value (its class is shown).\n"
            .to_string(),
        [Value::Str(name)] => match named(vm, name) {
            Some(v) => page(vm, &v)?,
            None => format!(
                "No Python documentation found for '{name}'.\n\
                 Use help() to get the interactive help utility.\n\
                 Use help(str) for help on the str class.\n\n"
            ),
        },
        [obj] => page(vm, obj)?,
        more => {
            // `help` is an instance of `pydoc.Helper` in CPython.
            return Err(PyErr::type_error(format!(
                "Helper.__call__() takes from 1 to 2 positional arguments but {} were given",
                more.len() + 1
            )));
        }
    };
    vm.write(Stream::Stdout, &page);
    Ok(Value::None)
}

/// What `help('name')` documents: a builtin, or a module that imports.
fn named(vm: &Vm, name: &str) -> Option<Value> {
    if crate::builtins::builtin_index(name).is_some() {
        return Some(crate::builtins::builtin_value(name));
    }
    crate::stdlib::import(vm, name).ok()
}

fn page(vm: &Vm, obj: &Value) -> PyResult<String> {
    let module = |v: &Value| -> String {
        if let Value::Function(f) = v {
            if let Some(Value::Str(name)) = f.globals.get("__name__") {
                return name.to_string();
            }
        }
        vm.get_attr(v, "__module__")
            .ok()
            .and_then(|m| match m {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .unwrap_or_else(|| "builtins".to_string())
    };
    Ok(match obj {
        Value::Function(f) => format!(
            "Help on function {} in module {}:\n\n{}\n",
            f.def.name.name,
            module(obj),
            routine(vm, f, &f.def.name.name, true, "")?
        ),
        Value::Method(m) => match &m.function {
            Value::Function(f) => {
                let owner = m.receiver.type_of();
                format!(
                    "Help on method {} in module {}:\n\n{}\n",
                    f.def.name.name,
                    module(&m.function),
                    routine(
                        vm,
                        f,
                        &f.def.name.name,
                        false,
                        &format!(" method of {} instance", dotted(&owner))
                    )?
                )
            }
            other => page(vm, other)?,
        },
        Value::Native(n) => format!(
            "Help on built-in function {} in module {}:\n\n{}(...)\n\n",
            n.name,
            n.module.unwrap_or("builtins"),
            n.name
        ),
        Value::BoundMethod(b) => {
            let doc = b.member.map(|m| m.doc).unwrap_or("");
            format!(
                "Help on built-in function {0}:\n\n{0}(...) method of {1} instance\n{2}\n",
                b.name,
                dotted(&b.receiver.type_of()),
                indented(doc, "    ")
            )
        }
        Value::Object(_) if crate::object::descriptor::as_descriptor(obj).is_some() => {
            let d = crate::object::descriptor::as_descriptor(obj).expect("checked");
            let doc = d.member.map(|m| m.doc).unwrap_or("");
            format!(
                "Help on {}:\n\n{}(...)\n{}\n",
                obj.type_name(),
                d.name,
                indented(doc, "    ")
            )
        }
        Value::Type(t) => format!(
            "Help on class {} in module {}:\n\n{}\n",
            t.name(),
            type_module(t),
            class(vm, t)?
        ),
        Value::Module(m) => module_page(vm, obj, m)?,
        other => page(vm, &Value::Type(other.type_of()))?,
    })
}

fn type_module(t: &TypeRef) -> String {
    match t {
        TypeRef::Builtin(b) => b.module.to_string(),
        TypeRef::User(c) => c.module.to_string(),
    }
}

/// `name(signature)` and the indented docstring of a function.
fn routine(vm: &Vm, f: &Rc<Function>, name: &str, with_self: bool, note: &str) -> PyResult<String> {
    let asynchronous = if f.def.is_async { "async " } else { "" };
    let mut signature = signature(vm, f, with_self)?;
    // A lambda shows as `<lambda> lambda x, y`, with no parentheses.
    if name == "<lambda>" {
        let inner = &signature[1..signature.len() - 1];
        signature = if inner.is_empty() {
            " lambda (...)".to_string()
        } else {
            format!(" lambda {inner}")
        };
    }
    let doc = docstring(vm, &Value::Function(f.clone()));
    Ok(format!(
        "{asynchronous}{name}{signature}{note}\n{}",
        indented(&doc, "    ")
    ))
}

/// `(a, b=1, *args, c, **kw)` from the definition and the defaults.
fn signature(vm: &Vm, f: &Function, with_self: bool) -> PyResult<String> {
    let params = &f.def.params;
    let mut parts = Vec::new();
    let positional: Vec<_> = params.posonly.iter().chain(params.args.iter()).collect();
    let defaults = f.defaults.borrow().clone();
    let first_default = positional.len() - defaults.len();
    for (i, p) in positional.iter().enumerate() {
        if i == 0 && !with_self {
            continue;
        }
        let mut text = p.name.name.to_string();
        if i >= first_default {
            text.push('=');
            text.push_str(&vm.repr(&defaults[i - first_default])?);
        }
        parts.push(text);
        if !params.posonly.is_empty() && i + 1 == params.posonly.len() {
            parts.push("/".to_string());
        }
    }
    if let Some(v) = &params.vararg {
        parts.push(format!("*{}", v.name.name));
    } else if !params.kwonly.is_empty() {
        parts.push("*".to_string());
    }
    for (p, default) in params.kwonly.iter().zip(f.kw_defaults.borrow().clone()) {
        parts.push(match default {
            Some(d) => format!("{}={}", p.name.name, vm.repr(&d)?),
            None => p.name.name.to_string(),
        });
    }
    if let Some(k) = &params.kwarg {
        parts.push(format!("**{}", k.name.name));
    }
    Ok(format!("({})", parts.join(", ")))
}

/// The object's `__doc__`, cleaned as `inspect.cleandoc` does: the first
/// line stripped, the common indentation of the rest removed, blank lines
/// at either end dropped.
fn docstring(vm: &Vm, obj: &Value) -> String {
    let raw = match vm.get_attr(obj, "__doc__") {
        Ok(Value::Str(s)) => s.to_string(),
        _ => return String::new(),
    };
    let mut lines: Vec<String> = raw
        .lines()
        .map(|l| crate::object::methods::expandtabs(l, 8))
        .collect();
    if let Some(first) = lines.first_mut() {
        *first = first.trim_start().to_string();
    }
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    for line in lines.iter_mut().skip(1) {
        *line = line.get(margin..).unwrap_or("").trim_end().to_string();
    }
    while lines.first().is_some_and(|l| l.trim().is_empty()) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// `module.Name`, as pydoc names bases and owners (`builtins.object`).
fn dotted(t: &TypeRef) -> String {
    format!("{}.{}", type_module(t), t.name())
}

/// Each line of `text` after `prefix`; blank lines keep the prefix, as
/// pydoc's pages have them.
fn indented(text: &str, prefix: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    text.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

/// The page of a class: its line with its bases, its docstring, then
/// what it defines: methods, then other attributes.
fn class(vm: &Vm, t: &TypeRef) -> PyResult<String> {
    let bases = match t {
        TypeRef::Builtin(b) => b.base.map(|base| base.name.to_string()).unwrap_or_default(),
        TypeRef::User(c) => c.bases.iter().map(dotted).collect::<Vec<_>>().join(", "),
    };
    let mut out = if bases.is_empty() {
        format!("class {}\n", t.name())
    } else {
        format!("class {}({})\n", t.name(), bases)
    };
    let mut body = docstring(vm, &Value::Type(t.clone()));
    let mut methods = String::new();
    let mut data = String::new();
    match t {
        TypeRef::Builtin(b) => builtin_members(b, &mut methods),
        TypeRef::User(c) => {
            for (name, v) in c.dict.borrow().iter() {
                if name.starts_with("__")
                    && name.ends_with("__")
                    && !matches!(v, Value::Function(_))
                {
                    continue;
                }
                match v {
                    Value::Function(f) => {
                        methods.push_str(&routine(vm, f, name, true, "")?);
                        methods.push('\n');
                    }
                    other => data.push_str(&format!("{name} = {}\n\n", vm.repr(other)?)),
                }
            }
        }
    }
    let rule = "-".repeat(70);
    let mut sections = Vec::new();
    if !methods.is_empty() {
        sections.push(format!("Methods defined here:\n\n{methods}"));
    }
    // What `type.__new__` gives every class with an instance dict.
    if let TypeRef::User(c) = t {
        if !c.dict.borrow().contains_key("__slots__")
            && c.bases
                .iter()
                .all(|b| matches!(b, TypeRef::Builtin(o) if o.name == "object"))
        {
            sections.push(
                "Data descriptors defined here:\n\n__dict__\n    dictionary for instance variables\n\n\
                 __weakref__\n    list of weak references to the object\n\n"
                    .to_string(),
            );
        }
    }
    if !data.is_empty() {
        sections.push(format!("Data and other attributes defined here:\n\n{data}"));
    }
    if !sections.is_empty() {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        body.push_str(&sections.join(&format!("{rule}\n")));
    }
    for line in body.trim_end().lines() {
        out.push_str(" |  ");
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

/// The methods a builtin type's table declares, with their docstrings.
fn builtin_members(t: &'static TypeObject, out: &mut String) {
    let mut members: Vec<_> = t.members.iter().flat_map(|g| g.iter()).collect();
    members.sort_by_key(|m| m.name);
    for m in members {
        let shown = match m.kind {
            MemberKind::Absent => continue,
            MemberKind::Getter(_) => m.name.to_string(),
            _ => format!("{}(...)", m.name),
        };
        out.push_str(&shown);
        out.push('\n');
        out.push_str(&indented(m.doc, "    "));
        out.push('\n');
    }
}

fn module_page(vm: &Vm, obj: &Value, m: &crate::object::Module) -> PyResult<String> {
    let mut out = format!("Help on module {0}:\n\nNAME\n    {0}\n\n", m.name);
    let doc = docstring(vm, obj);
    if !doc.is_empty() {
        out.push_str(&format!("DESCRIPTION\n{}\n", indented(&doc, "    ")));
    }
    let mut functions = String::new();
    let mut classes = String::new();
    for name in m.globals.bound_names() {
        if name.starts_with('_') {
            continue;
        }
        match m.globals.get(&name) {
            Some(Value::Function(f)) => {
                functions.push_str(&indented(&routine(vm, &f, &name, true, "")?, "    "));
                functions.push_str("    \n");
            }
            Some(Value::Type(t)) => classes.push_str(&format!("    {}\n", t.name())),
            _ => {}
        }
    }
    if !classes.is_empty() {
        out.push_str(&format!("CLASSES\n{classes}\n"));
    }
    if !functions.is_empty() {
        out.push_str(&format!("FUNCTIONS\n{functions}\n"));
    }
    Ok(out)
}
