//! serde_yaml's messages («mapping values are not allowed in this
//! context», «unknown field `дата`») turned into what an editor can act
//! on: the mistake in their terms, the right place, and the corrected line
//! where there is one.

use crate::error::{suggest, Message};

/// A problem as the editor reads it, and where it is when that is not
/// where the parser stopped (a tab is reported a line late).
pub struct Explained {
    pub message: Message,
    pub hint: Option<Message>,
    /// 1-based line and column within the YAML text, when moved.
    pub place: Option<(usize, usize)>,
}

impl Explained {
    fn new(message: Message, hint: Option<Message>) -> Self {
        Explained {
            message,
            hint,
            place: None,
        }
    }

    fn ids(id: &'static str, hint: &'static str) -> Self {
        Explained::new(Message::new(id), Some(Message::new(hint)))
    }
}

/// Field names editors write in Russian or Kazakh, with the field meant.
const NATIVE_FIELDS: &[(&str, &str)] = &[
    ("дата", "date"),
    ("когда", "date"),
    ("күні", "date"),
    ("күн", "date"),
    ("название", "title"),
    ("заголовок", "title"),
    ("тема", "title"),
    ("атауы", "title"),
    ("тақырып", "title"),
    ("библиотека", "library"),
    ("кітапхана", "library"),
    ("форма", "form"),
    ("түрі", "form"),
    ("аудитория", "audience"),
    ("для", "audience"),
    ("участники", "attendance"),
    ("посетители", "attendance"),
    ("присутствовало", "attendance"),
    ("посещаемость", "attendance"),
    ("количество", "attendance"),
    ("қатысушылар", "attendance"),
    ("кампания", "campaign"),
    ("науқан", "campaign"),
    ("теги", "tags"),
    ("метки", "tags"),
    ("тегтер", "tags"),
    ("фото", "images"),
    ("фотографии", "images"),
    ("изображения", "images"),
    ("суреттер", "images"),
    ("описание", "summary"),
    ("аннотация", "summary"),
    ("черновик", "draft"),
    ("онлайн", "online"),
    ("статус", "status"),
    ("подпись", "caption"),
];

/// Explains serde_yaml's `message` about `yaml`, raised at the 1-based
/// `line` of `yaml`.
pub fn explain(message: &str, yaml: &str, line: usize) -> Explained {
    if let [said, rest @ ..] = Message::uncarried(message).as_slice() {
        return Explained::new(said.clone(), rest.first().cloned());
    }
    let text_line = yaml.lines().nth(line.saturating_sub(1)).unwrap_or_default();
    if let Some(e) = unknown_name(message, text_line) {
        return e;
    }
    if message.contains("invalid type") {
        return wrong_type(message);
    }
    if message.contains("tab") || message.contains("cannot start any token") {
        if let Some(place) = first_tab(yaml) {
            return Explained {
                place: Some(place),
                ..Explained::ids("yaml-tab", "yaml-tab-hint")
            };
        }
    }
    if message.starts_with("mapping values are not allowed") {
        if let Some(e) = colon_in_value(yaml, line) {
            return e;
        }
    }
    if message.starts_with("repetition limit exceeded") {
        return Explained::ids("yaml-anchors", "yaml-anchors-hint");
    }
    if message.starts_with("recursion limit exceeded") {
        return Explained::ids("yaml-nested", "yaml-nested-hint");
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or_default();
        return Explained::new(
            Message::new("yaml-missing-field").arg("field", field),
            Some(Message::new("yaml-missing-field-hint")),
        );
    }
    if is_syntax(message) {
        return Explained::new(
            Message::new("yaml-syntax"),
            Some(Message::new("yaml-syntax-hint").arg("detail", message)),
        );
    }
    refused(message)
}

/// A value refused for a reason this module does not know: the reader's
/// own words go into the hint.
fn refused(message: &str) -> Explained {
    Explained::new(
        Message::new("yaml-refused"),
        Some(Message::new("yaml-refused-hint").arg("detail", message)),
    )
}

/// Whether libyaml's scanner or parser stopped (rather than a value being
/// refused by the program, whose own message says what is wrong).
fn is_syntax(message: &str) -> bool {
    [
        "while scanning",
        "while parsing",
        "did not find expected",
        "could not find expected",
        "found unexpected end of stream",
        "not allowed in this context",
        "found character that cannot start",
        "found unknown escape",
        "found undefined alias",
    ]
    .iter()
    .any(|m| message.contains(m))
}

/// «unknown field `дата`, expected one of `title`, …» and the same for
/// values: the nearest allowed name, or the field a Russian name means.
fn unknown_name(message: &str, text_line: &str) -> Option<Explained> {
    let (is_field, rest) = match message.split_once("unknown field `") {
        Some((_, rest)) => (true, rest),
        None => (false, message.split_once("unknown variant `")?.1),
    };
    let wrong = rest.split('`').next().unwrap_or_default();
    let expected = backticked_after(rest, "expected");
    let path = path_prefix(message);
    if is_field {
        if let Some(e) = native_field(wrong, &expected, text_line) {
            return Some(e);
        }
    }
    let (id, id_in, arg) = if is_field {
        ("yaml-unknown-field", "yaml-unknown-field-in", "field")
    } else {
        ("yaml-unknown-value", "yaml-unknown-value-in", "value")
    };
    let message = match path {
        Some(path) => Message::new(id_in).arg(arg, wrong).arg("path", path),
        None => Message::new(id).arg(arg, wrong),
    };
    if expected.is_empty() {
        return Some(Explained::new(message, None));
    }
    let allowed = expected.join("`, `");
    let hint = match (
        is_field,
        suggest(wrong, expected.iter().map(String::as_str)),
    ) {
        (true, Some(s)) => Message::new("yaml-unknown-field-hint-suggest").arg("suggestion", s),
        (true, None) => Message::new("yaml-unknown-field-hint"),
        (false, Some(s)) => Message::new("yaml-unknown-value-hint-suggest").arg("suggestion", s),
        (false, None) => Message::new("yaml-unknown-value-hint"),
    };
    Some(Explained::new(message, Some(hint.arg("allowed", allowed))))
}

/// `дата: 10 февраля 2016` → `date: 10 февраля 2016`, when `date` is
/// allowed here.
fn native_field(wrong: &str, expected: &[String], text_line: &str) -> Option<Explained> {
    let lower = wrong.to_lowercase();
    let (_, english) = NATIVE_FIELDS.iter().find(|(native, _)| *native == lower)?;
    if !expected.iter().any(|e| e == english) {
        return None;
    }
    let fixed = match text_line.split_once(wrong) {
        Some((indent, rest)) => format!("{indent}{english}{rest}").trim().to_string(),
        None => format!("{english}:"),
    };
    Some(Explained::new(
        Message::new("yaml-native-field")
            .arg("field", wrong)
            .arg("english", *english),
        Some(Message::new("yaml-native-field-hint").arg("fixed", fixed)),
    ))
}

fn wrong_type(message: &str) -> Explained {
    if message.contains("expected u32") || message.contains("expected u64") {
        Explained::ids("yaml-not-number", "yaml-not-number-hint")
    } else if message.contains("expected a sequence") {
        Explained::ids("yaml-not-list", "yaml-not-list-hint")
    } else if message.contains("expected a boolean") {
        Explained::ids("yaml-not-yes-no", "yaml-not-yes-no-hint")
    } else if message.contains("expected struct") {
        Explained::ids("yaml-not-fields", "yaml-not-fields-hint")
    } else {
        refused(message)
    }
}

/// The line and column of the first tab in the indentation of a line
/// (where YAML refuses it), else of the first tab at all.
fn first_tab(yaml: &str) -> Option<(usize, usize)> {
    let in_indent = yaml.lines().enumerate().find_map(|(i, l)| {
        let indent = l.len() - l.trim_start_matches([' ', '\t']).len();
        l[..indent].find('\t').map(|at| (i + 1, at + 1))
    });
    in_indent.or_else(|| {
        yaml.lines()
            .enumerate()
            .find_map(|(i, l)| l.find('\t').map(|at| (i + 1, l[..at].chars().count() + 1)))
    })
}

/// `title: Акция: читаем вместе`: the parser stops at the second colon;
/// the fix is the value in quotes. `line` is the parser's line, or the one
/// after when the value went on to the next line.
fn colon_in_value(yaml: &str, line: usize) -> Option<Explained> {
    let text = yaml.lines().nth(line.checked_sub(1)?)?;
    let (key, value) = text.split_once(": ")?;
    let value = value.trim();
    if value.starts_with(['"', '\'', '[', '{', '|', '>']) || !value.contains(": ") {
        return None;
    }
    let quoted = value.replace('\\', "\\\\").replace('"', "\\\"");
    let fixed = format!("{}: \"{quoted}\"", key.trim());
    let column = key.chars().count() + 3;
    Some(Explained {
        message: Message::new("yaml-colon"),
        hint: Some(Message::new("yaml-colon-hint").arg("fixed", fixed)),
        place: Some((line, column)),
    })
}

/// The `path: ` serde_yaml puts before messages about nested values,
/// with its list indices counted from 1 as editors count:
/// `tables[0].rows[2]` is `tables 1 → rows 3`.
fn path_prefix(message: &str) -> Option<String> {
    let path = &message[..message.find(": unknown ")?];
    let parts: Vec<String> = path
        .split('.')
        .map(|part| match part.split_once('[') {
            Some((name, index)) => {
                let n = index
                    .trim_end_matches(']')
                    .parse::<usize>()
                    .map_or(0, |n| n + 1);
                format!("{name} {n}")
            }
            None => part.to_string(),
        })
        .collect();
    Some(parts.join(" → "))
}

fn backticked_after(text: &str, marker: &str) -> Vec<String> {
    let Some((_, tail)) = text.split_once(marker) else {
        return Vec::new();
    };
    tail.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}
