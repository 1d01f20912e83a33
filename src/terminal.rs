//! Where the commands' messages go: standard error, in the site's
//! language, coloured on a terminal unless `NO_COLOR` is set, warnings
//! left out with `--quiet`.

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::error::{Diagnostic, Error, Message, Severity};
use crate::i18n::Lang;
use crate::messages::text;

/// Where messages go, and whether they are coloured.
pub struct Terminal {
    quiet: bool,
    pub colour: bool,
    pub progress: bool,
    /// The language of the messages.
    pub lang: Lang,
}

impl Terminal {
    pub fn new(quiet: bool, lang: Lang) -> Self {
        let tty = std::io::stderr().is_terminal();
        Terminal {
            quiet,
            lang,
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
            eprintln!("{}\n", d.to_text(self.lang, self.colour));
        }
    }

    /// Reports `err`; the exit code it means.
    pub fn failure(&self, err: &Error) -> ExitCode {
        match err {
            Error::Site(diags) => {
                self.diagnostics(diags);
                let errors = diags.iter().filter(|d| d.is_error()).count();
                let failed = Message::new("build-failed").arg("errors", errors);
                eprintln!("{}", failed.render(self.lang));
                ExitCode::from(1)
            }
            Error::Usage(msg) => {
                eprintln!(
                    "{}: {}",
                    text(self.lang, "label-error"),
                    msg.render(self.lang)
                );
                ExitCode::from(2)
            }
            Error::Io { .. } | Error::Report(_) | Error::ChartFont(_) => {
                eprintln!(
                    "{}: {}",
                    text(self.lang, "label-error"),
                    err.shown(self.lang)
                );
                ExitCode::from(1)
            }
        }
    }
}
