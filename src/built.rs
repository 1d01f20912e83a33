//! What the build stage hands every output: [`Built`].

use crate::model::Site;
use crate::routes::Routes;
use crate::stats::Statistics;

/// The site as every output sees it: the model, its statistics still
/// typed, and the address of everything. Read-only.
pub struct Built {
    pub site: Site,
    pub stats: Statistics,
    pub routes: Routes,
}
