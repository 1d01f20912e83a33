//! Fixture sites for the integration tests: a site in a temporary folder,
//! built by the real `letopis` binary, its pages parsed with a real HTML
//! parser.

#![allow(dead_code)] // each test file uses a different part

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

pub struct Site {
    pub dir: tempfile::TempDir,
}

/// What a run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Asserts success and returns stderr (where the summary goes).
    pub fn ok(&self) -> &str {
        assert_eq!(self.code, 0, "build failed:\n{}", self.stderr);
        &self.stderr
    }

    /// Asserts the build failed with exit code 1 and returns stderr.
    pub fn failed(&self) -> &str {
        assert_eq!(
            self.code, 1,
            "expected exit 1, got {}:\n{}",
            self.code, self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        &self.stderr
    }
}

pub const SITE_YAML: &str = "title: \"Летопись ЦБС\"\nbase_url: \"https://library.example/\"\nlanguage: ru\norganisation:\n  name: \"МБУ «МИБС»\"\n";

impl Site {
    /// An empty folder with only a `site.yaml`.
    pub fn new() -> Site {
        Site::with_config(SITE_YAML)
    }

    pub fn with_config(config: &str) -> Site {
        let site = Site {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        site.file("site.yaml", config);
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (folders created).
    pub fn file(&self, rel: &str, text: &str) -> &Site {
        self.bytes(rel, text.as_bytes())
    }

    pub fn bytes(&self, rel: &str, bytes: &[u8]) -> &Site {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("has parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
        self
    }

    /// Writes an event with the given front matter lines and body.
    pub fn event(&self, rel: &str, front: &str, body: &str) -> &Site {
        self.file(rel, &format!("---\n{front}\n---\n{body}\n"))
    }

    pub fn build(&self, args: &[&str]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_letopis"));
        cmd.arg("build").arg("--root").arg(self.root()).args(args);
        Run::from(cmd.output().expect("run letopis"))
    }

    pub fn output(&self) -> PathBuf {
        self.root().join("output")
    }

    /// A page of the output, parsed.
    pub fn page(&self, rel: &str) -> Page {
        let path = self.output().join(rel);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Page(Html::parse_document(&text))
    }
}

/// Runs the binary with any arguments.
pub fn letopis(args: &[&str]) -> Run {
    Run::from(
        Command::new(env!("CARGO_BIN_EXE_letopis"))
            .args(args)
            .output()
            .expect("run letopis"),
    )
}

pub struct Page(pub Html);

impl Page {
    /// Text of every element matching `css`, whitespace collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let sel = Selector::parse(css).expect("selector");
        self.0
            .select(&sel)
            .map(|e| {
                e.text()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn text(&self, css: &str) -> String {
        let all = self.texts(css);
        assert!(!all.is_empty(), "nothing matches {css}");
        all[0].clone()
    }

    /// An attribute of every element matching `css`.
    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        let sel = Selector::parse(css).expect("selector");
        self.0
            .select(&sel)
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    /// `href`s of links whose text is `text`.
    pub fn link(&self, text: &str) -> String {
        let sel = Selector::parse("a").expect("selector");
        self.0
            .select(&sel)
            .find(|a| a.text().collect::<String>().trim() == text)
            .and_then(|a| a.value().attr("href").map(str::to_string))
            .unwrap_or_else(|| panic!("no link «{text}»"))
    }
}

/// The demo site of the repository.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A real JPEG of `w`×`h` pixels, for photo fixtures.
pub fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, 90, (y % 256) as u8])
    });
    let mut buf = Vec::new();
    img.write_to(
        &mut std::io::Cursor::new(&mut buf),
        image::ImageFormat::Jpeg,
    )
    .expect("encode a JPEG");
    buf
}
