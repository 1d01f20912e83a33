//! Progress of a build: each stage's time for `--verbose`, and pages
//! rendered for the progress bar. The stages report themselves, so a
//! profile of a slow build starts from `letopis build --verbose`.

use std::time::{Duration, Instant};

/// Reports progress: each finished stage with its time, then the pages of
/// the render stage one by one.
pub trait Progress: Sync {
    fn stage(&self, name: &str, took: Duration);
    fn start(&self, pages: u64);
    fn page(&self);
}

/// Reports nothing (`check`, `serve`).
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _: &str, _: Duration) {}
    fn start(&self, _: u64) {}
    fn page(&self) {}
}

/// Times consecutive stages for [`Progress::stage`].
pub struct Stopwatch<'a> {
    progress: &'a dyn Progress,
    last: Instant,
}

impl<'a> Stopwatch<'a> {
    pub fn new(progress: &'a dyn Progress) -> Self {
        Stopwatch {
            progress,
            last: Instant::now(),
        }
    }

    /// Reports the stage that ends now.
    pub fn lap(&mut self, name: &str) {
        let now = Instant::now();
        self.progress.stage(name, now - self.last);
        self.last = now;
    }

    /// Starts timing afresh (after stages that reported themselves).
    pub fn restart(&mut self) {
        self.last = Instant::now();
    }
}
