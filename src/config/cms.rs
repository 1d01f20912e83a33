//! `cms:` in `site.yaml`: where the site's repository is, for the admin
//! page that `crate::cms` writes.

use serde::{Deserialize, Serialize};

/// `cms:` in `site.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CmsConfig {
    /// Where the site's repository is hosted.
    pub backend: Backend,
    /// `owner/name` of the site's repository.
    pub repo: Repo,
    /// The branch the site is published from.
    #[serde(default = "default_branch")]
    pub branch: String,
    /// A self-hosted GitLab or Gitea/Forgejo: its address
    /// (`https://git.library.example`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Library and form names to offer beside those the site's events
    /// already use (a new library, before its first event).
    #[serde(default)]
    pub libraries: Vec<String>,
    #[serde(default)]
    pub forms: Vec<String>,
}

fn default_branch() -> String {
    "main".to_string()
}

/// The git hosts Sveltia works with without Netlify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Github,
    Gitlab,
    Gitea,
}

/// A repository's `owner/name`: two parts of letters, digits, `-`, `_`
/// and `.` (GitLab groups may nest: `group/sub/name`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Repo(String);

impl<'de> Deserialize<'de> for Repo {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Repo, D::Error> {
        let s = String::deserialize(d)?;
        let part_ok = |p: &str| {
            !p.is_empty()
                && !p.starts_with('.')
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        let parts: Vec<&str> = s.split('/').collect();
        if parts.len() >= 2 && parts.iter().all(|p| part_ok(p)) {
            Ok(Repo(s))
        } else {
            let said = crate::messages::Message::new("cms-bad-repo").arg("repo", s);
            let hint = crate::messages::Message::new("cms-bad-repo-hint");
            Err(serde::de::Error::custom(said.carried_with(&hint)))
        }
    }
}
