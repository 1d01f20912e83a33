//! YAML helpers in one place: YAML into typed structs with errors placed
//! in the file ([`parse`]), the line of a top-level key ([`line_of_key`])
//! and of any path ([`locate`]), for checks made after parsing.
//!
//! serde_yaml reports positions relative to the YAML text it was given; front
//! matter starts a line or more into the file, so callers pass the line the
//! YAML starts on and we shift positions back into file coordinates.

mod all;
mod explain;
pub mod locate;

pub use all::parse_all;

use std::borrow::Cow;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, Message};

/// Where a YAML fragment sits in its file.
#[derive(Debug, Clone, Copy)]
pub struct Fragment<'a> {
    /// The whole file, for snippets.
    pub source: &'a str,
    /// The YAML text itself.
    pub yaml: &'a str,
    /// 1-based line of the file on which `yaml` starts.
    pub first_line: usize,
}

/// Deserialises `fragment.yaml` into `T`; on failure a diagnostic at the
/// offending line with a hint (a suggestion for misspelt names, the
/// accepted forms for wrong types).
pub fn parse<T: DeserializeOwned>(file: &Path, fragment: Fragment<'_>) -> Result<T, Diagnostic> {
    // An empty document deserialises as unit; give structs an empty mapping
    // instead so "missing field" names the field.
    let yaml = if fragment.yaml.trim().is_empty() {
        "{}"
    } else {
        fragment.yaml
    };
    check_shape(file, fragment)?;
    serde_yaml::from_str(&plain_spaces(yaml)).map_err(|err| to_diagnostic(file, fragment, &err))
}

/// The YAML with Word's invisible characters in field names and just
/// after their colon made plain: a no-break space becomes a space (so
/// `title:\u{a0}Акция` is the field `title`), zero-width characters and
/// BOMs go. Inside values they are left alone (a no-break space in
/// «МБУ «МИБС»» is wanted). Columns stay put except after a zero-width
/// character.
fn plain_spaces(yaml: &str) -> Cow<'_, str> {
    let odd = |c: char| c == '\u{a0}' || crate::slug::is_invisible(c);
    let name_part = |l: &str| {
        let end = l.find(':').map_or(l.len(), |at| at + 1);
        end + l[end..].chars().next().map_or(0, char::len_utf8)
    };
    if !yaml.lines().any(|l| l[..name_part(l)].contains(odd)) {
        return Cow::Borrowed(yaml);
    }
    let mut out = String::with_capacity(yaml.len());
    for line in yaml.split_inclusive('\n') {
        let (name, rest) = line.split_at(name_part(line));
        out.extend(name.chars().filter_map(|c| match c {
            '\u{a0}' => Some(' '),
            c if crate::slug::is_invisible(c) => None,
            c => Some(c),
        }));
        out.push_str(rest);
    }
    Cow::Owned(out)
}

/// Front matter and settings are a few dozen lines; anything this big is
/// a mistake (a pasted document) or an attack, and is refused before the
/// parser sees it.
pub const MAX_YAML_BYTES: usize = 256 * 1024;

/// How deep `[` and `{` may nest. The parser already stops at 128 levels,
/// but only after libyaml's scanner has looked at every open level for
/// every token: 100 000 `[` took minutes. Real front matter nests two or
/// three levels.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Refuses YAML too large or too deeply nested to parse quickly. (Alias
/// bombs need no check here: serde_yaml stops expanding aliases past a
/// small multiple of the document's own size.)
fn check_shape(file: &Path, fragment: Fragment<'_>) -> Result<(), Diagnostic> {
    let yaml = fragment.yaml;
    if yaml.len() > MAX_YAML_BYTES {
        let too_big = Message::new("yaml-too-big")
            .arg("size", yaml.len() / 1024)
            .arg("limit", MAX_YAML_BYTES / 1024);
        return Err(Diagnostic::error(file, too_big)
            .at(fragment.source, fragment.first_line, 1)
            .with_hint(Message::new("yaml-too-big-hint")));
    }
    if let Some(at) = too_deep(yaml) {
        let line = fragment.first_line + yaml[..at].matches('\n').count();
        let column = yaml[..at]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            + 1;
        let too_deep = Message::new("yaml-too-deep").arg("limit", MAX_FLOW_DEPTH);
        return Err(Diagnostic::error(file, too_deep)
            .at(fragment.source, line, column)
            .with_hint(Message::new("yaml-too-deep-hint")));
    }
    Ok(())
}

/// Byte offset of the first `[` or `{` nested deeper than
/// [`MAX_FLOW_DEPTH`], skipping quoted strings and comments.
fn too_deep(yaml: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    let bytes = yaml.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (_, b'\n') if comment => comment = false,
            _ if comment => {}
            (Some(q), _) if b == q && !(q == b'"' && escaped(bytes, i)) => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'#') => comment = true,
            (None, b'[' | b'{') => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some(i);
                }
            }
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Whether the byte at `i` follows an odd number of backslashes.
fn escaped(bytes: &[u8], i: usize) -> bool {
    bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1
}

fn to_diagnostic(file: &Path, fragment: Fragment<'_>, err: &serde_yaml::Error) -> Diagnostic {
    let full = err.to_string();
    // serde_yaml appends " at line L column C"; we show the place separately.
    let message = match full.rfind(" at line ") {
        Some(i) => &full[..i],
        None => &full,
    };
    let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let explained = explain::explain(message, fragment.yaml, line);
    let (line, column) = explained.place.unwrap_or((line, column));
    let d = Diagnostic::error(file, explained.message).at(
        fragment.source,
        fragment.first_line + line - 1,
        column,
    );
    match explained.hint {
        Some(hint) => d.with_hint(hint),
        None => d,
    }
}

/// 1-based line of a top-level `key:` in YAML text; for errors found after
/// deserialising, when serde no longer knows positions.
pub fn line_of_key(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

/// Why a list item that is itself a list was refused, carried through
/// serde's error text ([`Message::carried`]).
pub fn list_in_list() -> String {
    Message::new("yaml-list-in-list").carried_with(&Message::new("yaml-list-in-list-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // only the errors are under test
    struct Probe {
        title: String,
        attendance: Option<u32>,
        date: Option<String>,
    }

    fn probe(yaml: &str) -> Diagnostic {
        let source = format!("---\n{yaml}---\n");
        let fragment = Fragment {
            source: &source,
            yaml,
            first_line: 2,
        };
        parse::<Probe>(Path::new("a.md"), fragment).unwrap_err()
    }

    fn in_ru(d: &Diagnostic) -> String {
        d.shown(Lang::Ru).to_string()
    }

    #[test]
    fn unknown_field_is_placed_and_suggested() {
        let d = probe("title: x\nattendence: 5\n");
        assert_eq!(d.message.to_string(), "unknown field `attendence`");
        assert_eq!(d.code(), "yaml-unknown-field");
        assert_eq!(d.line, Some(3));
        let hint = d.hint.as_ref().unwrap().to_string();
        assert!(hint.starts_with("did you mean `attendance`?"), "{hint}");
        let ru = in_ru(&d);
        assert!(
            ru.starts_with("ошибка: a.md:3:1: неизвестное поле `attendence`"),
            "{ru}"
        );
        assert!(
            ru.contains("= как исправить: может быть, вы имели в виду `attendance`?"),
            "{ru}"
        );
    }

    #[test]
    fn a_russian_field_name_gets_its_field_and_the_corrected_line() {
        let d = probe("title: x\nдата: 10 февраля 2016\n");
        assert_eq!(d.code(), "yaml-native-field");
        assert_eq!(d.line, Some(3));
        assert_eq!(
            d.message_in(Lang::Ru),
            "поле `дата` пишется по-английски: `date`"
        );
        assert_eq!(
            d.hint_in(Lang::Ru).unwrap(),
            "напишите строку так: `date: 10 февраля 2016`"
        );
        assert_eq!(
            d.message_in(Lang::Kk),
            "`дата` өрісі ағылшынша жазылады: `date`"
        );
        assert!(d
            .to_string()
            .contains("write the line as `date: 10 февраля 2016`"));
    }

    #[test]
    fn wrong_type_gets_an_example() {
        let d = probe("title: x\nattendance: сто\n");
        assert_eq!(d.line, Some(3));
        assert_eq!(d.message.to_string(), "a whole number is needed here");
        assert_eq!(d.message_in(Lang::Ru), "здесь нужно целое число");
        assert!(d.hint.unwrap().to_string().contains("whole number"));
    }

    #[test]
    fn a_colon_in_a_value_is_explained_with_the_value_in_quotes() {
        for title in ["Акция: читаем вместе", "Ролевая игра: выбери меня"]
        {
            let d = probe(&format!("title: {title}\nattendance: 5\n"));
            assert_eq!(d.code(), "yaml-colon");
            assert_eq!((d.line, d.column), (Some(2), Some(8)), "{d}");
            let ru = in_ru(&d);
            let first = ru.lines().next().unwrap();
            assert_eq!(
                first,
                "ошибка: a.md:2:8: в значении есть двоеточие, и оно читается как начало нового поля"
            );
            assert!(
                ru.ends_with(&format!(
                    "Поставьте значение в кавычки: `title: \"{title}\"`"
                )),
                "{ru}"
            );
            let kk = d.shown(Lang::Kk).to_string();
            assert!(
                kk.contains(&format!("тырнақшаға алыңыз: `title: \"{title}\"`")),
                "{kk}"
            );
            assert!(d.to_string().contains("Put the value in quotes"));
        }
    }

    #[test]
    fn a_tab_is_shown_on_its_own_line() {
        let yaml = "title: x\ndate: 2016\n\tattendance: 5\n";
        let d = probe(yaml);
        assert_eq!(d.code(), "yaml-tab");
        assert_eq!((d.line, d.column), (Some(4), Some(1)), "{d}");
        assert_eq!(d.message_in(Lang::Ru), "отступ сделан табуляцией");
        assert!(d.hint_in(Lang::Ru).unwrap().contains("пробелами"));
    }

    #[test]
    fn words_invisible_characters_around_names_are_plain_spaces() {
        #[derive(Debug, serde::Deserialize)]
        struct Title {
            title: String,
            tags: Vec<String>,
        }
        let yaml =
            "title:\u{a0}Акция «Доктор\u{a0}Книга»\n\u{200b}tags\u{a0}:\n\u{a0}\u{a0}- игра\n";
        let fragment = Fragment {
            source: yaml,
            yaml,
            first_line: 1,
        };
        let t: Title = parse(Path::new("a.md"), fragment).unwrap();
        assert_eq!(t.title, "Акция «Доктор\u{a0}Книга»");
        assert_eq!(t.tags, ["игра"]);
    }

    #[test]
    fn other_syntax_errors_speak_plainly_and_keep_the_detail_in_the_hint() {
        let d = probe("title: \"незакрытая кавычка\nattendance: 5\n");
        assert_eq!(d.code(), "yaml-syntax", "{d}");
        assert_eq!(
            d.message_in(Lang::Ru),
            "эту строку не получается прочитать как `имя: значение`"
        );
        assert!(d.hint_in(Lang::Ru).unwrap().contains("кавычки"));
    }

    #[test]
    fn deep_brackets_are_refused_before_parsing() {
        let deep = format!("title: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let started = std::time::Instant::now();
        let d = probe(&deep);
        assert!(
            started.elapsed().as_secs() < 5,
            "took {:?}",
            started.elapsed()
        );
        assert!(
            d.message.to_string().contains("nest more than"),
            "{}",
            d.message
        );
        assert_eq!(
            (d.line, d.column),
            (Some(2), Some(8 + MAX_FLOW_DEPTH as u32))
        );
        // Brackets inside quotes and comments are text.
        let quoted = format!(
            "title: \"{0} \\\" {0}\" # {0}\nattendance: '{0}'\n",
            "[".repeat(200)
        );
        assert!(!probe(&quoted).message.to_string().contains("nest"));
    }

    #[test]
    fn alias_bombs_stop_quickly() {
        let mut yaml = String::from(
            "title: x\nextra:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
        );
        for (prev, name) in "abcdefgh".chars().zip("bcdefghi".chars()) {
            let refs = vec![format!("*{prev}"); 9].join(", ");
            yaml.push_str(&format!("  {name}: &{name} [{refs}]\n"));
        }
        let fragment = Fragment {
            source: &yaml,
            yaml: &yaml,
            first_line: 1,
        };
        let d = parse::<serde_yaml::Value>(Path::new("a.md"), fragment).unwrap_err();
        assert!(
            d.message.to_string().contains("expand to too much"),
            "{}",
            d.message
        );
    }

    #[test]
    fn missing_field_is_named() {
        let d = probe("attendance: 1\n");
        assert_eq!(d.message.to_string(), "the field `title` is missing");
        assert_eq!(d.message_in(Lang::Ru), "не хватает поля `title`");
    }
}
