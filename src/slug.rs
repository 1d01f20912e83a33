//! URL slugs: page addresses made from titles.
//!
//! Titles are mostly Russian or Kazakh, so letters are transliterated with
//! one fixed scheme: an address must not change when the tool is updated,
//! and readers should be able to guess it. Russian follows ICAO Doc 9303
//! (Russian passports since 2013) with the tweaks common in Russian URLs
//! (й → y, ю → yu, я → ya, ъ and ь dropped, ё → e, х → kh, ц → ts, щ → shch,
//! ы → y, э → e). Kazakh letters that Russian lacks lose their diacritics.
//! Upper case is lowered first. Every row below is checked by a test.
//!
//! | Letter | Slug | Letter | Slug | Letter | Slug |
//! |---|---|---|---|---|---|
//! | а | a | б | b | в | v |
//! | г | g | д | d | е | e |
//! | ё | e | ж | zh | з | z |
//! | и | i | й | y | к | k |
//! | л | l | м | m | н | n |
//! | о | o | п | p | р | r |
//! | с | s | т | t | у | u |
//! | ф | f | х | kh | ц | ts |
//! | ч | ch | ш | sh | щ | shch |
//! | ъ | (dropped) | ы | y | ь | (dropped) |
//! | э | e | ю | yu | я | ya |
//! | ә | a | ғ | g | қ | q |
//! | ң | n | ө | o | ұ | u |
//! | ү | u | һ | h | і | i |
//!
//! Latin letters with diacritics become their base letter:
//!
//! | Letters | Slug | Letters | Slug |
//! |---|---|---|---|
//! | à á â ã ä å ā ă ą | a | æ | ae |
//! | ç ć ĉ ċ č | c | ď đ ð | d |
//! | è é ê ë ē ĕ ė ę ě | e | ĝ ğ ġ ģ | g |
//! | ĥ ħ | h | ì í î ï ĩ ī ĭ į ı | i |
//! | ĵ | j | ķ | k |
//! | ĺ ļ ľ ł | l | ñ ń ņ ň | n |
//! | ò ó ô õ ö ø ō ŏ ő | o | œ | oe |
//! | ŕ ŗ ř | r | ś ŝ ş š ș | s |
//! | ß | ss | ţ ť ț | t |
//! | þ | th | ù ú û ü ũ ū ŭ ů ű ų | u |
//! | ý ÿ ŷ | y | ź ż ž | z |
//!
//! ASCII letters and digits are kept. Apostrophes (`'` `’` `ʼ`), combining
//! accents, soft hyphens and zero-width characters are dropped, so
//! "Children’s" gives `childrens`. Everything else (spaces, punctuation,
//! «quotes», other scripts, emoji) separates words with one hyphen.

/// What one (lower-case) character becomes in a slug.
enum Piece {
    Text(&'static str),
    Kept(char),
    Dropped,
    Separator,
}

/// URL slug: lower-case ASCII letters, digits and single hyphens, no leading
/// or trailing hyphen; see the module docs for the transliteration table.
///
/// "Книгофестиваль «Книги изменяют мир»" gives `knigofestival-knigi-izmenyayut-mir`,
/// "Қазақ тілі" gives `qazaq-tili`. Returns "" when `s` has no letter or
/// digit the table knows; the caller decides what to do then. A slug that
/// Windows reserves as a device name (`nul` from «Нуль», `con`, `com1`)
/// gets `-1` appended, so the output can be copied to any system.
pub fn slugify(s: &str) -> String {
    let mut slug = String::with_capacity(s.len());
    let mut separate = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let mut utf8 = [0; 4];
        let text: &str = match piece(c) {
            Piece::Dropped => continue,
            Piece::Separator => {
                separate = true;
                continue;
            }
            Piece::Text(text) => text,
            Piece::Kept(c) => c.encode_utf8(&mut utf8),
        };
        if separate && !slug.is_empty() {
            slug.push('-');
        }
        separate = false;
        slug.push_str(text);
    }
    if crate::paths::windows_reserved(&slug) {
        slug.push_str("-1");
    }
    slug
}

/// The characters Word leaves in text that show as nothing: the soft
/// hyphen, the zero-width space, non-joiner and joiner, the word joiner
/// and the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// `text` as it reads: Word's invisible characters dropped, no-break and
/// other odd spaces made plain, runs of spaces made one, ends trimmed. Two
/// names that look the same are then the same text.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|&c| !is_invisible(c)) {
        let c = if c.is_whitespace() { ' ' } else { c };
        if !(c == ' ' && (out.is_empty() || out.ends_with(' '))) {
            out.push(c);
        }
    }
    out.truncate(out.trim_end().len());
    out
}

fn piece(c: char) -> Piece {
    Piece::Text(match c {
        'a'..='z' | '0'..='9' => return Piece::Kept(c),
        // Hard and soft signs; apostrophes; combining accents; Word's
        // invisible characters.
        'ъ' | 'ь' | '\'' | '’' | 'ʼ' | '\u{300}'..='\u{36F}' => return Piece::Dropped,
        _ if is_invisible(c) => return Piece::Dropped,
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' => "kh",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "yu",
        'я' => "ya",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return Piece::Separator,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// `^[a-z0-9]+(-[a-z0-9]+)*$` or empty.
    fn is_slug(s: &str) -> bool {
        s.is_empty()
            || s.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    }

    #[test]
    fn windows_device_names_are_never_slugs() {
        assert_eq!(slugify("Нуль"), "nul-1");
        assert_eq!(slugify("CON"), "con-1");
        assert_eq!(slugify("ком 1"), "kom-1");
        assert_eq!(slugify("Com1"), "com1-1");
        assert_eq!(slugify("Консоль"), "konsol");
    }

    #[test]
    fn examples() {
        let cases = [
            (
                "Книгофестиваль «Книги изменяют мир»",
                "knigofestival-knigi-izmenyayut-mir",
            ),
            ("Доктор Книга", "doktor-kniga"),
            ("Қазақ тілі", "qazaq-tili"),
            ("ЁЛКА, Щука и Объявление", "elka-shchuka-i-obyavlenie"),
            (
                "Әлем әдебиеті: Ұлы Дала, Үміт, Өнер, Ғылым, Һ, Ң",
                "alem-adebieti-uly-dala-umit-oner-gylym-h-n",
            ),
            ("  --Hello,   World!-- ", "hello-world"),
            ("Children’s Day & Kids' Fair", "childrens-day-kids-fair"),
            ("Crème brûlée à Straße", "creme-brulee-a-strasse"),
            ("İstanbul", "istanbul"),
            ("е\u{308}лка", "elka"), // ё written as е + combining diaeresis
            ("2022 год — 100 лет", "2022-god-100-let"),
            ("снег_2022 🙂 图书馆", "sneg-2022"),
            ("«»—🙂", ""),
            ("", ""),
        ];
        for (title, slug) in cases {
            assert_eq!(slugify(title), slug, "{title}");
        }
    }

    /// Every letter in the module doc tables, with the slug the table gives.
    fn documented() -> Vec<(char, &'static str)> {
        let mut pairs = Vec::new();
        for line in include_str!("slug.rs").lines() {
            let Some(row) = line.strip_prefix("//! |") else {
                continue;
            };
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            if cells[0].starts_with("Letter") || cells[0].starts_with("---") {
                continue;
            }
            for pair in cells.chunks_exact(2) {
                let slug = if pair[1] == "(dropped)" { "" } else { pair[1] };
                pairs.extend(pair[0].split(' ').flat_map(str::chars).map(|c| (c, slug)));
            }
        }
        pairs
    }

    #[test]
    fn doc_tables_match_the_code() {
        let pairs = documented();
        assert_eq!(pairs.len(), 33 + 9 + 91, "a table row was lost");
        for &(letter, slug) in &pairs {
            assert_eq!(slugify(&letter.to_string()), slug, "{letter}");
            assert_eq!(
                slugify(&letter.to_uppercase().to_string()),
                slug,
                "{letter}"
            );
        }
        // ...and nothing is transliterated that the tables do not show.
        let listed: HashSet<char> = pairs.iter().map(|&(c, _)| c).collect();
        for c in '\u{80}'..='\u{2FFF}' {
            if matches!(piece(c), Piece::Text(_)) {
                assert!(listed.contains(&c), "{c} is missing from the doc table");
            }
        }
    }

    #[test]
    fn output_is_a_slug_and_stable() {
        let alphabet: Vec<char> = "аАёЁъьщЩқҚәӘіІүҮһ éÉßİı'’«»-—.,!🙂aZ09_ \u{308}\u{AD}\u{200B}图"
            .chars()
            .collect();
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..20_000 {
            let len = state % 16;
            let title: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            let slug = slugify(&title);
            assert!(is_slug(&slug), "{title:?} gave {slug:?}");
            assert_eq!(slugify(&slug), slug, "{title:?}");
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Any text at all, Cyrillic, Kazakh, emoji or control
            /// characters, gives a slug of the safe charset that no system
            /// reserves, and the same slug every time.
            #[test]
            fn any_text_gives_a_safe_stable_slug(s in "\\PC{0,40}|[а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ a-zA-Z0-9«»\"'.,:;!?()\\-–—/\\\\]{0,40}") {
                let slug = slugify(&s);
                prop_assert!(is_slug(&slug), "{s:?} gave {slug:?}");
                prop_assert!(!crate::paths::windows_reserved(&slug), "{slug}");
                prop_assert_eq!(slugify(&slug), slug.clone(), "not idempotent");
                prop_assert_eq!(slugify(&s), slug, "not deterministic");
            }

            /// Upper and lower case give one address.
            #[test]
            fn case_does_not_matter(s in "[а-яёәғқңөұүһі a-z0-9-]{0,30}") {
                prop_assert_eq!(slugify(&s.to_uppercase()), slugify(&s));
            }

            /// A slug is its own slug, so distinct slugs stay distinct:
            /// hand-written `slug:` values never collide by accident.
            #[test]
            fn slugs_are_kept_and_distinct(a in "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", b in "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}") {
                prop_assume!(!crate::paths::windows_reserved(&a) && !crate::paths::windows_reserved(&b));
                prop_assert_eq!(slugify(&a), a.clone());
                if a != b {
                    prop_assert_ne!(slugify(&a), slugify(&b));
                }
            }

            /// Words keep their order and are joined by single hyphens,
            /// whatever separates them.
            #[test]
            fn words_join_with_one_hyphen(words in proptest::collection::vec("[a-z0-9]{1,6}", 1..5), sep in "[ .,;:!?«»()/–—-]{1,3}") {
                let text = words.join(&sep);
                let joined = words.join("-");
                prop_assume!(!crate::paths::windows_reserved(&joined));
                prop_assert_eq!(slugify(&text), joined);
            }
        }
    }
}
