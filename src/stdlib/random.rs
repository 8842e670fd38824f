//! The `random` module. The Mersenne Twister is CPython's (`_random`, in
//! `Modules/_randommodule.c`) and every draw built on it is written here in
//! Rust, taking the generator's words in the very order CPython takes them,
//! so that a seeded program sees python3's numbers bit for bit. Only the
//! `Random` class itself is Python (so that programs can subclass it): each
//! of its methods hands its own generator state to one native below.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::interp::Vm;
use crate::object::class::payload;
use crate::object::native::NativeObject;
use crate::object::ops::to_f64;
use crate::object::types::{self, TypeObject, TypeRef};
use crate::object::{Args, Globals, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state, as `RandomObject` in `_randommodule.c`.
#[derive(Clone)]
pub struct MersenneTwister {
    state: [u32; N],
    index: usize,
}

impl MersenneTwister {
    fn init_genrand(s: u32) -> MersenneTwister {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        MersenneTwister {
            state: mt,
            index: N,
        }
    }

    /// `init_by_array`, as `random_seed` calls it with the absolute value of
    /// an int seed split into 32-bit words, least significant first.
    pub fn from_key(key: &[u32]) -> MersenneTwister {
        let mut r = MersenneTwister::init_genrand(19_650_218);
        let mt = &mut r.state;
        let key_length = key.len().max(1);
        let key_at = |j: usize| key.get(j).copied().unwrap_or(0);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key_length);
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key_at(j))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key_length {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        r
    }

    /// Seeds from a Python int, as `random.seed(n)` does.
    pub fn from_int(n: &BigInt) -> MersenneTwister {
        let (_, words) = n.to_u32_digits();
        MersenneTwister::from_key(&words)
    }

    pub fn genrand_uint32(&mut self) -> u32 {
        let mag01 = [0u32, MATRIX_A];
        if self.index >= N {
            let mt = &mut self.state;
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_uint32() >> 5) as f64;
        let b = (self.genrand_uint32() >> 6) as f64;
        (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// `getrandbits(k)`, as `_random_Random_getrandbits_impl`.
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k == 0 {
            return BigUint::zero();
        }
        if k <= 32 {
            return BigUint::from(self.genrand_uint32() >> (32 - k));
        }
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_uint32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(out)
    }
}

impl MersenneTwister {
    /// `k` random bits (k <= 64) as `getrandbits(k)` would draw them: a
    /// word per 32 bits, least significant first, the last one cut short.
    fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.genrand_uint32() >> (32 - k)),
            _ => {
                let low = u64::from(self.genrand_uint32());
                let high = u64::from(self.genrand_uint32() >> (64 - k));
                low | (high << 32)
            }
        }
    }

    /// A uniform integer in `[0, n)`: draws `n.bit_length()` bits until they
    /// fall below `n` (CPython's `_randbelow_with_getrandbits`).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `below` for an arbitrarily large bound.
    fn below_big(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.below(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }
}

/// The state behind one `Random` instance: the twister, and the second
/// normal deviate `gauss()` computed last time and not yet returned.
struct Generator {
    mt: RefCell<MersenneTwister>,
    gauss_next: RefCell<Value>,
}

static GENERATOR_TYPE: TypeObject = TypeObject::bare("_generator", "random", Some(&types::OBJECT));

impl NativeObject for Generator {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&GENERATOR_TYPE)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Generator {
    fn random(&self) -> f64 {
        self.mt.borrow_mut().random()
    }

    fn below(&self, n: u64) -> u64 {
        self.mt.borrow_mut().below(n)
    }
}

/// A seed for a generator nobody seeded: the clock and the process id.
fn from_time() -> MersenneTwister {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let nanos = now.as_nanos() ^ ((std::process::id() as u128) << 64);
    let words: Vec<u32> = (0..4).map(|i| (nanos >> (32 * i)) as u32).collect();
    MersenneTwister::from_key(&words)
}

/// The generator every native takes first, and the arguments after it.
fn split(args: &Args) -> PyResult<(&Generator, &[Value])> {
    if let Some((Value::Object(o), rest)) = args.positional.split_first() {
        if let Some(g) = o.as_any().downcast_ref::<Generator>() {
            return Ok((g, rest));
        }
    }
    Err(PyErr::type_error("expected a random generator"))
}

/// Argument `i` of a native whose Python wrapper always passes it.
fn nth(rest: &[Value], i: usize) -> PyResult<&Value> {
    rest.get(i)
        .ok_or_else(|| PyErr::type_error("missing argument"))
}

fn as_bigint(v: &Value) -> Option<BigInt> {
    match payload(v).unwrap_or(v) {
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn int_value(n: u64) -> Value {
    Value::from_bigint(BigInt::from(n))
}

fn op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult {
    vm.binary_op(op, a, b)
}

/// An integer operand through `__index__` (`'float' object cannot be
/// interpreted as an integer` otherwise).
fn index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.number_index(v)?;
    Ok(as_bigint(&i).unwrap_or_default())
}

// ----- seeding and state -----

/// `Random.seed(a, version)`. Version 2 turns str, bytes and bytearray into
/// the int of their bytes followed by their SHA-512 digest; version 1 (for
/// str and bytes only) into a 64-bit multiplicative string hash. What is
/// left seeds as `_random.Random.seed` does: None from the clock, an int by
/// its absolute value, anything else by its hash as an unsigned word.
fn seed(vm: &Vm, args: Args) -> PyResult {
    use sha2::{Digest, Sha512};
    let (g, rest) = split(&args)?;
    let a = rest.first().cloned().unwrap_or_default();
    let version = rest.get(1).cloned().unwrap_or(Value::Int(2));
    let a = payload(&a).cloned().unwrap_or(a);
    let text: Option<Vec<u8>> = match &a {
        Value::Str(s) => Some(s.as_bytes().to_vec()),
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    };
    let is_bytearray = matches!(a, Value::ByteArray(_));
    let mut key = None;
    if let Some(bytes) = &text {
        if !is_bytearray && vm.equal(&version, &Value::Int(1))? {
            // Characters, not UTF-8 bytes: bytes count as latin-1 text.
            let chars: Vec<u64> = match &a {
                Value::Str(s) => s.chars().map(|c| c as u64).collect(),
                _ => bytes.iter().map(|&b| u64::from(b)).collect(),
            };
            let mut x = chars.first().map_or(0, |&c| c << 7);
            for &c in &chars {
                x = x.wrapping_mul(1_000_003) ^ c;
            }
            x ^= chars.len() as u64;
            key = Some(BigInt::from(x));
        } else if vm.equal(&version, &Value::Int(2))? {
            let mut all = bytes.clone();
            all.extend_from_slice(&Sha512::digest(bytes));
            key = Some(BigInt::from_bytes_be(Sign::Plus, &all));
        }
    }
    let mt = match (key, &a) {
        (Some(n), _) => MersenneTwister::from_int(&n),
        (None, Value::None) => from_time(),
        (None, other) => match as_bigint(other) {
            Some(n) => MersenneTwister::from_int(&n),
            None if matches!(other, Value::Float(_)) || text.is_some() => {
                let hash = crate::object::set::hash_of(other)?;
                MersenneTwister::from_int(&BigInt::from(hash as u64))
            }
            None => return Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        },
    };
    *g.mt.borrow_mut() = mt;
    *g.gauss_next.borrow_mut() = Value::None;
    Ok(Value::None)
}

/// `getstate()`: `(3, (625 ints: the 624 words, then the position), gauss_next)`.
fn getstate(_vm: &Vm, args: Args) -> PyResult {
    let (g, _) = split(&args)?;
    let mt = g.mt.borrow();
    let mut words: Vec<Value> = mt.state.iter().map(|&w| Value::Int(i64::from(w))).collect();
    words.push(Value::Int(mt.index as i64));
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        g.gauss_next.borrow().clone(),
    ]))
}

/// `setstate(state)`: the inverse of `getstate`, also taking the version 2
/// states of old Pythons (whose words may need reducing mod 2**32).
fn setstate(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let state = nth(rest, 0)?;
    let version = vm.get_item(state, &Value::Int(0))?;
    let is_v3 = vm.equal(&version, &Value::Int(3))?;
    if !is_v3 && !vm.equal(&version, &Value::Int(2))? {
        return Err(PyErr::value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            vm.str(&version)?
        )));
    }
    let parts = vm.collect(state)?;
    if parts.len() != 3 {
        return Err(PyErr::value_error(if parts.len() > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!(
                "not enough values to unpack (expected 3, got {})",
                parts.len()
            )
        }));
    }
    *g.gauss_next.borrow_mut() = parts[2].clone();
    let mut words = parts[1].clone();
    if !is_v3 {
        let modulus = Value::from_bigint(BigInt::from(1u64 << 32));
        let reduced = vm
            .collect(&words)?
            .iter()
            .map(|w| op(vm, BinOp::Mod, w, &modulus))
            .collect::<PyResult<Vec<_>>>()?;
        words = Value::tuple(reduced);
    }
    let Value::Tuple(words) = words else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if words.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut mt = MersenneTwister::init_genrand(0);
    for (slot, w) in mt.state.iter_mut().zip(words.iter()) {
        *slot = unsigned_word(w)? as u32;
    }
    let position =
        as_bigint(&words[N]).ok_or_else(|| PyErr::type_error("an integer is required"))?;
    match position.to_usize() {
        Some(i) if i <= N => mt.index = i,
        _ => return Err(PyErr::value_error("invalid state")),
    }
    *g.mt.borrow_mut() = mt;
    Ok(Value::None)
}

/// A state word as C's `PyLong_AsUnsignedLong` reads it.
fn unsigned_word(v: &Value) -> PyResult<u64> {
    let n = as_bigint(v).ok_or_else(|| PyErr::type_error("an integer is required"))?;
    if n.sign() == Sign::Minus {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "can't convert negative value to unsigned int",
        ));
    }
    n.to_u64().ok_or_else(|| {
        PyErr::new(
            &types::OVERFLOW_ERROR,
            "Python int too large to convert to C unsigned long",
        )
    })
}

// ----- integers -----

fn random(_vm: &Vm, args: Args) -> PyResult {
    let (g, _) = split(&args)?;
    Ok(Value::Float(g.random()))
}

fn draw_bits(vm: &Vm, g: &Generator, k: &Value) -> PyResult<BigUint> {
    let Some(k) = as_bigint(&vm.number_index(k)?) else {
        return Err(PyErr::type_error("an integer is required"));
    };
    if k.sign() == Sign::Minus {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    // CPython reads k as a C int.
    let Some(k) = k.to_u64().filter(|&k| k <= i32::MAX as u64) else {
        return Err(PyErr::new(
            &types::OVERFLOW_ERROR,
            "Python int too large to convert to C int",
        ));
    };
    Ok(g.mt.borrow_mut().getrandbits(k))
}

fn getrandbits(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let [k] = rest else {
        return Err(PyErr::type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let bits = draw_bits(vm, g, k)?;
    Ok(Value::from_bigint(BigInt::from(bits)))
}

/// `randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes.
fn randbytes(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let bits = op(vm, BinOp::Mult, nth(rest, 0)?, &Value::Int(8))?;
    let value = draw_bits(vm, g, &bits)?;
    let n = as_bigint(&bits).and_then(|b| b.to_usize()).unwrap_or(0) / 8;
    let mut bytes = value.to_bytes_le();
    bytes.resize(n, 0);
    Ok(Value::Bytes(Rc::from(bytes)))
}

/// A `randrange` bound: an int, or (deprecated, but still taken by 3.11) a
/// value `int()` converts without loss; anything else is a ValueError that
/// names the argument.
fn range_bound(vm: &Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    match vm.number_index(v) {
        Ok(i) => Ok(as_bigint(&i).unwrap_or_default()),
        Err(e) if e.is_instance(&types::TYPE_ERROR) => {
            let int = Value::Type(TypeRef::Builtin(&types::INT));
            let converted = vm.call(&int, Args::positional(vec![v.clone()]))?;
            if !vm.equal(&converted, v)? {
                return Err(PyErr::value_error(format!(
                    "non-integer {what} for randrange()"
                )));
            }
            Ok(as_bigint(&converted).unwrap_or_default())
        }
        Err(e) => Err(e),
    }
}

fn below_value(g: &Generator, n: &BigInt) -> BigInt {
    let n = n.magnitude();
    BigInt::from(g.mt.borrow_mut().below_big(n))
}

/// `randrange(start, stop=None, step=1)`, with CPython's checks in its
/// order. `step` counts as given unless it is the very int 1.
fn randrange(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let stop = rest.get(1).cloned().unwrap_or_default();
    let step = rest.get(2).cloned().unwrap_or(Value::Int(1));
    let start = range_bound(vm, nth(rest, 0)?, "arg 1")?;
    if matches!(stop, Value::None) {
        if !matches!(step, Value::Int(1)) {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if start.sign() == Sign::Plus {
            return Ok(Value::from_bigint(below_value(g, &start)));
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    let stop = range_bound(vm, &stop, "stop")?;
    let width = &stop - &start;
    let step = range_bound(vm, &step, "step")?;
    let one = BigInt::from(1);
    if step == one {
        if width.sign() != Sign::Plus {
            return Err(PyErr::value_error(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        return Ok(Value::from_bigint(start + below_value(g, &width)));
    }
    // The number of values in the range, rounding the partial step up.
    let count = match step.sign() {
        Sign::Plus => num_integer::Integer::div_floor(&(&width + &step - &one), &step),
        Sign::Minus => num_integer::Integer::div_floor(&(&width + &step + &one), &step),
        Sign::NoSign => return Err(PyErr::value_error("zero step for randrange()")),
    };
    if count.sign() != Sign::Plus {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    Ok(Value::from_bigint(start + step * below_value(g, &count)))
}

/// `randint(a, b)`: `randrange(a, b + 1)`.
fn randint(vm: &Vm, args: Args) -> PyResult {
    let (_, rest) = split(&args)?;
    let stop = op(vm, BinOp::Add, nth(rest, 1)?, &Value::Int(1))?;
    let me = args.positional[0].clone();
    randrange(vm, Args::positional(vec![me, nth(rest, 0)?.clone(), stop]))
}

// ----- sequences -----

fn choice(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let seq = nth(rest, 0)?;
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(PyErr::index_error("Cannot choose from an empty sequence"));
    }
    vm.get_item(seq, &int_value(g.below(n as u64)))
}

/// `shuffle(x)`: Fisher-Yates from the end, swapping through `x[i]`.
fn shuffle(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let x = nth(rest, 0)?;
    let n = vm.len(x)?;
    for i in (1..n).rev() {
        let j = g.below(i as u64 + 1);
        let (i, j) = (int_value(i as u64), int_value(j));
        let at_j = vm.get_item(x, &j)?;
        let at_i = vm.get_item(x, &i)?;
        vm.set_item(x, &i, at_j)?;
        vm.set_item(x, &j, at_i)?;
    }
    Ok(Value::None)
}

/// The most items a result list reserves room for up front: a huge `k`
/// grows it as it fills (and runs out of memory as CPython would) rather
/// than failing at once.
const PREALLOCATE: usize = 1 << 16;

/// `k` distinct indices below `n`, by CPython's two strategies: a partial
/// Fisher-Yates over a pool of all indices while `n` is small next to the
/// size a set of `k` picks would take, otherwise redrawing repeats.
enum Picks {
    Pool(Vec<u64>),
    Drawn(Vec<BigUint>),
}

fn pick_indices(g: &Generator, n: &BigUint, k: usize) -> PyResult<Picks> {
    let mut set_size: u64 = 21;
    if k > 5 {
        let exponent = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
        set_size = set_size.saturating_add(4u64.saturating_pow(exponent));
    }
    match n.to_u64() {
        Some(small) if small <= set_size => {
            let mut pool: Vec<u64> = Vec::new();
            pool.try_reserve_exact(small as usize)
                .map_err(|_| crate::object::alloc::memory_error())?;
            pool.extend(0..small);
            let mut out = Vec::with_capacity(k.min(PREALLOCATE));
            for i in 0..k as u64 {
                let j = g.below(small - i) as usize;
                out.push(pool[j]);
                pool[j] = pool[(small - i - 1) as usize];
            }
            Ok(Picks::Pool(out))
        }
        _ => {
            let mut seen = std::collections::HashSet::with_capacity(k.min(PREALLOCATE));
            let mut out = Vec::with_capacity(k.min(PREALLOCATE));
            let mut mt = g.mt.borrow_mut();
            while out.len() < k {
                let j = mt.below_big(n);
                if seen.insert(j.clone()) {
                    out.push(j);
                }
            }
            Ok(Picks::Drawn(out))
        }
    }
}

/// Whether `sample` takes `population` as a sequence (sets and dicts have
/// no order to sample from).
fn is_sequence(v: &Value) -> bool {
    // A user object may be a sequence by its own methods.
    matches!(
        payload(v).unwrap_or(v),
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_)
            | Value::Instance(_)
    )
}

/// `sample(population, k, counts)`.
fn sample(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let population = nth(rest, 0)?;
    if !is_sequence(population) {
        return Err(PyErr::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = vm.len(population)?;
    let k = nth(rest, 1)?;
    let counts = rest.get(2).cloned().unwrap_or_default();
    if !matches!(counts, Value::None) {
        return sample_counted(vm, g, population, n, k, &counts);
    }
    let k = sample_size(vm, k, &BigUint::from(n))?;
    let picks = pick_indices(g, &BigUint::from(n), k)?;
    let items = match picks {
        Picks::Pool(indices) => {
            // CPython copies the population into its pool by iterating it.
            let all = vm.collect(population)?;
            indices.iter().map(|&i| all[i as usize].clone()).collect()
        }
        Picks::Drawn(indices) => indices
            .into_iter()
            .map(|i| vm.get_item(population, &Value::from_bigint(BigInt::from(i))))
            .collect::<PyResult<Vec<_>>>()?,
    };
    Ok(Value::list(items))
}

/// Checks `0 <= k <= n`, with Python's errors for a `k` that is no int.
fn sample_size(vm: &Vm, k: &Value, n: &BigUint) -> PyResult<usize> {
    let Some(k) = as_bigint(k) else {
        let n = Value::from_bigint(BigInt::from(n.clone()));
        if vm.compare(CmpOp::LtE, &Value::Int(0), k)? && vm.compare(CmpOp::LtE, k, &n)? {
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                k.type_name()
            )));
        }
        return Err(PyErr::value_error(
            "Sample larger than population or is negative",
        ));
    };
    match k.to_biguint() {
        Some(k) if &k <= n => k.to_usize().ok_or_else(|| {
            PyErr::new(
                &types::OVERFLOW_ERROR,
                "cannot fit 'int' into an index-sized integer",
            )
        }),
        _ => Err(PyErr::value_error(
            "Sample larger than population or is negative",
        )),
    }
}

/// `sample` with `counts`: a sample of positions in the population
/// repeated by its counts, each mapped back through the running totals.
fn sample_counted(
    vm: &Vm,
    g: &Generator,
    population: &Value,
    n: usize,
    k: &Value,
    counts: &Value,
) -> PyResult {
    let mut totals = running_totals(vm, counts)?;
    if totals.len() != n {
        return Err(PyErr::value_error(
            "The number of counts does not match the population",
        ));
    }
    let Some(total) = totals.pop() else {
        return Err(PyErr::index_error("pop from empty list"));
    };
    let Some(total) = as_bigint(&total) else {
        return Err(PyErr::type_error("Counts must be integers"));
    };
    let Some(total) = total.to_biguint().filter(|t| !t.is_zero()) else {
        return Err(PyErr::value_error(
            "Total of counts must be greater than zero",
        ));
    };
    let k = sample_size(vm, k, &total)?;
    let positions: Vec<Value> = match pick_indices(g, &total, k)? {
        Picks::Pool(p) => p.into_iter().map(int_value).collect(),
        Picks::Drawn(p) => p
            .into_iter()
            .map(|i| Value::from_bigint(BigInt::from(i)))
            .collect(),
    };
    let mut out = Vec::with_capacity(k.min(PREALLOCATE));
    for s in &positions {
        let i = bisect_right(vm, &totals, s, totals.len())?;
        out.push(vm.get_item(population, &int_value(i as u64))?);
    }
    Ok(Value::list(out))
}

/// `itertools.accumulate(values)` as a list.
fn running_totals(vm: &Vm, values: &Value) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    for v in vm.collect(values)? {
        let next = match out.last() {
            Some(total) => op(vm, BinOp::Add, total, &v)?,
            None => v,
        };
        out.push(next);
    }
    Ok(out)
}

/// The first position in `sorted[..hi]` whose value is above `x`.
fn bisect_right(vm: &Vm, sorted: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let below = match (x, &sorted[mid]) {
            (Value::Float(a), Value::Float(b)) => a < b,
            (a, b) => vm.compare(CmpOp::Lt, a, b)?,
        };
        if below {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `choices(population, weights, cum_weights, k)`: `k` picks with
/// replacement; with weights, by bisecting the running totals at a uniform
/// point below their sum.
fn choices(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let population = nth(rest, 0)?;
    let weights = rest.get(1).cloned().unwrap_or_default();
    let cum_weights = rest.get(2).cloned().unwrap_or_default();
    let k = rest.get(3).cloned().unwrap_or(Value::Int(1));
    let n = vm.len(population)?;
    let repeat = |k: &Value| -> PyResult<usize> {
        let k = index(vm, k)?;
        Ok(k.to_usize().unwrap_or(0))
    };
    let totals = match (&weights, &cum_weights) {
        (Value::None, Value::None) => {
            let k = repeat(&k)?;
            let scale = n as f64;
            let mut out = Vec::with_capacity(k.min(PREALLOCATE));
            for _ in 0..k {
                let i = (g.random() * scale).floor() as u64;
                out.push(vm.get_item(population, &int_value(i))?);
            }
            return Ok(Value::list(out));
        }
        // `choices(population, 5)` means k=5, and says so.
        (w @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), Value::None) => {
            return Err(PyErr::type_error(format!(
                "The number of choices must be a keyword argument: k={}",
                vm.repr(w)?
            )))
        }
        (w, Value::None) => running_totals(vm, w)?,
        (Value::None, c) => vm.collect(c)?,
        _ => {
            return Err(PyErr::type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if totals.len() != n {
        return Err(PyErr::value_error(
            "The number of weights does not match the population",
        ));
    }
    let Some(last) = totals.last() else {
        return Err(PyErr::index_error("list index out of range"));
    };
    let total = op(vm, BinOp::Add, last, &Value::Float(0.0))?;
    if vm.compare(CmpOp::LtE, &total, &Value::Float(0.0))? {
        return Err(PyErr::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !to_f64(&total).is_some_and(f64::is_finite) {
        return Err(PyErr::value_error("Total of weights must be finite"));
    }
    let k = repeat(&k)?;
    let mut out = Vec::with_capacity(k.min(PREALLOCATE));
    for _ in 0..k {
        let point = op(vm, BinOp::Mult, &Value::Float(g.random()), &total)?;
        let i = bisect_right(vm, &totals, &point, n - 1)?;
        out.push(vm.get_item(population, &int_value(i as u64))?);
    }
    Ok(Value::list(out))
}

// ----- real-valued distributions -----

/// `4 * exp(-0.5) / sqrt(2.0)`: the bound of normalvariate's ratio method.
fn nv_magic() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

const TWO_PI: f64 = std::f64::consts::TAU;

/// `a + scale * f`, in Python arithmetic (`a` and `scale` are the caller's
/// numbers, of any numeric type).
fn shift(vm: &Vm, a: &Value, scale: &Value, f: f64) -> PyResult {
    let scaled = op(vm, BinOp::Mult, &Value::Float(f), scale)?;
    op(vm, BinOp::Add, a, &scaled)
}

fn uniform(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let (a, b) = (nth(rest, 0)?, nth(rest, 1)?);
    let width = op(vm, BinOp::Sub, b, a)?;
    let scaled = op(vm, BinOp::Mult, &width, &Value::Float(g.random()))?;
    op(vm, BinOp::Add, a, &scaled)
}

/// `triangular(low, high, mode)`: inverse of the two-piece CDF. A range of
/// zero width gives back `low` itself.
fn triangular(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let (mut low, mut high) = (nth(rest, 0)?.clone(), nth(rest, 1)?.clone());
    let mode = rest.get(2).cloned().unwrap_or_default();
    let mut u = g.random();
    let mut c = if matches!(mode, Value::None) {
        0.5
    } else {
        let above = op(vm, BinOp::Sub, &mode, &low)?;
        let width = op(vm, BinOp::Sub, &high, &low)?;
        match op(vm, BinOp::Div, &above, &width) {
            Ok(c) => real(vm, &c)?,
            Err(e) if e.is_instance(&types::ZERO_DIVISION_ERROR) => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let width = op(vm, BinOp::Sub, &high, &low)?;
    shift(vm, &low, &width, (u * c).sqrt())
}

fn real(vm: &Vm, v: &Value) -> PyResult<f64> {
    match to_f64(v) {
        Some(f) => Ok(f),
        None => {
            let f = vm.call(
                &Value::Type(TypeRef::Builtin(&types::FLOAT)),
                Args::positional(vec![v.clone()]),
            )?;
            Ok(to_f64(&f).unwrap_or(f64::NAN))
        }
    }
}

/// A standard normal deviate by Kinderman and Monahan's ratio of uniforms.
fn standard_normal(g: &Generator) -> f64 {
    let magic = nv_magic();
    loop {
        let u1 = g.random();
        let u2 = 1.0 - g.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return z;
        }
    }
}

fn mu_sigma(rest: &[Value]) -> (Value, Value) {
    (
        rest.first().cloned().unwrap_or(Value::Float(0.0)),
        rest.get(1).cloned().unwrap_or(Value::Float(1.0)),
    )
}

fn normalvariate(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let (mu, sigma) = mu_sigma(rest);
    let z = standard_normal(g);
    shift(vm, &mu, &sigma, z)
}

fn lognormvariate(vm: &Vm, args: Args) -> PyResult {
    let x = normalvariate(vm, args)?;
    let e = real(vm, &x)?.exp();
    if e.is_infinite() {
        return Err(PyErr::new(&types::OVERFLOW_ERROR, "math range error"));
    }
    Ok(Value::Float(e))
}

/// `gauss(mu, sigma)`: Box-Muller, which makes two deviates at a time; the
/// second waits in the generator for the next call.
fn gauss(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let (mu, sigma) = mu_sigma(rest);
    let pending = std::mem::take(&mut *g.gauss_next.borrow_mut());
    let z = match pending {
        Value::None => {
            let angle = g.random() * TWO_PI;
            let radius = (-2.0 * (1.0 - g.random()).ln()).sqrt();
            *g.gauss_next.borrow_mut() = Value::Float(angle.sin() * radius);
            Value::Float(angle.cos() * radius)
        }
        z => z,
    };
    let scaled = op(vm, BinOp::Mult, &z, &sigma)?;
    op(vm, BinOp::Add, &mu, &scaled)
}

fn expovariate(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let lambd = nth(rest, 0)?;
    let e = -(1.0 - g.random()).ln();
    op(vm, BinOp::Div, &Value::Float(e), lambd)
}

/// Checks `alpha > 0 and beta > 0` with Python's comparison (its TypeError
/// for non-numbers), then reads both as floats.
fn gamma_params(vm: &Vm, alpha: &Value, beta: &Value) -> PyResult<(f64, f64)> {
    let zero = Value::Float(0.0);
    if vm.compare(CmpOp::LtE, alpha, &zero)? || vm.compare(CmpOp::LtE, beta, &zero)? {
        return Err(PyErr::value_error(
            "gammavariate: alpha and beta must be > 0.0",
        ));
    }
    Ok((real(vm, alpha)?, real(vm, beta)?))
}

/// A Gamma(alpha, 1) deviate: Cheng's GB algorithm above alpha 1, an
/// exponential at 1, Ahrens and Dieter's GS algorithm below.
fn standard_gamma(g: &Generator, alpha: f64) -> f64 {
    if alpha > 1.0 {
        let a_inv = (2.0 * alpha - 1.0).sqrt();
        let b = alpha - 4f64.ln();
        let c = alpha + a_inv;
        let d = 1.0 + 4.5f64.ln();
        loop {
            let u1 = g.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - g.random();
            let v = (u1 / (1.0 - u1)).ln() / a_inv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = b + c * v - x;
            if r + d - 4.5 * z >= 0.0 || r >= z.ln() {
                return x;
            }
        }
    }
    if alpha == 1.0 {
        return -(1.0 - g.random()).ln();
    }
    let e = std::f64::consts::E;
    loop {
        let u = g.random();
        let b = (e + alpha) / e;
        let p = b * u;
        let x = if p <= 1.0 {
            p.powf(1.0 / alpha)
        } else {
            -((b - p) / alpha).ln()
        };
        let u1 = g.random();
        let accept = if p > 1.0 {
            u1 <= x.powf(alpha - 1.0)
        } else {
            u1 <= (-x).exp()
        };
        if accept {
            return x;
        }
    }
}

fn gammavariate(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let (alpha, beta) = gamma_params(vm, nth(rest, 0)?, nth(rest, 1)?)?;
    Ok(Value::Float(standard_gamma(g, alpha) * beta))
}

/// `betavariate(alpha, beta)`: `y / (y + z)` for gamma deviates y and z.
fn betavariate(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let (alpha, _) = gamma_params(vm, nth(rest, 0)?, &Value::Float(1.0))?;
    let y = standard_gamma(g, alpha);
    if y == 0.0 {
        return Ok(Value::Float(0.0));
    }
    let (beta, _) = gamma_params(vm, nth(rest, 1)?, &Value::Float(1.0))?;
    Ok(Value::Float(y / (y + standard_gamma(g, beta))))
}

/// `vonmisesvariate(mu, kappa)`: Best and Fisher's rejection method; a
/// uniform angle when kappa is about zero.
fn vonmisesvariate(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let (mu, kappa) = (nth(rest, 0)?, nth(rest, 1)?);
    if vm.compare(CmpOp::LtE, kappa, &Value::Float(1e-6))? {
        return Ok(Value::Float(TWO_PI * g.random()));
    }
    let kappa = real(vm, kappa)?;
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let z = (std::f64::consts::PI * g.random()).cos();
        let d = z / (r + z);
        let u = g.random();
        if u < 1.0 - d * d || u <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    // `mu` only meets the draws here, in Python arithmetic.
    let turn = if g.random() > 0.5 {
        BinOp::Add
    } else {
        BinOp::Sub
    };
    let theta = op(vm, turn, mu, &Value::Float(f.acos()))?;
    op(vm, BinOp::Mod, &theta, &Value::Float(TWO_PI))
}

fn paretovariate(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let u = 1.0 - g.random();
    let exponent = op(vm, BinOp::Div, &Value::Float(-1.0), nth(rest, 0)?)?;
    op(vm, BinOp::Pow, &Value::Float(u), &exponent)
}

fn weibullvariate(vm: &Vm, args: Args) -> PyResult {
    let (g, rest) = split(&args)?;
    let u = 1.0 - g.random();
    let exponent = op(vm, BinOp::Div, &Value::Float(1.0), nth(rest, 1)?)?;
    let power = op(vm, BinOp::Pow, &Value::Float(-u.ln()), &exponent)?;
    op(vm, BinOp::Mult, nth(rest, 0)?, &power)
}

/// `_generator()`: a fresh state, seeded from the clock.
fn new_generator(_vm: &Vm, _args: Args) -> PyResult {
    Ok(Value::Object(Rc::new(Generator {
        mt: RefCell::new(from_time()),
        gauss_next: RefCell::new(Value::None),
    })))
}

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, f| super::native("random", name, f);
    super::exec_module_source(
        vm,
        "random",
        SOURCE,
        vec![
            n("_generator", new_generator),
            n("_seed", seed),
            n("_getstate", getstate),
            n("_setstate", setstate),
            n("_random", random),
            n("_getrandbits", getrandbits),
            n("_randbytes", randbytes),
            n("_randrange", randrange),
            n("_randint", randint),
            n("_choice", choice),
            n("_shuffle", shuffle),
            n("_sample", sample),
            n("_choices", choices),
            n("_uniform", uniform),
            n("_triangular", triangular),
            n("_normalvariate", normalvariate),
            n("_lognormvariate", lognormvariate),
            n("_gauss", gauss),
            n("_expovariate", expovariate),
            n("_gammavariate", gammavariate),
            n("_betavariate", betavariate),
            n("_vonmisesvariate", vonmisesvariate),
            n("_paretovariate", paretovariate),
            n("_weibullvariate", weibullvariate),
        ],
    )
}

/// The `Random` class: a generator state per instance and one native per
/// method (the signatures here give Python's own argument errors). The
/// module's functions are the methods of one hidden instance.
const SOURCE: &str = r#"
from math import pi as _pi, e as _e, tau as TWOPI, log as _log, exp as _exp, sqrt as _sqrt

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
VERSION = 3


class Random:
    VERSION = 3

    def __init__(self, x=None):
        self._state = _generator()
        self.seed(x)

    def seed(self, a=None, version=2):
        _seed(self._state, a, version)

    def getstate(self):
        return _getstate(self._state)

    def setstate(self, state):
        _setstate(self._state, state)

    def random(self):
        return _random(self._state)

    def getrandbits(self, *k):
        return _getrandbits(self._state, *k)

    def randbytes(self, n):
        return _randbytes(self._state, n)

    def randrange(self, start, stop=None, step=1):
        return _randrange(self._state, start, stop, step)

    def randint(self, a, b):
        return _randint(self._state, a, b)

    def choice(self, seq):
        return _choice(self._state, seq)

    def shuffle(self, x):
        _shuffle(self._state, x)

    def sample(self, population, k, *, counts=None):
        return _sample(self._state, population, k, counts)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        return _choices(self._state, population, weights, cum_weights, k)

    def uniform(self, a, b):
        return _uniform(self._state, a, b)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return _triangular(self._state, low, high, mode)

    def normalvariate(self, mu=0.0, sigma=1.0):
        return _normalvariate(self._state, mu, sigma)

    def lognormvariate(self, mu, sigma):
        return _lognormvariate(self._state, mu, sigma)

    def gauss(self, mu=0.0, sigma=1.0):
        return _gauss(self._state, mu, sigma)

    def expovariate(self, lambd):
        return _expovariate(self._state, lambd)

    def gammavariate(self, alpha, beta):
        return _gammavariate(self._state, alpha, beta)

    def betavariate(self, alpha, beta):
        return _betavariate(self._state, alpha, beta)

    def vonmisesvariate(self, mu, kappa):
        return _vonmisesvariate(self._state, mu, kappa)

    def paretovariate(self, alpha):
        return _paretovariate(self._state, alpha)

    def weibullvariate(self, alpha, beta):
        return _weibullvariate(self._state, alpha, beta)


_inst = Random()
seed = _inst.seed
getstate = _inst.getstate
setstate = _inst.setstate
random = _inst.random
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
randrange = _inst.randrange
randint = _inst.randint
choice = _inst.choice
shuffle = _inst.shuffle
sample = _inst.sample
choices = _inst.choices
uniform = _inst.uniform
triangular = _inst.triangular
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
gauss = _inst.gauss
expovariate = _inst.expovariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
vonmisesvariate = _inst.vonmisesvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_42_matches_cpython() {
        let mut mt = MersenneTwister::from_int(&BigInt::from(42));
        let words: Vec<u32> = (0..5).map(|_| mt.genrand_uint32()).collect();
        assert_eq!(
            words,
            [2746317213, 478163327, 107420369, 3184935163, 1181241943]
        );
        let mut mt = MersenneTwister::from_int(&BigInt::from(42));
        assert_eq!(mt.random(), 0.6394267984578837);
        // getrandbits(70) then getrandbits(7) after seed(42).
        let mut mt = MersenneTwister::from_int(&BigInt::from(42));
        assert_eq!(mt.getrandbits(70).to_string(), "20500439928067422621");
        assert_eq!(mt.getrandbits(7), BigUint::from(94u32));
    }

    #[test]
    fn other_seeds_match_cpython() {
        let big = (BigInt::from(1) << 70) + 5;
        assert_eq!(MersenneTwister::from_int(&big).genrand_uint32(), 2004888747);
        // Negative seeds use the absolute value.
        assert_eq!(
            MersenneTwister::from_int(&BigInt::from(-7)).genrand_uint32(),
            1390851128
        );
        assert_eq!(
            MersenneTwister::from_int(&BigInt::from(0)).genrand_uint32(),
            3626764237
        );
    }

    #[test]
    fn long_sequence_matches_cpython() {
        // python3 -c "import random; random.seed(12345);
        //   print([random.random() for _ in range(700)][::100])"
        let mut mt = MersenneTwister::from_int(&BigInt::from(12345));
        let values: Vec<f64> = (0..700).map(|_| mt.random()).step_by(100).collect();
        assert_eq!(values, EXPECTED_12345);
    }

    const EXPECTED_12345: [f64; 7] = [
        0.41661987254534116,
        0.9547928606038187,
        0.35352755095178545,
        0.2101143705005527,
        0.9367600731646737,
        0.014381378229592512,
        0.6923780901879453,
    ];
}
