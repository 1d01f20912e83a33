//! Fixture sites for the integration tests: a site in a temporary folder,
//! built by the real `letopis` binary, its pages parsed with a real HTML
//! parser.

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
    letopis_env(args, &[])
}

/// Runs the binary with any arguments and these environment variables.
pub fn letopis_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    Run::from(
        Command::new(env!("CARGO_BIN_EXE_letopis"))
            .args(args)
            .envs(env.iter().copied())
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

impl Site {
    /// `build` that fails the test instead of hanging: the build is
    /// killed after `secs` seconds.
    pub fn build_within(&self, secs: u64, args: &[&str]) -> Run {
        use std::io::Read;
        let mut child = Command::new(env!("CARGO_BIN_EXE_letopis"))
            .arg("build")
            .arg("--root")
            .arg(self.root())
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run letopis");
        // Drain both pipes while waiting, so a long report cannot block
        // the build on a full pipe.
        let drain = |mut r: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut s = Vec::new();
                let _ = r.read_to_end(&mut s);
                String::from_utf8_lossy(&s).into_owned()
            })
        };
        let out = drain(Box::new(child.stdout.take().expect("piped")));
        let err = drain(Box::new(child.stderr.take().expect("piped")));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the build did not finish in {secs} s");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        Run {
            code: status.code().unwrap_or(-1),
            stdout: out.join().expect("stdout"),
            stderr: err.join().expect("stderr"),
        }
    }
}

/// The largest resident memory, in MiB, of any child process this test
/// binary has waited for: an upper bound for each build it ran.
#[cfg(unix)]
pub fn peak_child_memory_mib() -> u64 {
    // SAFETY: getrusage only writes into the struct we pass.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    // Linux reports ru_maxrss in KiB.
    u64::try_from(usage.ru_maxrss).unwrap_or(0) / 1024
}

/// Windows has no `getrusage`: the memory bounds are checked on Unix.
#[cfg(not(unix))]
pub fn peak_child_memory_mib() -> u64 {
    0
}

/// Every file under `dir`, by its path relative to `dir`, with its bytes:
/// two equal trees are byte-for-byte the same output.
pub fn tree(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = e.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("inside").to_path_buf();
                files.insert(rel, std::fs::read(&path).expect("read"));
            }
        }
    }
    files
}
