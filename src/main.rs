//! The `letopis` command; everything else is in the library (`src/lib.rs`).

/// A build makes millions of small strings (template values, escaped
/// text, search terms) on every thread. glibc's allocator spent 18 % of a
/// 10 000-event build in `malloc` and `free`; mimalloc takes 18 % less CPU
/// in all and, at 100 000 events, less peak memory (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    letopis::run()
}
