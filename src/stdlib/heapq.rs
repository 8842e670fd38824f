//! The `heapq` module. The heap primitives are Rust natives that move items
//! exactly as CPython's `_heapq` accelerator does, so a heap holds its items
//! in the same list positions as under CPython, and user `__lt__` methods see
//! the same comparisons in the same order. `merge`, `nsmallest` and
//! `nlargest` are written in Python on top of them (`py/heapq.py`).
//!
//! A heap is a list where `heap[k] <= heap[2k+1]` and `heap[k] <= heap[2k+2]`
//! (`>=` for the private max-heap helpers). Only `<` is ever used.

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{Args, Globals, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;

/// Heaps with more items than this are built by `heapify` in an order that
/// finishes each subtree while it is still in cache (CPython's threshold:
/// the order is visible to a `__lt__` that logs its calls).
const CACHE_FRIENDLY_SIZE: usize = 2500;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let n = |name, f| super::native("_heapq", name, f);
    super::exec_module_source(
        vm,
        "heapq",
        include_str!("py/heapq.py"),
        vec![
            n("heappush", heappush),
            n("heappop", heappop),
            n("heapify", heapify),
            n("heapreplace", heapreplace),
            n("heappushpop", heappushpop),
            n("_heappop_max", heappop_max),
            n("_heapreplace_max", heapreplace_max),
            n("_heapify_max", heapify_max),
        ],
    )
}

/// `a < b`, without the general protocol for the common int and float heaps.
fn less(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => vm.compare(CmpOp::Lt, a, b),
    }
}

fn changed_size() -> Box<PyErr> {
    PyErr::runtime_error("list changed size during iteration")
}

fn empty_heap() -> Box<PyErr> {
    PyErr::index_error("index out of range")
}

/// Which end of the order sits at the root.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// A list being worked on as a heap. No borrow of the list is held while a
/// comparison runs, since `__lt__` may do anything to it; a change of size
/// is caught after each comparison and reported as CPython reports it.
struct Heap<'a> {
    vm: &'a Vm,
    items: Rc<RefCell<Vec<Value>>>,
    order: Order,
}

impl Heap<'_> {
    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn pair(&self, i: usize, j: usize) -> PyResult<(Value, Value)> {
        let items = self.items.borrow();
        match (items.get(i), items.get(j)) {
            (Some(a), Some(b)) => Ok((a.clone(), b.clone())),
            _ => Err(changed_size()),
        }
    }

    /// Whether the item at `i` belongs nearer the root than the one at `j`:
    /// `heap[i] < heap[j]` for a min-heap, `heap[j] < heap[i]` for a max-heap.
    fn goes_above(&self, i: usize, j: usize) -> PyResult<bool> {
        let (a, b) = self.pair(i, j)?;
        match self.order {
            Order::Min => less(self.vm, &a, &b),
            Order::Max => less(self.vm, &b, &a),
        }
    }

    /// Moves the item at `pos` up towards `top` while it belongs above its
    /// parent (`_siftdown` in CPython's terms: the sift goes down the
    /// indices).
    fn bubble_up(&self, top: usize, mut pos: usize) -> PyResult<()> {
        let size = self.len();
        while pos > top {
            let parent = (pos - 1) / 2;
            let above = self.goes_above(pos, parent)?;
            if self.len() != size {
                return Err(changed_size());
            }
            if !above {
                break;
            }
            self.items.borrow_mut().swap(pos, parent);
            pos = parent;
        }
        Ok(())
    }

    /// Restores the heap below `start` after its item was replaced: the hole
    /// is walked down to a leaf, always through the child that belongs
    /// higher, without comparing the moving item on the way; then the item
    /// bubbles back up from that leaf. (Floyd's variant, which CPython uses:
    /// fewer comparisons, and it fixes where equal items end up.)
    fn sink(&self, start: usize) -> PyResult<()> {
        let end = self.len();
        if start >= end {
            return Err(changed_size());
        }
        let mut pos = start;
        while pos < end / 2 {
            let left = 2 * pos + 1;
            let mut child = left;
            if left + 1 < end {
                let left_first = self.goes_above(left, left + 1)?;
                if self.len() != end {
                    return Err(changed_size());
                }
                if !left_first {
                    child = left + 1;
                }
            }
            self.items.borrow_mut().swap(pos, child);
            pos = child;
        }
        self.bubble_up(start, pos)
    }

    /// Turns the whole list into a heap, sinking every node that has
    /// children, each after all of its descendants.
    fn build(&self) -> PyResult<()> {
        let n = self.len();
        if n <= CACHE_FRIENDLY_SIZE {
            for pos in (0..n / 2).rev() {
                self.sink(pos)?;
            }
            return Ok(());
        }
        // A big heap is built one subtree at a time: right to left along
        // the lowest rows of parents, and as soon as a left child is done
        // (its right sibling went just before it) their parent is sunk too,
        // and so on upwards. The lowest parents span two rows: those in the
        // row above the first childless node have only leaves below them,
        // so they go first, and the climbs from the row below then find
        // every right sibling ready.
        let first_leaf = n / 2;
        let row_start = (1usize << (usize::BITS - 1 - (first_leaf + 1).leading_zeros())) - 1;
        let climb = |mut pos: usize| -> PyResult<()> {
            loop {
                self.sink(pos)?;
                // Only a left child (odd index) completes its parent.
                if pos.is_multiple_of(2) {
                    return Ok(());
                }
                pos /= 2;
            }
        };
        for pos in (first_leaf / 2..row_start).rev() {
            climb(pos)?;
        }
        for pos in (row_start..first_leaf).rev() {
            climb(pos)?;
        }
        Ok(())
    }

    /// Puts `item` at the root and returns what was there.
    fn replace_root(&self, item: Value) -> PyResult<Value> {
        let old = match self.items.borrow_mut().first_mut() {
            Some(root) => std::mem::replace(root, item),
            None => return Err(empty_heap()),
        };
        self.sink(0)?;
        Ok(old)
    }

    fn pop(&self) -> PyResult {
        let last = self.items.borrow_mut().pop().ok_or_else(empty_heap)?;
        if self.len() == 0 {
            return Ok(last);
        }
        self.replace_root(last)
    }

    fn push(&self, item: Value) -> PyResult<()> {
        let pos = {
            let mut items = self.items.borrow_mut();
            items.push(item);
            items.len() - 1
        };
        self.bubble_up(0, pos)
    }
}

/// The list behind a heap argument (a list or an instance of a subclass).
fn list_of(v: &Value) -> Option<Rc<RefCell<Vec<Value>>>> {
    match crate::object::class::payload(v).unwrap_or(v) {
        Value::List(items) => Some(items.clone()),
        _ => None,
    }
}

fn not_a_list(fname: &str, which: &str, v: &Value) -> Box<PyErr> {
    let got = match v {
        Value::None => "None".into(),
        _ => v.type_name(),
    };
    PyErr::type_error(format!("{fname}() {which} must be list, not {got}"))
}

/// The heap of a one-argument function (`heappop(heap)`), with the
/// messages of a builtin taking a single object.
fn one_arg<'a>(vm: &'a Vm, fname: &str, args: Args, order: Order) -> PyResult<Heap<'a>> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "_heapq.{fname}() takes no keyword arguments"
        )));
    }
    let [heap] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "_heapq.{fname}() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let items = list_of(heap).ok_or_else(|| not_a_list(fname, "argument", heap))?;
    Ok(Heap { vm, items, order })
}

/// The heap and the item of a two-argument function (`heappush(heap, item)`).
fn two_args<'a>(vm: &'a Vm, fname: &str, args: Args, order: Order) -> PyResult<(Heap<'a>, Value)> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "_heapq.{fname}() takes no keyword arguments"
        )));
    }
    let count = args.positional.len();
    let Ok([heap, item]) = <[Value; 2]>::try_from(args.positional) else {
        return Err(PyErr::type_error(format!(
            "{fname} expected 2 arguments, got {count}"
        )));
    };
    let items = list_of(&heap).ok_or_else(|| not_a_list(fname, "argument 1", &heap))?;
    Ok((Heap { vm, items, order }, item))
}

/// `heappush(heap, item)`: adds `item`, keeping the heap invariant.
fn heappush(vm: &Vm, args: Args) -> PyResult {
    let (heap, item) = two_args(vm, "heappush", args, Order::Min)?;
    heap.push(item)?;
    Ok(Value::None)
}

/// `heappop(heap)`: removes and returns the smallest item.
fn heappop(vm: &Vm, args: Args) -> PyResult {
    one_arg(vm, "heappop", args, Order::Min)?.pop()
}

/// `heapify(x)`: rearranges the list into a heap, in place.
fn heapify(vm: &Vm, args: Args) -> PyResult {
    one_arg(vm, "heapify", args, Order::Min)?.build()?;
    Ok(Value::None)
}

/// `heapreplace(heap, item)`: pops the smallest item, then adds `item`
/// (so the result may be larger than `item`).
fn heapreplace(vm: &Vm, args: Args) -> PyResult {
    let (heap, item) = two_args(vm, "heapreplace", args, Order::Min)?;
    heap.replace_root(item)
}

/// `heappushpop(heap, item)`: adds `item`, then pops the smallest item;
/// `item` itself when it is not larger than the root (one comparison).
fn heappushpop(vm: &Vm, args: Args) -> PyResult {
    let (heap, item) = two_args(vm, "heappushpop", args, Order::Min)?;
    let Some(root) = heap.items.borrow().first().cloned() else {
        return Ok(item);
    };
    if !less(vm, &root, &item)? {
        return Ok(item);
    }
    // The comparison may have emptied the list; `replace_root` then says so.
    heap.replace_root(item)
}

/// `_heappop_max(heap)`: `heappop` for a max-heap.
fn heappop_max(vm: &Vm, args: Args) -> PyResult {
    one_arg(vm, "_heappop_max", args, Order::Max)?.pop()
}

/// `_heapreplace_max(heap, item)`: `heapreplace` for a max-heap.
fn heapreplace_max(vm: &Vm, args: Args) -> PyResult {
    let (heap, item) = two_args(vm, "_heapreplace_max", args, Order::Max)?;
    heap.replace_root(item)
}

/// `_heapify_max(x)`: `heapify` for a max-heap.
fn heapify_max(vm: &Vm, args: Args) -> PyResult {
    one_arg(vm, "_heapify_max", args, Order::Max)?.build()?;
    Ok(Value::None)
}
