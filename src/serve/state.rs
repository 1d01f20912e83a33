//! What the rebuild loop tells the open pages: the last build's outcome,
//! and a generation number that grows with every rebuild.

use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// The outcome of the last rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// The build failed: the message to show over the page.
    Failed(String),
}

/// Shared by the rebuild loop and every event stream.
#[derive(Debug)]
pub struct Shared {
    state: Mutex<(u64, Status)>,
    changed: Condvar,
}

impl Shared {
    pub fn new() -> Shared {
        Shared {
            state: Mutex::new((0, Status::Ok)),
            changed: Condvar::new(),
        }
    }

    /// Records a rebuild and wakes every stream.
    pub fn publish(&self, status: Status) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.0 += 1;
        state.1 = status;
        self.changed.notify_all();
    }

    pub fn current(&self) -> (u64, Status) {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Waits until the generation differs from `seen`, at most `timeout`;
    /// None on timeout.
    pub fn wait_change(&self, seen: u64, timeout: Duration) -> Option<(u64, Status)> {
        let guard = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |s| s.0 == seen)
            .unwrap_or_else(|p| p.into_inner());
        (guard.0 != seen).then(|| guard.clone())
    }
}
