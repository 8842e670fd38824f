//! User-defined classes and their instances.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use super::types::{TypeObject, TypeRef};
use super::{PyErr, PyResult, Value};

/// A namespace of attribute names (a class's or an instance's `__dict__`).
pub type Namespace = IndexMap<Rc<str>, Value>;

pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<TypeRef>,
    /// The method resolution order, this class first (C3 linearisation).
    pub mro: Vec<TypeRef>,
    pub dict: RefCell<Namespace>,
    /// The metaclass, when it is a user class (`metaclass=M`, or inherited
    /// from a base): `type(cls)`, and where the class's own special
    /// methods (`__iter__`, `__call__`, ...) are looked up.
    pub meta: RefCell<Option<Rc<Class>>>,
    /// The builtin type whose value every instance carries (`list` for
    /// `class Stack(list)`), found once here so that attribute lookup and
    /// instantiation need not search the MRO for it.
    pub payload: Option<&'static TypeObject>,
    /// Whether this class or a base defined `__new__` in its body, so that
    /// instantiating the many classes without one skips looking it up.
    pub defines_new: bool,
    /// Whether this class or a base defined `__getattribute__`, which
    /// then runs for every attribute read of an instance.
    pub defines_getattribute: bool,
    /// Whether this class or a base defined `__del__`, which then runs
    /// when an instance dies.
    pub defines_del: bool,
    /// The attribute names an instance may have when this class and every
    /// user class it derives from declare `__slots__` (without
    /// `__dict__`): such instances have no `__dict__`.
    pub slots: Option<Vec<Rc<str>>>,
}

thread_local! {
    static NEW_ASSIGNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static GETATTRIBUTE_ASSIGNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static DEL_ASSIGNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Every class made, oldest first, for `type.__subclasses__`.
    static CLASSES: RefCell<Vec<std::rc::Weak<Class>>> = const { RefCell::new(Vec::new()) };
}

/// `T.__subclasses__()`: the live classes that name `base` among their
/// direct bases, builtin ones first, then user classes in the order they
/// were made.
pub fn subclasses_of(base: &TypeRef) -> Vec<TypeRef> {
    let mut found: Vec<TypeRef> = Vec::new();
    if let TypeRef::Builtin(t) = base {
        const OTHERS: &[&TypeObject] = &[&super::types::BOOL];
        let builtin = super::types::BUILTIN_EXCEPTIONS.iter().chain(OTHERS);
        let mut direct: Vec<&TypeObject> = builtin
            .filter(|sub| sub.base.is_some_and(|b| std::ptr::eq(b, *t)))
            .copied()
            .collect();
        // CPython readies its builtin exceptions in name order, level by level.
        direct.sort_by_key(|sub| sub.name);
        found.extend(direct.into_iter().map(TypeRef::Builtin));
    }
    CLASSES.with(|all| {
        for class in all.borrow().iter().filter_map(std::rc::Weak::upgrade) {
            if class.bases.contains(base) {
                found.push(TypeRef::User(class));
            }
        }
    });
    found
}

/// Records that `__new__` (or `__getattribute__`) was set on or deleted
/// from an existing class, which `defines_new` of its subclasses cannot
/// see: from then on every instantiation looks `__new__` up.
pub fn note_new_assigned(name: &str) {
    match name {
        "__new__" => NEW_ASSIGNED.with(|f| f.set(true)),
        "__getattribute__" => GETATTRIBUTE_ASSIGNED.with(|f| f.set(true)),
        "__del__" => DEL_ASSIGNED.with(|f| f.set(true)),
        _ => {}
    }
}

/// Whether `__new__` may have to be looked up on `class`.
pub fn may_define_new(class: &Class) -> bool {
    class.defines_new || NEW_ASSIGNED.with(|f| f.get())
}

impl Class {
    /// Whether reading an attribute of an instance must look for a
    /// `__getattribute__` of the class.
    pub fn customizes_getattribute(&self) -> bool {
        self.defines_getattribute || GETATTRIBUTE_ASSIGNED.with(|f| f.get())
    }

    /// Whether an instance's death must look for a `__del__` to run.
    pub fn may_define_del(&self) -> bool {
        self.defines_del || DEL_ASSIGNED.with(|f| f.get())
    }

    /// Builds a class, computing its MRO with C3 as CPython's
    /// `typeobject.c:mro_implementation` does.
    pub fn new(
        name: Rc<str>,
        qualname: Rc<str>,
        module: Rc<str>,
        bases: Vec<TypeRef>,
        mut dict: Namespace,
    ) -> PyResult<Rc<Class>> {
        // A class that defines `__eq__` but not `__hash__` is unhashable: it
        // does not inherit its base's hash (`inherit_slots`/`overrides_hash`
        // in CPython's `Objects/typeobject.c`), and its `__dict__` shows
        // `__hash__` as None.
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::from("__hash__"), Value::None);
        }
        let bases = if bases.is_empty() {
            vec![TypeRef::Builtin(&super::types::OBJECT)]
        } else {
            bases
        };
        let payload = super::descriptor::payload_base(&bases)?;
        let defines_new = dict.contains_key("__new__")
            || bases
                .iter()
                .any(|b| matches!(b, TypeRef::User(c) if c.defines_new));
        let defines_getattribute = dict.contains_key("__getattribute__")
            || bases
                .iter()
                .any(|b| matches!(b, TypeRef::User(c) if c.defines_getattribute));
        let defines_del = dict.contains_key("__del__")
            || bases
                .iter()
                .any(|b| matches!(b, TypeRef::User(c) if c.defines_del));
        let slots = declared_slots(&name, &dict, &bases)?;
        // Every class has a `__doc__` of its own (`type_new_set_doc`).
        if !dict.contains_key("__doc__") {
            dict.insert(Rc::from("__doc__"), Value::None);
        }
        if let Some(twice) = bases
            .iter()
            .enumerate()
            .find_map(|(i, b)| bases[..i].contains(b).then_some(b))
        {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                twice.name()
            )));
        }
        let mut sequences: Vec<Vec<TypeRef>> = bases.iter().map(|b| b.mro()).collect();
        sequences.push(bases.clone());
        let merged = c3_merge(sequences).ok_or_else(|| {
            let names: Vec<&str> = bases.iter().map(|b| b.name()).collect();
            PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        })?;
        let class = Rc::new(Class {
            name,
            qualname,
            module,
            bases,
            mro: merged,
            dict: RefCell::new(dict),
            meta: RefCell::new(None),
            payload,
            defines_new,
            defines_getattribute,
            defines_del,
            slots,
        });
        CLASSES.with(|all| {
            let mut all = all.borrow_mut();
            // Forget the dead now and then, so the list tracks live classes.
            if all.len() >= 64 && all.len().is_power_of_two() {
                all.retain(|c| c.strong_count() > 0);
            }
            all.push(Rc::downgrade(&class));
        });
        Ok(class)
    }

    /// Looks an attribute up along the MRO (excluding the class itself,
    /// which the caller adds at the front). The builtin base of a class
    /// like `class Stack(list)` takes its place in the order: its methods
    /// (as descriptors) shadow those of the classes after it, as
    /// `type.__dict__` entries do in CPython's `_PyType_Lookup`.
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for t in &self.mro {
            match t {
                TypeRef::User(c) => {
                    if let Some(v) = c.dict.borrow().get(name) {
                        return Some(v.clone());
                    }
                }
                TypeRef::Builtin(b) => {
                    if let Some(p) = self.payload {
                        if std::ptr::eq(*b, p) {
                            if let Some(d) = super::descriptor::lookup(p, name) {
                                return Some(d);
                            }
                        }
                    }
                }
            }
        }
        None
    }
}

/// The names instances of a class with this namespace and these bases
/// are limited to (`type_new_slots`): None unless the class and each of
/// its user bases declare `__slots__`. A private slot name (`__x`) is
/// mangled with the class's name, as the attribute names spelled in its
/// methods are.
fn declared_slots(
    class_name: &str,
    dict: &Namespace,
    bases: &[TypeRef],
) -> PyResult<Option<Vec<Rc<str>>>> {
    let Some(declared) = dict.get("__slots__") else {
        return Ok(None);
    };
    let items = match declared {
        Value::Str(s) => vec![Value::Str(s.clone())],
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().clone(),
        other => {
            return Err(PyErr::new(
                &super::types::NOT_IMPLEMENTED_ERROR,
                format!(
                    "pyasync supports __slots__ as a str, tuple or list, not {}",
                    other.type_name()
                ),
            ))
        }
    };
    let mut names = Vec::new();
    for item in items {
        let Value::Str(name) = item else {
            return Err(PyErr::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                item.type_name()
            )));
        };
        let name = crate::resolve::mangle::private_name(class_name, &name).unwrap_or(name);
        if dict.contains_key(&name) {
            return Err(PyErr::value_error(format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
        names.push(name);
    }
    if names.iter().any(|n| &**n == "__dict__") {
        return Ok(None);
    }
    for b in bases {
        match b {
            TypeRef::User(c) => match &c.slots {
                Some(inherited) => names.extend(inherited.iter().cloned()),
                None => return Ok(None),
            },
            // Instances of a builtin base other than object carry its
            // value, not a `__dict__`-less layout this models.
            TypeRef::Builtin(t) if !std::ptr::eq(*t, &super::types::OBJECT) => return Ok(None),
            TypeRef::Builtin(_) => {}
        }
    }
    Ok(Some(names))
}

/// C3 merge of the bases' MROs; `None` when no consistent order exists.
fn c3_merge(mut seqs: Vec<Vec<TypeRef>>) -> Option<Vec<TypeRef>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| seqs.iter().all(|s| !s[1..].contains(c)))?;
        for s in seqs.iter_mut() {
            if s[0] == candidate {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}

/// An instance of a user class (not derived from BaseException).
pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<Namespace>,
    /// The builtin value an instance of a subclass of a builtin type
    /// stands for (a `Value::List` for `class Stack(list)`): builtin
    /// methods and operators the class does not override act on it.
    pub payload: Option<Value>,
    /// Its `__del__` has run (or is queued to): it never runs twice.
    finalized: std::cell::Cell<bool>,
}

impl Instance {
    /// A new instance with an empty `__dict__`.
    pub fn new(class: Rc<Class>, payload: Option<Value>) -> Instance {
        Instance {
            class,
            dict: RefCell::new(Namespace::new()),
            payload,
            finalized: std::cell::Cell::new(false),
        }
    }
}

/// `__del__` runs when the last reference goes: the instance is revived
/// (its class, `__dict__` and builtin value moved into a new one) and
/// queued for the evaluator's next safe point (`object::finalize`).
impl Drop for Instance {
    fn drop(&mut self) {
        if self.finalized.get() || !self.class.may_define_del() {
            return;
        }
        if self.class.lookup("__del__").is_none() {
            return;
        }
        let revived = Instance {
            class: self.class.clone(),
            dict: RefCell::new(std::mem::take(self.dict.get_mut())),
            payload: self.payload.take(),
            finalized: std::cell::Cell::new(true),
        };
        super::finalize::defer_del(Rc::new(revived));
    }
}

/// The builtin value `v` stands for when it is an instance of a subclass
/// of a builtin type.
#[inline]
pub fn payload(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.payload.as_ref(),
        _ => None,
    }
}

/// A function bound to an object: `obj.method`.
pub struct Method {
    pub receiver: Value,
    pub function: Value,
}

/// Objects that customise attribute access on classes.
pub enum Descriptor {
    Property {
        fget: Option<Value>,
        fset: Option<Value>,
        fdel: Option<Value>,
    },
    StaticMethod(Value),
    ClassMethod(Value),
}

/// `super()` bound to a class and an object.
pub struct Super {
    /// The class whose MRO successor to start from.
    pub class: TypeRef,
    pub receiver: Value,
}

/// An instance's `__dict__` and the instance it mirrors.
type InstanceMirror = (std::rc::Weak<RefCell<super::Dict>>, std::rc::Weak<Instance>);

thread_local! {
    /// The `__dict__` dicts handed out and alive, with their instances.
    static INSTANCE_MIRRORS: RefCell<Vec<InstanceMirror>> = const { RefCell::new(Vec::new()) };
    static ANY_INSTANCE_MIRROR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn mirror_of_instance(i: &Instance) -> Option<Rc<RefCell<super::Dict>>> {
    INSTANCE_MIRRORS.with(|m| {
        m.borrow()
            .iter()
            .find(|(_, inst)| std::ptr::eq(inst.as_ptr(), i))
            .and_then(|(d, _)| d.upgrade())
    })
}

fn fill_from_namespace(d: &RefCell<super::Dict>, ns: &Namespace) {
    let fresh: super::Dict = ns
        .iter()
        .filter_map(|(k, v)| Some((super::DictKey::new(Value::Str(k.clone())).ok()?, v.clone())))
        .collect();
    let old = std::mem::replace(&mut *d.borrow_mut(), fresh);
    drop(old);
}

/// `obj.__dict__`: a dict of the instance's attributes, the same one each
/// time and kept in step with them both ways (see `instance_dict_changed`
/// and `instance_attrs_changed`), as CPython's instance dict is.
pub fn instance_dict(i: &Rc<Instance>) -> Rc<RefCell<super::Dict>> {
    if let Some(d) = mirror_of_instance(i) {
        fill_from_namespace(&d, &i.dict.borrow());
        return d;
    }
    let d = Rc::new(RefCell::new(super::Dict::new()));
    fill_from_namespace(&d, &i.dict.borrow());
    INSTANCE_MIRRORS.with(|m| {
        let mut m = m.borrow_mut();
        m.retain(|(d, i)| d.strong_count() > 0 && i.strong_count() > 0);
        m.push((Rc::downgrade(&d), Rc::downgrade(i)));
    });
    ANY_INSTANCE_MIRROR.with(|a| a.set(true));
    d
}

/// `obj.__dict__ = d`: `d` becomes the instance's namespace (its str-keyed
/// items) and its `__dict__` from now on.
pub fn set_instance_dict(i: &Rc<Instance>, d: &Rc<RefCell<super::Dict>>) {
    let items = super::dict::str_items(&d.borrow());
    let old = std::mem::replace(&mut *i.dict.borrow_mut(), items.into_iter().collect());
    drop(old);
    INSTANCE_MIRRORS.with(|m| {
        let mut m = m.borrow_mut();
        m.retain(|(d, inst)| {
            d.strong_count() > 0 && inst.strong_count() > 0 && !std::ptr::eq(inst.as_ptr(), &**i)
        });
        m.push((Rc::downgrade(d), Rc::downgrade(i)));
    });
    ANY_INSTANCE_MIRROR.with(|a| a.set(true));
}

/// Python code changed dict `d`: if it is an instance's `__dict__`, the
/// instance's attributes become its str-keyed items.
#[inline]
pub fn instance_dict_changed(d: &RefCell<super::Dict>) {
    if !ANY_INSTANCE_MIRROR.with(|a| a.get()) {
        return;
    }
    let instance = INSTANCE_MIRRORS.with(|m| {
        m.borrow()
            .iter()
            .find(|(dict, _)| std::ptr::eq(dict.as_ptr(), d))
            .and_then(|(_, i)| i.upgrade())
    });
    if let Some(i) = instance {
        let items = super::dict::str_items(&d.borrow());
        let old = std::mem::replace(&mut *i.dict.borrow_mut(), items.into_iter().collect());
        drop(old);
    }
}

/// An attribute of `i` was set or deleted: its `__dict__`, if one was
/// handed out, follows. One thread-local flag test otherwise.
#[inline]
pub fn instance_attrs_changed(i: &Instance) {
    if !ANY_INSTANCE_MIRROR.with(|a| a.get()) {
        return;
    }
    if let Some(d) = mirror_of_instance(i) {
        fill_from_namespace(&d, &i.dict.borrow());
    }
}

pub static MAPPINGPROXY: TypeObject =
    TypeObject::bare("mappingproxy", "builtins", Some(&super::types::OBJECT));

/// `C.__dict__`: a read-only view of a class's namespace, current at each
/// read, as CPython's `mappingproxy` over the type's dict.
pub struct MappingProxy {
    pub class: Rc<Class>,
}

impl MappingProxy {
    fn snapshot(&self) -> Value {
        crate::interp::classes::namespace_dict(&self.class.dict.borrow())
    }
}

/// The reading methods of `dict` a mappingproxy offers.
const PROXY_METHODS: &[&str] = &[
    "__getitem__",
    "__contains__",
    "__iter__",
    "__len__",
    "__reversed__",
    "__or__",
    "__eq__",
    "__ne__",
    "keys",
    "values",
    "items",
    "get",
    "copy",
];

impl super::native::NativeObject for MappingProxy {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&MAPPINGPROXY)
    }

    fn repr(&self, _me: &Value) -> String {
        format!(
            "mappingproxy({})",
            super::repr::repr_plain(&self.snapshot())
        )
    }

    fn has_method(&self, name: &str) -> bool {
        PROXY_METHODS.contains(&name)
    }

    fn call_method(
        &self,
        vm: &crate::interp::Vm,
        _me: &Value,
        name: &str,
        args: super::Args,
    ) -> Option<PyResult> {
        if !PROXY_METHODS.contains(&name) {
            return None;
        }
        let mut args = args;
        // Comparing with another proxy compares the namespaces.
        if let Some(Value::Object(o)) = args.positional.first() {
            if let Some(other) = o.as_any().downcast_ref::<MappingProxy>() {
                args.positional[0] = other.snapshot();
            }
        }
        Some(vm.call_method(&self.snapshot(), name, args))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
