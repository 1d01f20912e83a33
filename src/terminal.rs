//! Where the commands' messages go: standard error, coloured on a
//! terminal unless `NO_COLOR` is set, warnings left out with `--quiet`.

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::error::{Diagnostic, Error, Severity};

/// Where messages go, and whether they are coloured.
pub struct Terminal {
    quiet: bool,
    pub colour: bool,
    pub progress: bool,
}

impl Terminal {
    pub fn new(quiet: bool) -> Self {
        let tty = std::io::stderr().is_terminal();
        Terminal {
            quiet,
            colour: tty && std::env::var_os("NO_COLOR").is_none(),
            progress: tty && !quiet,
        }
    }

    /// A message unless `--quiet`.
    pub fn info(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// Diagnostics, warnings left out with `--quiet`.
    pub fn diagnostics(&self, diags: &[Diagnostic]) {
        for d in diags {
            if self.quiet && d.severity == Severity::Warning {
                continue;
            }
            eprintln!("{}\n", d.to_text(self.colour));
        }
    }

    /// Reports `err`; the exit code it means.
    pub fn failure(&self, err: &Error) -> ExitCode {
        match err {
            Error::Site(diags) => {
                self.diagnostics(diags);
                eprintln!("Failed: {err}; no file was changed.");
                ExitCode::from(1)
            }
            Error::Usage(msg) => {
                eprintln!("error: {msg}");
                ExitCode::from(2)
            }
            Error::Io { .. } => {
                eprintln!("error: {err}");
                ExitCode::from(1)
            }
        }
    }
}
