//! An event file as the load stage reads it: UTF-8 check, front matter,
//! YAML into the event's fields, then the body through both Markdown
//! engines and the sanitiser. Must never panic or hang.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    letopis::fuzzing::event_file(data);
});
