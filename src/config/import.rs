//! `import:` in `site.yaml`: what `letopis import` should know of the
//! site's reports.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// `site.yaml`'s `import:`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ImportConfig {
    /// Forms of events besides the built-in ones («квест», «флешмоб» …).
    #[serde(default)]
    pub forms: Vec<String>,
    /// The site's libraries, each with the other ways reports write it:
    /// `"Центральная детская библиотека": [ЦДБ]`.
    #[serde(default)]
    pub libraries: BTreeMap<String, Vec<String>>,
}
