//! `set` and `frozenset`, laid out as CPython's `Objects/setobject.c` lays
//! them out: an open-addressing table probed linearly then by perturbation,
//! with dummy entries on deletion. Together with CPython's hashes of ints,
//! floats and tuples (`hash_of`), this makes a set iterate, and so print, in
//! the order CPython's does. The two types' tables (`SET_SPEC`,
//! `FROZENSET_SPEC`) are here too.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::dict::{key_eq, Dict, DictKey};
use super::methods::{first, parse_args, Sig};
use super::slots;
use super::types::{Member, TypeSpec};
use super::{types, Args, Iter, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;
use crate::syntax::ast::{BinOp, CmpOp};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
enum Slot {
    #[default]
    Empty,
    Dummy,
    Active(i64, Value),
}

/// The table shared by `set` and `frozenset`.
#[derive(Clone)]
pub struct PySet {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
    /// An instance of a user class was ever added: comparing keys may then
    /// run Python code (`__eq__`), which may look at this very set.
    user_keys: bool,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            user_keys: false,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The elements in table order, which is iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> + '_ {
        self.entries().map(|(_, k)| k)
    }

    fn entries(&self) -> impl Iterator<Item = (i64, &Value)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The first element at or after table position `pos`, with its position.
    pub fn next_at(&self, pos: usize) -> Option<(usize, Value)> {
        self.table
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active(_, k) => Some((i, k.clone())),
                _ => None,
            })
    }

    /// `set_lookkey`: the position of the active entry equal to `key`.
    fn lookup(&self, key: &Value, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return None,
                    Slot::Active(h, k) if *h == hash && (k.is(key) || key_eq(k, key)) => {
                        return Some(j)
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    fn contains_entry(&self, key: &Value, hash: i64) -> bool {
        self.lookup(key, hash).is_some()
    }

    /// `set_add_entry`; false if an equal element was already there.
    fn add_entry(&mut self, key: Value, hash: i64) -> bool {
        self.add_entry_with(key, hash, true)
    }

    /// `add_entry`, comparing with the elements of equal hash only if
    /// `compare` (the caller may know the key to be absent).
    fn add_entry_with(&mut self, key: Value, hash: i64, compare: bool) -> bool {
        self.user_keys |= super::userhash::is_user(&key);
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = perturb & mask;
        let mut freeslot = None;
        let unused = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => break 'search j,
                    Slot::Active(h, k)
                        if compare && *h == hash && (k.is(&key) || key_eq(k, &key)) =>
                    {
                        return false
                    }
                    // CPython 3.11 keeps the last dummy seen.
                    Slot::Dummy => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        };
        if let Some(slot) = freeslot {
            self.used += 1;
            self.table[slot] = Slot::Active(hash, key);
            return true;
        }
        self.fill += 1;
        self.used += 1;
        self.table[unused] = Slot::Active(hash, key);
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
        true
    }

    /// `set_insert_clean`: insert a key known to be absent into a table
    /// without dummies.
    fn insert_clean(table: &mut [Slot], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64 as usize;
        let mut i = perturb & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                let run = &mut table[i + 1..=i + LINEAR_PROBES];
                if let Some(slot) = run.iter_mut().find(|s| matches!(s, Slot::Empty)) {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                Self::insert_clean(&mut self.table, k, h);
            }
        }
    }

    /// `set_discard_entry`; true if it was there.
    fn discard_entry(&mut self, key: &Value, hash: i64) -> bool {
        match self.lookup(key, hash) {
            Some(j) => {
                self.table[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// `s.add(key)`: TypeError if the key is unhashable.
    pub fn add(&mut self, key: Value) -> PyResult<()> {
        let h = hash_of(&key)?;
        self.add_entry(key, h);
        super::userhash::take_error()
    }

    /// `key in s` without the set-to-frozenset retry.
    pub fn contains_key(&self, key: &Value) -> PyResult<bool> {
        let found = self.contains_entry(key, hash_of(key)?);
        super::userhash::take_error()?;
        Ok(found)
    }

    pub fn discard_key(&mut self, key: &Value) -> PyResult<bool> {
        let h = hash_of(key)?;
        let found = self.discard_entry(key, h);
        super::userhash::take_error()?;
        Ok(found)
    }

    /// `set_clear_internal`: back to a fresh small table.
    pub fn clear(&mut self) {
        let finger = self.finger;
        let old = std::mem::take(self);
        self.finger = finger;
        drop(old);
    }

    /// `set_pop`.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let Slot::Active(_, key) = std::mem::replace(&mut self.table[i], Slot::Dummy) else {
            unreachable!("the loop stopped at an active slot")
        };
        self.used -= 1;
        self.finger = i + 1;
        Some(key)
    }

    /// `set_merge`: add every element of another set.
    fn merge(&mut self, other: &PySet) {
        if other.used == 0 {
            return;
        }
        self.user_keys |= other.user_keys;
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (h, k) in other.entries() {
                Self::insert_clean(&mut self.table, k.clone(), h);
            }
            return;
        }
        for (h, k) in other.entries() {
            self.add_entry(k.clone(), h);
        }
    }

    /// `set_copy` (`make_new_set_basetype(type, so)`).
    pub fn copy(&self) -> PySet {
        let mut s = PySet::new();
        s.merge(self);
        s
    }

    /// `set_update_internal` for a dict: one resize up front.
    fn update_dict(&mut self, d: &Dict) {
        let n = d.len();
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
        for k in d.keys() {
            self.add_entry(k.value().clone(), k.hash());
        }
    }

    /// Adds items one by one; on an unhashable item the earlier ones stay.
    pub fn extend(&mut self, items: impl IntoIterator<Item = Value>) -> PyResult<()> {
        for item in items {
            self.add(item)?;
        }
        Ok(())
    }

    /// Equal as sets (`==` between any two sets/frozensets).
    pub fn set_eq(&self, other: &PySet) -> bool {
        self.used == other.used && self.is_subset(other)
    }

    fn is_subset(&self, other: &PySet) -> bool {
        self.used <= other.used && self.entries().all(|(h, k)| other.contains_entry(k, h))
    }
}

// ---------------------------------------------------------------------------
// Hashing, as CPython computes it

const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
const HASH_INF: i64 = 314159;
/// `hash(None)` is address-based in 3.11; any fixed value will do.
const HASH_NONE: i64 = 0xFCA8_6420;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)`: the value modulo 2**61 - 1, keeping the sign.
pub fn hash_int(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(MODULUS))
        .to_i64()
        .expect("reduced modulo 2**61-1");
    fix(if b.is_negative() { -m } else { m })
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `_Py_HashDouble`: integral floats hash as the equal int.
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0; // NaN: CPython hashes the object's address.
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) as u32 % HASH_BITS)
    };
    x = ((x << e) & MODULUS) | x >> (HASH_BITS - e);
    fix((x as i64).wrapping_mul(sign))
}

/// CPython's xxHash-based `tuplehash`.
fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for item in items {
        let lane = hash_of(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `frozenset_hash`: independent of order, as CPython's.
pub fn hash_frozenset(s: &PySet) -> i64 {
    let mut hash: u64 = 0;
    for (h, _) in s.entries() {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (s.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

fn hash_str(s: &str) -> i64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    fix(h.finish() as i64)
}

/// `_Py_HashPointer`: the address rotated by 4 bits.
pub fn hash_pointer(addr: usize) -> i64 {
    fix((addr as u64).rotate_right(4) as i64)
}

fn unhashable(v: &Value) -> Box<PyErr> {
    PyErr::type_error(format!("unhashable type: '{}'", v.type_name()))
}

/// `hash(v)` as CPython computes it (str hashes are randomised in CPython,
/// so any good hash will do for them). User objects go through their
/// `__hash__` (`userhash::user_hash`), by identity when they have none.
pub fn hash_of(v: &Value) -> PyResult<i64> {
    if super::userhash::is_user(v) {
        if let Some(h) = super::userhash::user_hash(v)? {
            return Ok(h);
        }
    }
    if let Some(h) = super::memoryview::hash(v) {
        return h;
    }
    Ok(match v {
        Value::None => HASH_NONE,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_int(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_float(*f),
        Value::Complex(re, im) => super::complex::hash(*re, *im),
        Value::Str(s) => hash_str(s),
        Value::Bytes(b) => super::bytes::hash(b),
        Value::Tuple(items) => hash_tuple(items)?,
        Value::Range(r) => hash_tuple(&r.hash_key())?,
        Value::FrozenSet(s) => hash_frozenset(s),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
            return Err(unhashable(v))
        }
        // Slices became hashable only in 3.12.
        Value::Object(o) if o.as_any().is::<super::slice::Slice>() => return Err(unhashable(v)),
        // The set-like views and the mapping proxy; a values view hashes
        // by identity.
        Value::Object(o)
            if o.as_any()
                .downcast_ref::<super::dictview::DictView>()
                .is_some_and(|view| view.part != super::dictview::DictPart::Values)
                || o.as_any().is::<super::mappingproxy::MappingProxy>() =>
        {
            return Err(unhashable(v))
        }
        // A type declared by a library module with `__hash__ = None`
        // (array.array, contextvars.Context).
        Value::Object(_)
            if matches!(v.type_of(), super::TypeRef::Builtin(t)
                if matches!(t.own_member("__hash__").map(|m| m.kind),
                            Some(super::types::MemberKind::Absent))) =>
        {
            return Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                v.type_of().tp_name()
            )))
        }
        Value::Ellipsis => 0x05ee_de11,
        Value::NotImplemented => 0x05ee_da07,
        Value::Stream(s) => *s as i64 + 0x0005_eed0,
        Value::Type(super::TypeRef::Builtin(t)) => hash_pointer(*t as *const _ as usize),
        other => hash_pointer(other.address()),
    })
}

// ---------------------------------------------------------------------------
// Values

/// A borrowed view of a `set` or `frozenset` value.
pub enum SetRef<'a> {
    Mutable(Ref<'a, PySet>),
    Frozen(&'a PySet),
}

impl std::ops::Deref for SetRef<'_> {
    type Target = PySet;
    fn deref(&self) -> &PySet {
        match self {
            SetRef::Mutable(r) => r,
            SetRef::Frozen(s) => s,
        }
    }
}

/// The table of a set or frozenset; `None` for other values.
pub fn set_ref(v: &Value) -> Option<SetRef<'_>> {
    match v {
        Value::Set(s) => Some(SetRef::Mutable(s.borrow())),
        Value::FrozenSet(s) => Some(SetRef::Frozen(s)),
        _ => None,
    }
}

pub fn is_set(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_))
}

fn wrap(s: PySet, frozen: bool) -> Value {
    if frozen {
        Value::FrozenSet(Rc::new(s))
    } else {
        Value::Set(Rc::new(RefCell::new(s)))
    }
}

/// A `set` of the items, added in order (a display `{a, b}` or a set
/// comprehension): TypeError `unhashable type: 'list'` for unhashable items.
pub fn new_set(items: impl IntoIterator<Item = Value>) -> PyResult<Value> {
    let mut s = PySet::new();
    s.extend(items)?;
    Ok(wrap(s, false))
}

pub fn new_frozenset(items: impl IntoIterator<Item = Value>) -> PyResult<Value> {
    let mut s = PySet::new();
    s.extend(items)?;
    Ok(wrap(s, true))
}

/// CPython's compiler turns a set display made only of constants (`{1, 2, 3}`,
/// more than two of them) into a frozenset constant, which its constant
/// merging rebuilds from its own iteration order; the display then copies
/// it into a new set. This builds the set the same way, so that such a
/// display iterates in CPython's order (which can differ from `set([...])`
/// when hashes collide, e.g. for tuples).
pub fn new_const_set(items: impl IntoIterator<Item = Value>) -> PyResult<Value> {
    let folded = const_frozenset(items)?;
    Ok(wrap(folded.copy(), false))
}

/// The frozenset constant CPython makes of an all-constant set display used
/// as the iterable of `for` or of a comprehension (`for x in {3, 1, 2}`), or
/// as the right operand of `in`: any number of elements.
pub fn new_const_frozenset(items: impl IntoIterator<Item = Value>) -> PyResult<Value> {
    Ok(wrap(const_frozenset(items)?, true))
}

fn const_frozenset(items: impl IntoIterator<Item = Value>) -> PyResult<PySet> {
    let mut first = PySet::new();
    first.extend(items)?;
    let mut rebuilt = PySet::new();
    for (h, k) in first.entries() {
        rebuilt.add_entry(k.clone(), h);
    }
    Ok(rebuilt)
}

/// An argument of a set method or constructor: a set, a dict (whose keys
/// CPython walks with their stored hashes), or the items of any other
/// iterable, collected by the caller.
pub enum Operand {
    Set(Value),
    Dict(Value),
    Items(Vec<Value>),
}

impl Operand {
    /// `collect` iterates values that are neither sets nor dicts.
    pub fn new(
        v: &Value,
        collect: impl FnOnce(&Value) -> PyResult<Vec<Value>>,
    ) -> PyResult<Operand> {
        Ok(match v {
            Value::Set(_) | Value::FrozenSet(_) => Operand::Set(v.clone()),
            Value::Dict(_) => Operand::Dict(v.clone()),
            _ => Operand::Items(collect(v)?),
        })
    }

    fn is(&self, v: &Value) -> bool {
        matches!(self, Operand::Set(s) if s.is(v))
    }
}

/// `Operand`, borrowed.
enum Other<'a> {
    Set(&'a PySet),
    Dict(&'a Dict),
    Items(&'a [Value]),
}

fn with_other<R>(op: &Operand, f: impl FnOnce(Other) -> R) -> R {
    match op {
        Operand::Set(v) => f(Other::Set(&set_ref(v).expect("a set"))),
        Operand::Dict(Value::Dict(d)) => f(Other::Dict(&d.borrow())),
        Operand::Dict(_) => unreachable!("Operand::Dict holds a dict"),
        Operand::Items(items) => f(Other::Items(items)),
    }
}

/// `set(x)` / `frozenset(x)`: `frozenset(f)` is `f` itself.
pub fn construct(arg: Option<&Operand>, frozen: bool) -> PyResult<Value> {
    settle(construct_inner(arg, frozen))
}

fn construct_inner(arg: Option<&Operand>, frozen: bool) -> PyResult<Value> {
    if let (true, Some(Operand::Set(v @ Value::FrozenSet(_)))) = (frozen, arg) {
        return Ok(v.clone());
    }
    let mut s = PySet::new();
    if let Some(op) = arg {
        with_other(op, |o| update(&mut s, o))?;
    }
    Ok(wrap(s, frozen))
}

/// `set_update_internal`.
fn update(so: &mut PySet, other: Other) -> PyResult<()> {
    match other {
        Other::Set(o) => so.merge(o),
        Other::Dict(d) => so.update_dict(d),
        Other::Items(items) => so.extend(items.iter().cloned())?,
    }
    Ok(())
}

fn dict_contains(d: &Dict, key: &Value) -> bool {
    DictKey::new(key.clone()).is_ok_and(|k| d.contains_key(&k))
}

/// `set_intersection` (the caller handles `so is other`).
fn intersection(so: &PySet, other: Other) -> PyResult<PySet> {
    let mut result = PySet::new();
    let items: Vec<Value> = match other {
        Other::Set(o) => {
            let (big, small) = if o.used > so.used { (o, so) } else { (so, o) };
            for (h, k) in small.entries() {
                if big.contains_entry(k, h) {
                    result.add_entry(k.clone(), h);
                }
            }
            return Ok(result);
        }
        Other::Dict(d) => d.keys().map(|k| k.value().clone()).collect(),
        Other::Items(items) => items.to_vec(),
    };
    for key in items {
        let h = hash_of(&key)?;
        if so.contains_entry(&key, h) {
            result.add_entry(key, h);
            if result.used >= so.used {
                break;
            }
        }
    }
    Ok(result)
}

/// `set_difference_update_internal` (the caller handles `so is other`).
fn difference_update(so: &mut PySet, other: Other) -> PyResult<()> {
    match other {
        Other::Set(o) => {
            if (o.used >> 3) > so.used {
                let common = intersection(so, Other::Set(o))?;
                for (h, k) in common.entries() {
                    so.discard_entry(k, h);
                }
            } else {
                for (h, k) in o.entries() {
                    so.discard_entry(k, h);
                }
            }
        }
        Other::Dict(d) => {
            for k in d.keys() {
                so.discard_key(k.value())?;
            }
        }
        Other::Items(items) => {
            for k in items {
                so.discard_key(k)?;
            }
        }
    }
    if so.fill - so.used > so.mask() / 4 {
        so.resize(if so.used > 50000 {
            so.used * 2
        } else {
            so.used * 4
        });
    }
    Ok(())
}

/// `set_difference`.
fn difference(so: &PySet, other: Other) -> PyResult<PySet> {
    let other_size = match &other {
        Other::Set(o) => o.used,
        Other::Dict(d) => d.len(),
        Other::Items(_) => usize::MAX,
    };
    if other_size == usize::MAX || (so.used >> 2) > other_size {
        let mut result = so.copy();
        difference_update(&mut result, other)?;
        return Ok(result);
    }
    let mut result = PySet::new();
    for (h, k) in so.entries() {
        let found = match &other {
            Other::Set(o) => o.contains_entry(k, h),
            Other::Dict(d) => dict_contains(d, k),
            Other::Items(_) => unreachable!("handled above"),
        };
        if !found {
            result.add_entry(k.clone(), h);
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update` (the caller handles `so is other`).
fn symmetric_difference_update(so: &mut PySet, other: Other) -> PyResult<()> {
    let toggle = |so: &mut PySet, k: &Value, h: i64| {
        if !so.discard_entry(k, h) {
            so.add_entry(k.clone(), h);
        }
    };
    match other {
        Other::Dict(d) => {
            for k in d.keys() {
                toggle(so, k.value(), k.hash());
            }
        }
        Other::Set(o) => {
            for (h, k) in o.entries() {
                toggle(so, k, h);
            }
        }
        Other::Items(items) => {
            let mut o = PySet::new();
            o.extend(items.iter().cloned())?;
            for (h, k) in o.entries() {
                toggle(so, k, h);
            }
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a copy of `other`, toggled by `so`.
fn symmetric_difference(so: &PySet, other: Other) -> PyResult<PySet> {
    let mut result = PySet::new();
    update(&mut result, other)?;
    symmetric_difference_update(&mut result, Other::Set(so))?;
    Ok(result)
}

fn issubset(so: &PySet, other: Other) -> PyResult<bool> {
    match other {
        Other::Set(o) => Ok(so.is_subset(o)),
        other => Ok(intersection(so, other)?.used == so.used),
    }
}

fn issuperset(so: &PySet, other: Other) -> PyResult<bool> {
    let items: Vec<Value> = match other {
        Other::Set(o) => return Ok(o.is_subset(so)),
        Other::Dict(d) => d.keys().map(|k| k.value().clone()).collect(),
        Other::Items(items) => items.to_vec(),
    };
    for k in &items {
        if !so.contains_key(k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(so: &PySet, other: Other) -> PyResult<bool> {
    let items: Vec<Value> = match other {
        Other::Set(o) => {
            let (big, small) = if o.used > so.used { (o, so) } else { (so, o) };
            return Ok(!small.entries().any(|(h, k)| big.contains_entry(k, h)));
        }
        Other::Dict(d) => d.keys().map(|k| k.value().clone()).collect(),
        Other::Items(items) => items.to_vec(),
    };
    for k in &items {
        if so.contains_key(k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `item in s`: a mutable set as the item is looked up as a frozenset.
pub fn contains(s: &PySet, item: &Value) -> PyResult<bool> {
    match s.contains_key(item) {
        Err(_) if matches!(item, Value::Set(_)) => {
            let frozen = frozen_copy(item);
            s.contains_key(&frozen)
        }
        other => other,
    }
}

fn frozen_copy(v: &Value) -> Value {
    Value::FrozenSet(Rc::new(set_ref(v).expect("a set").copy()))
}

fn key_error(key: Value) -> Box<PyErr> {
    PyErr::with_args(&types::KEY_ERROR, vec![key])
}

/// What a lookup that ran user `__eq__` with the set released found.
enum Found {
    At(usize),
    /// Equal, but the set changed under the comparison: `set_add_entry`
    /// still counts the key as present.
    Changed,
    Absent,
}

/// `set_lookkey` on a set Python code can see: a user `__eq__` may mutate
/// the set, so it runs with the set not borrowed. The keys that need it are
/// gathered under the borrow, then compared; when the set changed under a
/// comparison (the compared slot, the size or the table), the lookup starts
/// again, except that `add` (`trust_equal`) takes an equal answer as is,
/// as CPython 3.11 does.
fn lookup_shared(
    rc: &RefCell<PySet>,
    key: &Value,
    hash: i64,
    trust_equal: bool,
) -> PyResult<Found> {
    if !rc.borrow().user_keys && !super::userhash::is_user(key) {
        let found = rc.borrow().lookup(key, hash);
        super::userhash::take_error()?;
        return Ok(found.map_or(Found::Absent, Found::At));
    }
    let Some(vm) = super::userhash::vm() else {
        return Ok(Found::Absent);
    };
    'restart: loop {
        let (deferred, shape) = {
            let so = rc.borrow();
            let mut deferred = Vec::new();
            let mask = so.mask();
            let mut perturb = hash as u64 as usize;
            let mut i = perturb & mask;
            'probe: loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    match &so.table[j] {
                        Slot::Empty => break 'probe,
                        Slot::Active(h, k) if *h == hash => {
                            if k.is(key) {
                                return Ok(Found::At(j));
                            }
                            deferred.push((j, k.clone()));
                        }
                        _ => {}
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
            }
            (deferred, (so.table.len(), so.used))
        };
        for (j, stored) in deferred {
            let eq = if super::userhash::is_user(&stored) || super::userhash::is_user(key) {
                vm.compare(crate::syntax::ast::CmpOp::Eq, &stored, key)?
            } else {
                key_eq(&stored, key)
            };
            let so = rc.borrow();
            let unchanged = (so.table.len(), so.used) == shape
                && matches!(&so.table[j], Slot::Active(_, k) if k.is(&stored));
            match (eq, unchanged) {
                (true, true) => return Ok(Found::At(j)),
                (true, false) if trust_equal => return Ok(Found::Changed),
                (_, false) => continue 'restart,
                (false, true) => {}
            }
        }
        return Ok(Found::Absent);
    }
}

/// The set in `rc`, to change: a set being searched by a comparison that
/// runs Python code cannot change under it.
fn borrow_set_mut(rc: &RefCell<PySet>) -> PyResult<std::cell::RefMut<'_, PySet>> {
    rc.try_borrow_mut()
        .map_err(|_| PyErr::runtime_error("Set changed size during iteration"))
}

/// `item in s` for a set or frozenset value.
pub fn contains_value(s: &Value, item: &Value) -> PyResult<bool> {
    let Value::Set(rc) = s else {
        return contains(&set_ref(s).expect("a set"), item);
    };
    let found = match hash_of(item) {
        Ok(h) => lookup_shared(rc, item, h, false)?,
        Err(e) => {
            if !matches!(item, Value::Set(_)) {
                return Err(e);
            }
            let frozen = frozen_copy(item);
            lookup_shared(rc, &frozen, hash_of(&frozen)?, false)?
        }
    };
    Ok(!matches!(found, Found::Absent))
}

// ---------------------------------------------------------------------------
// Methods (their arguments are checked by the tables below)

fn receiver_set(v: &Value) -> &Rc<RefCell<PySet>> {
    match v {
        Value::Set(s) => s,
        _ => unreachable!("a mutating method of set called on {}", v.type_name()),
    }
}

/// `s.add(x)`. The membership test runs with the set shared, so that a
/// user `__eq__` may look at the set; the insertion then compares nothing.
pub fn add(s: &Value, item: Value) -> PyResult {
    let rc = receiver_set(s);
    let h = hash_of(&item)?;
    if let Found::Absent = lookup_shared(rc, &item, h, true)? {
        borrow_set_mut(rc)?.add_entry_with(item, h, false);
    }
    Ok(Value::None)
}

/// `x` leaves `rc`; the lookup runs with the set shared, so that a user
/// `__eq__` may look at the set.
fn discard_shared(rc: &RefCell<PySet>, item: &Value) -> PyResult<bool> {
    let h = hash_of(item)?;
    let found = lookup_shared(rc, item, h, false)?;
    Ok(match found {
        Found::At(j) => {
            let mut so = borrow_set_mut(rc)?;
            so.table[j] = Slot::Dummy;
            so.used -= 1;
            true
        }
        Found::Changed | Found::Absent => false,
    })
}

/// `s.remove(x)` (KeyError) and `s.discard(x)`.
pub fn remove(s: &Value, item: Value, must_exist: bool) -> PyResult {
    let rc = receiver_set(s);
    let found = match discard_shared(rc, &item) {
        Err(_) if matches!(item, Value::Set(_)) => None,
        other => Some(other?),
    };
    let found = match found {
        Some(f) => f,
        None => {
            let frozen = frozen_copy(&item);
            discard_shared(rc, &frozen)?
        }
    };
    if must_exist && !found {
        return Err(key_error(item));
    }
    Ok(Value::None)
}

pub fn pop(s: &Value) -> PyResult {
    let popped = borrow_set_mut(receiver_set(s))?.pop();
    popped.ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

pub fn clear(s: &Value) -> PyResult {
    let old = std::mem::take(&mut *borrow_set_mut(receiver_set(s))?);
    let finger = old.finger;
    borrow_set_mut(receiver_set(s))?.finger = finger;
    drop(old);
    Ok(Value::None)
}

/// `s.copy()`: a frozenset's copy is itself.
pub fn copy(s: &Value) -> PyResult {
    if let Value::FrozenSet(_) = s {
        return Ok(s.clone());
    }
    Ok(wrap(set_ref(s).expect("a set").copy(), false))
}

/// The methods taking other iterables: `update`, `union`, `intersection`,
/// `difference`, `symmetric_difference` and their `_update` forms,
/// `issubset`, `issuperset`, `isdisjoint`.
/// The result of an operation that compared elements, failed if a user
/// `__eq__` raised meanwhile (`userhash::take_error`).
fn settle<T>(r: PyResult<T>) -> PyResult<T> {
    let pending = super::userhash::take_error();
    let v = r?;
    pending?;
    Ok(v)
}

/// The methods that take other iterables.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Multi {
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
    IsSubset,
    IsSuperset,
    IsDisjoint,
    Update,
    IntersectionUpdate,
    DifferenceUpdate,
    SymmetricDifferenceUpdate,
}

pub fn with_operands(s: &Value, method: Multi, others: &[Operand]) -> PyResult {
    settle(with_operands_inner(s, method, others))
}

fn with_operands_inner(s: &Value, method: Multi, others: &[Operand]) -> PyResult {
    let frozen = matches!(s, Value::FrozenSet(_));
    match method {
        Multi::Union => {
            let mut result = set_ref(s).expect("a set").copy();
            for o in others.iter().filter(|o| !o.is(s)) {
                with_other(o, |o| update(&mut result, o))?;
            }
            Ok(wrap(result, frozen))
        }
        Multi::Intersection => Ok(wrap(intersection_multi(s, others)?, frozen)),
        Multi::Difference => {
            let so = set_ref(s).expect("a set");
            let Some((first, rest)) = others.split_first() else {
                return Ok(wrap(so.copy(), frozen));
            };
            let mut result = with_other(first, |o| difference(&so, o))?;
            for o in rest {
                if o.is(s) {
                    result = PySet::new(); // the original set minus itself
                } else {
                    with_other(o, |o| difference_update(&mut result, o))?;
                }
            }
            Ok(wrap(result, frozen))
        }
        Multi::SymmetricDifference => {
            let so = set_ref(s).expect("a set");
            let result = with_other(&others[0], |o| symmetric_difference(&so, o))?;
            Ok(wrap(result, frozen))
        }
        Multi::IsSubset | Multi::IsSuperset | Multi::IsDisjoint => {
            let so = set_ref(s).expect("a set");
            let o = &others[0];
            if method == Multi::IsDisjoint && o.is(s) {
                return Ok(Value::Bool(so.is_empty()));
            }
            Ok(Value::Bool(with_other(o, |o| match method {
                Multi::IsSubset => issubset(&so, o),
                Multi::IsSuperset => issuperset(&so, o),
                _ => isdisjoint(&so, o),
            })?))
        }
        Multi::Update | Multi::DifferenceUpdate | Multi::SymmetricDifferenceUpdate => {
            let rc = receiver_set(s);
            for o in others {
                if o.is(s) {
                    if method != Multi::Update {
                        borrow_set_mut(rc)?.clear();
                    }
                    continue;
                }
                // With Python comparisons, one element at a time, each
                // lookup with the set released (`set_update_internal`).
                let one_by_one = with_other(o, |o| {
                    let python = may_run_python(&rc.borrow(), &o);
                    (python && method != Multi::SymmetricDifferenceUpdate).then(|| match o {
                        Other::Set(x) => x.iter().cloned().collect::<Vec<_>>(),
                        Other::Dict(d) => d.keys().map(|k| k.value().clone()).collect(),
                        Other::Items(items) => items.to_vec(),
                    })
                });
                if let Some(items) = one_by_one {
                    for item in items {
                        if method == Multi::Update {
                            add(s, item)?;
                        } else {
                            remove(s, item, false)?;
                        }
                    }
                    continue;
                }
                with_other(o, |o| {
                    let python = may_run_python(&rc.borrow(), &o);
                    mutate(rc, python, |so| match method {
                        Multi::Update => update(so, o),
                        Multi::DifferenceUpdate => difference_update(so, o),
                        _ => symmetric_difference_update(so, o),
                    })
                })?;
            }
            Ok(Value::None)
        }
        Multi::IntersectionUpdate => {
            let result = intersection_multi(s, others)?;
            replace_body(receiver_set(s), result)?;
            Ok(Value::None)
        }
    }
}

/// `set_intersection_multi`.
fn intersection_multi(s: &Value, others: &[Operand]) -> PyResult<PySet> {
    let so = set_ref(s).expect("a set");
    let mut result = so.copy();
    for (i, o) in others.iter().enumerate() {
        if i == 0 && o.is(s) {
            continue; // set_intersection(so, so) is a copy
        }
        let base = if i == 0 { &*so } else { &result };
        let next = with_other(o, |o| intersection(base, o))?;
        result = next;
    }
    Ok(result)
}

/// Whether comparing the keys of `so` and `other` may call a user `__eq__`.
fn may_run_python(so: &PySet, other: &Other) -> bool {
    so.user_keys
        || match other {
            Other::Set(o) => o.user_keys,
            Other::Dict(d) => d.keys().any(|k| super::userhash::is_user(k.value())),
            Other::Items(items) => items.iter().any(super::userhash::is_user),
        }
}

/// Applies an in-place operation to the set in `rc`. When it may run
/// Python code, it works on a copy swapped in at the end, so that a user
/// `__eq__` reading the set finds it readable (CPython lets it read the set
/// as it is being changed) rather than locked.
fn mutate(
    rc: &Rc<RefCell<PySet>>,
    python: bool,
    op: impl FnOnce(&mut PySet) -> PyResult<()>,
) -> PyResult<()> {
    if !python {
        return op(&mut *borrow_set_mut(rc)?);
    }
    let before = rc.borrow().clone();
    let mut copy = before.clone();
    op(&mut copy)?;
    // Python code changed the set meanwhile: its change and this one cannot
    // both hold.
    if !same_table(&before, &rc.borrow()) {
        return Err(PyErr::runtime_error("Set changed size during iteration"));
    }
    replace_body(rc, copy)
}

/// Whether two tables hold the same objects in the same slots.
fn same_table(a: &PySet, b: &PySet) -> bool {
    a.used == b.used
        && a.fill == b.fill
        && a.table.len() == b.table.len()
        && a.table.iter().zip(&b.table).all(|pair| match pair {
            (Slot::Active(_, x), Slot::Active(_, y)) => x.is(y),
            (Slot::Empty, Slot::Empty) | (Slot::Dummy, Slot::Dummy) => true,
            _ => false,
        })
}

/// `set_swap_bodies` with a temporary: the table changes, the pop finger stays.
fn replace_body(rc: &Rc<RefCell<PySet>>, mut body: PySet) -> PyResult<()> {
    let mut so = borrow_set_mut(rc)?;
    body.finger = so.finger;
    let old = std::mem::replace(&mut *so, body);
    drop(so);
    drop(old);
    Ok(())
}

// ---------------------------------------------------------------------------
// The `set` and `frozenset` type tables

pub const SET_SPEC: TypeSpec = TypeSpec {
    doc: "A mutable, unordered collection of distinct hashable items.\n\nset() is empty; set(iterable) holds the iterable's distinct items.",
    members: &[
        MUTATING,
        SHARED,
        slots::RICH_COMPARE,
        slots::GENERIC,
        slots::MUTABLE,
        slots::SIZED_ITERABLE,
        OPERATORS,
        &[
            Member::slot("__iand__", |vm, o, a| inplace_slot(vm, o, a, BinOp::BitAnd)),
            Member::slot("__ior__", |vm, o, a| inplace_slot(vm, o, a, BinOp::BitOr)),
            Member::slot("__isub__", |vm, o, a| inplace_slot(vm, o, a, BinOp::Sub)),
            Member::slot("__ixor__", |vm, o, a| inplace_slot(vm, o, a, BinOp::BitXor)),
            slot!(new types::SET),
        ],
    ],
};

pub const FROZENSET_SPEC: TypeSpec = TypeSpec {
    doc: "An immutable, hashable, unordered collection of distinct hashable items.\n\nfrozenset() is empty; frozenset(iterable) holds the iterable's distinct items.",
    members: &[
        SHARED,
        slots::RICH_COMPARE,
        slots::GENERIC,
        slots::HASHABLE,
        slots::SIZED_ITERABLE,
        OPERATORS,
        &[slot!(new types::FROZENSET)],
    ],
};

/// The binary operators of both types; the result has the left operand's
/// type, and any operand but a set or frozenset gets NotImplemented.
const OPERATORS: &[Member] = &[
    slot!(binary "__and__" BitAnd),
    slot!(binary "__or__" BitOr),
    slot!(binary "__sub__" Sub),
    slot!(binary "__xor__" BitXor),
    slot!(binary "__rand__" BitAnd reflected),
    slot!(binary "__ror__" BitOr reflected),
    slot!(binary "__rsub__" Sub reflected),
    slot!(binary "__rxor__" BitXor reflected),
];

/// The methods of both types, which make new sets or answer questions.
const SHARED: &[Member] = &[
    Member::method(
        "copy",
        copy_method,
        "A shallow copy (a frozenset is its own copy).",
    ),
    Member::method(
        "union",
        union,
        "The items in this set or in any of the others.",
    ),
    Member::method(
        "intersection",
        intersection_method,
        "The items in this set and in all of the others.",
    ),
    Member::method(
        "difference",
        difference_method,
        "The items in this set and in none of the others.",
    ),
    Member::method(
        "symmetric_difference",
        symmetric_difference_method,
        "The items in exactly one of this set and the other.",
    ),
    Member::method(
        "issubset",
        issubset_method,
        "Whether every item of this set is in the other.",
    ),
    Member::method(
        "issuperset",
        issuperset_method,
        "Whether every item of the other is in this set.",
    ),
    Member::method(
        "isdisjoint",
        isdisjoint_method,
        "Whether this set and the other have no item in common.",
    ),
];

/// The methods only `set` has: they change the set in place.
const MUTATING: &[Member] = &[
    Member::method("add", add_method, "Add an item (no effect if present)."),
    Member::method(
        "remove",
        remove_method,
        "Remove an item; KeyError if it is absent.",
    ),
    Member::method(
        "discard",
        discard_method,
        "Remove an item if it is present.",
    ),
    Member::method("pop", pop_method, "Remove and return an arbitrary item."),
    Member::method("clear", clear_method, "Remove every item."),
    Member::method("update", update_method, "Add the items of the others."),
    Member::method(
        "intersection_update",
        intersection_update,
        "Keep only the items also in all of the others.",
    ),
    Member::method(
        "difference_update",
        difference_update_method,
        "Remove the items of the others.",
    ),
    Member::method(
        "symmetric_difference_update",
        symmetric_difference_update_method,
        "Keep the items in exactly one of this set and the other.",
    ),
];

/// The receiver's own type name, as the argument errors give it.
fn type_name(s: &Value) -> &'static str {
    match s {
        Value::FrozenSet(_) => "frozenset",
        _ => "set",
    }
}

fn add_method(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    let item = first(parse_args("set", "add", Sig::One, args)?);
    add(s, item)
}

fn remove_method(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    let item = first(parse_args("set", "remove", Sig::One, args)?);
    remove(s, item, true)
}

fn discard_method(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    let item = first(parse_args("set", "discard", Sig::One, args)?);
    remove(s, item, false)
}

fn pop_method(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    parse_args("set", "pop", Sig::NoArgs, args)?;
    pop(s)
}

fn clear_method(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    parse_args("set", "clear", Sig::NoArgs, args)?;
    clear(s)
}

fn copy_method(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    parse_args(type_name(s), "copy", Sig::NoArgs, args)?;
    copy(s)
}

/// A method taking `*others`: any number of iterables, no keywords.
fn with_many(vm: &Vm, s: &Value, name: &str, method: Multi, args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.{name}() takes no keyword arguments",
            type_name(s)
        )));
    }
    let others = args
        .positional
        .iter()
        .map(|v| Operand::new(v, |v| vm.collect(v)))
        .collect::<PyResult<Vec<_>>>()?;
    with_operands(s, method, &others)
}

/// A method taking exactly one other iterable.
fn with_one(vm: &Vm, s: &Value, name: &str, method: Multi, args: Args) -> PyResult {
    let other = first(parse_args(type_name(s), name, Sig::One, args)?);
    let other = Operand::new(&other, |v| vm.collect(v))?;
    with_operands(s, method, &[other])
}

fn union(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_many(vm, s, "union", Multi::Union, args)
}

fn intersection_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_many(vm, s, "intersection", Multi::Intersection, args)
}

fn difference_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_many(vm, s, "difference", Multi::Difference, args)
}

fn update_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_many(vm, s, "update", Multi::Update, args)
}

fn intersection_update(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_many(
        vm,
        s,
        "intersection_update",
        Multi::IntersectionUpdate,
        args,
    )
}

fn difference_update_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_many(vm, s, "difference_update", Multi::DifferenceUpdate, args)
}

fn symmetric_difference_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_one(
        vm,
        s,
        "symmetric_difference",
        Multi::SymmetricDifference,
        args,
    )
}

fn symmetric_difference_update_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_one(
        vm,
        s,
        "symmetric_difference_update",
        Multi::SymmetricDifferenceUpdate,
        args,
    )
}

fn issubset_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_one(vm, s, "issubset", Multi::IsSubset, args)
}

fn issuperset_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_one(vm, s, "issuperset", Multi::IsSuperset, args)
}

fn isdisjoint_method(vm: &Vm, s: &Value, args: Args) -> PyResult {
    with_one(vm, s, "isdisjoint", Multi::IsDisjoint, args)
}

/// `__iand__`, `__ior__`, `__isub__`, `__ixor__`: the set updated in place
/// and answered itself; NotImplemented for an operand that is not a set
/// (`set_ior` and friends).
fn inplace_slot(_vm: &Vm, obj: &Value, args: Args, op: BinOp) -> PyResult {
    let other = slots::one_arg(args)?;
    let other = slots::plain(&other);
    if !is_set(other) {
        return Ok(Value::NotImplemented);
    }
    inplace_op(op, slots::plain(obj), other).expect("both are sets")?;
    Ok(obj.clone())
}

// ---------------------------------------------------------------------------
// Operators

/// `a op b` for two sets (`|`, `&`, `-`, `^`); `None` when `a` or `b` is not
/// a set or `op` is another operator. The result has the left operand's type.
pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    binary_op_inner(op, a, b).map(settle)
}

fn binary_op_inner(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) {
        return None;
    }
    let (sa, sb) = (set_ref(a)?, set_ref(b)?);
    let frozen = matches!(a, Value::FrozenSet(_));
    let same = a.is(b);
    let result = match op {
        BinOp::BitOr => {
            let mut r = sa.copy();
            if !same {
                r.merge(&sb);
            }
            Ok(r)
        }
        BinOp::BitAnd if same => Ok(sa.copy()),
        BinOp::BitAnd => intersection(&sa, Other::Set(&sb)),
        BinOp::Sub => difference(&sa, Other::Set(&sb)),
        _ => symmetric_difference(&sa, Other::Set(&sb)),
    };
    Some(result.map(|r| wrap(r, frozen)))
}

/// `a op= b` when `a` is a set or frozenset and `op` is `|`, `&`, `-` or
/// `^`: a set is updated in place and returned; a frozenset rebinds to
/// `a op b`. `None` when `a` is not a set or for other operators.
pub fn inplace_op(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    inplace_op_inner(op, a, b).map(settle)
}

fn inplace_op_inner(op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
    if !is_set(a)
        || !matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
        )
    {
        return None;
    }
    if !is_set(b) {
        return Some(Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}=: '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))));
    }
    let Value::Set(rc) = a else {
        return binary_op(op, a, b);
    };
    if a.is(b) {
        match op {
            BinOp::Sub | BinOp::BitXor => match borrow_set_mut(rc) {
                Ok(mut so) => so.clear(),
                Err(e) => return Some(Err(e)),
            },
            BinOp::BitAnd => {
                let copy = rc.borrow().copy();
                if let Err(e) = replace_body(rc, copy) {
                    return Some(Err(e));
                }
            }
            _ => {}
        }
        return Some(Ok(a.clone()));
    }
    let other = set_ref(b).expect("checked above");
    let python = may_run_python(&rc.borrow(), &Other::Set(&other));
    let result = match op {
        BinOp::BitOr => mutate(rc, python, |so| {
            so.merge(&other);
            Ok(())
        }),
        BinOp::BitAnd => {
            let r = intersection(&rc.borrow(), Other::Set(&other));
            r.and_then(|r| replace_body(rc, r))
        }
        BinOp::Sub => mutate(rc, python, |so| difference_update(so, Other::Set(&other))),
        _ => mutate(rc, python, |so| {
            symmetric_difference_update(so, Other::Set(&other))
        }),
    };
    Some(result.map(|()| a.clone()))
}

/// Comparison of two sets: `==`/`!=` equality, `<=`/`<`/`>=`/`>` subset and
/// superset; `None` when either is not a set.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let (sa, sb) = (set_ref(a)?, set_ref(b)?);
    Some(match op {
        CmpOp::Eq => sa.set_eq(&sb),
        CmpOp::NotEq => !sa.set_eq(&sb),
        CmpOp::LtE => sa.is_subset(&sb),
        CmpOp::Lt => sa.used < sb.used && sa.is_subset(&sb),
        CmpOp::GtE => sb.is_subset(&sa),
        CmpOp::Gt => sa.used > sb.used && sb.is_subset(&sa),
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Iteration

/// `iter(s)`: walks the live table, as CPython's set iterator does.
pub fn iter(v: &Value) -> Iter {
    let used = set_ref(v).map_or(0, |s| s.len());
    Iter::Set {
        set: v.clone(),
        pos: 0,
        used,
    }
}

/// The next element of a set iterator; `None` at the end, or when the set
/// changed size (see `check_iter`).
pub fn iter_next(set: &Value, pos: &mut usize, used: usize) -> Option<Value> {
    let s = set_ref(set)?;
    if s.len() != used {
        return None;
    }
    let (i, v) = s.next_at(*pos)?;
    *pos = i + 1;
    Some(v)
}

/// `RuntimeError: Set changed size during iteration` if the set under a set
/// iterator changed size; call before advancing the iterator.
pub fn check_iter(it: &Iter) -> PyResult<()> {
    if let Iter::Set { set, used, .. } = it {
        if set_ref(set).is_some_and(|s| s.len() != *used) {
            return Err(PyErr::new(
                &types::RUNTIME_ERROR,
                "Set changed size during iteration",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::repr::repr_plain;

    fn ints(items: &[i64]) -> Value {
        new_set(items.iter().map(|&i| Value::Int(i))).ok().unwrap()
    }

    fn order(v: &Value) -> Vec<String> {
        set_ref(v).unwrap().iter().map(repr_plain).collect()
    }

    fn show(v: &Value) -> String {
        repr_plain(v)
    }

    fn err(r: PyResult) -> String {
        match r {
            Ok(v) => format!("ok {}", repr_plain(&v)),
            Err(e) => format!("{}: {}", e.exc.cls.name(), e.exc.message()),
        }
    }

    fn tuple(items: &[i64]) -> Value {
        Value::tuple(items.iter().map(|&i| Value::Int(i)).collect())
    }

    // Expected values printed by CPython 3.11.
    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(i64::MAX), 3);
        assert_eq!(hash_of(&Value::Int(1 << 61)).ok().unwrap(), 1);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-2.0), -2);
        assert_eq!(hash_float(0.1), 230584300921369408);
        assert_eq!(hash_float(1e300), 1224995262755759164);
        assert_eq!(hash_float(f64::INFINITY), 314159);
        assert_eq!(hash_of(&tuple(&[])).ok().unwrap(), 5740354900026072187);
        assert_eq!(hash_of(&tuple(&[1, 2])).ok().unwrap(), -3550055125485641917);
        assert_eq!(hash_of(&tuple(&[-1])).ok().unwrap(), 8078679518589016365);
        let fs = new_frozenset([Value::Int(1), Value::Int(2), Value::Int(3)])
            .ok()
            .unwrap();
        assert_eq!(hash_of(&fs).ok().unwrap(), -272375401224217160);
        assert_eq!(
            hash_of(&new_frozenset([]).ok().unwrap()).ok().unwrap(),
            133146708735736
        );
        assert_eq!(
            hash_of(&Value::list(vec![])).err().map(|e| e.exc.message()),
            Some("unhashable type: 'list'".to_string())
        );
    }

    // Expected orders printed by CPython 3.11 (`list(set(items))`).
    #[test]
    fn iteration_order_matches_cpython() {
        let cases: &[(&[i64], &str)] = &[
            (&[3, 1, 2], "1 2 3"),
            (&[10, 100, 1000, 5], "1000 10 100 5"),
            (&[-1, -2, 5], "5 -1 -2"),
            (&[1, 2, 8, 9], "8 1 2 9"),
            (&[100, 200, 300, 400, 500], "100 200 300 400 500"),
            (&[7, 15, 23, 31], "31 15 23 7"),
            (&[64, 32, 16, 8, 4, 2, 1], "64 32 2 1 4 8 16"),
            (&[1000000, 7, 33, 99999999999], "1000000 33 99999999999 7"),
            (&[-5, -10, 0, 5, 10], "0 5 10 -10 -5"),
            (&[17, 9, 1, 25], "17 25 9 1"),
            (&[1 << 40, 1 << 50, 3], "1099511627776 1125899906842624 3"),
            (&[8, 16, 24, 32, 40, 48], "32 8 40 16 48 24"),
            (
                &[i64::MAX, i64::MIN, 0],
                "0 9223372036854775807 -9223372036854775808",
            ),
            (&[13, 26, 39, 52, 65, 78, 91], "65 39 13 78 52 26 91"),
            (&[5, 4, 3, 2, 1, 0, -1, -2, -3], "0 1 2 3 4 5 -2 -3 -1"),
        ];
        for (items, expected) in cases {
            let s = ints(items);
            assert_eq!(order(&s).join(" "), *expected, "{items:?}");
        }
        let range: Vec<i64> = (0..20).rev().collect();
        assert_eq!(
            order(&ints(&range)).join(" "),
            (0..20).map(|i| i.to_string()).collect::<Vec<_>>().join(" ")
        );
        let tuples = new_set([tuple(&[1, 2]), tuple(&[3, 4]), tuple(&[0, 0]), tuple(&[5])])
            .ok()
            .unwrap();
        assert_eq!(show(&tuples), "{(1, 2), (5,), (3, 4), (0, 0)}");
        // The display `{(1, 2), (3, 4), (0, 0), (5,)}` is a folded constant.
        let items = [tuple(&[1, 2]), tuple(&[3, 4]), tuple(&[0, 0]), tuple(&[5])];
        let display = new_const_set(items.clone()).ok().unwrap();
        assert_eq!(show(&display), "{(0, 0), (1, 2), (3, 4), (5,)}");
        let frozen = new_const_frozenset(items).ok().unwrap();
        assert_eq!(show(&frozen), "frozenset({(0, 0), (1, 2), (3, 4), (5,)})");
        let mixed = new_set([
            Value::Float(2.5),
            Value::Int(1),
            Value::Float(3.0),
            Value::Bool(true),
        ])
        .ok()
        .unwrap();
        assert_eq!(show(&mixed), "{1, 2.5, 3.0}");
    }

    #[test]
    fn growth_and_deletion_follow_cpython() {
        // s = set(range(0, 100, 7)); for i in range(0, 50, 2): s.discard(i); s.add(1000)
        let mut s = PySet::new();
        s.extend((0..100).step_by(7).map(Value::Int)).ok().unwrap();
        for i in (0..50).step_by(2) {
            s.discard_key(&Value::Int(i)).ok().unwrap();
        }
        s.add(Value::Int(1000)).ok().unwrap();
        let got: Vec<String> = s.iter().map(repr_plain).collect();
        assert_eq!(got.join(" "), "98 35 70 7 1000 77 49 84 21 56 91 63");
        // s = {5, 3, 1, 2}; [s.pop() for _ in range(4)]
        let s = ints(&[5, 3, 1, 2]);
        let popped: Vec<String> = (0..4).map(|_| show(&pop(&s).ok().unwrap())).collect();
        assert_eq!(popped.join(" "), "1 2 3 5");
        assert_eq!(err(pop(&s)), "KeyError: 'pop from an empty set'");
    }

    #[test]
    fn operators() {
        let a = ints(&[1, 2, 3]);
        let b = ints(&[2, 3, 4, 100]);
        let op = |op, x: &Value, y: &Value| show(&binary_op(op, x, y).unwrap().ok().unwrap());
        assert_eq!(op(BinOp::BitOr, &a, &b), "{1, 2, 3, 100, 4}");
        assert_eq!(op(BinOp::BitAnd, &a, &b), "{2, 3}");
        assert_eq!(op(BinOp::Sub, &a, &b), "{1}");
        assert_eq!(op(BinOp::BitXor, &a, &b), "{1, 100, 4}");
        assert_eq!(
            op(BinOp::BitOr, &ints(&[1, 2]), &ints(&[8, 9])),
            "{8, 1, 2, 9}"
        );
        let f = new_frozenset([Value::Int(1), Value::Int(2)]).ok().unwrap();
        assert_eq!(op(BinOp::BitOr, &f, &a), "frozenset({1, 2, 3})");
        assert_eq!(op(BinOp::BitAnd, &a, &f), "{1, 2}");
        assert!(binary_op(BinOp::Add, &a, &b).is_none());
        assert!(binary_op(BinOp::BitOr, &a, &Value::list(vec![])).is_none());
        assert_eq!(compare(CmpOp::Eq, &ints(&[1, 2]), &f), Some(true));
        assert_eq!(compare(CmpOp::Lt, &f, &a), Some(true));
        assert_eq!(compare(CmpOp::Lt, &a, &a), Some(false));
        assert_eq!(compare(CmpOp::GtE, &a, &f), Some(true));
        assert_eq!(compare(CmpOp::Gt, &a, &b), Some(false));
        let c = ints(&[1, 2]);
        let r = inplace_op(BinOp::BitOr, &c, &ints(&[3]))
            .unwrap()
            .ok()
            .unwrap();
        assert!(r.is(&c));
        assert_eq!(show(&c), "{1, 2, 3}");
        inplace_op(BinOp::Sub, &c, &c).unwrap().ok().unwrap();
        assert_eq!(show(&c), "set()");
        assert_eq!(
            err(inplace_op(BinOp::BitOr, &c, &Value::list(vec![])).unwrap()),
            "TypeError: unsupported operand type(s) for |=: 'set' and 'list'"
        );
        assert_eq!(show(&new_frozenset([]).ok().unwrap()), "frozenset()");
    }

    #[test]
    fn method_errors() {
        let s = ints(&[1]);
        assert_eq!(err(remove(&s, Value::Int(5), true)), "KeyError: 5");
        assert_eq!(err(remove(&s, Value::Int(5), false)), "ok None");
        assert_eq!(
            err(remove(&s, Value::list(vec![]), false)),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(
            err(add(&s, ints(&[1]))),
            "TypeError: unhashable type: 'set'"
        );
        assert_eq!(
            err(new_set([Value::Int(1), Value::list(vec![])])),
            "TypeError: unhashable type: 'list'"
        );
        // A set is looked up as the equal frozenset.
        let f = new_frozenset([Value::Int(1)]).ok().unwrap();
        let outer = new_set([f]).ok().unwrap();
        assert!(contains(&set_ref(&outer).unwrap(), &ints(&[1]))
            .ok()
            .unwrap());
        remove(&outer, ints(&[1]), true).ok().unwrap();
        assert_eq!(show(&outer), "set()");
    }

    #[test]
    fn methods_with_iterables() {
        let s = ints(&[1, 2, 3, 4]);
        let items = |v: &[i64]| Operand::Items(v.iter().map(|&i| Value::Int(i)).collect());
        let r = with_operands(&s, Multi::Intersection, &[items(&[4, 2, 9]), items(&[2])])
            .ok()
            .unwrap();
        assert_eq!(show(&r), "{2}");
        let r = with_operands(
            &s,
            Multi::Difference,
            &[items(&[1]), Operand::Set(ints(&[4]))],
        )
        .ok()
        .unwrap();
        assert_eq!(show(&r), "{2, 3}");
        let r = with_operands(&s, Multi::Union, &[items(&[9, 8]), Operand::Set(s.clone())])
            .ok()
            .unwrap();
        assert_eq!(show(&r), "{1, 2, 3, 4, 8, 9}");
        let r = with_operands(&s, Multi::IsSubset, &[items(&[1, 2, 3, 4, 5])])
            .ok()
            .unwrap();
        assert_eq!(show(&r), "True");
        let r = with_operands(&s, Multi::IsDisjoint, &[items(&[7])])
            .ok()
            .unwrap();
        assert_eq!(show(&r), "True");
        with_operands(&s, Multi::SymmetricDifferenceUpdate, &[items(&[1, 10])])
            .ok()
            .unwrap();
        assert_eq!(show(&s), "{2, 3, 4, 10}");
        with_operands(&s, Multi::IntersectionUpdate, &[Operand::Set(s.clone())])
            .ok()
            .unwrap();
        assert_eq!(show(&s), "{10, 2, 3, 4}");
        with_operands(&s, Multi::DifferenceUpdate, &[Operand::Set(s.clone())])
            .ok()
            .unwrap();
        assert_eq!(show(&s), "set()");
    }
}
