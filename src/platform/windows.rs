//! Windows.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use windows_sys::Win32::Foundation::{CloseHandle, FALSE, STILL_ACTIVE, TRUE};
use windows_sys::Win32::System::Console::{
    SetConsoleCtrlHandler, CTRL_BREAK_EVENT, CTRL_CLOSE_EVENT, CTRL_C_EVENT,
};
use windows_sys::Win32::System::Threading::{
    GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
};

use super::Exchanged;

/// Windows has no call that exchanges two folders.
pub fn exchange(_a: &Path, _b: &Path) -> std::io::Result<Exchanged> {
    Ok(Exchanged::Unsupported)
}

/// Whether the process `pid` is running.
pub fn process_alive(pid: u32) -> bool {
    // SAFETY: OpenProcess takes plain values; the handle is closed below.
    let handle = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid) };
    if handle.is_null() {
        // No such process, or one we may not look at (another user's):
        // only the first lets us remove its folder, so say alive unless
        // it is certainly gone.
        return std::io::Error::last_os_error().raw_os_error() != Some(87); // ERROR_INVALID_PARAMETER
    }
    let mut code = 0u32;
    // SAFETY: `handle` is a valid process handle and `code` a valid place.
    let ok = unsafe { GetExitCodeProcess(handle, &mut code) };
    // SAFETY: the handle came from OpenProcess and is closed once.
    unsafe { CloseHandle(handle) };
    ok == 0 || code == STILL_ACTIVE as u32
}

static FLAG: OnceLock<&'static AtomicBool> = OnceLock::new();

unsafe extern "system" fn handler(event: u32) -> i32 {
    let Some(flag) = FLAG.get() else {
        return FALSE;
    };
    flag.store(true, Ordering::SeqCst);
    if event == CTRL_CLOSE_EVENT {
        // Windows ends the process when this returns: give the caller's
        // loop (which looks at the flag every 200 ms) time to clean up.
        std::thread::sleep(Duration::from_millis(1500));
    }
    matches!(event, CTRL_C_EVENT | CTRL_BREAK_EVENT | CTRL_CLOSE_EVENT).into()
}

/// Sets `flag` on Ctrl+C, Ctrl+Break or the console window closed, instead
/// of dying, so the caller can clean up.
pub fn on_interrupt(flag: &'static AtomicBool) {
    let _ = FLAG.set(flag);
    // SAFETY: `handler` is a valid handler for the life of the process.
    unsafe { SetConsoleCtrlHandler(Some(handler), TRUE) };
}
