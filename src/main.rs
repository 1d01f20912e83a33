//! The `letopis` command; everything else is in the library (`src/lib.rs`).

fn main() -> std::process::ExitCode {
    letopis::run()
}
