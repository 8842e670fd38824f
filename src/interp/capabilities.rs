//! What a script may reach outside the interpreter. The command line grants
//! everything, as python3 does; an embedding host grants each capability
//! explicitly. A refused capability is a `PermissionError` that names it,
//! raised where the script asked (`open`, `socket.socket`, `subprocess.run`...).

use crate::object::{types, PyErr, PyResult};

/// One kind of access to the world outside the interpreter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capability {
    /// Opening, listing, creating and removing files and directories.
    Files,
    /// Sockets and name resolution.
    Network,
    /// Starting and signalling other processes.
    Processes,
    /// Reading and changing environment variables.
    Environment,
    /// Waiting in real time and reading the wall clock; without it a host
    /// runs scripts under the virtual clock.
    RealTime,
}

impl Capability {
    pub const ALL: [Capability; 5] = [
        Capability::Files,
        Capability::Network,
        Capability::Processes,
        Capability::Environment,
        Capability::RealTime,
    ];

    /// The name a refusal gives.
    pub fn name(self) -> &'static str {
        match self {
            Capability::Files => "files",
            Capability::Network => "network",
            Capability::Processes => "processes",
            Capability::Environment => "environment",
            Capability::RealTime => "real time",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of granted capabilities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Capabilities(u8);

impl Capabilities {
    /// Nothing granted: what an embedding host starts from.
    pub const NONE: Capabilities = Capabilities(0);

    /// Everything granted: the command line.
    pub fn all() -> Capabilities {
        Capability::ALL
            .iter()
            .fold(Capabilities::NONE, |set, &c| set.with(c))
    }

    pub fn with(self, capability: Capability) -> Capabilities {
        Capabilities(self.0 | capability.bit())
    }

    pub fn without(self, capability: Capability) -> Capabilities {
        Capabilities(self.0 & !capability.bit())
    }

    pub fn allows(self, capability: Capability) -> bool {
        self.0 & capability.bit() != 0
    }

    /// `Ok` if granted, else the `PermissionError` that names what `what`
    /// (say `"open('/etc/passwd')"` or `"socket.socket()"`) needed.
    pub fn require(self, capability: Capability, what: &str) -> PyResult<()> {
        if self.allows(capability) {
            Ok(())
        } else {
            Err(PyErr::new(
                &types::PERMISSION_ERROR,
                format!(
                    "{what} needs the '{}' capability, which the host did not grant",
                    capability.name()
                ),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grants_are_independent() {
        let set = Capabilities::NONE.with(Capability::Files);
        assert!(set.allows(Capability::Files));
        assert!(!set.allows(Capability::Network));
        assert!(Capabilities::all().allows(Capability::RealTime));
        assert!(!Capabilities::all()
            .without(Capability::Processes)
            .allows(Capability::Processes));
    }
}
