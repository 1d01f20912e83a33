//! The command line: arguments in, messages and exit codes out.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::build::{build, BuildOptions, Progress};
use crate::error::{Diagnostic, Error, Severity};

/// Letopis builds a library's chronicle website from Markdown events and
/// YAML statistics.
#[derive(Debug, Parser)]
#[command(name = "letopis", version, about)]
pub struct Cli {
    /// Print only errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more about what is done.
    #[arg(long, short, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        /// The site's folder (with site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/output].
        #[arg(long)]
        output: Option<PathBuf>,
        /// Publish under this address instead of site.yaml's base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Include events and pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
}

/// Runs the command line; the exit code is 0 on success, 1 when the site
/// has errors, 2 for wrong usage.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let term = Terminal::new(cli.quiet);
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
        } => {
            let opts = BuildOptions {
                root,
                output,
                base_url,
                drafts,
            };
            let bar = Bar::new(&term, cli.verbose);
            match build(&opts, &bar) {
                Ok(summary) => {
                    bar.finish();
                    term.diagnostics(&summary.warnings);
                    term.info(&format!(
                        "Built {} pages ({} events, {} files) in {:.2} s → {}",
                        summary.pages,
                        summary.events,
                        summary.files,
                        summary.elapsed.as_secs_f64(),
                        summary.output.display()
                    ));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    bar.finish();
                    term.failure(&e)
                }
            }
        }
    }
}

/// Where messages go, and whether they are coloured.
struct Terminal {
    quiet: bool,
    colour: bool,
    progress: bool,
}

impl Terminal {
    fn new(quiet: bool) -> Self {
        let tty = std::io::stderr().is_terminal();
        Terminal {
            quiet,
            colour: tty && std::env::var_os("NO_COLOR").is_none(),
            progress: tty && !quiet,
        }
    }

    fn info(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    fn diagnostics(&self, diags: &[Diagnostic]) {
        for d in diags {
            if self.quiet && d.severity == Severity::Warning {
                continue;
            }
            let text = d.to_string();
            if self.colour {
                let (label, code) = match d.severity {
                    Severity::Error => ("error", "1;31"),
                    Severity::Warning => ("warning", "1;33"),
                };
                let rest = text.strip_prefix(label).unwrap_or(&text);
                eprintln!("\x1b[{code}m{label}\x1b[0m{rest}\n");
            } else {
                eprintln!("{text}\n");
            }
        }
    }

    fn failure(&self, err: &Error) -> ExitCode {
        match err {
            Error::Site(diags) => {
                self.diagnostics(diags);
                eprintln!("Build failed: {err}; the previous output was left as it was.");
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

/// A progress bar on a terminal (nothing otherwise), and stage timings
/// with `--verbose`.
struct Bar(ProgressBar, bool);

impl Bar {
    fn new(term: &Terminal, verbose: bool) -> Self {
        let target = if term.progress {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} pages") {
            bar.set_style(style);
        }
        Bar(bar, verbose)
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

impl Progress for Bar {
    fn stage(&self, name: &str, took: std::time::Duration) {
        if self.1 {
            self.0
                .suspend(|| eprintln!("  {name}: {:.1} ms", took.as_secs_f64() * 1000.0));
        }
    }

    fn start(&self, pages: u64) {
        self.0.set_length(pages);
    }

    fn page(&self) {
        self.0.inc(1);
    }
}
