//! `asyncio.Queue`, `LifoQueue` and `PriorityQueue`, mirroring CPython
//! 3.11's `queues.py`: the same getter and putter futures, woken one at a
//! time by `_wakeup_next`, and for the priority queue the exact sift
//! algorithm of `heapq` (whose tie-breaking decides which of two equal
//! items comes out first).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::locks::{
    await_waiter, cancel, coroutine, create_future, downcast, label_waiter, method_args,
    remove_waiter, set_result, Event, LoopBound, Waiters,
};
use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::repr::repr_plain;
use crate::object::types::{self, Member, TypeRef, TypeSpec};
use crate::object::{ops, Args, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;

// ---------------------------------------------------------------------------
// heapq

/// `heapq.heappush`: appends `item`, then sifts it towards the root. `lt`
/// is Python's `<`; when it raises, the item stays in the heap where it got
/// to (as with CPython's C `heapq`, which swaps as it goes).
pub fn heappush<T>(
    heap: &mut Vec<T>,
    item: T,
    lt: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    heap.push(item);
    let last = heap.len() - 1;
    siftdown(heap, 0, last, lt)
}

/// `heapq.heappop` of a non-empty heap: the last item moves to the root
/// and sifts down; the old root is returned.
pub fn heappop<T>(heap: &mut Vec<T>, lt: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<T> {
    let last = heap
        .pop()
        .ok_or_else(|| PyErr::new(&types::INDEX_ERROR, "index out of range"))?;
    if heap.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap[0], last);
    siftup(heap, 0, lt)?;
    Ok(top)
}

/// `heapq._siftdown`: moves the item at `pos` up while it is `<` its parent.
fn siftdown<T>(
    heap: &mut [T],
    startpos: usize,
    mut pos: usize,
    lt: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        if !lt(&heap[pos], &heap[parentpos])? {
            break;
        }
        heap.swap(pos, parentpos);
        pos = parentpos;
    }
    Ok(())
}

/// `heapq._siftup`: bubbles the smaller child up until reaching a leaf
/// (the right child when the left is not `<` it), then sifts the item that
/// was at `pos` back up from there.
fn siftup<T>(
    heap: &mut [T],
    mut pos: usize,
    lt: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let endpos = heap.len();
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos && !lt(&heap[childpos], &heap[childpos + 1])? {
            childpos += 1;
        }
        heap.swap(pos, childpos);
        pos = childpos;
    }
    siftdown(heap, startpos, pos, lt)
}

// ---------------------------------------------------------------------------
// Queue

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Fifo,
    Lifo,
    Priority,
}

pub struct Queue {
    kind: Kind,
    maxsize: Value,
    /// `_queue`: a deque for `Queue`, a list for `LifoQueue` and a heap
    /// list for `PriorityQueue` (all kept in a `VecDeque` here).
    items: RefCell<VecDeque<Value>>,
    getters: Waiters,
    putters: Waiters,
    unfinished_tasks: Cell<i64>,
    finished: Rc<Event>,
    bound: LoopBound,
}

impl Queue {
    pub fn new(kind: Kind, maxsize: Value) -> PyResult<Queue> {
        let finished = Rc::new(Event::new());
        finished.set()?;
        Ok(Queue {
            kind,
            maxsize,
            items: RefCell::new(VecDeque::new()),
            getters: Waiters::default(),
            putters: Waiters::default(),
            unfinished_tasks: Cell::new(0),
            finished,
            bound: LoopBound::default(),
        })
    }

    fn type_object(&self) -> &'static types::TypeObject {
        match self.kind {
            Kind::Fifo => &types::QUEUE,
            Kind::Lifo => &types::LIFO_QUEUE,
            Kind::Priority => &types::PRIORITY_QUEUE,
        }
    }

    pub fn qsize(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// True if there are `maxsize` items in the queue; never for a
    /// `maxsize` of 0 or less.
    pub fn full(&self) -> PyResult<bool> {
        if ops::compare(CmpOp::LtE, &self.maxsize, &Value::Int(0))? {
            Ok(false)
        } else {
            ops::compare(CmpOp::GtE, &Value::Int(self.qsize() as i64), &self.maxsize)
        }
    }

    /// `_put`.
    fn put_item(&self, vm: &Vm, item: Value) -> PyResult<()> {
        match self.kind {
            Kind::Fifo | Kind::Lifo => {
                self.items.borrow_mut().push_back(item);
                Ok(())
            }
            Kind::Priority => {
                self.with_heap(|heap| heappush(heap, item, &mut |a, b| vm.compare(CmpOp::Lt, a, b)))
            }
        }
    }

    /// `_get`.
    fn get_item(&self, vm: &Vm) -> PyResult {
        match self.kind {
            Kind::Fifo => Ok(self.items.borrow_mut().pop_front().expect("not empty")),
            Kind::Lifo => Ok(self.items.borrow_mut().pop_back().expect("not empty")),
            Kind::Priority => {
                self.with_heap(|heap| heappop(heap, &mut |a, b| vm.compare(CmpOp::Lt, a, b)))
            }
        }
    }

    /// Runs a heap operation on the items, taken out of their cell so that
    /// the `<` methods it calls may look at the queue.
    fn with_heap<R>(&self, op: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        let mut heap: Vec<Value> = std::mem::take(&mut *self.items.borrow_mut()).into();
        let result = op(&mut heap);
        *self.items.borrow_mut() = heap.into();
        result
    }

    /// `_wakeup_next`: wakes the first waiter that is not done, dropping
    /// it and every done one before it.
    fn wakeup_next(waiters: &Waiters) -> PyResult<()> {
        loop {
            let next = waiters.borrow_mut().pop_front();
            match next {
                None => return Ok(()),
                Some(w) if !w.done() => return set_result(&w, Value::None),
                Some(_) => {}
            }
        }
    }

    pub fn put_nowait(&self, vm: &Vm, item: Value) -> PyResult<()> {
        if self.full()? {
            return Err(PyErr::with_args(&types::QUEUE_FULL, vec![]));
        }
        self.put_item(vm, item)?;
        self.unfinished_tasks.set(self.unfinished_tasks.get() + 1);
        self.finished.clear();
        Queue::wakeup_next(&self.getters)
    }

    pub fn get_nowait(&self, vm: &Vm) -> PyResult {
        if self.empty() {
            return Err(PyErr::with_args(&types::QUEUE_EMPTY, vec![]));
        }
        let item = self.get_item(vm)?;
        Queue::wakeup_next(&self.putters)?;
        Ok(item)
    }

    /// `Queue.put(item)`: waits while the queue is full.
    async fn put(self: Rc<Self>, vm: Rc<Vm>, me: Value, item: Value) -> PyResult {
        let vm = &*vm;
        while self.full()? {
            let putter = create_future(self.bound.get_loop(vm, &me)?);
            self.putters.borrow_mut().push_back(putter.clone());
            label_waiter(&putter, "Queue.put");
            if let Err(e) = await_waiter(vm, &putter).await {
                cancel(&putter); // Just in case putter is not done yet.
                                 // A get_nowait() may have removed it already.
                remove_waiter(&self.putters, &putter);
                if !self.full()? && !putter.cancelled() {
                    // Woken by get_nowait(), but cannot take the slot:
                    // wake up the next in line.
                    Queue::wakeup_next(&self.putters)?;
                }
                return Err(e);
            }
        }
        self.put_nowait(vm, item).map(|_| Value::None)
    }

    /// `Queue.get()`: waits while the queue is empty.
    async fn get(self: Rc<Self>, vm: Rc<Vm>, me: Value) -> PyResult {
        let vm = &*vm;
        while self.empty() {
            let getter = create_future(self.bound.get_loop(vm, &me)?);
            self.getters.borrow_mut().push_back(getter.clone());
            label_waiter(&getter, "Queue.get");
            if let Err(e) = await_waiter(vm, &getter).await {
                cancel(&getter); // Just in case getter is not done yet.
                                 // A put_nowait() may have removed it already.
                remove_waiter(&self.getters, &getter);
                if !self.empty() && !getter.cancelled() {
                    // Woken by put_nowait(), but cannot take the item:
                    // wake up the next in line.
                    Queue::wakeup_next(&self.getters)?;
                }
                return Err(e);
            }
        }
        self.get_nowait(vm)
    }

    pub fn task_done(&self) -> PyResult<()> {
        if self.unfinished_tasks.get() <= 0 {
            return Err(PyErr::value_error("task_done() called too many times"));
        }
        self.unfinished_tasks.set(self.unfinished_tasks.get() - 1);
        if self.unfinished_tasks.get() == 0 {
            self.finished.set()?;
        }
        Ok(())
    }

    /// `Queue.join()`: waits until every item put has been marked done.
    async fn join(self: Rc<Self>, vm: Rc<Vm>) -> PyResult {
        if self.unfinished_tasks.get() > 0 {
            let finished = self.finished.clone();
            let me = Value::Object(finished.clone());
            finished.wait(vm, me).await?;
        }
        Ok(Value::None)
    }

    /// `_format()`, with `repr` for the items.
    fn format(&self, repr: &dyn Fn(&Value) -> PyResult<String>) -> PyResult<String> {
        let mut result = format!("maxsize={}", repr(&self.maxsize)?);
        let items: Vec<Value> = self.items.borrow().iter().cloned().collect();
        if !items.is_empty() {
            result.push_str(&format!(" _queue={}", repr(&Value::list(items))?));
        }
        let getters = self.getters.borrow().len();
        if getters > 0 {
            result.push_str(&format!(" _getters[{}]", getters));
        }
        let putters = self.putters.borrow().len();
        if putters > 0 {
            result.push_str(&format!(" _putters[{}]", putters));
        }
        let tasks = self.unfinished_tasks.get();
        if tasks != 0 {
            result.push_str(&format!(" tasks={}", tasks));
        }
        Ok(result)
    }

    fn repr_with(&self, me: &Value, repr: &dyn Fn(&Value) -> PyResult<String>) -> PyResult<String> {
        Ok(format!(
            "<{} at {:#x} {}>",
            self.type_object().name,
            me.address(),
            self.format(repr)?
        ))
    }
}

impl NativeObject for Queue {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(self.type_object())
    }

    fn repr(&self, me: &Value) -> String {
        self.repr_with(me, &|v| Ok(repr_plain(v)))
            .unwrap_or_default()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.Queue` and its subclasses `PriorityQueue` and `LifoQueue`,
/// which differ only in the order they hand items out.
pub const SPEC: TypeSpec = TypeSpec {
    doc: "A first-in first-out queue for tasks: get() waits while it is \
empty, put() while it is full.",
    members: &[&[
        Member::method("qsize", qsize, "The number of items in the queue."),
        Member::method("empty", empty, "Whether the queue is empty."),
        Member::method(
            "full",
            full,
            "Whether the queue holds maxsize items (never, if maxsize is 0).",
        ),
        Member::method(
            "put",
            put,
            "Coroutine: wait for a free slot, then add the item.",
        ),
        Member::method(
            "put_nowait",
            put_nowait,
            "Add the item now; QueueFull if there is no free slot.",
        ),
        Member::method(
            "get",
            get,
            "Coroutine: wait for an item, then remove and return it.",
        ),
        Member::method(
            "get_nowait",
            get_nowait,
            "Remove and return an item now; QueueEmpty if there is none.",
        ),
        Member::method(
            "task_done",
            task_done,
            "Say that an item taken earlier has been dealt with.",
        ),
        Member::method(
            "join",
            join,
            "Coroutine: wait until every item put has been marked done.",
        ),
        Member::method("__repr__", repr_method, "The repr, with the queue's state."),
        Member::method("__str__", str_method, "The str, with the queue's state."),
        Member::getter(
            "maxsize",
            maxsize,
            "The most items the queue holds (0: no limit).",
        ),
        Member::getter("_maxsize", maxsize, "The most items the queue holds."),
        Member::getter(
            "_unfinished_tasks",
            unfinished_tasks,
            "Items put and not yet marked done.",
        ),
        Member::getter(
            "_finished",
            finished,
            "The event set while no item is unfinished.",
        ),
    ]],
};

fn queue(me: &Value) -> Rc<Queue> {
    downcast::<Queue>(me).expect("a Queue method is only called on a queue")
}

fn qsize(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.qsize", args, [], 0)?;
    Ok(Value::Int(queue(me).qsize() as i64))
}

fn empty(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.empty", args, [], 0)?;
    Ok(Value::Bool(queue(me).empty()))
}

fn full(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.full", args, [], 0)?;
    Ok(Value::Bool(queue(me).full()?))
}

fn put_nowait(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [item] = method_args("Queue.put_nowait", args, ["item"], 1)?;
    queue(me)
        .put_nowait(vm, item.expect("required"))
        .map(|_| Value::None)
}

fn get_nowait(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.get_nowait", args, [], 0)?;
    queue(me).get_nowait(vm)
}

fn task_done(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.task_done", args, [], 0)?;
    queue(me).task_done().map(|_| Value::None)
}

fn put(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [item] = method_args("Queue.put", args, ["item"], 1)?;
    Ok(coroutine(
        vm,
        "put",
        "Queue.put".into(),
        queue(me).put(vm.rc(), me.clone(), item.expect("required")),
    ))
}

fn get(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.get", args, [], 0)?;
    Ok(coroutine(
        vm,
        "get",
        "Queue.get".into(),
        queue(me).get(vm.rc(), me.clone()),
    ))
}

fn join(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.join", args, [], 0)?;
    Ok(coroutine(
        vm,
        "join",
        "Queue.join".into(),
        queue(me).join(vm.rc()),
    ))
}

fn repr_method(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.__repr__", args, [], 0)?;
    Ok(Value::str(&queue(me).repr_with(me, &|v| vm.repr(v))?))
}

fn str_method(vm: &Vm, me: &Value, args: Args) -> PyResult {
    method_args("Queue.__str__", args, [], 0)?;
    let q = queue(me);
    Ok(Value::str(&format!(
        "<{} {}>",
        q.type_object().name,
        q.format(&|v| vm.repr(v))?
    )))
}

fn maxsize(_vm: &Vm, me: &Value) -> PyResult {
    Ok(queue(me).maxsize.clone())
}

fn unfinished_tasks(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Int(queue(me).unfinished_tasks.get()))
}

fn finished(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Object(queue(me).finished.clone()))
}

fn new_queue(kind: Kind, args: Args) -> PyResult {
    let [maxsize] = method_args("Queue.__init__", args, ["maxsize"], 0)?;
    let maxsize = maxsize.unwrap_or(Value::Int(0));
    Ok(Value::Object(Rc::new(Queue::new(kind, maxsize)?)))
}

/// `asyncio.Queue(maxsize=0)`.
pub fn new_fifo_queue(_vm: &Vm, args: Args) -> PyResult {
    new_queue(Kind::Fifo, args)
}

/// `asyncio.LifoQueue(maxsize=0)`.
pub fn new_lifo_queue(_vm: &Vm, args: Args) -> PyResult {
    new_queue(Kind::Lifo, args)
}

/// `asyncio.PriorityQueue(maxsize=0)`.
pub fn new_priority_queue(_vm: &Vm, args: Args) -> PyResult {
    new_queue(Kind::Priority, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item ordered by its priority only, like a Python class whose
    /// `__lt__` compares `self.p < other.p`: ties keep whatever order the
    /// sift algorithm leaves them in.
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Item {
        p: i64,
        label: usize,
    }

    fn lt(a: &Item, b: &Item) -> PyResult<bool> {
        Ok(a.p < b.p)
    }

    fn run(pushes: &[i64]) -> Vec<usize> {
        let mut heap = Vec::new();
        for (label, &p) in pushes.iter().enumerate() {
            heappush(&mut heap, Item { p, label }, &mut lt)
                .ok()
                .expect("no comparison error");
        }
        let mut out = Vec::new();
        while !heap.is_empty() {
            out.push(
                heappop(&mut heap, &mut lt)
                    .ok()
                    .expect("no comparison error")
                    .label,
            );
        }
        out
    }

    // The expected orders come from CPython 3.11:
    //   class I:
    //       def __init__(s, p, l): s.p, s.l = p, l
    //       def __lt__(s, o): return s.p < o.p
    //   h = []
    //   for l, p in enumerate(ps): heapq.heappush(h, I(p, l))
    //   [heapq.heappop(h).l for _ in ps]

    #[test]
    fn all_ties_pop_in_heapq_order() {
        assert_eq!(run(&[1; 10]), vec![0, 2, 6, 9, 8, 5, 7, 4, 1, 3]);
    }

    #[test]
    fn mixed_ties_pop_in_heapq_order() {
        assert_eq!(
            run(&[3, 1, 2, 1, 3, 2, 1, 3, 2, 1, 2, 3]),
            vec![1, 6, 3, 9, 2, 5, 10, 8, 11, 0, 4, 7]
        );
    }

    #[test]
    fn distinct_priorities_sort() {
        assert_eq!(
            run(&[5, 3, 8, 1, 9, 2, 7, 4, 6, 0]),
            vec![9, 3, 5, 1, 7, 0, 8, 6, 2, 4]
        );
    }

    #[test]
    fn interleaved_push_and_pop() {
        let mut heap = Vec::new();
        let mut out = Vec::new();
        let mut label = 0;
        for round in 0..6i64 {
            for p in [round % 3, 1, (round * 7) % 4] {
                heappush(&mut heap, Item { p, label }, &mut lt)
                    .ok()
                    .expect("no comparison error");
                label += 1;
            }
            out.push(
                heappop(&mut heap, &mut lt)
                    .ok()
                    .expect("no comparison error")
                    .label,
            );
            out.push(
                heappop(&mut heap, &mut lt)
                    .ok()
                    .expect("no comparison error")
                    .label,
            );
        }
        while !heap.is_empty() {
            out.push(
                heappop(&mut heap, &mut lt)
                    .ok()
                    .expect("no comparison error")
                    .label,
            );
        }
        assert_eq!(
            out,
            vec![0, 2, 1, 4, 3, 7, 9, 11, 14, 10, 13, 16, 12, 15, 8, 6, 17, 5]
        );
    }

    #[test]
    fn heap_layout_matches_heapq() {
        let mut heap = Vec::new();
        for (label, p) in [4, 1, 3, 1, 0, 2, 1].into_iter().enumerate() {
            heappush(&mut heap, Item { p, label }, &mut lt)
                .ok()
                .expect("no comparison error");
        }
        let layout: Vec<usize> = heap.iter().map(|i| i.label).collect();
        assert_eq!(layout, vec![4, 1, 6, 0, 3, 2, 5]);
    }

    #[test]
    fn comparison_error_keeps_the_pushed_item() {
        let mut heap = vec![1, 2];
        let mut failing = |_: &i64, _: &i64| -> PyResult<bool> { Err(PyErr::type_error("no")) };
        assert!(heappush(&mut heap, 0, &mut failing).is_err());
        assert_eq!(heap, vec![1, 2, 0]);
    }
}
