//! What differs between Linux, Windows and macOS, in one place; the rest of
//! letopis is the same everywhere. Each function has one body per
//! platform, chosen with `cfg`:
//!
//! | | Linux | macOS | Windows |
//! | --- | --- | --- | --- |
//! | [`exchange`] two folders atomically | `renameat2(RENAME_EXCHANGE)` | `renamex_np(RENAME_SWAP)` | none: the caller falls back to renames it can recover from |
//! | [`process_alive`] | `/proc/<pid>` | `kill(pid, 0)` | `OpenProcess` and its exit code |
//! | [`on_interrupt`] | `SIGINT`, `SIGTERM` | the same | Ctrl+C, Ctrl+Break and the console window closed |
//! | [`NATIVE_EVENTS_TRUSTED`] | yes, inotify | no: `serve` polls (notify's FSEvents backend is a feature left off) | no: `serve` polls, as `ReadDirectoryChangesW` misses changes on network and shared disks (and under Wine) |
//!
//! Windows is tested in CI under Wine (`.ci/run`); macOS is not tested here,
//! so its code is kept to the same `libc` calls as Linux where it can be.

#[cfg(unix)]
mod unix;
#[cfg(windows)]
mod windows;

#[cfg(unix)]
pub use unix::{exchange, on_interrupt, process_alive};
#[cfg(windows)]
pub use windows::{exchange, on_interrupt, process_alive};

/// Whether the system's own file-change events can be relied on for
/// `serve`; where not, it polls the files instead.
pub const NATIVE_EVENTS_TRUSTED: bool = cfg!(target_os = "linux");

/// What [`exchange`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exchanged {
    /// The two folders traded places in one step.
    #[cfg_attr(windows, allow(dead_code))] // Windows has no such call
    Atomically,
    /// The system or the file system has no such call: nothing was done.
    Unsupported,
}
