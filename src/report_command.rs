//! `letopis report YEAR`: the annual report of one year as a file.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::report::{is_ours, make, Format};
use crate::theme::Theme;

/// What `letopis report` was asked to do.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub root: PathBuf,
    pub year: i32,
    pub format: Format,
    /// Defaults to `<root>/report-<year>.<format>`.
    pub output: Option<PathBuf>,
}

/// What a written report is: its file and its size.
#[derive(Debug)]
pub struct Made {
    pub file: PathBuf,
    pub bytes: usize,
    pub warnings: Vec<crate::error::Diagnostic>,
}

/// `letopis report`: builds the site's model (nothing of the site is
/// written) and writes the report of one year. An existing file is
/// replaced only if it is a report Letopis made; anything else is
/// refused, so no command overwrites an editor's own document.
pub fn command(opts: &ReportOptions) -> Result<Made, Error> {
    let config = crate::config::Config::load(&opts.root)?;
    let (site, stats, warnings) =
        crate::build::load_site(&opts.root, config, crate::model::Options::default())?;
    let theme =
        Theme::load(&opts.root, &site.config.theme, site.config.language).map_err(Error::Site)?;
    let built = crate::build::route(site, stats, &theme)?;
    let bytes = make(&built, &theme, opts.year, opts.format)?;
    let file = opts.output.clone().unwrap_or_else(|| {
        opts.root
            .join(format!("report-{}.{}", opts.year, opts.format.extension()))
    });
    save(&file, &bytes, opts.format)?;
    Ok(Made {
        file,
        bytes: bytes.len(),
        warnings,
    })
}

/// Writes `bytes` to `file` whole (a temporary file beside it, renamed),
/// refusing to replace a file that is not a report of ours.
fn save(file: &Path, bytes: &[u8], format: Format) -> Result<(), Error> {
    if file.exists() && !is_ours(file, format) {
        return Err(Error::Usage(
            crate::messages::Message::new("report-file-taken")
                .arg("file", file.display().to_string()),
        ));
    }
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io("create a file in", dir, e))?;
    std::io::Write::write_all(&mut tmp, bytes).map_err(|e| Error::io("write", file, e))?;
    tmp.persist(file)
        .map_err(|e| Error::io("write", file, e.error))?;
    Ok(())
}
