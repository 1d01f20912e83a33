//! `letopis`: a static site generator for library chronicles.
//!
//! The build is a pipeline, one module per stage:
//! [`config`] → [`load`] → [`model`] → [`render`] (with [`markdown`] and
//! [`theme`]) → [`write`]; [`build`] runs it and [`cli`] talks to the user.

mod build;
mod charts;
mod cli;
mod config;
mod error;
mod i18n;
mod load;
mod markdown;
mod model;
mod render;
mod search;
mod slug;
mod stats;
mod theme;
mod write;

fn main() -> std::process::ExitCode {
    cli::run()
}
