//! The messages an editor reads — diagnostics, hints, summaries, the
//! `serve` overlay, `init` and `new` — in the site's language, from one
//! Fluent catalogue per language (`ru.ftl`, `kk.ftl`, `en.ftl` beside this
//! file).
//!
//! A [`Message`] is data: a catalogue id and its arguments. It is put into
//! words only where it is shown ([`Message::render`]), so the code that
//! finds a problem needs no language, and one diagnostic can be printed in
//! Russian on the terminal and carry its stable id as `code` in
//! `check --format json`.
//!
//! The catalogues are grouped by module (`## load`, `## yaml`, …): a module
//! adds its messages under its own group heading in each of the three
//! files, and `catalogues_agree` fails until all three have them with the
//! same variables.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::i18n::Lang;

const RU: &str = include_str!("ru.ftl");
const KK: &str = include_str!("kk.ftl");
const EN: &str = include_str!("en.ftl");

/// A text for the editor: a message of the catalogues (boxed: a
/// diagnostic stays as small as when its texts were strings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(Box<Entry>);

/// `id` of the catalogues, with its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    id: &'static str,
    /// Names are the code's (`&'static`), or read back from serde's text.
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// Starts a message carried in serde's error text ([`Message::carried`]).
const CARRIED: char = '\u{1e}';
/// Separates the id, names and values of a carried message.
const PART: char = '\u{1f}';

/// The value of a message variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    /// A count: Fluent picks the plural form by it.
    Number(i64),
    /// Another message, put into words in the same language («the built-in
    /// search page» inside «the address /search/ is already used by …»).
    Message(Box<Message>),
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl Message {
    /// The catalogue message `id`; add variables with [`Message::arg`].
    pub fn new(id: &'static str) -> Self {
        Message(Box::new(Entry {
            id,
            args: Vec::new(),
        }))
    }

    /// The message with the variable `$name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.0.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The catalogue id: the stable code of a problem.
    pub fn id(&self) -> &'static str {
        self.0.id
    }

    /// The message in `lang`. An id missing from a catalogue (which
    /// `catalogues_agree` prevents) falls back to English, then to the id.
    pub fn render(&self, lang: Lang) -> String {
        let Entry { id, args } = self.0.as_ref();
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent.set(name.as_ref(), FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent.set(name.as_ref(), FluentValue::from(*n)),
                Arg::Message(m) => fluent.set(name.as_ref(), FluentValue::from(m.render(lang))),
            }
        }
        format(lang, id, &fluent)
            .or_else(|| format(Lang::En, id, &fluent))
            .unwrap_or_else(|| (*id).to_string())
    }
}

impl Message {
    /// The message as text that passes through serde's `Error::custom`
    /// (which keeps only a string) and reads back with
    /// [`Message::uncarried`], so a value refused while YAML is read is
    /// still told in the editor's language. A nested message goes in
    /// English.
    pub fn carried(&self) -> String {
        let entry = &self.0;
        let mut out = format!("{CARRIED}{}", entry.id);
        for (name, value) in &entry.args {
            let (kind, value) = match value {
                Arg::Text(s) => ('t', s.clone()),
                Arg::Number(n) => ('n', n.to_string()),
                Arg::Message(m) => ('t', m.to_string()),
            };
            out.extend([PART, kind]);
            out.push_str(name);
            out.push(PART);
            out.push_str(&value);
        }
        out
    }

    /// The message and then its hint, carried ([`Message::carried`]):
    /// what a value refused in `Deserialize` passes to `Error::custom`.
    pub fn carried_with(&self, hint: &Message) -> String {
        format!("{}{}", self.carried(), hint.carried())
    }

    /// The messages [`Message::carried`] put into `text`, in order; none
    /// if it carries none or names a message the catalogue lacks.
    pub fn uncarried(text: &str) -> Vec<Message> {
        text.split(CARRIED).skip(1).filter_map(uncarry).collect()
    }
}

fn uncarry(text: &str) -> Option<Message> {
    let mut parts = text.split(PART);
    // The id as the English catalogue writes it (`id = …` at a line's
    // start): text that lives as long as the program.
    let wanted = parts.next()?;
    let (at, _) = EN.match_indices(wanted).find(|&(i, _)| {
        (i == 0 || EN.as_bytes()[i - 1] == b'\n') && EN[i + wanted.len()..].starts_with(" =")
    })?;
    let id: &'static str = &EN[at..at + wanted.len()];
    let mut args = Vec::new();
    while let (Some(name), Some(value)) = (parts.next(), parts.next()) {
        let (kind, name) = name.split_at_checked(1)?;
        let value = match kind {
            "n" => Arg::Number(value.parse().ok()?),
            _ => Arg::Text(value.to_string()),
        };
        args.push((Cow::Owned(name.to_string()), value));
    }
    Some(Message(Box::new(Entry { id, args })))
}

/// In English: for logs and tests.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// The text of message `id` with no variables, in `lang`.
pub fn text(lang: Lang, id: &'static str) -> String {
    Message::new(id).render(lang)
}

fn format(lang: Lang, id: &str, args: &FluentArgs<'_>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some(text.into_owned())
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| [make(Lang::Ru, RU), make(Lang::Kk, KK), make(Lang::En, EN)]);
    match lang {
        Lang::Ru => &all[0],
        Lang::Kk => &all[1],
        Lang::En => &all[2],
    }
}

fn make(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    // The catalogues are part of the program; `catalogues_agree` parses
    // them, so a syntax error fails the tests, and whatever parsed is kept.
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    // "ru", "kk" and "en" are valid language tags; the default (und)
    // would only lose the plural rules.
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks: the text goes to terminals and JSON.
    bundle.set_use_isolating(false);
    // Keeps the first of two same-named messages; the test rejects both.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The language of the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`,
/// as POSIX orders them), if it is one of the site languages.
pub fn system_lang() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_locale(&v))
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
