//! Linux and macOS.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use super::Exchanged;

fn c_path(p: &Path) -> std::io::Result<CString> {
    CString::new(p.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidInput, "NUL in a path"))
}

/// Exchanges the folders `a` and `b` in one step. it returns true
/// (done), false (failed: see `errno`) or `None` (no such call here).
pub fn exchange(a: &Path, b: &Path) -> std::io::Result<Exchanged> {
    let Some(done) = swap_call(&c_path(a)?, &c_path(b)?) else {
        return Ok(Exchanged::Unsupported);
    };
    if done {
        return Ok(Exchanged::Atomically);
    }
    let err = std::io::Error::last_os_error();
    // Old kernels, file systems without the call (FAT, some network disks).
    match err.raw_os_error() {
        Some(libc::ENOSYS | libc::EINVAL | libc::ENOTSUP) => Ok(Exchanged::Unsupported),
        _ => Err(err),
    }
}

#[cfg(target_os = "linux")]
fn swap_call(a: &CString, b: &CString) -> Option<bool> {
    // SAFETY: both pointers are valid NUL-terminated strings that outlive
    // the call, which only reads them.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    Some(rc == 0)
}

#[cfg(target_os = "macos")]
fn swap_call(a: &CString, b: &CString) -> Option<bool> {
    // SAFETY: as on Linux.
    let rc = unsafe { libc::renamex_np(a.as_ptr(), b.as_ptr(), libc::RENAME_SWAP) };
    Some(rc == 0)
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn swap_call(_: &CString, _: &CString) -> Option<bool> {
    None
}

/// Whether the process `pid` is running.
pub fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        return Path::new("/proc").join(pid.to_string()).exists();
    }
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

static FLAG: OnceLock<&'static AtomicBool> = OnceLock::new();

extern "C" fn handler(_: libc::c_int) {
    if let Some(flag) = FLAG.get() {
        flag.store(true, Ordering::SeqCst);
    }
}

/// Sets `flag` on Ctrl+C or a request to terminate, instead of dying, so
/// the caller can clean up.
pub fn on_interrupt(flag: &'static AtomicBool) {
    let _ = FLAG.set(flag);
    // SAFETY: the handler only reads a set OnceLock and stores into an
    // atomic, both async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, handler as *const () as libc::sighandler_t);
        libc::signal(libc::SIGTERM, handler as *const () as libc::sighandler_t);
    }
}
