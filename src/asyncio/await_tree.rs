//! The await tree of a loop's pending tasks, drawn as CPython 3.14's
//! `python -m asyncio pstree` draws it, for the deadlock verdict.
//!
//! A task is a node `(T) NAME`; below it comes its coroutine's frame
//! (`FUNCTION FILE:LINE`, where it is suspended), and below the frame the
//! tasks it awaits, directly or through `gather()`. Tasks nobody awaits are
//! the roots. A cycle of tasks awaiting each other has no root; it is
//! reported as pstree reports one.

use std::collections::HashMap;
use std::rc::Rc;

use super::tasks::Task;
use crate::object::Value;

/// For each pending task, the pending tasks it waits on: the task it
/// awaits, the children of the `gather()` it awaits, and the tasks of its
/// `TaskGroup`s, in that order, each once.
fn awaited_tasks(pending: &[Rc<Task>]) -> Vec<Vec<usize>> {
    let index: HashMap<*const Task, usize> = pending
        .iter()
        .enumerate()
        .map(|(i, t)| (Rc::as_ptr(t), i))
        .collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); pending.len()];
    let mut link = |parent: usize, child: &Rc<Task>| {
        if let Some(&i) = index.get(&Rc::as_ptr(child)) {
            if !children[parent].contains(&i) {
                children[parent].push(i);
            }
        }
    };
    for (i, task) in pending.iter().enumerate() {
        match task.fut_waiter() {
            Some(Value::Task(t)) => link(i, &t),
            Some(Value::Future(f)) => {
                for child in f.gathered_children() {
                    if let Value::Task(t) = child {
                        link(i, &t);
                    }
                }
            }
            _ => {}
        }
    }
    for task in pending {
        if let Some(parent) = task.awaited_by() {
            if let Some(&p) = index.get(&Rc::as_ptr(&parent)) {
                link(p, task);
            }
        }
    }
    children
}

/// `(T) NAME`, and the frame line when the coroutine has Python source.
fn frame_label(task: &Task, vm: Option<&crate::interp::Vm>) -> Option<String> {
    let (source, _) = task.coro.definition()?;
    let line = task.coro.frame_line(vm)?;
    Some(format!(
        " {} {}:{}",
        task.coro.qualname(),
        source.name,
        line
    ))
}

/// The tree (or the cycle report), one line per entry, each ending in `\n`.
pub fn render(pending: &[Rc<Task>], vm: Option<&crate::interp::Vm>) -> String {
    let children = awaited_tasks(pending);
    if let Some(cycle) = find_cycle(&children) {
        let names: Vec<String> = cycle
            .iter()
            .map(|&i| pending[i].name().to_string())
            .collect();
        return format!(
            "ERROR: await-graph contains cycles - cannot print a tree!\n\ncycle: {}\n",
            names.join(" → ")
        );
    }
    let mut awaited = vec![false; pending.len()];
    for kids in &children {
        for &k in kids {
            awaited[k] = true;
        }
    }
    let mut out = String::new();
    for root in (0..pending.len()).filter(|&i| !awaited[i]) {
        draw(root, pending, &children, vm, "", true, &mut out);
    }
    out
}

fn draw(
    node: usize,
    pending: &[Rc<Task>],
    children: &[Vec<usize>],
    vm: Option<&crate::interp::Vm>,
    prefix: &str,
    last: bool,
    out: &mut String,
) {
    let branch = |last: bool| if last { "└── " } else { "├── " };
    let indent = |last: bool| if last { "    " } else { "│   " };
    out.push_str(&format!(
        "{prefix}{}(T) {}\n",
        branch(last),
        pending[node].name()
    ));
    let mut prefix = format!("{prefix}{}", indent(last));
    if let Some(frame) = frame_label(&pending[node], vm) {
        out.push_str(&format!("{prefix}{}{frame}\n", branch(true)));
        prefix.push_str(indent(true));
    }
    let kids = &children[node];
    for (i, &kid) in kids.iter().enumerate() {
        draw(
            kid,
            pending,
            children,
            vm,
            &prefix,
            i + 1 == kids.len(),
            out,
        );
    }
}

/// A cycle in the awaits graph, as the tasks along it with the first one
/// repeated at the end (`Task-2 → Task-3 → Task-2`).
fn find_cycle(children: &[Vec<usize>]) -> Option<Vec<usize>> {
    // 0: not seen, 1: on the current path, 2: finished.
    let mut state = vec![0u8; children.len()];
    let mut path = Vec::new();
    fn visit(
        n: usize,
        children: &[Vec<usize>],
        state: &mut [u8],
        path: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        state[n] = 1;
        path.push(n);
        for &k in &children[n] {
            if state[k] == 1 {
                let from = path.iter().position(|&p| p == k).expect("on the path");
                let mut cycle = path[from..].to_vec();
                cycle.push(k);
                return Some(cycle);
            }
            if state[k] == 0 {
                if let Some(c) = visit(k, children, state, path) {
                    return Some(c);
                }
            }
        }
        path.pop();
        state[n] = 2;
        None
    }
    for n in 0..children.len() {
        if state[n] == 0 {
            if let Some(c) = visit(n, children, &mut state, &mut path) {
                return Some(c);
            }
        }
    }
    None
}
