//! The words the Markdown engines write into a page themselves: an
//! alert's title (comrak's `> [!NOTE]` says «Note») and the label of a
//! footnote's back-link («Back to reference 1»), in the site's language.

use comrak::nodes::AlertType;

use crate::i18n::Lang;
use crate::messages::Message;

/// The title of an alert the editor gave none.
pub fn alert_title(kind: AlertType, lang: Lang) -> String {
    let id = match kind {
        AlertType::Note => "words-alert-note",
        AlertType::Tip => "words-alert-tip",
        AlertType::Important => "words-alert-important",
        AlertType::Warning => "words-alert-warning",
        AlertType::Caution => "words-alert-caution",
    };
    Message::new(id).render(lang)
}

/// comrak's English label of a footnote's back-link (`aria-label="Back to
/// reference 2"`), in `lang`; any other label as it is.
pub fn back_link_label(label: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    match label.strip_prefix("Back to reference ") {
        Some(number) => Message::new("words-back-link")
            .arg("number", number)
            .render(lang)
            .into(),
        None => label.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engines_words_are_in_the_sites_language() {
        assert_eq!(alert_title(AlertType::Note, Lang::Ru), "Примечание");
        assert_eq!(alert_title(AlertType::Warning, Lang::En), "Warning");
        assert_eq!(
            back_link_label("Back to reference 2-1", Lang::Ru),
            "Вернуться к сноске 2-1"
        );
        assert_eq!(back_link_label("Назад", Lang::Kk), "Назад");
    }
}
