//! Text facts shared by the compiler and the runtime, with no dependency on
//! either: Unicode character properties as Python 3.11 sees them, and the
//! literal forms of values.

pub mod literal;
pub mod unicode;
