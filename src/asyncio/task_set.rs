//! The sets of tasks and futures asyncio keeps (`TaskGroup._tasks`,
//! `as_completed`'s `todo`): CPython's are Python sets, with O(1) `discard`.
//! Here the members keep the order they were added in (what CPython's set of
//! freshly allocated objects usually shows), and removal stays O(1) so that
//! 100,000 members finish in linear time.

use std::collections::HashMap;

use crate::object::Value;

#[derive(Default)]
pub struct TaskSet {
    /// Members in insertion order; a removed member leaves a hole.
    slots: Vec<Option<Value>>,
    /// Identity of each member to its slot.
    index: HashMap<usize, usize>,
}

impl TaskSet {
    pub fn new() -> TaskSet {
        TaskSet::default()
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// `set.add`: a member already present stays where it is.
    pub fn add(&mut self, v: Value) {
        let key = v.address();
        if self.index.contains_key(&key) {
            return;
        }
        self.index.insert(key, self.slots.len());
        self.slots.push(Some(v));
    }

    /// `set.discard`: whether `v` was a member.
    pub fn discard(&mut self, v: &Value) -> bool {
        let Some(slot) = self.index.remove(&v.address()) else {
            return false;
        };
        self.slots[slot] = None;
        // Compact once the holes outnumber the members.
        if self.slots.len() > 2 * self.index.len() + 16 {
            self.slots.retain(Option::is_some);
            for (i, member) in self.slots.iter().enumerate() {
                let key = member.as_ref().expect("compacted").address();
                self.index.insert(key, i);
            }
        }
        true
    }

    /// The members, in order (a snapshot: iterating may change the set).
    pub fn members(&self) -> Vec<Value> {
        self.slots.iter().flatten().cloned().collect()
    }

    /// Empties the set, returning the members in order.
    pub fn take(&mut self) -> Vec<Value> {
        self.index.clear();
        std::mem::take(&mut self.slots)
            .into_iter()
            .flatten()
            .collect()
    }
}
