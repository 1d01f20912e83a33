//! Event dates: parsing must never panic, and whatever parses must print
//! back to the same date.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        letopis::fuzzing::date(text);
    }
});
