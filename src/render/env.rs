//! Tera's `get_env`, off unless `site.yaml` names the variable.
//!
//! Templates come with the site, through git from many hands, and a build
//! often runs in CI, whose environment holds secrets (GitLab always sets
//! `CI_JOB_TOKEN`). Tera's own `get_env` would publish any of them with
//! one line in a template. As in Hugo's security model, reading the
//! environment is off by default: a template may read only the variables
//! listed under `template_env:` in `site.yaml`.

use std::collections::HashMap;

use tera::{Tera, Value};

/// Replaces Tera's `get_env` with one that reads only `allowed` names.
pub fn register(tera: &mut Tera, allowed: &[String]) {
    let allowed = allowed.to_vec();
    tera.register_function("get_env", move |args: &HashMap<String, Value>| {
        let name = args
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("get_env needs name=\"VARIABLE\""))?;
        if !allowed.iter().any(|a| a == name) {
            return Err(tera::Error::msg(format!(
                "get_env(name=\"{name}\") is not allowed: templates read no environment variable \
                 unless site.yaml lists it (`template_env: [{name}]`), so that no CI secret is published"
            )));
        }
        match (std::env::var(name), args.get("default")) {
            (Ok(value), _) => Ok(Value::String(value)),
            (Err(_), Some(default)) => Ok(default.clone()),
            (Err(_), None) => Err(tera::Error::msg(format!(
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
        register(&mut tera, &allowed);
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
