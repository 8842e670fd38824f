//! Classes: the `class` statement, instantiation, and attribute access with
//! descriptors, mirroring CPython's `type.__call__`,
//! `object.__getattribute__` and `super.__getattribute__`.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::install_cells;
use super::metaclass::Metaclass;
use super::{Frame, Vm};
use crate::object::class::{Class, Descriptor, Instance, Method, Namespace, Super};
use crate::object::types::{self, TypeRef};
use crate::object::{Args, PyErr, PyException, PyResult, Value};
use crate::syntax::ast::ClassDef;

impl Vm {
    /// Runs a `class` statement (`builtin___build_class__`): evaluates the
    /// bases and keywords, picks the metaclass, runs the body in the
    /// namespace its `__prepare__` gives, calls the metaclass to make the
    /// class and applies the decorators.
    pub fn exec_class_def(&self, f: &mut Frame, def: &Rc<ClassDef>) -> PyResult {
        let mut decorators = Vec::with_capacity(def.decorators.len());
        for d in &def.decorators {
            decorators.push(self.eval(f, d)?);
        }
        let mut bases = Vec::with_capacity(def.bases.len());
        for b in &def.bases {
            bases.push(self.eval(f, b)?);
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
        let meta = self.calculate_metaclass(explicit_meta, &bases)?;
        let name = def.name.name.clone();
        let bases_tuple = Value::tuple(bases.clone());
        let mapping = self.prepare_namespace(&meta, &name, &bases_tuple, &class_keywords)?;
        let module = match f.globals.get("__name__") {
            Some(Value::Str(s)) => s,
            _ => Rc::from("__main__"),
        };
        let namespace = Rc::new(RefCell::new(Namespace::new()));
        // A plain dict from `__prepare__` seeds the namespace; any other
        // mapping is the namespace, written through its methods.
        let class_mapping = match mapping {
            Some(Value::Dict(d)) => {
                *namespace.borrow_mut() = crate::interp::metaclass::namespace_of(&d.borrow());
                None
            }
            other => other,
        };
        let mut preamble = vec![
            ("__module__", Value::Str(module.clone())),
            ("__qualname__", Value::Str(def.qualname.clone())),
        ];
        let doc = crate::object::function::docstring(&def.body);
        if !doc.is_none() {
            preamble.push(("__doc__", doc));
        }
        for (k, v) in preamble {
            match &class_mapping {
                Some(m) => self.set_item(m, &Value::str(k), v)?,
                None => {
                    namespace.borrow_mut().insert(Rc::from(k), v);
                }
            }
        }
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
            class_mapping: class_mapping.clone(),
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
        drop(body_frame);
        let mut value = match (&meta, class_mapping) {
            // The common case, `type` itself with a plain namespace: no
            // dict is made of the namespace.
            (Metaclass::Type(TypeRef::Builtin(t)), None) if std::ptr::eq(*t, &types::TYPE) => {
                let dict = std::mem::take(&mut *namespace.borrow_mut());
                let mut base_types = Vec::with_capacity(bases.len());
                for b in bases {
                    match b {
                        Value::Type(t) => base_types.push(t),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "bases must be types, not {}",
                                other.type_name()
                            )))
                        }
                    }
                }
                let meta = TypeRef::Builtin(&types::TYPE);
                self.new_class(&meta, name, base_types, dict, module, class_keywords)?
            }
            (meta, mapping) => {
                let ns = match mapping {
                    Some(m) => m,
                    None => namespace_dict(&namespace.borrow()),
                };
                let callee = match meta {
                    Metaclass::Type(t) => Value::Type(t.clone()),
                    Metaclass::Callable(c) => c.clone(),
                };
                self.call(
                    &callee,
                    Args {
                        positional: vec![Value::Str(name), bases_tuple, ns],
                        keywords: class_keywords,
                    },
                )?
            }
        };
        for d in decorators.into_iter().rev() {
            value = self.call(&d, Args::positional(vec![value]))?;
        }
        Ok(value)
    }

    /// `__set_name__(owner, name)` of each attribute of the new class that
    /// has one (`type_new_set_names`), on a copy of the namespace, so that
    /// what the hooks add to the class stays.
    pub fn set_names(&self, class_value: &Value, class: &Rc<Class>) -> PyResult<()> {
        let attrs: Vec<(Rc<str>, Value)> = class
            .dict
            .borrow()
            .iter()
            .filter(|(_, v)| matches!(v, Value::Instance(_) | Value::Object(_)))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (name, value) in attrs {
            if let Some(hook) = self.special_method(&value, "__set_name__") {
                if let Err(e) = self.call(
                    &hook,
                    Args::positional(vec![class_value.clone(), Value::Str(name.clone())]),
                ) {
                    // CPython 3.11 reports the failing attribute this way.
                    let wrapped = PyErr::runtime_error(format!(
                        "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                        value.type_name(),
                        name,
                        class.name
                    ));
                    wrapped.exc.set_cause(&e.exc);
                    return Err(wrapped);
                }
            }
        }
        Ok(())
    }

    /// The parent's `__init_subclass__(**kwargs)`, as `type.__new__` ends.
    pub fn init_subclass(
        &self,
        class: &Rc<Class>,
        class_value: &Value,
        keywords: Vec<(Rc<str>, Value)>,
    ) -> PyResult<()> {
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
        let obj = if t.is(&types::BASE_EXCEPTION) {
            self.new_exception_object(&t, Args::positional(args.positional.clone()))?
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
                // A metaclass without a `__new__` of its own: `type.__new__`.
                _ if t.is(&types::TYPE) => {
                    let new_args = args.clone();
                    if new_args.positional.len() != 3 {
                        return Err(PyErr::type_error(format!(
                            "type.__new__() takes exactly 3 arguments ({} given)",
                            new_args.positional.len()
                        )));
                    }
                    super::metaclass::make_type(self, t.clone(), new_args)?
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

    /// `BaseException.__new__(cls, *args)`: an exception of class `cls`
    /// holding the arguments, not yet initialised.
    pub fn new_exception_object(&self, t: &TypeRef, args: Args) -> PyResult {
        if let TypeRef::Builtin(b) = t {
            return crate::builtins::call_type(self, b, args);
        }
        Ok(Value::Exception(if t.is(&types::BASE_EXCEPTION_GROUP) {
            crate::object::exception::new_exception_group(self, t.clone(), args)?
        } else if t.is(&types::OS_ERROR) {
            PyException::new_os_error(t.clone(), args.positional)
        } else if t.is(&types::SYNTAX_ERROR) {
            PyException::new_syntax_error(t.clone(), args.positional)
        } else {
            PyException::new(t.clone(), args.positional)
        }))
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
            other => match self.descriptor_get(&other) {
                Some(get) => self.call(
                    &get,
                    Args::positional(vec![obj.clone(), Value::Type(class.clone())]),
                )?,
                None => other,
            },
        })
    }

    /// The `__get__` of an object whose class defines one (a descriptor
    /// written in Python, `functools.cached_property`), bound to it.
    fn descriptor_get(&self, attr: &Value) -> Option<Value> {
        match attr {
            Value::Instance(_) | Value::Object(_) => self.special_method(attr, "__get__"),
            _ => None,
        }
    }

    /// Whether a class attribute is a data descriptor: its class defines
    /// `__set__` or `__delete__`, so it wins over the instance's own
    /// attribute (`PyObject_GenericGetAttr`).
    fn is_data_descriptor(attr: &Value) -> bool {
        match attr {
            Value::Instance(i) => {
                i.class.lookup("__set__").is_some() || i.class.lookup("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// `__set__` (or `__delete__`, when `value` is None) of a data
    /// descriptor found on the class; None when `attr` is not one.
    pub fn descriptor_set(
        &self,
        attr: &Value,
        obj: &Value,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        if !Self::is_data_descriptor(attr) {
            return None;
        }
        let hook = if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        };
        let Some(f) = self.special_method(attr, hook) else {
            return Some(Err(PyErr::new(&types::ATTRIBUTE_ERROR, hook)));
        };
        let mut args = vec![obj.clone()];
        args.extend(value);
        Some(self.call(&f, Args::positional(args)).map(|_| ()))
    }

    /// Attribute lookup on instances of user classes (and user exceptions):
    /// the class's `__getattribute__` when it defines one, else the generic
    /// lookup; `__getattr__` when either finds nothing (`slot_tp_getattr_hook`
    /// in CPython's `Objects/typeobject.c`).
    pub fn instance_attr(
        &self,
        obj: &Value,
        class: &Rc<Class>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let t = TypeRef::User(class.clone());
        let found = match class
            .customizes_getattribute()
            .then(|| class.lookup("__getattribute__"))
            .flatten()
        {
            Some(getattribute) => {
                let bound = self.bind_to_instance(obj, &t, getattribute)?;
                match self.call(&bound, Args::positional(vec![Value::str(name)])) {
                    Ok(v) => return Ok(Some(v)),
                    Err(e) if e.is_instance(&types::ATTRIBUTE_ERROR) => {
                        if class.lookup("__getattr__").is_none() {
                            return Err(e);
                        }
                        None
                    }
                    Err(e) => return Err(e),
                }
            }
            None => self.generic_instance_attr(obj, class, name)?,
        };
        if found.is_some() {
            return Ok(found);
        }
        if let Some(getattr) = class.lookup("__getattr__") {
            let bound = self.bind_to_instance(obj, &t, getattr)?;
            return self
                .call(&bound, Args::positional(vec![Value::str(name)]))
                .map(Some);
        }
        Ok(None)
    }

    /// `object.__getattribute__(obj, name)`: the attribute without the
    /// class's `__getattribute__` and `__getattr__` hooks.
    pub fn generic_getattr(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(i) => self.generic_instance_attr(obj, &i.class, name),
            Value::Exception(e) => match &e.cls {
                TypeRef::User(c) => self.generic_instance_attr(obj, &c.clone(), name),
                TypeRef::Builtin(_) => self.get_attr(obj, name).map(Some),
            },
            _ => self.get_attr(obj, name).map(Some),
        }
    }

    /// `PyObject_GenericGetAttr` on an instance of a user class: data
    /// descriptors of the class, then the instance's own attributes, then
    /// the class's other attributes and those of its builtin bases.
    fn generic_instance_attr(
        &self,
        obj: &Value,
        class: &Rc<Class>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let t = TypeRef::User(class.clone());
        let class_attr = class.lookup(name);
        match &class_attr {
            Some(Value::Descriptor(d)) if matches!(**d, Descriptor::Property { .. }) => {
                return self
                    .bind_to_instance(obj, &t, class_attr.clone().expect("matched"))
                    .map(Some);
            }
            Some(attr) if Self::is_data_descriptor(attr) => {
                return self.bind_to_instance(obj, &t, attr.clone()).map(Some);
            }
            _ => {}
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
            "__dict__" if class.slots.is_none() => {
                if let Value::Instance(i) = obj {
                    return Ok(Some(Value::Dict(crate::object::class::instance_dict(i))));
                }
            }
            _ => {}
        }
        self.inherited_member(obj, &t, name)
    }

    /// What the builtin types in the MRO of `t` give `obj`: `object`'s
    /// and `BaseException`'s members, read from their tables.
    pub fn inherited_member(
        &self,
        obj: &Value,
        t: &TypeRef,
        name: &str,
    ) -> PyResult<Option<Value>> {
        for b in t.mro() {
            if let TypeRef::Builtin(b) = b {
                if let Some(m) = b.own_member(name) {
                    return self.bind_member(obj, b, m).map(Some);
                }
            }
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
                other => match self.descriptor_get(&other) {
                    Some(get) => {
                        self.call(&get, Args::positional(vec![Value::None, Value::Type(t)]))?
                    }
                    None => crate::object::descriptor::bind_to_class(&other, &t).unwrap_or(other),
                },
            }));
        }
        Ok(match name {
            // `type`'s data (`__name__`, `__mro__`, `__dict__`...) and
            // methods (`mro`), from its table.
            _ if types::TYPE.own_member(name).is_some_and(|m| {
                matches!(m.kind, types::MemberKind::Getter(_)) || name == "mro"
            }) =>
            {
                let m = types::TYPE.own_member(name).expect("checked");
                Some(self.bind_member(&Value::Type(t), &types::TYPE, m)?)
            }
            "__class__" => Some(Value::Type(Value::Type(t).type_of())),
            // The members of the builtin types in the MRO (`Cls.__init__`
            // is `object`'s, `Err.args` is `BaseException`'s descriptor).
            _ if self.inherited_type_member(&t, name).is_some() => {
                self.inherited_type_member(&t, name)
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

    /// `C.name` for a member of a builtin type in the MRO of class `t`:
    /// the descriptor, or for a class method the method bound to `t`.
    fn inherited_type_member(&self, t: &TypeRef, name: &str) -> Option<Value> {
        t.mro().into_iter().find_map(|b| match b {
            TypeRef::Builtin(b) => {
                let m = b.own_member(name)?;
                Some(match m.kind {
                    types::MemberKind::ClassMethod(_) => {
                        crate::object::BoundMethod::of_member(Value::Type(t.clone()), m)
                    }
                    _ => crate::object::descriptor::lookup(b, name)?,
                })
            }
            TypeRef::User(_) => None,
        })
    }

    /// `obj.name = v` on instances: a property's setter, a data
    /// descriptor's `__set__`, or the instance's own attribute.
    pub fn set_instance_attr(
        &self,
        obj: &Value,
        class: &Rc<Class>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        match class.lookup(name) {
            Some(Value::Descriptor(d)) => {
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
            Some(attr) => {
                if let Some(done) = self.descriptor_set(&attr, obj, Some(v.clone())) {
                    return done;
                }
            }
            None => {}
        }
        self.store_attr(obj, class, name, v)
    }

    /// Stores an attribute in the instance's own namespace, which a class
    /// with `__slots__` limits to the names it declares.
    fn store_attr(&self, obj: &Value, class: &Rc<Class>, name: &str, v: Value) -> PyResult<()> {
        if let Some(slots) = &class.slots {
            if !slots.iter().any(|s| &**s == name) {
                return Err(PyErr::attribute_error(obj, name));
            }
        }
        match obj {
            Value::Instance(i) if name == "__dict__" => {
                let Value::Dict(d) = &v else {
                    return Err(PyErr::type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        v.type_name()
                    )));
                };
                crate::object::class::set_instance_dict(i, d);
            }
            Value::Instance(_) if name == "__class__" => {
                return Err(match &v {
                    Value::Type(_) => PyErr::new(
                        &types::NOT_IMPLEMENTED_ERROR,
                        "pyasync does not support assigning to __class__",
                    ),
                    other => PyErr::type_error(format!(
                        "__class__ must be set to a class, not '{}' object",
                        other.type_name()
                    )),
                });
            }
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
        // A class receiver derived from `s.class` starts the search in its
        // own MRO (`super(C, cls)` in a class method); any other receiver,
        // a class too when `s.class` is its metaclass, in its type's
        // (`supercheck` in CPython's `Objects/typeobject.c`).
        let class_mode = matches!(&s.receiver, Value::Type(t) if t.is_subclass(&s.class));
        let receiver_type = match &s.receiver {
            Value::Type(t) if class_mode => t.clone(),
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
                        if class_mode {
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
                        return match class_mode {
                            true => Ok(attr),
                            false => self.bind_to_instance(&s.receiver, &receiver_type, attr),
                        };
                    }
                }
                TypeRef::Builtin(b) => {
                    if let Some(m) = b.own_member(name) {
                        return match (class_mode, m.kind) {
                            (true, types::MemberKind::ClassMethod(_)) => {
                                Ok(crate::object::BoundMethod::of_member(s.receiver.clone(), m))
                            }
                            (true, _) | (_, types::MemberKind::StaticMethod(_)) => {
                                Ok(crate::object::descriptor::lookup(b, name)
                                    .expect("a member of the table"))
                            }
                            _ => self.bind_member(&s.receiver, b, m),
                        };
                    }
                }
            }
        }
        Err(PyErr::new(
            &types::ATTRIBUTE_ERROR,
            format!("'super' object has no attribute '{}'", name),
        ))
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
