//! The CMS's fields, one per front matter key letopis reads.

use serde::Serialize;

use super::labels::Labels;

/// One field of an entry, in Sveltia's (Decap-compatible) terms.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    name: &'static str,
    label: String,
    widget: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pattern: Option<[&'static str; 2]>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    options: Vec<Choice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<Box<Field>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<Field>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
enum Choice {
    Plain(String),
    Labelled {
        label: &'static str,
        value: &'static str,
    },
}

/// The date forms letopis reads (see `model::date`), for the CMS to check
/// before it saves (a JavaScript pattern; `tests/browser/cms.mjs` tries it
/// on every form).
const DATE_PATTERN: &str = r"^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?(\.\.\d{4}-\d{2}(-\d{2})?)?)?$";

impl Field {
    fn new(name: &'static str, label: &str, widget: &'static str) -> Field {
        Field {
            name,
            label: label.to_string(),
            widget,
            required: None,
            hint: None,
            pattern: None,
            options: Vec::new(),
            default: None,
            value_type: None,
            min: None,
            field: None,
            fields: Vec::new(),
        }
    }

    fn optional(mut self) -> Field {
        self.required = Some(false);
        self
    }

    fn hint(mut self, hint: &'static str) -> Field {
        self.hint = Some(hint);
        self
    }

    fn choices(mut self, names: &[String]) -> Field {
        self.options = names.iter().cloned().map(Choice::Plain).collect();
        self
    }

    fn list_of_strings(name: &'static str, label: &str) -> Field {
        let mut f = Field::new(name, label, "list").optional();
        f.field = Some(Box::new(Field::new("item", label, "string")));
        f
    }
}

/// An event's fields, in the order of the README's example.
pub fn event(l: &Labels, libraries: &[String], forms: &[String]) -> Vec<Field> {
    let mut date = Field::new("date", l.date, "string").hint(l.date_hint);
    date.pattern = Some([DATE_PATTERN, l.date_error]);
    let mut attendance = Field::new("attendance", l.attendance, "number")
        .optional()
        .hint(l.attendance_hint);
    attendance.value_type = Some("int");
    attendance.min = Some(0);
    let mut status = Field::new("status", l.status, "select").optional();
    status.default = Some("done");
    status.options = ["done", "planned", "cancelled"]
        .into_iter()
        .zip(l.statuses)
        .map(|(value, label)| Choice::Labelled { label, value })
        .collect();
    let mut images = Field::new("images", l.images, "list").optional();
    images.fields = vec![
        Field::new("src", l.image, "image"),
        Field::new("alt", l.alt, "string").hint(l.alt_hint),
        Field::new("caption", l.caption, "string").optional(),
    ];
    vec![
        Field::new("title", l.title, "string"),
        date,
        Field::new("library", l.library, "select")
            .optional()
            .hint(l.library_hint)
            .choices(libraries),
        Field::new("form", l.form, "select")
            .optional()
            .hint(l.form_hint)
            .choices(forms),
        Field::list_of_strings("audience", l.audience),
        attendance,
        Field::new("campaign", l.campaign, "string").optional(),
        Field::list_of_strings("tags", l.tags),
        Field::new("featured", l.featured, "boolean").optional(),
        Field::new("online", l.online, "boolean").optional(),
        status,
        Field::new("summary", l.summary, "text")
            .optional()
            .hint(l.summary_hint),
        images,
        Field::new("draft", l.draft, "boolean").optional(),
        Field::new("body", l.body, "markdown").optional(),
    ]
}

/// A page's fields.
pub fn page(l: &Labels) -> Vec<Field> {
    let mut weight = Field::new("weight", l.weight, "number")
        .optional()
        .hint(l.weight_hint);
    weight.value_type = Some("int");
    vec![
        Field::new("title", l.title, "string"),
        Field::new("summary", l.summary, "text").optional(),
        weight,
        Field::new("draft", l.draft, "boolean").optional(),
        Field::new("body", l.body, "markdown").optional(),
    ]
}

/// A year's introduction's fields.
pub fn year(l: &Labels, libraries: &[String]) -> Vec<Field> {
    vec![
        Field::new("title", l.title, "string").optional(),
        Field::new("default_library", l.default_library, "select")
            .optional()
            .choices(libraries),
        Field::new("body", l.body, "markdown").optional(),
    ]
}
