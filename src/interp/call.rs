//! Calls: binding arguments to parameter slots, running function bodies,
//! creating coroutines, and attribute access on builtin objects.

use std::rc::Rc;

use super::coroutine::{Body, Coroutine, CoroutineCode};
use super::exec::Flow;
use super::{Frame, Vm};
use std::cell::RefCell;

use crate::object::{Args, Function, PyErr, PyResult, TypeRef, Value};
use crate::syntax::ast::{ScopeInfo, Span};

impl Vm {
    /// Calls any callable value.
    pub fn call(&self, callee: &Value, args: Args) -> PyResult {
        match callee {
            Value::Function(f) => self.call_function(f, args),
            Value::Native(n) => (n.func)(self, args),
            // On a user object, a bound builtin method is one of `object`'s or
            // `BaseException`'s, reached through `super()`.
            Value::BoundMethod(b) if b.member.is_some() => {
                self.call_bound_member(b, b.member.expect("checked"), args)
            }
            Value::BoundMethod(m) => match &m.receiver {
                Value::Exception(e) if crate::object::exception::is_group_method(&m.name) => {
                    crate::object::exception::call_group_method(self, e, &m.name, args)
                        .unwrap_or_else(|| Err(PyErr::attribute_error(&m.receiver, &m.name)))
                }
                receiver => self.call_method(receiver, &m.name, args),
            },
            Value::Method(m) => {
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(m.receiver.clone());
                positional.extend(args.positional);
                self.call(
                    &m.function,
                    Args {
                        positional,
                        keywords: args.keywords,
                    },
                )
            }
            Value::Type(TypeRef::User(c)) => self.instantiate(c, args),
            Value::Type(TypeRef::Builtin(t)) => crate::builtins::call_type(self, t, args),
            other => {
                if let Some(d) = crate::object::descriptor::as_descriptor(other) {
                    return self.call_descriptor(d, args);
                }
                if let Some(call) = self.special_method(other, "__call__") {
                    return self.call(&call, args);
                }
                Err(PyErr::type_error(format!(
                    "'{}' object is not callable",
                    other.type_name()
                )))
            }
        }
    }

    pub fn call_function(&self, func: &Rc<Function>, args: Args) -> PyResult {
        let mut locals = bind_arguments(func, args)?;
        install_cells(&func.def.info, &func.closure, &mut locals);
        self.run_function(func, locals, None)
    }

    /// Runs `func` on a frame whose parameter slots are already bound (the
    /// rest of `locals` is unbound): a plain function's body runs now, an
    /// `async def` or generator becomes a coroutine or generator object.
    ///
    /// `call_site` is the span of the call expression, where an error
    /// leaving the function is located in the caller's frame.
    pub fn run_function(
        &self,
        func: &Rc<Function>,
        locals: Vec<Option<Value>>,
        call_site: Option<Span>,
    ) -> PyResult {
        let def = &func.def;
        if def.is_async || def.info.is_generator {
            let is_async_generator = def.is_async && def.info.is_generator;
            let frame = function_frame(func, locals);
            let body = self.make_coroutine(func.clone(), frame, is_async_generator);
            return Ok(if is_async_generator {
                super::generators::AsyncGenerator::new_value(body)
            } else if def.is_async {
                Value::Coroutine(body)
            } else {
                Value::Generator(body)
            });
        }
        let locate = |e: Box<PyErr>| {
            if let Some(span) = call_site {
                e.locate(span);
            }
            e
        };
        let _depth = self.enter_frame().map_err(locate)?;
        let caller_location = self.location.get();
        let result = {
            // The frame lives in this block and is dropped in place at its
            // end, never moved: moving it right after it was written would
            // copy it through a store-forwarding stall on every call.
            let mut frame = function_frame(func, locals);
            let result = self.exec_block(&mut frame, &def.body);
            // The frame's locals go after the caller's line is current
            // again, as CPython finalises them once the frame is popped.
            self.location.set(caller_location);
            self.recycle_slots(std::mem::take(&mut frame.locals));
            result
        };
        // A generator that was a local is closed now, before the caller
        // goes on, as CPython closes it when the frame releases it.
        if crate::object::finalize::pending() {
            super::coroutine::run_finalizers(self);
        }
        match result {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => {
                e.leave_frame(&func.code.source, &def.name.name, def.span);
                Err(locate(e))
            }
        }
    }

    /// Calling an `async def` runs none of its body: it returns a coroutine
    /// whose frame (the bound arguments) waits in a boxed future.
    fn make_coroutine(
        &self,
        func: Rc<Function>,
        mut frame: Frame,
        async_generator: bool,
    ) -> Rc<Coroutine> {
        let vm = self.rc();
        let def = func.def.clone();
        let body = async move {
            let result = vm.exec_block_async(&mut frame, &def.body).await;
            match result {
                Ok(Flow::Return(v)) => Ok(v),
                Ok(_) => Ok(Value::None),
                Err(e) => {
                    e.leave_frame(frame.source(), frame.name(), def.span);
                    Err(e)
                }
            }
        };
        let def = &func.def;
        // Its first line is the first decorator's, as `co_firstlineno`.
        let first = def
            .decorators
            .first()
            .map_or(def.span.start, |d| d.span.start);
        let span = crate::syntax::ast::Span {
            start: first,
            end: def.span.end,
        };
        let code = func.coroutine_code.get_or_init(|| {
            Rc::new(CoroutineCode {
                name: def.name.name.clone(),
                qualname: func.qualname.clone(),
                definition: Some((func.code.source.clone(), span)),
            })
        });
        let body = Body::Frame(Box::pin(body));
        match (def.is_async, async_generator) {
            (true, false) => Coroutine::with_body(code.clone(), body, Some(self.weak())),
            (false, _) => Coroutine::generator_with_body(code.clone(), body, self.weak()),
            // Async generators are finalised through the loop's hooks.
            (true, true) => Coroutine::with_body(code.clone(), body, None),
        }
    }

    /// `receiver.name(args)` without creating a bound method first.
    pub fn call_method(&self, receiver: &Value, name: &str, args: Args) -> PyResult {
        if let Some((_, m)) = self.builtin_member(receiver, name) {
            return self.call_member(m, receiver, args);
        }
        match receiver {
            Value::Object(o) => o
                .call_method(self, receiver, name, args)
                .unwrap_or_else(|| Err(PyErr::attribute_error(receiver, name))),
            Value::Descriptor(d) if matches!(name, "getter" | "setter" | "deleter") => {
                property_method(d, name, args)
                    .unwrap_or_else(|| Err(PyErr::attribute_error(receiver, name)))
            }
            _ => {
                let method = self.get_attr(receiver, name)?;
                self.call(&method, args)
            }
        }
    }

    pub fn get_attr(&self, v: &Value, name: &str) -> PyResult {
        let found = match (v, name) {
            (Value::Module(m), "__dict__") => Some(Value::Dict(m.globals.dict())),
            (Value::Module(m), _) => match m.globals.get(name) {
                Some(v) => Some(v),
                None => crate::stdlib::lazy_attribute(self, m, name)?,
            },
            (Value::Instance(i), _) => self.instance_attr(v, &i.class, name)?,
            (Value::Exception(e), _) => {
                let found = match &e.cls {
                    TypeRef::User(c) => self.instance_attr(v, c, name)?,
                    TypeRef::Builtin(_) => None,
                };
                match (found, name) {
                    (Some(found), _) => Some(found),
                    (None, "args") => Some(Value::tuple(e.args.borrow().clone())),
                    (None, "message") if e.group.is_some() => {
                        e.group.as_ref().map(|g| g.msg.clone())
                    }
                    (None, "exceptions") if e.group.is_some() => e.group.as_ref().map(|g| {
                        Value::tuple(g.excs.iter().cloned().map(Value::Exception).collect())
                    }),
                    (None, "value") if e.cls.is(&crate::object::types::STOP_ITERATION) => {
                        Some(e.args.borrow().first().cloned().unwrap_or_default())
                    }
                    (None, n)
                        if e.cls.is(&crate::object::types::IMPORT_ERROR)
                            && crate::object::exception::IMPORT_ERROR_ATTRS.contains(&n) =>
                    {
                        Some(e.attrs.borrow().get(n).cloned().unwrap_or_default())
                    }
                    (None, n)
                        if e.cls.is(&crate::object::types::OS_ERROR)
                            && crate::object::exception::OS_ERROR_ATTRS.contains(&n) =>
                    {
                        Some(e.attrs.borrow().get(n).cloned().unwrap_or_default())
                    }
                    (None, n)
                        if e.cls.is(&crate::object::types::SYNTAX_ERROR)
                            && crate::object::exception::SYNTAX_ERROR_ATTRS.contains(&n) =>
                    {
                        Some(e.attrs.borrow().get(n).cloned().unwrap_or_default())
                    }
                    // What lookup failed, for an AttributeError or NameError
                    // the interpreter raised; None for one made by hand.
                    (None, "name" | "obj")
                        if e.cls.is(&crate::object::types::ATTRIBUTE_ERROR)
                            || (name == "name" && e.cls.is(&crate::object::types::NAME_ERROR)) =>
                    {
                        Some(e.attrs.borrow().get(name).cloned().unwrap_or_default())
                    }
                    // SystemExit_init (Objects/exceptions.c): no argument
                    // gives None, one gives itself, more give the tuple.
                    (None, "code") if e.is_instance(&crate::object::types::SYSTEM_EXIT) => {
                        let args = e.args.borrow();
                        Some(match args.len() {
                            0 => Value::None,
                            1 => args[0].clone(),
                            _ => Value::tuple(args.clone()),
                        })
                    }
                    (None, _) if matches!(e.cls, TypeRef::User(_)) => None,
                    // A builtin exception's own attributes, then its
                    // type's (`args`, `__cause__`, `with_traceback`).
                    (None, _) => match e.attrs.borrow().get(name).cloned() {
                        Some(own) => Some(own),
                        None => self.inherited_member(v, &e.cls, name)?,
                    },
                }
            }
            (Value::Type(_), "__class__") => Some(Value::Type(v.type_of())),
            (Value::Type(TypeRef::User(c)), _) => self.class_attr(c, name)?,
            (Value::Type(TypeRef::Builtin(t)), "__hash__")
                if std::ptr::eq(*t, &crate::object::types::OBJECT) =>
            {
                Some(crate::object::userhash::object_hash_function())
            }
            (Value::Type(TypeRef::Builtin(t)), "__doc__") => Some(if t.doc.is_empty() {
                Value::None
            } else {
                Value::str(t.doc)
            }),
            (Value::Super(s), _) => return self.super_attr(s, name),
            (Value::Object(o), _) => match o.get_attr(self, name) {
                Some(result) => Some(result?),
                None => None,
            },
            (Value::Method(m), "__self__") => Some(m.receiver.clone()),
            (Value::Method(m), "__func__") => Some(m.function.clone()),
            (Value::Method(m), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
                return self.get_attr(&m.function, name)
            }
            (Value::Descriptor(d), "fget" | "fset" | "fdel" | "__func__") => {
                use crate::object::class::Descriptor;
                match (&**d, name) {
                    (Descriptor::Property { fget, .. }, "fget") => {
                        Some(fget.clone().unwrap_or_default())
                    }
                    (Descriptor::Property { fset, .. }, "fset") => {
                        Some(fset.clone().unwrap_or_default())
                    }
                    (Descriptor::Property { fdel, .. }, "fdel") => {
                        Some(fdel.clone().unwrap_or_default())
                    }
                    (Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f), "__func__") => {
                        Some(f.clone())
                    }
                    _ => None,
                }
            }
            (Value::Descriptor(_), "setter" | "getter" | "deleter") => {
                Some(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
                    receiver: v.clone(),
                    name: Rc::from(name),
                    member: None,
                })))
            }
            // Attributes set on the function (`functools.wraps` sets
            // `__name__`) win over the ones it has of its own.
            (Value::Function(f), _) if f.attrs.borrow().contains_key(name) => {
                f.attrs.borrow().get(name).cloned()
            }
            (Value::Function(f), "__name__") => Some(Value::Str(f.def.name.name.clone())),
            (
                Value::Function(f),
                "__defaults__" | "__kwdefaults__" | "__closure__" | "__doc__" | "__code__"
                | "__globals__" | "__module__",
            ) => f.data_attr(name),
            (Value::Cell(c), "cell_contents") => match &*c.borrow() {
                Some(v) => Some(v.clone()),
                None => return Err(PyErr::value_error("Cell is empty")),
            },
            (Value::Function(f), "__dict__") => {
                let mut attrs = f.attrs.borrow().clone();
                attrs.retain(|k, _| !crate::object::function::DATA_ATTRS.contains(&&**k));
                Some(crate::interp::classes::namespace_dict(&attrs))
            }
            (Value::Function(f), "__qualname__") => Some(Value::Str(f.qualname.clone())),
            // Read before any was set: an empty dict, kept (`func_get_annotations`).
            (Value::Function(f), "__annotations__") => {
                let empty = Value::Dict(Default::default());
                f.attrs
                    .borrow_mut()
                    .insert(Rc::from("__annotations__"), empty.clone());
                Some(empty)
            }
            _ => None,
        };
        if let Some(v) = found {
            return Ok(v);
        }
        if let Some((owner, m)) = self.builtin_member(v, name) {
            return self.bind_member(v, owner, m);
        }
        // `list.append`, `int.__new__`, `object.__init__`: unbound methods.
        if let Value::Type(TypeRef::Builtin(t)) = v {
            // `type`'s data descriptors come first (`type_getattro`):
            // `type.__name__` is type's name, not the descriptor.
            if let Some(m) = crate::object::types::TYPE.own_member(name) {
                if matches!(m.kind, crate::object::types::MemberKind::Getter(_)) {
                    return self.bind_member(v, &crate::object::types::TYPE, m);
                }
            }
            if let Some(found) = self.type_member(t, name) {
                return Ok(found);
            }
            if let Some(d) = crate::object::descriptor::find(t, name) {
                return Ok(d);
            }
            // `Token.MISSING`: a constant of a library type.
            if let Some(c) = crate::stdlib::contextvars::type_constant(t, name) {
                return Ok(c);
            }
            // Then `type`'s own members, bound to the type (`int.mro`).
            if let Some(m) = crate::object::types::TYPE.own_member(name) {
                return self.bind_member(v, &crate::object::types::TYPE, m);
            }
        }
        if name == "__class__" {
            return Ok(Value::Type(v.type_of()));
        }
        let is_method = match v {
            Value::Object(o) => o.has_method(name),
            Value::Exception(e) => {
                e.group.is_some() && crate::object::exception::is_group_method(name)
            }
            _ => false,
        };
        if is_method {
            return Ok(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
                receiver: v.clone(),
                name: Rc::from(name),
                member: None,
            })));
        }
        // `(1).__add__`, `"ab".__len__`: a special method of a builtin
        // value is its type's method descriptor, bound to it.
        if name.starts_with("__") && !matches!(v, Value::Instance(_)) {
            if let TypeRef::Builtin(t) = v.type_of() {
                if let Some(d) = crate::object::descriptor::find(t, name) {
                    if crate::object::descriptor::as_descriptor(&d).is_some() {
                        return Ok(Value::Method(Rc::new(crate::object::class::Method {
                            receiver: v.clone(),
                            function: d,
                        })));
                    }
                }
            }
        }
        Err(PyErr::attribute_error(v, name))
    }

    pub fn set_attr(&self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Module(m) => {
                m.globals.set(name, v);
                Ok(())
            }
            Value::Instance(i) => {
                if let Some(setattr) = i.class.lookup("__setattr__") {
                    return self
                        .call(
                            &setattr,
                            Args::positional(vec![obj.clone(), Value::str(name), v]),
                        )
                        .map(|_| ());
                }
                self.set_instance_attr(obj, &i.class.clone(), name, v)
            }
            Value::Exception(e) => {
                if let TypeRef::User(c) = &e.cls {
                    if let Some(setattr) = c.lookup("__setattr__") {
                        let args = vec![obj.clone(), Value::str(name), v];
                        return self.call(&setattr, Args::positional(args)).map(|_| ());
                    }
                }
                self.generic_set_attr(obj, name, v)
            }
            Value::Type(TypeRef::User(_)) if name == "__bases__" => Err(PyErr::new(
                &crate::object::types::NOT_IMPLEMENTED_ERROR,
                "pyasync does not support assigning to __bases__",
            )),
            Value::Type(TypeRef::User(c)) => {
                let meta_setattr = c
                    .meta
                    .borrow()
                    .as_ref()
                    .and_then(|m| m.lookup("__setattr__"));
                if let Some(setattr) = meta_setattr {
                    let args = vec![obj.clone(), Value::str(name), v];
                    return self.call(&setattr, Args::positional(args)).map(|_| ());
                }
                crate::object::class::note_new_assigned(name);
                c.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Function(f) => {
                if let Some(done) = f.set_data_attr(name, &v) {
                    return done;
                }
                f.attrs.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Type(TypeRef::Builtin(t)) => Err(PyErr::type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name, t.name
            ))),
            Value::Object(o) => o
                .set_attr(self, name, &v)
                .unwrap_or_else(|| Err(read_only(self, obj, name))),
            Value::Stream(_) | Value::Future(_) | Value::Task(_) => Err(read_only(self, obj, name)),
            _ => match self.builtin_member(obj, name) {
                // `(5).real = 1`: the data attributes of builtin values are
                // computed, not stored.
                Some((owner, m))
                    if matches!(m.kind, crate::object::types::MemberKind::Getter(_)) =>
                {
                    Err(PyErr::new(
                        &crate::object::types::ATTRIBUTE_ERROR,
                        if std::ptr::eq(owner, &crate::object::types::COMPLEX)
                            || std::ptr::eq(owner, &crate::object::types::RANGE)
                        {
                            // `complex.real` and `range.start` are members
                            // of the C struct.
                            "readonly attribute".to_string()
                        } else {
                            format!(
                                "attribute '{name}' of '{}' objects is not writable",
                                owner.name
                            )
                        },
                    ))
                }
                _ => Err(PyErr::attribute_error(obj, name)),
            },
        }
    }

    /// `object.__setattr__(obj, name, v)`: the attribute set without the
    /// class's `__setattr__` hook.
    pub fn generic_set_attr(&self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(i) => self.set_instance_attr(obj, &i.class.clone(), name, v),
            Value::Exception(e) if name == "__traceback__" => {
                crate::object::base_exception::set_traceback(e, &v)
            }
            Value::Exception(e) if name == "__suppress_context__" => {
                e.suppress_context.set(self.truth(&v)?);
                Ok(())
            }
            Value::Exception(e) if name == "__cause__" || name == "__context__" => {
                let linked = match v {
                    Value::None => None,
                    Value::Exception(other) => Some(other),
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "exception {} must be None or derive from BaseException",
                            if name == "__cause__" {
                                "cause"
                            } else {
                                "context"
                            }
                        )))
                    }
                };
                if name == "__cause__" {
                    *e.cause.borrow_mut() = linked;
                    e.suppress_context.set(true);
                } else {
                    *e.context.borrow_mut() = linked;
                }
                Ok(())
            }
            Value::Exception(e) => match &e.cls {
                TypeRef::User(c) => self.set_instance_attr(obj, &c.clone(), name, v),
                TypeRef::Builtin(_) if name == "args" => {
                    *e.args.borrow_mut() = self.collect(&v)?;
                    Ok(())
                }
                TypeRef::Builtin(_) => {
                    e.attrs.borrow_mut().insert(Rc::from(name), v);
                    Ok(())
                }
            },
            _ => self.set_attr(obj, name, v),
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(i) = obj {
            if let Some(delattr) = i.class.lookup("__delattr__") {
                let args = vec![obj.clone(), Value::str(name)];
                return self.call(&delattr, Args::positional(args)).map(|_| ());
            }
        }
        if let Value::Type(TypeRef::User(c)) = obj {
            let meta_delattr = c
                .meta
                .borrow()
                .as_ref()
                .and_then(|m| m.lookup("__delattr__"));
            if let Some(delattr) = meta_delattr {
                let args = vec![obj.clone(), Value::str(name)];
                return self.call(&delattr, Args::positional(args)).map(|_| ());
            }
        }
        self.generic_del_attr(obj, name)
    }

    /// `object.__delattr__(obj, name)`: the attribute removed without the
    /// class's `__delattr__` hook.
    pub fn generic_del_attr(&self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(i) = obj {
            if let Some(attr) = i.class.lookup(name) {
                if let Some(done) = self.descriptor_set(&attr, obj, None) {
                    return done;
                }
            }
            if let Some(Value::Descriptor(d)) = i.class.lookup(name) {
                if let crate::object::class::Descriptor::Property { fdel, .. } = &*d {
                    return match fdel {
                        Some(deleter) => self
                            .call(deleter, Args::positional(vec![obj.clone()]))
                            .map(|_| ()),
                        None => Err(PyErr::new(
                            &crate::object::types::ATTRIBUTE_ERROR,
                            format!(
                                "property '{}' of '{}' object has no deleter",
                                name, i.class.name
                            ),
                        )),
                    };
                }
            }
        }
        let removed = match obj {
            Value::Instance(i) => {
                let removed = i.dict.borrow_mut().shift_remove(name);
                crate::object::class::instance_attrs_changed(i);
                removed.is_some()
            }
            Value::Exception(e) => e.attrs.borrow_mut().shift_remove(name).is_some(),
            Value::Type(TypeRef::User(c)) => {
                crate::object::class::note_new_assigned(name);
                c.dict.borrow_mut().shift_remove(name).is_some()
            }
            Value::Module(m) => {
                m.globals.get(name).is_some()
                    && m.globals.clear_slot(m.globals.slot_for(name)).is_some()
            }
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(PyErr::attribute_error(obj, name))
        }
    }
}

/// Assigning to an attribute a type's table computes: a property of a
/// class written in Python in CPython has no setter, a getset of a C type
/// is not writable.
fn read_only(vm: &Vm, obj: &Value, name: &str) -> Box<PyErr> {
    let Some((owner, m)) = vm.builtin_member(obj, name) else {
        return PyErr::attribute_error(obj, name);
    };
    if !matches!(m.kind, crate::object::types::MemberKind::Getter(_)) {
        return PyErr::attribute_error(obj, name);
    }
    let t = TypeRef::Builtin(owner);
    let msg = if t.tp_name() == t.name() {
        format!(
            "property '{}' of '{}' object has no setter",
            name,
            obj.type_name()
        )
    } else {
        format!(
            "attribute '{}' of '{}' objects is not writable",
            name,
            t.tp_name()
        )
    };
    PyErr::new(&crate::object::types::ATTRIBUTE_ERROR, msg)
}

/// `@prop.setter` and friends: a copy of the property with one accessor replaced.
fn property_method(
    d: &crate::object::class::Descriptor,
    name: &str,
    mut args: Args,
) -> Option<PyResult> {
    use crate::object::class::Descriptor;
    let Descriptor::Property { fget, fset, fdel } = d else {
        return None;
    };
    let func = args.positional.pop();
    let (mut fget, mut fset, mut fdel) = (fget.clone(), fset.clone(), fdel.clone());
    match name {
        "getter" => fget = func,
        "setter" => fset = func,
        "deleter" => fdel = func,
        _ => return None,
    }
    Some(Ok(Value::Descriptor(Rc::new(Descriptor::Property {
        fget,
        fset,
        fdel,
    }))))
}

/// Puts the cells into a new frame: the closure's cells into the free
/// variables' slots, and fresh cells (holding any argument already bound
/// there) into the slots of locals that inner scopes capture.
pub fn install_cells(
    info: &ScopeInfo,
    closure: &[Rc<RefCell<Option<Value>>>],
    locals: &mut [Option<Value>],
) {
    for (free, cell) in info.frees.iter().zip(closure) {
        locals[free.slot as usize] = Some(Value::Cell(cell.clone()));
    }
    for &slot in &info.cells {
        let slot = slot as usize;
        if !matches!(locals[slot], Some(Value::Cell(_))) {
            let initial = locals[slot].take();
            locals[slot] = Some(Value::Cell(Rc::new(RefCell::new(initial))));
        }
    }
}

/// Binds call arguments to the parameter slots at the front of `locals`,
/// with CPython's error messages (`ceval.c`, `positional_only_passed_as_keyword`,
/// `missing_arguments`, `too_many_positional`).
fn bind_arguments(func: &Function, args: Args) -> PyResult<Vec<Option<Value>>> {
    let p = &func.def.params;
    let n_pos = p.posonly.len() + p.args.len();
    let n_locals = func.def.info.locals.len();
    // The common call: exactly the positional parameters. The argument
    // vector becomes the frame's slots without a copy.
    if args.keywords.is_empty()
        && args.positional.len() == n_pos
        && p.vararg.is_none()
        && p.kwonly.is_empty()
        && p.kwarg.is_none()
    {
        let mut locals: Vec<Option<Value>> = args.positional.into_iter().map(Some).collect();
        locals.resize(n_locals, None);
        return Ok(locals);
    }
    let mut locals = vec![None; n_locals];
    bind_general(func, args, &mut locals)?;
    Ok(locals)
}

fn bind_general(func: &Function, mut args: Args, locals: &mut [Option<Value>]) -> PyResult<()> {
    let p = &func.def.params;
    let qualname = &func.qualname;
    let n_pos = p.posonly.len() + p.args.len();
    let given = args.positional.len();

    // Positional arguments.
    let mut extra = Vec::new();
    if given > n_pos {
        if p.vararg.is_none() {
            return Err(too_many_positional(func, given, args.keywords.len()));
        }
        extra = args.positional.split_off(n_pos);
    }
    for (i, v) in args.positional.into_iter().enumerate() {
        locals[i] = Some(v);
    }
    let mut slot = n_pos;
    if p.vararg.is_some() {
        locals[slot] = Some(Value::tuple(extra));
        slot += 1;
    }
    let kw_start = slot;
    let kwarg_slot = p.kwarg.as_ref().map(|_| kw_start + p.kwonly.len());

    // Keyword arguments.
    let mut kwargs = crate::object::Dict::new();
    let mut posonly_as_kw = Vec::new();
    for (name, v) in args.keywords {
        let positional = p.args.iter().position(|a| a.name.name == name);
        let kwonly = p.kwonly.iter().position(|a| a.name.name == name);
        let target = match (positional, kwonly) {
            (Some(i), _) => Some(p.posonly.len() + i),
            (None, Some(i)) => Some(kw_start + i),
            (None, None) => None,
        };
        match target {
            Some(t) if locals[t].is_some() => {
                return Err(PyErr::type_error(format!(
                    "{}() got multiple values for argument '{}'",
                    qualname, name
                )))
            }
            Some(t) => locals[t] = Some(v),
            None if kwarg_slot.is_some() => {
                kwargs.insert(crate::object::DictKey::new(Value::Str(name))?, v);
            }
            None if p.posonly.iter().any(|a| a.name.name == name) => posonly_as_kw.push(name),
            None => {
                return Err(PyErr::type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname, name
                )))
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<String> = posonly_as_kw.iter().map(|n| n.to_string()).collect();
        return Err(PyErr::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname,
            names.join(", ")
        )));
    }
    if let Some(s) = kwarg_slot {
        locals[s] = Some(Value::Dict(Rc::new(std::cell::RefCell::new(kwargs))));
    }

    // Defaults, then what is still missing.
    let defaults = func.defaults.borrow();
    let first_default = n_pos - defaults.len();
    let mut missing = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(n_pos) {
        if slot.is_none() {
            if i >= first_default {
                *slot = Some(defaults[i - first_default].clone());
            } else {
                let param = if i < p.posonly.len() {
                    &p.posonly[i]
                } else {
                    &p.args[i - p.posonly.len()]
                };
                missing.push(param.name.name.clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_arguments(qualname, "positional", &missing));
    }
    for (i, param) in p.kwonly.iter().enumerate() {
        if locals[kw_start + i].is_none() {
            match &func.kw_defaults.borrow()[i] {
                Some(d) => locals[kw_start + i] = Some(d.clone()),
                None => missing.push(param.name.name.clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_arguments(qualname, "keyword-only", &missing));
    }
    Ok(())
}

fn too_many_positional(func: &Function, given: usize, kw_given: usize) -> Box<PyErr> {
    let p = &func.def.params;
    let n_pos = p.posonly.len() + p.args.len();
    let n_defaults = func.defaults.borrow().len();
    let takes = if n_defaults > 0 {
        format!(
            "from {} to {} positional arguments",
            n_pos - n_defaults,
            n_pos
        )
    } else {
        format!(
            "{} positional argument{}",
            n_pos,
            if n_pos == 1 { "" } else { "s" }
        )
    };
    let kw_note = if kw_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            kw_given,
            if kw_given == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let was = if given == 1 { "was" } else { "were" };
    PyErr::type_error(if kw_note.is_empty() {
        format!(
            "{}() takes {} but {} {} given",
            func.qualname, takes, given, was
        )
    } else {
        format!(
            "{}() takes {} but {}{} were given",
            func.qualname, takes, given, kw_note
        )
    })
}

fn missing_arguments(qualname: &str, kind: &str, names: &[Rc<str>]) -> Box<PyErr> {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    PyErr::type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname,
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    ))
}

/// The frame of a call of `func`, its parameters bound in `locals`.
#[inline(always)]
fn function_frame(func: &Function, locals: Vec<Option<Value>>) -> Frame {
    Frame {
        locals,
        globals: func.globals.clone(),
        code: func.code.clone(),
        namespace: None,
        class_mapping: None,
        handling: None,
        f_locals: std::cell::OnceCell::new(),
    }
}
