//! `letopis cms`: switches browser editing on for an existing site by
//! adding a `cms:` section at the end of its `site.yaml`. What the file
//! already says is kept byte for byte; a site that has the section is left
//! alone.

use std::io::Write;
use std::path::Path;

use super::{Backend, CmsConfig};
use crate::config::CONFIG_FILE;
use crate::error::{Error, Message};

/// Adds `cms:` to `root/site.yaml`; the text added is returned.
pub fn enable(root: &Path, backend: Backend, repo: &str, branch: &str) -> Result<String, Error> {
    let path = root.join(CONFIG_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
    let value: serde_yaml::Value = serde_yaml::from_str(&text).unwrap_or_default();
    if value.get("cms").is_some() {
        return Err(Error::Usage(
            Message::new("cms-exists").arg("file", path.display().to_string()),
        ));
    }
    let backend_name = match backend {
        Backend::Github => "github",
        Backend::Gitlab => "gitlab",
        Backend::Gitea => "gitea",
    };
    let block = format!(
        "{sep}# Редактирование в браузере: страница /admin/ сайта (Sveltia CMS).\ncms:\n  backend: {backend_name}\n  repo: {repo:?}\n  branch: {branch:?}\n",
        sep = if text.ends_with('\n') || text.is_empty() { "" } else { "\n" },
    );
    // The section is checked as the build will read it before a byte is
    // added.
    let parsed: serde_yaml::Value = serde_yaml::from_str(&block)
        .map_err(|e| Error::Usage(Message::new("cms-cannot-write").arg("reason", e.to_string())))?;
    serde_yaml::from_value::<CmsConfig>(parsed["cms"].clone())
        .map_err(|_| Error::Usage(Message::new("cms-repo-option").arg("repo", repo)))?;
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(block.as_bytes()))
        .map_err(|e| Error::io("write", &path, e))?;
    Ok(block)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_once_and_keeps_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        std::fs::write(&path, "title: \"Летопись\" # мой комментарий").unwrap();
        enable(dir.path(), Backend::Gitlab, "cbs/letopis", "main").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("title: \"Летопись\" # мой комментарий\n# "));
        assert!(text
            .ends_with("cms:\n  backend: gitlab\n  repo: \"cbs/letopis\"\n  branch: \"main\"\n"));
        assert!(enable(dir.path(), Backend::Github, "a/b", "main").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn a_bad_repository_adds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        std::fs::write(&path, "title: x\n").unwrap();
        let err = enable(dir.path(), Backend::Github, "letopis", "main").unwrap_err();
        let Error::Usage(said) = err else {
            panic!("{err}")
        };
        let ru = said.render(crate::i18n::Lang::Ru);
        assert!(ru.starts_with("--repo letopis: это не репозиторий"), "{ru}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "title: x\n");
    }
}
