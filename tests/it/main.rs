//! The integration tests: one binary, one module per area. Each test
//! builds a small fixture site in a temporary folder with the real
//! `letopis` binary and checks what it wrote with real parsers.

mod architecture;
mod broken;
mod browser;
mod build;
mod cells;
mod chart_font;
mod charts_in_text;
mod checks;
mod cms;
mod common;
mod date_forms;
mod demo;
mod editor;
mod errors;
mod import;
mod import_accuracy;
mod import_site;
mod incremental;
mod interrupt;
mod last_updated;
mod libraries;
mod machine;
mod messages;
mod paging;
mod paths;
mod photo_safety;
mod photos;
mod print;
mod release;
mod report;
mod routes;
mod search;
mod security;
mod serve;
mod stats;
mod typography;
mod windows;
mod xlsx;
mod xss;
