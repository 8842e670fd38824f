//! pyasync: a Python interpreter for asynchronous Python.
//!
//! Source flows one way: `syntax` (lexer and parser) builds the AST,
//! `resolve` assigns every name a slot, `interp` evaluates it over the
//! `object` model, and `asyncio` schedules coroutines the way CPython 3.11's
//! asyncio does. `embed` is the API for running untrusted code inside a Rust
//! program; `Interpreter` runs scripts for the `pyasync` binary, a thin
//! command line around it. The other modules are the implementation: public
//! for the binary and the tests, hidden from the documentation.

#![doc = include_str!("../README.md")]

#[doc(hidden)]
pub mod asyncio;
#[doc(hidden)]
pub mod builtins;
#[doc(hidden)]
pub mod diagnostics;
pub mod embed;
#[doc(hidden)]
pub mod flags;
#[doc(hidden)]
pub mod interp;
#[doc(hidden)]
pub mod object;
#[doc(hidden)]
pub mod repl;
#[doc(hidden)]
pub mod resolve;
#[doc(hidden)]
pub mod schedule;
#[doc(hidden)]
pub mod signals;
#[doc(hidden)]
pub mod source;
#[doc(hidden)]
pub mod stdlib;
#[doc(hidden)]
pub mod syntax;
#[doc(hidden)]
pub mod text;
#[doc(hidden)]
pub mod traceback;

mod interpreter;

pub use interpreter::{run_with_large_stack, Completeness, Interpreter, Options, Outcome, Session};
