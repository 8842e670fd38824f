//! Classes: the `class` statement, instantiation, and attribute access with
//! descriptors, mirroring CPython's `type.__call__`,
//! `object.__getattribute__` and `super.__getattribute__`.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::install_cells;
use super::{Frame, Vm};
use crate::object::class::{Class, Descriptor, Instance, Method, Namespace, Super};
use crate::object::types::{self, TypeRef};
use crate::object::{Args, PyErr, PyException, PyResult, Value};
use crate::syntax::ast::ClassDef;

impl Vm {
    /// Runs a `class` statement: evaluates the bases, runs the body in a
    /// namespace of its own, creates the class and applies the decorators.
    pub fn exec_class_def(&self, f: &mut Frame, def: &Rc<ClassDef>) -> PyResult {
        let mut decorators = Vec::with_capacity(def.decorators.len());
        for d in &def.decorators {
            decorators.push(self.eval(f, d)?);
        }
        let mut bases = Vec::with_capacity(def.bases.len());
        for b in &def.bases {
            match self.eval(f, b)? {
                Value::Type(t) => bases.push(t),
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        other.type_name()
                    )))
                }
            }
        }
        let mut class_keywords = Vec::new();
        let mut explicit_meta = None;
        for k in &def.keywords {
            let v = self.eval(f, &k.value)?;
            match k.arg.as_ref().map(|a| &*a.name) {
                Some("metaclass") => explicit_meta = Some(v),
                Some(name) => class_keywords.push((Rc::from(name), v)),
                None => {
                    return Err(PyErr::new(
                        &types::NOT_IMPLEMENTED_ERROR,
                        "pyasync does not support **kwargs in a class statement",
                    ))
                }
            }
        }
        let meta = self.metaclass_of(explicit_meta, &bases)?;
        let module = match f.globals.get("__name__") {
            Some(Value::Str(s)) => s,
            _ => Rc::from("__main__"),
        };
        let namespace = Rc::new(RefCell::new(Namespace::new()));
        namespace
            .borrow_mut()
            .insert(Rc::from("__module__"), Value::Str(module.clone()));
        namespace
            .borrow_mut()
            .insert(Rc::from("__qualname__"), Value::Str(def.qualname.clone()));
        let mut locals = vec![None; def.info.locals.len()];
        let closure: Vec<_> = def
            .info
            .frees
            .iter()
            .map(|free| match &f.locals[free.outer_slot as usize] {
                Some(Value::Cell(c)) => c.clone(),
                _ => Rc::new(RefCell::new(None)),
            })
            .collect();
        install_cells(&def.info, &closure, &mut locals);
        let mut body_frame = Frame {
            locals,
            globals: f.globals.clone(),
            code: super::FrameCode::new(f.source().clone(), def.name.name.clone()),
            namespace: Some(namespace.clone()),
            handling: None,
            f_locals: std::cell::OnceCell::new(),
        };
        {
            let _depth = self.enter_frame()?;
            if let Err(e) = self.exec_block(&mut body_frame, &def.body) {
                e.leave_frame(f.source(), &def.name.name, def.span);
                return Err(e);
            }
        }
        let dict = std::mem::take(&mut *namespace.borrow_mut());
        let written_bases = Value::tuple(bases.iter().cloned().map(Value::Type).collect());
        // The body may rebind `__module__` (CPython's `type_new` reads it back).
        let module = match dict.get("__module__") {
            Some(Value::Str(m)) => m.clone(),
            _ => module,
        };
        let class = Class::new(
            def.name.name.clone(),
            def.qualname.clone(),
            module,
            bases,
            dict,
        )?;
        // Methods remember their class for `super()` (CPython's `__class__` cell).
        for v in class.dict.borrow().values() {
            let func = match v {
                Value::Function(func) => Some(func),
                Value::Descriptor(d) => match &**d {
                    Descriptor::StaticMethod(Value::Function(func))
                    | Descriptor::ClassMethod(Value::Function(func)) => Some(func),
                    Descriptor::Property {
                        fget: Some(Value::Function(func)),
                        ..
                    } => Some(func),
                    _ => None,
                },
                _ => None,
            };
            if let Some(func) = func {
                *func.code.class.borrow_mut() = Some(Rc::downgrade(&class));
            }
        }
        let class_value = Value::Type(TypeRef::User(class.clone()));
        self.finish_class(&class, &class_value, meta, written_bases, class_keywords)?;
        let mut value = class_value;
        for d in decorators.into_iter().rev() {
            value = self.call(&d, Args::positional(vec![value]))?;
        }
        Ok(value)
    }

    /// The metaclass of a new class: the one given, else the first base's
    /// (CPython picks the most derived; classes here rarely mix them).
    /// Only its methods matter here: a metaclass that customises class
    /// creation itself (`__new__`, `__prepare__`) is refused, not ignored.
    fn metaclass_of(
        &self,
        explicit: Option<Value>,
        bases: &[TypeRef],
    ) -> PyResult<Option<Rc<Class>>> {
        let meta = match explicit {
            Some(Value::Type(TypeRef::Builtin(t))) if std::ptr::eq(t, &types::TYPE) => {
                return Ok(None)
            }
            Some(Value::Type(TypeRef::User(m))) => {
                if !TypeRef::User(m.clone()).is(&types::TYPE) {
                    return Err(PyErr::type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
                m
            }
            // CPython calls it as `meta(name, bases, namespace)`.
            Some(other @ (Value::Function(_) | Value::Native(_) | Value::Method(_))) => {
                return Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    format!(
                        "pyasync supports only classes as metaclasses, not {}",
                        other.type_name()
                    ),
                ))
            }
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not callable",
                    other.type_name()
                )))
            }
            None => {
                return Ok(bases.iter().find_map(|b| match b {
                    TypeRef::User(c) => c.meta.borrow().clone(),
                    TypeRef::Builtin(_) => None,
                }))
            }
        };
        for hook in ["__new__", "__prepare__"] {
            if meta.lookup(hook).is_some() {
                return Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    format!("pyasync does not run a metaclass's {hook}"),
                ));
            }
        }
        Ok(Some(meta))
    }

    /// After the class object exists, as `type.__new__` and `type.__init__`
    /// end: the parent's `__init_subclass__(**kwargs)`, then the
    /// metaclass's `__init__(cls, name, bases, namespace)`.
    fn finish_class(
        &self,
        class: &Rc<Class>,
        class_value: &Value,
        meta: Option<Rc<Class>>,
        bases: Value,
        keywords: Vec<(Rc<str>, Value)>,
    ) -> PyResult<()> {
        *class.meta.borrow_mut() = meta.clone();
        // `mro` holds the bases' classes, not the class itself.
        let parent_hook = class.mro.iter().find_map(|t| match t {
            TypeRef::User(c) => c.dict.borrow().get("__init_subclass__").cloned(),
            TypeRef::Builtin(_) => None,
        });
        match parent_hook {
            Some(hook) => {
                let func = match hook {
                    Value::Descriptor(d) => match &*d {
                        Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f) => f.clone(),
                        _ => Value::Descriptor(d.clone()),
                    },
                    other => other,
                };
                self.call(
                    &func,
                    Args {
                        positional: vec![class_value.clone()],
                        keywords,
                    },
                )?;
            }
            None if !keywords.is_empty() => {
                return Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    class.name
                )))
            }
            None => {}
        }
        if let Some(init) = meta.and_then(|m| m.lookup("__init__")) {
            let ns = namespace_dict(&class.dict.borrow());
            self.call(
                &init,
                Args::positional(vec![
                    class_value.clone(),
                    Value::Str(class.name.clone()),
                    bases,
                    ns,
                ]),
            )?;
        }
        Ok(())
    }

    /// `cls(*args)`: the metaclass's `__call__` if it has one, else a new
    /// instance initialised by `__init__`.
    pub fn instantiate(&self, class: &Rc<Class>, args: Args) -> PyResult {
        let meta_call = class
            .meta
            .borrow()
            .as_ref()
            .and_then(|m| m.lookup("__call__"));
        if let Some(call) = meta_call {
            let mut positional = vec![Value::Type(TypeRef::User(class.clone()))];
            positional.extend(args.positional);
            return self.call(
                &call,
                Args {
                    positional,
                    keywords: args.keywords,
                },
            );
        }
        self.instantiate_plain(class, args)
    }

    /// `type.__call__(cls, *args)`: `__new__` makes the instance (a user
    /// `__new__`, or the builtin base's, or `object`'s), then `__init__`
    /// initialises it when it is an instance of `cls`.
    pub fn instantiate_plain(&self, class: &Rc<Class>, args: Args) -> PyResult {
        let t = TypeRef::User(class.clone());
        let init = class.lookup("__init__");
        let obj = if t.is(&types::BASE_EXCEPTION_GROUP) {
            Value::Exception(crate::object::exception::new_exception_group(
                self,
                t.clone(),
                Args::positional(args.positional.clone()),
            )?)
        } else if t.is(&types::OS_ERROR) {
            Value::Exception(PyException::new_os_error(
                t.clone(),
                args.positional.clone(),
            ))
        } else if t.is(&types::SYNTAX_ERROR) {
            Value::Exception(PyException::new_syntax_error(
                t.clone(),
                args.positional.clone(),
            ))
        } else if t.is(&types::BASE_EXCEPTION) {
            Value::Exception(PyException::new(t.clone(), args.positional.clone()))
        } else {
            let new = if crate::object::class::may_define_new(class) {
                class.lookup("__new__")
            } else {
                None
            };
            match new {
                Some(new) if crate::object::descriptor::as_descriptor(&new).is_none() => {
                    let new = match new {
                        Value::Descriptor(d) => match &*d {
                            Descriptor::StaticMethod(f) => f.clone(),
                            _ => Value::Descriptor(d.clone()),
                        },
                        other => other,
                    };
                    let mut positional = Vec::with_capacity(args.positional.len() + 1);
                    positional.push(Value::Type(t.clone()));
                    positional.extend(args.positional.iter().cloned());
                    let obj = self.call(
                        &new,
                        Args {
                            positional,
                            keywords: args.keywords.clone(),
                        },
                    )?;
                    // CPython's `type_call` skips `__init__` when `__new__`
                    // returned something else.
                    if !obj.type_of().is_subclass(&t) {
                        return Ok(obj);
                    }
                    obj
                }
                _ => match class.payload {
                    Some(base) => {
                        // The arguments go to `__new__` for immutable types,
                        // to `__init__` for the others.
                        let new_args = if crate::object::descriptor::is_immutable(base) {
                            args.clone()
                        } else {
                            Args::default()
                        };
                        self.new_builtin_instance(&t, base, new_args)?
                    }
                    None => {
                        if init.is_none()
                            && (!args.positional.is_empty() || !args.keywords.is_empty())
                        {
                            return Err(PyErr::type_error(format!(
                                "{}() takes no arguments",
                                class.name
                            )));
                        }
                        Value::Instance(Rc::new(Instance::new(class.clone(), None)))
                    }
                },
            }
        };
        if let Some(init) = init {
            let mut positional = Vec::with_capacity(args.positional.len() + 1);
            positional.push(obj.clone());
            positional.extend(args.positional);
            let result = self.call(
                &init,
                Args {
                    positional,
                    keywords: args.keywords,
                },
            )?;
            if !result.is_none() {
                return Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{}'",
                    result.type_name()
                )));
            }
        }
        Ok(obj)
    }

    /// A class attribute as seen through an instance (`obj.attr`):
    /// functions bind to the instance, static and class methods unwrap.
    fn bind_to_instance(&self, obj: &Value, class: &TypeRef, attr: Value) -> PyResult {
        if let Some(bound) = crate::object::descriptor::bind_to_class(&attr, class) {
            return Ok(bound);
        }
        Ok(match attr {
            Value::Function(_) => Value::Method(Rc::new(Method {
                receiver: obj.clone(),
                function: attr,
            })),
            Value::Object(_) if class_method_of_builtin(&attr, class).is_some() => {
                class_method_of_builtin(&attr, class).expect("checked")
            }
            // A data attribute of a builtin base: `int.real`.
            Value::Object(_)
                if crate::object::descriptor::as_descriptor(&attr)
                    .is_some_and(|d| d.getter().is_some()) =>
            {
                let getter = crate::object::descriptor::as_descriptor(&attr)
                    .and_then(|d| d.getter())
                    .expect("checked");
                getter(self, crate::object::slots::plain(obj))?
            }
            Value::Object(_)
                if crate::object::descriptor::as_descriptor(&attr).is_some_and(|d| d.binds()) =>
            {
                Value::Method(Rc::new(Method {
                    receiver: obj.clone(),
                    function: attr,
                }))
            }
            Value::Descriptor(d) => match &*d {
                Descriptor::Property { fget, .. } => match fget {
                    Some(getter) => self.call(getter, Args::positional(vec![obj.clone()]))?,
                    None => return Err(PyErr::attribute_error(obj, "property has no getter")),
                },
                Descriptor::StaticMethod(f) => f.clone(),
                Descriptor::ClassMethod(f) => Value::Method(Rc::new(Method {
                    receiver: Value::Type(class.clone()),
                    function: f.clone(),
                })),
            },
            other => other,
        })
    }

    /// Attribute lookup on instances of user classes (and user exceptions).
    pub fn instance_attr(
        &self,
        obj: &Value,
        class: &Rc<Class>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let t = TypeRef::User(class.clone());
        let class_attr = class.lookup(name);
        if let Some(Value::Descriptor(d)) = &class_attr {
            if matches!(**d, Descriptor::Property { .. }) {
                return self
                    .bind_to_instance(obj, &t, class_attr.clone().expect("matched"))
                    .map(Some);
            }
        }
        let own = match obj {
            Value::Instance(i) => i.dict.borrow().get(name).cloned(),
            Value::Exception(e) => e.attrs.borrow().get(name).cloned(),
            _ => None,
        };
        if own.is_some() {
            return Ok(own);
        }
        if let Some(attr) = class_attr {
            return self.bind_to_instance(obj, &t, attr).map(Some);
        }
        match name {
            "__class__" => return Ok(Some(Value::Type(t))),
            "__dict__" => {
                if let Value::Instance(i) = obj {
                    return Ok(Some(Value::Dict(crate::object::class::instance_dict(i))));
                }
            }
            _ => {}
        }
        if let Some(getattr) = class.lookup("__getattr__") {
            let bound = self.bind_to_instance(obj, &t, getattr)?;
            return self
                .call(&bound, Args::positional(vec![Value::str(name)]))
                .map(Some);
        }
        Ok(None)
    }

    /// Attribute lookup on a user class itself (`Cls.attr`).
    pub fn class_attr(&self, class: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        let t = TypeRef::User(class.clone());
        if let Some(attr) = class.lookup(name) {
            return Ok(Some(match attr {
                Value::Descriptor(d) => match &*d {
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::ClassMethod(f) => Value::Method(Rc::new(Method {
                        receiver: Value::Type(t),
                        function: f.clone(),
                    })),
                    Descriptor::Property { .. } => Value::Descriptor(d.clone()),
                },
                other => crate::object::descriptor::bind_to_class(&other, &t).unwrap_or(other),
            }));
        }
        Ok(match name {
            "__name__" => Some(Value::Str(class.name.clone())),
            "__qualname__" => Some(Value::Str(class.qualname.clone())),
            "__module__" => Some(Value::Str(class.module.clone())),
            "__bases__" => Some(Value::tuple(
                class.bases.iter().cloned().map(Value::Type).collect(),
            )),
            "__mro__" => Some(Value::tuple(t.mro().into_iter().map(Value::Type).collect())),
            "__dict__" => Some(namespace_dict(&class.dict.borrow())),
            "mro" => Some(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
                receiver: Value::Type(t),
                name: Rc::from("mro"),
                member: None,
            }))),
            // `object`'s methods, last in every MRO (`Cls.__init__`).
            _ if crate::object::descriptor::lookup(&types::OBJECT, name).is_some() => {
                crate::object::descriptor::lookup(&types::OBJECT, name)
            }
            _ => {
                // Then the metaclass's attributes, bound to the class.
                let meta = class.meta.borrow().clone();
                match meta.and_then(|m| m.lookup(name)) {
                    Some(f @ Value::Function(_)) => Some(Value::Method(Rc::new(Method {
                        receiver: Value::Type(t),
                        function: f,
                    }))),
                    Some(Value::Descriptor(d)) => match &*d {
                        Descriptor::Property {
                            fget: Some(fget), ..
                        } => Some(self.call(fget, Args::positional(vec![Value::Type(t)]))?),
                        _ => Some(Value::Descriptor(d.clone())),
                    },
                    Some(other) => Some(other),
                    None => {
                        let meta = class.meta.borrow().clone();
                        match meta.and_then(|m| m.lookup("__getattr__")) {
                            Some(getattr) => Some(self.call(
                                &getattr,
                                Args::positional(vec![Value::Type(t), Value::str(name)]),
                            )?),
                            None => None,
                        }
                    }
                }
            }
        })
    }

    /// `obj.name = v` on instances: a property's setter, or the instance dict.
    pub fn set_instance_attr(
        &self,
        obj: &Value,
        class: &Rc<Class>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        if let (Value::Instance(i), "__dict__") = (obj, name) {
            let Value::Dict(d) = &v else {
                return Err(PyErr::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    v.type_name()
                )));
            };
            crate::object::class::set_instance_dict(i, d);
            return Ok(());
        }
        if let Some(Value::Descriptor(d)) = class.lookup(name) {
            if let Descriptor::Property { fset, .. } = &*d {
                return match fset {
                    Some(setter) => self
                        .call(setter, Args::positional(vec![obj.clone(), v]))
                        .map(|_| ()),
                    None => Err(PyErr::new(
                        &types::ATTRIBUTE_ERROR,
                        format!(
                            "property '{}' of '{}' object has no setter",
                            name, class.name
                        ),
                    )),
                };
            }
        }
        match obj {
            Value::Instance(i) => {
                let old = i.dict.borrow_mut().insert(Rc::from(name), v);
                drop(old);
                crate::object::class::instance_attrs_changed(i);
            }
            Value::Exception(e) => {
                if name == "args" {
                    *e.args.borrow_mut() = crate::object::iter::collect(&v)?;
                } else {
                    e.attrs.borrow_mut().insert(Rc::from(name), v);
                }
            }
            _ => return Err(PyErr::attribute_error(obj, name)),
        }
        Ok(())
    }

    /// `super()` inside a method: the class the method was defined in and
    /// the method's first argument.
    pub fn zero_arg_super(&self, f: &Frame) -> PyResult {
        let Some(class) = f
            .code
            .class
            .borrow()
            .as_ref()
            .and_then(std::rc::Weak::upgrade)
        else {
            return Err(PyErr::runtime_error("super(): __class__ cell not found"));
        };
        let class = &TypeRef::User(class);
        let Some(Some(receiver)) = f.locals.first() else {
            return Err(PyErr::runtime_error("super(): no arguments"));
        };
        let receiver = match receiver {
            Value::Cell(c) => c.borrow().clone().unwrap_or_default(),
            other => other.clone(),
        };
        Ok(Value::Super(Rc::new(Super {
            class: class.clone(),
            receiver,
        })))
    }

    /// `super().name`: the attribute of the first class after `class` in the
    /// receiver's MRO that has it.
    pub fn super_attr(&self, s: &Super, name: &str) -> PyResult {
        let receiver_type = match &s.receiver {
            Value::Type(t) => t.clone(),
            other => other.type_of(),
        };
        let mro = receiver_type.mro();
        let start = mro
            .iter()
            .position(|t| *t == s.class)
            .map_or(mro.len(), |i| i + 1);
        for t in &mro[start..] {
            match t {
                TypeRef::User(c) => {
                    if let Some(attr) = c.dict.borrow().get(name).cloned() {
                        if let Value::Type(_) = &s.receiver {
                            return Ok(match attr {
                                Value::Descriptor(d) => match &*d {
                                    Descriptor::ClassMethod(f) => Value::Method(Rc::new(Method {
                                        receiver: s.receiver.clone(),
                                        function: f.clone(),
                                    })),
                                    Descriptor::StaticMethod(f) => f.clone(),
                                    _ => Value::Descriptor(d.clone()),
                                },
                                other => other,
                            });
                        }
                        return self.bind_to_instance(&s.receiver, &receiver_type, attr);
                    }
                }
                TypeRef::Builtin(b)
                    if receiver_type_payload(&receiver_type)
                        .is_some_and(|p| std::ptr::eq(p, *b)) =>
                {
                    if let Some(attr) = crate::object::descriptor::lookup(b, name) {
                        return match &s.receiver {
                            Value::Type(_) => Ok(attr),
                            _ => self.bind_to_instance(&s.receiver, &receiver_type, attr),
                        };
                    }
                }
                TypeRef::Builtin(b) => {
                    if name == "__new__" && std::ptr::eq(*b, &types::OBJECT) {
                        if let Some(d) = crate::object::descriptor::lookup(b, name) {
                            return Ok(d);
                        }
                    }
                    if let Some(m) = builtin_object_method(b, name) {
                        return Ok(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
                            receiver: s.receiver.clone(),
                            name: Rc::from(m),
                            member: None,
                        })));
                    }
                }
            }
        }
        Err(PyErr::new(
            &types::ATTRIBUTE_ERROR,
            format!("'super' object has no attribute '{}'", name),
        ))
    }

    /// The methods `object` and `BaseException` provide to user subclasses
    /// (reached through `super()` or when a class does not override them).
    pub fn call_object_method(&self, receiver: &Value, name: &str, args: Args) -> Option<PyResult> {
        Some(match name {
            "__init__" => {
                if let Value::Exception(e) = receiver {
                    *e.args.borrow_mut() = args.positional;
                }
                Ok(Value::None)
            }
            "__repr__" => self.default_repr(receiver).map(|s| Value::str(&s)),
            "__str__" => match receiver {
                Value::Exception(e) => Ok(Value::str(&e.message())),
                _ => self.default_repr(receiver).map(|s| Value::str(&s)),
            },
            "__eq__" => Ok(match args.positional.first() {
                Some(other) if other.is(receiver) => Value::Bool(true),
                _ => Value::NotImplemented,
            }),
            "__ne__" => Ok(match args.positional.first() {
                Some(other) => Value::Bool(!other.is(receiver)),
                None => Value::NotImplemented,
            }),
            "__hash__" => Ok(Value::Int(crate::object::set::hash_pointer(
                receiver.address(),
            ))),
            "__setattr__" => match args.positional.as_slice() {
                [Value::Str(name), v] => match receiver.type_of() {
                    TypeRef::User(c) => self
                        .set_instance_attr(receiver, &c, name, v.clone())
                        .map(|_| Value::None),
                    _ => Err(PyErr::attribute_error(receiver, name)),
                },
                _ => Err(PyErr::type_error("expected 2 arguments")),
            },
            "__delattr__" => match args.positional.as_slice() {
                [Value::Str(name)] => {
                    let removed = match receiver {
                        Value::Instance(i) => {
                            let removed = i.dict.borrow_mut().shift_remove(&**name);
                            crate::object::class::instance_attrs_changed(i);
                            removed
                        }
                        Value::Exception(e) => e.attrs.borrow_mut().shift_remove(&**name),
                        _ => None,
                    };
                    match removed {
                        Some(_) => Ok(Value::None),
                        None => Err(PyErr::attribute_error(receiver, name)),
                    }
                }
                _ => Err(PyErr::type_error("expected 1 argument")),
            },
            _ => return None,
        })
    }

    /// `repr()` of an object whose class does not define `__repr__`.
    pub fn default_repr(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Instance(i) => Ok(format!(
                "<{} object at {:#x}>",
                TypeRef::User(i.class.clone()).qualified_name(),
                v.address()
            )),
            Value::Exception(e) => {
                let args = e.args.borrow();
                let parts: PyResult<Vec<String>> = args.iter().map(|a| self.repr(a)).collect();
                let parts = parts?;
                if parts.len() == 1 {
                    Ok(format!("{}({})", e.cls.name(), parts[0]))
                } else {
                    Ok(format!("{}({})", e.cls.name(), parts.join(", ")))
                }
            }
            other => Ok(crate::object::repr::repr_plain(other)),
        }
    }
}

/// The builtin type whose value instances of `t` carry.
fn receiver_type_payload(t: &TypeRef) -> Option<&'static types::TypeObject> {
    match t {
        TypeRef::User(c) => c.payload,
        TypeRef::Builtin(_) => None,
    }
}

/// The names of the methods `object`/`BaseException` give their subclasses.
fn builtin_object_method(_t: &'static types::TypeObject, name: &str) -> Option<&'static str> {
    [
        "__init__",
        "__repr__",
        "__str__",
        "__eq__",
        "__ne__",
        "__hash__",
        "__setattr__",
        "__delattr__",
        "__init_subclass__",
    ]
    .into_iter()
    .find(|m| *m == name)
}

/// A namespace as a Python dict. It is a snapshot: writing to it does not
/// change the object (CPython's `__dict__` is the namespace itself).
pub fn namespace_dict(ns: &Namespace) -> Value {
    let d: crate::object::Dict = ns
        .iter()
        .filter_map(|(k, v)| {
            let key = crate::object::DictKey::new(Value::Str(k.clone())).ok()?;
            Some((key, v.clone()))
        })
        .collect();
    Value::Dict(Rc::new(RefCell::new(d)))
}

/// A class method of a builtin base (`int.from_bytes`) bound to `class`,
/// the subclass it was reached through, so that it makes instances of it.
fn class_method_of_builtin(attr: &Value, class: &TypeRef) -> Option<Value> {
    let member = crate::object::descriptor::as_descriptor(attr)?.member?;
    matches!(
        member.kind,
        crate::object::types::MemberKind::ClassMethod(_)
    )
    .then(|| crate::object::BoundMethod::of_member(Value::Type(class.clone()), member))
}
