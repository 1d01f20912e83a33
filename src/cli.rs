//! The command line: arguments in, messages and exit codes out.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::build::{build, BuildOptions, Progress};
use crate::error::{Diagnostic, Message};
use crate::i18n::Lang;
use crate::messages::text;
use crate::terminal::Terminal;

/// `letopis --version`: the version, where the program comes from, and
/// the build of the code it was made from (see `build.rs`): two binaries
/// of one version can differ.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("CARGO_PKG_REPOSITORY"),
    ", build ",
    env!("LETOPIS_BUILD_ID"),
    ")"
);

/// Letopis builds a library's chronicle website from Markdown events and
/// YAML statistics.
#[derive(Debug, Parser)]
#[command(name = "letopis", version = VERSION, about)]
pub struct Cli {
    /// Print only errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more about what is done.
    #[arg(long, short, global = true)]
    verbose: bool,
    /// The language of the messages: ru, kk or en [default: the site's
    /// `language`, outside a site the system's, else en].
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
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
    /// Create a new site in DIR (which must not exist or be empty).
    Init {
        /// The folder for the new site.
        dir: PathBuf,
    },
    /// Switch on editing in the browser: adds `cms:` to site.yaml, so the
    /// build publishes /admin/ (Sveltia CMS).
    Cms {
        /// Where the site's repository is: github, gitlab or gitea.
        #[arg(long, value_enum)]
        backend: crate::cms::Backend,
        /// The repository's owner and name, e.g. cbs-novokuznetsk/letopis.
        #[arg(long)]
        repo: String,
        /// The branch the site is published from.
        #[arg(long, default_value = "main")]
        branch: String,
        /// The site's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Add content from an archetype.
    New {
        #[command(subcommand)]
        what: NewKind,
    },
    /// Report every problem the build would find, without writing anything.
    Check {
        /// The site's folder (with site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// `human` (grouped by file) or `json` (stable, for CI and editors).
        #[arg(long, value_enum, default_value = "human")]
        format: CheckFormat,
        /// Include events and pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Turn old reports (.docx, .odt, .txt, .md) into draft events and a
    /// stats.yaml draft; nothing is overwritten.
    Import {
        /// The reports.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The reports' year: events go to content/YEAR/events/, and dates
        /// that omit the year are in it.
        #[arg(long)]
        year: i32,
        /// The library of events whose text names none.
        #[arg(long)]
        library: Option<String>,
        /// The site's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Make the annual report of YEAR as a document (A4, contents, the
    /// chronicle, every statistics table and chart). Only a report
    /// Letopis made is ever replaced.
    Report {
        /// The year, e.g. 2023.
        year: i32,
        /// The document's format.
        #[arg(long, value_enum, default_value = "pdf")]
        format: crate::config::ReportFormat,
        /// The file to write [default: ROOT/report-YEAR.FORMAT].
        #[arg(long)]
        output: Option<PathBuf>,
        /// The site's folder (with site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Build into a temporary folder, serve it and rebuild on every change.
    Serve {
        /// The site's folder (with site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; keep the default to stay private.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the browser.
        #[arg(long)]
        open: bool,
        /// Include events and pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
}

#[derive(Debug, Subcommand)]
enum NewKind {
    /// A new event in content/<year>/events/.
    Event {
        /// The event's title, e.g. "Акция «Доктор Книга»".
        title: String,
        /// When: 2016-04-04, 2022-06-08..2022-06-09, 2022-04, 2022-Q1 or 2022.
        #[arg(long)]
        date: String,
        /// The library that held it.
        #[arg(long)]
        library: Option<String>,
        /// The kind of event: акция, викторина, выставка…
        #[arg(long)]
        form: Option<String>,
        /// Make a folder (<slug>/index.md) to put photos and files in.
        #[arg(long)]
        bundle: bool,
        /// The site's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// `letopis check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    Human,
    Json,
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| format!("`{code}` is not ru, kk or en"))
}

impl Command {
    /// The site the command works on; `None` for `init`.
    fn root(&self) -> Option<&Path> {
        match self {
            Command::Build { root, .. }
            | Command::Cms { root, .. }
            | Command::Check { root, .. }
            | Command::Import { root, .. }
            | Command::Report { root, .. }
            | Command::Serve { root, .. }
            | Command::New {
                what: NewKind::Event { root, .. },
            } => Some(root),
            Command::Init { .. } => None,
        }
    }
}

/// The language of the messages: `--lang`, else the site's, else the
/// system's, else English.
fn language(cli: &Cli) -> Lang {
    cli.lang
        .or_else(|| {
            cli.command
                .root()
                .and_then(crate::config::Config::language_of)
        })
        .or_else(crate::messages::system_lang)
        .unwrap_or(Lang::En)
}

/// Runs the command line; the exit code is 0 on success, 1 when the site
/// has errors, 2 for wrong usage.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let lang = language(&cli);
    let term = Terminal::new(cli.quiet, lang);
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
                    let done = Message::new("build-done")
                        .arg("pages", summary.pages)
                        .arg("events", summary.events)
                        .arg("files", summary.files)
                        .arg("seconds", format!("{:.2}", summary.elapsed.as_secs_f64()))
                        .arg("output", summary.output.display().to_string());
                    term.info(&done.render(lang));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    bar.finish();
                    term.failure(&e)
                }
            }
        }
        Command::Report {
            year,
            format,
            output,
            root,
        } => report(
            &term,
            &crate::report_command::ReportOptions {
                root,
                year,
                format,
                output,
            },
        ),
        Command::Init { dir } => match crate::scaffold::init(&dir, crate::scaffold::today()) {
            Ok(files) => {
                if cli.verbose {
                    for f in &files {
                        let created =
                            Message::new("init-created-file").arg("file", f.display().to_string());
                        term.info(&format!("  {}", created.render(lang)));
                    }
                }
                let done = Message::new("init-done")
                    .arg("dir", dir.display().to_string())
                    .arg("guide", "РЕДАКТОРАМ.md");
                term.info(&done.render(lang));
                ExitCode::SUCCESS
            }
            Err(e) => term.failure(&e),
        },
        Command::Cms {
            backend,
            repo,
            branch,
            root,
        } => match crate::cms::enable(&root, backend, &repo, &branch) {
            Ok(block) => {
                let done = Message::new("cms-added").arg("block", block);
                term.info(&done.render(term.lang));
                ExitCode::SUCCESS
            }
            Err(e) => term.failure(&e),
        },
        Command::New {
            what:
                NewKind::Event {
                    title,
                    date,
                    library,
                    form,
                    bundle,
                    root,
                },
        } => {
            let req = crate::scaffold::NewEvent {
                root,
                title,
                date,
                library,
                form,
                bundle,
            };
            match crate::scaffold::new_event(&req) {
                Ok(rel) => {
                    // The path alone goes to stdout, for scripts and editors.
                    println!("{}", req.root.join(&rel).display());
                    if req.library.is_none() {
                        term.info(&text(lang, "new-no-library"));
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => term.failure(&e),
            }
        }
        Command::Check {
            root,
            format,
            drafts,
        } => {
            let options = crate::model::Options { drafts };
            match crate::check::check(&root, options) {
                Ok(diags) => {
                    match format {
                        CheckFormat::Json => println!("{}", crate::check::json(&diags, lang)),
                        CheckFormat::Human => eprint!(
                            "{}",
                            crate::check::human(&diags, lang, term.colour, cli.quiet)
                        ),
                    }
                    if diags.iter().any(Diagnostic::is_error) {
                        ExitCode::from(1)
                    } else {
                        ExitCode::SUCCESS
                    }
                }
                Err(e) => term.failure(&e),
            }
        }
        Command::Import {
            files,
            year,
            library,
            root,
        } => {
            let opts = crate::import::Options {
                root,
                files,
                year,
                library,
            };
            match crate::import::import(&opts) {
                Ok(outcome) => crate::import::report(&outcome, &term),
                Err(e) => term.failure(&e),
            }
        }
        Command::Serve {
            root,
            port,
            bind,
            open,
            drafts,
        } => {
            let opts = crate::serve::ServeOptions {
                root,
                addr: std::net::SocketAddr::new(bind, port),
                open,
                drafts,
                verbose: cli.verbose,
            };
            match crate::serve::serve(&opts, &term) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => term.failure(&e),
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
            let peak = peak_memory_mib()
                .map_or(String::new(), |m| format!(" (peak memory so far {m} MiB)"));
            self.0
                .suspend(|| eprintln!("  {name}: {:.1} ms{peak}", took.as_secs_f64() * 1000.0));
        }
    }

    fn start(&self, pages: u64) {
        self.0.set_length(pages);
    }

    fn page(&self) {
        self.0.inc(1);
    }
}

/// `letopis report`: the document written, or why not.
fn report(term: &Terminal, opts: &crate::report_command::ReportOptions) -> ExitCode {
    match crate::report_command::command(opts) {
        Ok(made) => {
            term.diagnostics(&made.warnings);
            let done = Message::new("build-report-done")
                .arg("year", opts.year.to_string())
                .arg("kib", made.bytes.div_ceil(1024))
                .arg("file", made.file.display().to_string());
            term.info(&done.render(term.lang));
            ExitCode::SUCCESS
        }
        Err(e) => term.failure(&e),
    }
}

/// The process's peak resident memory, where the system tells it (Linux's
/// `VmHWM`): which stage makes the peak is what a memory budget needs.
fn peak_memory_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024)
}
