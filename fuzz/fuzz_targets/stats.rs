//! A year's `stats.yaml` as the build reads it: UTF-8 check, size, nesting
//! and cell bounds, YAML into the statistics' types, then every table,
//! figure and ratio built and checked. Must never panic or hang; run with
//! `-timeout=5` so an input that takes longer fails.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    letopis::fuzzing::stats_file(data);
});
