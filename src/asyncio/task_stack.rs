//! `Task.print_stack` and `Task.get_stack` (CPython's
//! `base_tasks._task_print_stack` / `_task_get_stack`): the frame a pending
//! task is suspended in, or the traceback of the exception it ended with.

use super::tasks::Task;
use crate::interp::Vm;
use crate::object::methods::{parse_args, Sig};
use crate::object::types;
use crate::object::{Args, PyErr, PyResult, Value};

/// One frame as `traceback.print_list` shows it.
struct FrameLine {
    file: String,
    line: usize,
    function: String,
    text: String,
}

/// The task's frames, outermost first, at most `limit` of them (none for
/// a limit <= 0), and the exception it ended with, if any.
fn stack(vm: &Vm, task: &Task, limit: Option<i64>) -> (Vec<FrameLine>, Option<Value>) {
    let mut frames = Vec::new();
    let mut exception = None;
    let fut = &task.future;
    if fut.done() {
        if !fut.cancelled() {
            if let Ok(Value::Exception(exc)) = fut.exception() {
                for entry in exc.traceback.borrow().iter().rev() {
                    let line = entry.source.line_of(entry.span.start as usize);
                    frames.push(FrameLine {
                        file: entry.source.name.to_string(),
                        line,
                        function: entry.function.to_string(),
                        text: entry.source.line_text(line).trim().to_string(),
                    });
                }
                exception = Some(Value::Exception(exc));
            }
        }
    } else if let (Some((source, _)), Some(line)) =
        (task.coro.definition(), task.coro.frame_line(Some(vm)))
    {
        frames.push(FrameLine {
            file: source.name.to_string(),
            line,
            function: task.coro.name().to_string(),
            text: source.line_text(line).trim().to_string(),
        });
    }
    if let Some(limit) = limit {
        frames.truncate(limit.max(0) as usize);
    }
    (frames, exception)
}

/// The `limit` argument: an int or None (CPython compares it with 0).
fn limit_of(v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(n)),
        Some(Value::Bool(b)) => Ok(Some(b as i64)),
        Some(other) => Err(PyErr::type_error(format!(
            "'<=' not supported between instances of '{}' and 'int'",
            other.type_name()
        ))),
    }
}

/// `Task.print_stack(*, limit=None, file=None)`.
pub fn print_stack(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let Value::Task(task) = me else {
        unreachable!("a Task method is only called on a task")
    };
    // Argument Clinic counts every argument against the two it takes first.
    let given = args.positional.len() + args.keywords.len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "print_stack() takes at most 2 arguments ({} given)",
            given
        )));
    }
    let mut parsed = parse_args(
        "Task",
        "print_stack",
        Sig::KeywordOnly(&["limit", "file"]),
        args,
    )?
    .into_iter();
    let limit = parsed.next().flatten();
    let file = parsed.next().flatten();
    let (frames, exception) = stack(vm, task, limit_of(limit)?);
    let repr = super::task_repr(task);
    let mut text = if frames.is_empty() {
        format!("No stack for {}\n", repr)
    } else if exception.is_some() {
        format!("Traceback for {} (most recent call last):\n", repr)
    } else {
        format!("Stack for {} (most recent call last):\n", repr)
    };
    for f in &frames {
        text.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            f.file, f.line, f.function
        ));
        if !f.text.is_empty() {
            text.push_str(&format!("    {}\n", f.text));
        }
    }
    if let Some(Value::Exception(exc)) = &exception {
        text.push_str(&crate::traceback::exception_line(exc));
        text.push('\n');
    }
    match file.filter(|f| !f.is_none()) {
        None => super::exception_handler::write_stderr(vm, &text),
        Some(Value::Stream(s)) => vm.write(s, &text),
        Some(f) => {
            vm.call_method(&f, "write", Args::positional(vec![Value::str(&text)]))?;
        }
    }
    Ok(Value::None)
}

/// `Task.get_stack(*, limit=None)`: frame objects, which pyasync does not
/// have; refused rather than answered with something else.
pub fn get_stack(_vm: &Vm, _me: &Value, _args: Args) -> PyResult {
    Err(PyErr::new(
        &types::NOT_IMPLEMENTED_ERROR,
        "Task.get_stack() is not supported by pyasync (no frame objects); use Task.print_stack()",
    ))
}
