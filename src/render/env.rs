//! Tera's `get_env`, off unless `site.yaml` names the variable.
//!
//! Templates come with the site, through git from many hands, and a build
//! often runs in CI, whose environment holds secrets (GitLab always sets
//! `CI_JOB_TOKEN`). Tera's own `get_env` would publish any of them with
//! one line in a template. As in Hugo's security model, reading the
//! environment is off by default: a template may read only the variables
//! listed under `template_env:` in `site.yaml`.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use tera::{Tera, Value};

/// The variables `site.yaml` lets templates read, each with its value as
/// the build started (`None` when unset). Read once, so every page of a
/// build sees the same value, and part of what decides whether a page of
/// the previous output can be reused (see `fingerprint::site_hash`).
#[derive(Debug, Clone, Default)]
pub struct Allowed(Vec<(String, Option<String>)>);

impl Allowed {
    /// The variables named in `names`, read from the environment now.
    pub fn read(names: &[String]) -> Allowed {
        Allowed(
            names
                .iter()
                .map(|name| (name.clone(), std::env::var(name).ok()))
                .collect(),
        )
    }

    /// Feeds the names and values into `h`.
    pub fn hash_into(&self, h: &mut impl Hasher) {
        self.0.hash(h);
    }
}

/// Replaces Tera's `get_env` with one that reads only `allowed` names.
pub fn register(tera: &mut Tera, allowed: &Allowed) {
    let allowed = allowed.0.clone();
    tera.register_function("get_env", move |args: &HashMap<String, Value>| {
        let name = args
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("get_env needs name=\"VARIABLE\""))?;
        let Some((_, value)) = allowed.iter().find(|(a, _)| a == name) else {
            return Err(tera::Error::msg(format!(
                "get_env(name=\"{name}\") is not allowed: templates read no environment variable \
                 unless site.yaml lists it (`template_env: [{name}]`), so that no CI secret is published"
            )));
        };
        match (value, args.get("default")) {
            (Some(value), _) => Ok(Value::String(value.clone())),
            (None, Some(default)) => Ok(default.clone()),
            (None, None) => Err(tera::Error::msg(format!(
                "the environment variable {name} is not set; give get_env a default=\"…\""
            ))),
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(template: &str, allowed: &[&str]) -> Result<String, tera::Error> {
        let mut tera = Tera::default();
        tera.add_raw_template("t", template).unwrap();
        let allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
        register(&mut tera, &Allowed::read(&allowed));
        tera.render("t", &tera::Context::new())
    }

    #[test]
    fn only_listed_variables_are_read() {
        let err = render("{{ get_env(name=\"PATH\") }}", &[]).unwrap_err();
        let text = format!("{err:?}");
        assert!(text.contains("template_env"), "{text}");
        let path = std::env::var("PATH").unwrap();
        assert_eq!(
            render("{{ get_env(name=\"PATH\") }}", &["PATH"]).unwrap(),
            path
        );
        let unset = "{{ get_env(name=\"LETOPIS_UNSET_X\", default=\"-\") }}";
        assert_eq!(render(unset, &["LETOPIS_UNSET_X"]).unwrap(), "-");
    }
}
