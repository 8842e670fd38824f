//! Functions, native functions, modules and their globals.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::class::Class;

use indexmap::IndexMap;

use super::{PyResult, Value};
use crate::interp::Vm;
use crate::source::SourceFile;
use crate::syntax::ast::FunctionDef;

/// A `def` evaluated at run time: the shared, never-cloned definition plus
/// what was captured when the `def` statement ran.
pub struct Function {
    pub def: Rc<FunctionDef>,
    pub globals: Rc<Globals>,
    pub source: Rc<SourceFile>,
    /// Defaults of the positional parameters, aligned to the last ones.
    pub defaults: Vec<Value>,
    /// Defaults of the keyword-only parameters, in declaration order.
    pub kw_defaults: Vec<Option<Value>>,
    pub qualname: Rc<str>,
    /// The cells of the enclosing scopes' variables this function uses,
    /// in the order of `def.info.frees`.
    pub closure: Vec<Rc<RefCell<Option<Value>>>>,
    /// Attributes set on the function object (`f.calls = 0`).
    pub attrs: RefCell<super::class::Namespace>,
    /// The class whose body defined this function (`__class__`), set when
    /// the class is created; zero-argument `super()` needs it.
    pub class: RefCell<Option<Weak<Class>>>,
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
        self.values.borrow_mut()[slot as usize] = Some(value);
    }

    pub fn clear_slot(&self, slot: u32) -> Option<Value> {
        self.values.borrow_mut()[slot as usize].take()
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

    /// Drops every value, breaking reference cycles through functions'
    /// globals when the interpreter finishes.
    pub fn clear(&self) {
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
