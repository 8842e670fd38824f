//! Making classes through their metaclass: choosing the metaclass of a
//! `class` statement, its `__prepare__`d namespace, and `type`'s own
//! members (`type.__new__`, `type.__init__`, `type.__call__`,
//! `type.__prepare__`, the instance and subclass checks), as CPython's
//! `builtin___build_class__` (`Python/bltinmodule.c`) and `type_new`,
//! `type_call`, `_PyType_CalculateMetaclass` (`Objects/typeobject.c`) do.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::object::class::{Class, Descriptor, Namespace};
use crate::object::slots::one_arg;
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{Args, Dict, PyErr, PyResult, Value};
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    members: &[MEMBERS, ATTRIBUTES],
};

const MEMBERS: &[Member] = &[
    slot!("__call__" call),
    slot!("__init__" init),
    slot!("__instancecheck__" instancecheck),
    Member::static_method("__new__", new, "Create and return a new type."),
    Member::class_method(
        "__prepare__",
        prepare,
        "The namespace a class body runs in: a new empty dict.",
    ),
    slot!("__subclasscheck__" subclasscheck),
    Member::method(
        "mro",
        mro,
        "The method resolution order of the type, as a list.",
    ),
    Member::method(
        "__subclasses__",
        subclasses,
        "The live classes that name this type as a direct base.",
    ),
];

/// The type's data, computed from it (getset descriptors in CPython).
const ATTRIBUTES: &[Member] = &[
    Member::getter(
        "__base__",
        base,
        "The base the type's instances are laid out as.",
    ),
    Member::getter("__bases__", bases, "The type's direct bases, as written."),
    Member::getter("__dict__", dict, "The type's namespace, read-only."),
    Member::getter(
        "__module__",
        module,
        "The name of the module the type was defined in.",
    ),
    Member::getter(
        "__mro__",
        mro_tuple,
        "The method resolution order, as a tuple.",
    ),
    Member::getter("__name__", name, "The type's name."),
    Member::getter(
        "__qualname__",
        qualname,
        "The type's dotted name within its module.",
    ),
];

/// What a `class` statement calls to make its class.
pub enum Metaclass {
    /// A type: `type` itself or a class derived from it (or any class
    /// given as `metaclass=`), the most derived of those of the bases.
    Type(TypeRef),
    /// Any other callable given as `metaclass=`, called as it is.
    Callable(Value),
}

impl Vm {
    /// The metaclass of a class with these bases (`_PyType_CalculateMetaclass`):
    /// the explicit one or the first base's type, then the most derived of
    /// it and the types of all bases, which must form a chain.
    pub fn calculate_metaclass(
        &self,
        explicit: Option<Value>,
        bases: &[Value],
    ) -> PyResult<Metaclass> {
        let start = match explicit {
            Some(Value::Type(t)) => t,
            Some(other) => return Ok(Metaclass::Callable(other)),
            None => match bases.first() {
                Some(b) => b.type_of(),
                None => TypeRef::Builtin(&types::TYPE),
            },
        };
        winner(start, bases).map(Metaclass::Type)
    }

    /// `meta.__prepare__(name, bases, **kw)`, when the metaclass defines
    /// one of its own: the mapping the class body runs in. None means a
    /// fresh dict (what `type.__prepare__` returns).
    pub fn prepare_namespace(
        &self,
        meta: &Metaclass,
        name: &Rc<str>,
        bases: &Value,
        keywords: &[(Rc<str>, Value)],
    ) -> PyResult<Option<Value>> {
        let Metaclass::Type(TypeRef::User(m)) = meta else {
            return Ok(None);
        };
        if m.lookup("__prepare__").is_none() {
            return Ok(None);
        }
        let prepare = self.get_attr(&Value::Type(TypeRef::User(m.clone())), "__prepare__")?;
        let ns = self.call(
            &prepare,
            Args {
                positional: vec![Value::Str(name.clone()), bases.clone()],
                keywords: keywords.to_vec(),
            },
        )?;
        let is_mapping =
            matches!(ns, Value::Dict(_)) || self.special_method(&ns, "__getitem__").is_some();
        if !is_mapping {
            return Err(PyErr::type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                m.name,
                ns.type_name()
            )));
        }
        Ok(Some(ns))
    }

    /// A name read in a class body whose namespace is a `__prepare__`d
    /// mapping: None when the mapping has no such key.
    pub fn class_mapping_get(&self, mapping: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_item(mapping, &Value::str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&types::KEY_ERROR) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `del name` in a class body running in a `__prepare__`d mapping:
    /// whether the name was there.
    pub fn class_mapping_delete(&self, mapping: &Value, name: &str) -> PyResult<bool> {
        match self.del_item(mapping, &Value::str(name)) {
            Ok(()) => Ok(true),
            Err(e) if e.is_instance(&types::KEY_ERROR) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The class `type.__new__(meta, name, bases, namespace, **kw)` makes
    /// from a namespace already read out: the class object, its methods'
    /// `__class__` cell, `__set_name__` of its attributes and the parent's
    /// `__init_subclass__(**kw)`.
    pub fn new_class(
        &self,
        meta: &TypeRef,
        name: Rc<str>,
        bases: Vec<TypeRef>,
        mut dict: Namespace,
        module: Rc<str>,
        keywords: Vec<(Rc<str>, Value)>,
    ) -> PyResult {
        let qualname = match dict.shift_remove("__qualname__") {
            Some(Value::Str(q)) => q,
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    other.type_name()
                )))
            }
            None => name.clone(),
        };
        let module = match dict.get("__module__") {
            Some(Value::Str(m)) => m.clone(),
            Some(_) => module,
            None => {
                dict.insert(Rc::from("__module__"), Value::Str(module.clone()));
                module
            }
        };
        let class = Class::new(name, qualname, module, bases, dict)?;
        *class.meta.borrow_mut() = match meta {
            TypeRef::User(m) => Some(m.clone()),
            TypeRef::Builtin(_) => None,
        };
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
                if func.code.class.borrow().is_none() {
                    *func.code.class.borrow_mut() = Some(Rc::downgrade(&class));
                }
            }
        }
        let class_value = Value::Type(TypeRef::User(class.clone()));
        self.set_names(&class_value, &class)?;
        self.init_subclass(&class, &class_value, keywords)?;
        Ok(class_value)
    }
}

/// The most derived of `start` and the types of `bases`, or the conflict
/// error when one is unrelated to the others.
fn winner(start: TypeRef, bases: &[Value]) -> PyResult<TypeRef> {
    let mut winner = start;
    for b in bases {
        let t = b.type_of();
        if winner.is_subclass(&t) {
            continue;
        }
        if t.is_subclass(&winner) {
            winner = t;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// A dict's str-keyed items as a class namespace (CPython's class dicts
/// may hold other keys; those are left out here).
pub fn namespace_of(d: &Dict) -> Namespace {
    crate::object::dict::str_items(d).into_iter().collect()
}

/// `type.__new__(meta, name, bases, dict, **kw)`.
fn new(vm: &Vm, mut args: Args) -> PyResult {
    if args.positional.is_empty() {
        return Err(PyErr::type_error("type.__new__(): not enough arguments"));
    }
    let meta = match args.positional.remove(0) {
        Value::Type(t) => t,
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
    };
    if !meta.is(&types::TYPE) {
        return Err(PyErr::type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            meta.name(),
            meta.name()
        )));
    }
    if args.positional.len() != 3 {
        return Err(PyErr::type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.positional.len()
        )));
    }
    make_type(vm, meta, args)
}

/// The three-argument form, for `type.__new__` and `type(name, bases, dict)`.
pub fn make_type(vm: &Vm, meta: TypeRef, args: Args) -> PyResult {
    let keywords = args.keywords;
    let Ok([name, bases, dict]) = <[Value; 3]>::try_from(args.positional) else {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    };
    let argument = |i: usize, v: &Value, wanted: &str| {
        PyErr::type_error(format!(
            "type.__new__() argument {i} must be {wanted}, not {}",
            v.type_name()
        ))
    };
    let Some(Value::Str(name)) = plain_of(&name) else {
        return Err(argument(1, &name, "str"));
    };
    let Some(Value::Tuple(bases)) = plain_of(&bases) else {
        return Err(argument(2, &bases, "tuple"));
    };
    let Some(Value::Dict(dict)) = plain_of(&dict) else {
        return Err(argument(3, &dict, "dict"));
    };
    let meta = winner(meta, &bases)?;
    let mut base_types = Vec::with_capacity(bases.len());
    for b in bases.iter() {
        match b {
            Value::Type(t) => base_types.push(t.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "bases must be types, not {}",
                    other.type_name()
                )))
            }
        }
    }
    let namespace = namespace_of(&dict.borrow());
    // CPython takes the caller's `__name__`; a call from a library module
    // would name that module, which is not tracked here.
    let module: Rc<str> = Rc::from("__main__");
    vm.new_class(&meta, name, base_types, namespace, module, keywords)
}

/// The builtin value itself, or the one an instance of a subclass of a
/// builtin type carries.
fn plain_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(_) => crate::object::class::payload(v).cloned(),
        other => Some(other.clone()),
    }
}

/// `type.__init__(cls, *args)`: nothing to do once `__new__` made the
/// class, but the arguments must have one of `type()`'s shapes.
fn init(_vm: &Vm, _obj: &Value, args: Args) -> PyResult {
    let n = args.positional.len();
    if n == 1 && !args.keywords.is_empty() {
        return Err(PyErr::type_error(
            "type.__init__() takes no keyword arguments",
        ));
    }
    if n != 1 && n != 3 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does when its
/// metaclass does not override it.
fn call(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    match obj {
        Value::Type(TypeRef::User(c)) => vm.instantiate_plain(c, args),
        Value::Type(TypeRef::Builtin(t)) => crate::builtins::call_type(vm, t, args),
        other => Err(PyErr::type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn prepare(_vm: &Vm, _cls: &TypeRef, _args: Args) -> PyResult {
    Ok(Value::Dict(Rc::new(RefCell::new(Dict::new()))))
}

/// `type.__instancecheck__(cls, obj)`: the check without any hook.
fn instancecheck(_vm: &Vm, cls: &Value, args: Args) -> PyResult {
    let obj = one_arg(args)?;
    let Value::Type(cls) = cls else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(obj.type_of().is_subclass(cls)))
}

/// `type.__subclasscheck__(cls, sub)`.
fn subclasscheck(_vm: &Vm, cls: &Value, args: Args) -> PyResult {
    let Value::Type(sub) = one_arg(args)? else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    let Value::Type(cls) = cls else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(sub.is_subclass(cls)))
}

/// `cls.mro()`: the linearisation `__mro__` holds, as a new list.
fn mro(_vm: &Vm, cls: &Value, args: Args) -> PyResult {
    crate::object::slots::no_args(&args)?;
    match cls {
        Value::Type(t) => Ok(Value::list(t.mro().into_iter().map(Value::Type).collect())),
        other => Err(PyErr::type_error(format!(
            "descriptor 'mro' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// `cls.__subclasses__()`.
fn subclasses(_vm: &Vm, cls: &Value, args: Args) -> PyResult {
    let t = the_type(cls)?;
    let given = args.positional.len() + args.keywords.len();
    if given > 0 {
        return Err(PyErr::type_error(format!(
            "{}.__subclasses__() takes no arguments ({given} given)",
            t.name()
        )));
    }
    let found = crate::object::class::subclasses_of(t);
    Ok(Value::list(found.into_iter().map(Value::Type).collect()))
}

/// The type a getter of `type` was reached through.
fn the_type(v: &Value) -> PyResult<&TypeRef> {
    match v {
        Value::Type(t) => Ok(t),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn name(_vm: &Vm, v: &Value) -> PyResult {
    Ok(Value::str(the_type(v)?.name()))
}

fn qualname(_vm: &Vm, v: &Value) -> PyResult {
    Ok(match the_type(v)? {
        TypeRef::User(c) => Value::Str(c.qualname.clone()),
        TypeRef::Builtin(t) => Value::str(t.name),
    })
}

fn module(_vm: &Vm, v: &Value) -> PyResult {
    Ok(match the_type(v)? {
        TypeRef::User(c) => match c.dict.borrow().get("__module__") {
            Some(m) => m.clone(),
            None => Value::Str(c.module.clone()),
        },
        TypeRef::Builtin(t) => Value::str(t.module),
    })
}

fn direct_bases(t: &TypeRef) -> Vec<TypeRef> {
    match t {
        TypeRef::User(c) => c.bases.clone(),
        // `TypeRef::mro` knows the builtin hierarchy (ExceptionGroup's
        // two bases among it): the bases are what it lists right after
        // the type that no later entry derives from.
        TypeRef::Builtin(b) => b.base.map(TypeRef::Builtin).into_iter().collect(),
    }
}

fn bases(_vm: &Vm, v: &Value) -> PyResult {
    let t = the_type(v)?;
    if let TypeRef::Builtin(b) = t {
        if std::ptr::eq(*b, &types::EXCEPTION_GROUP) {
            return Ok(Value::tuple(vec![
                Value::Type(TypeRef::Builtin(&types::BASE_EXCEPTION_GROUP)),
                Value::Type(TypeRef::Builtin(&types::EXCEPTION)),
            ]));
        }
    }
    Ok(Value::tuple(
        direct_bases(t).into_iter().map(Value::Type).collect(),
    ))
}

/// `best_base`: the base whose instance layout the type's extends (the
/// builtin base whose value instances carry, else the first base).
fn base(_vm: &Vm, v: &Value) -> PyResult {
    let t = the_type(v)?;
    let all = direct_bases(t);
    let layout = |b: &TypeRef| match b {
        TypeRef::User(c) => c.payload.is_some() || b.is(&types::BASE_EXCEPTION),
        TypeRef::Builtin(o) => !std::ptr::eq(*o, &types::OBJECT),
    };
    Ok(match all.iter().find(|b| layout(b)).or(all.first()) {
        Some(b) => Value::Type(b.clone()),
        None => Value::None,
    })
}

fn mro_tuple(_vm: &Vm, v: &Value) -> PyResult {
    Ok(Value::tuple(
        the_type(v)?.mro().into_iter().map(Value::Type).collect(),
    ))
}

/// `T.__dict__`: a read-only view of the class's namespace; for a builtin
/// type, of its table.
fn dict(vm: &Vm, v: &Value) -> PyResult {
    match the_type(v)? {
        TypeRef::User(c) => Ok(Value::Object(Rc::new(crate::object::class::MappingProxy {
            class: c.clone(),
        }))),
        TypeRef::Builtin(t) => {
            let mut d = Dict::new();
            for m in t.members.iter().flat_map(|group| group.iter()) {
                let value = match crate::object::descriptor::lookup(t, m.name) {
                    Some(d) => d,
                    None => continue,
                };
                d.insert(crate::object::DictKey::new(Value::str(m.name))?, value);
            }
            let doc = match t.doc {
                "" => Value::None,
                text => Value::str(text),
            };
            d.insert(crate::object::DictKey::new(Value::str("__doc__"))?, doc);
            let _ = vm;
            Ok(crate::object::mappingproxy::new(&Rc::new(RefCell::new(d))))
        }
    }
}
