//! pyasync: a Python interpreter for asynchronous Python.
//!
//! Source flows one way: `syntax` (lexer and parser) builds the AST,
//! `resolve` assigns every name a slot, `interp` evaluates it over the
//! `object` model, and `asyncio` schedules coroutines the way CPython 3.11's
//! asyncio does. `Interpreter` is the embedding API; the `pyasync` binary is
//! a thin command line around it.

#![doc = include_str!("../README.md")]

pub mod asyncio;
pub mod builtins;
pub mod diagnostics;
pub mod embed;
pub mod flags;
pub mod interp;
pub mod object;
pub mod repl;
pub mod resolve;
pub mod schedule;
pub mod signals;
pub mod source;
pub mod stdlib;
pub mod syntax;
pub mod text;
pub mod traceback;

mod interpreter;

pub use interpreter::{run_with_large_stack, Completeness, Interpreter, Options, Outcome, Session};
