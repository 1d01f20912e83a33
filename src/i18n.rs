//! Everything the site prints differently per language: month names, plural
//! forms and numbers.
//!
//! Keeping it in one module means a translation fix (or a fourth language)
//! touches one file, and `crate::model::date` borrows its month names from
//! here instead of keeping a second copy that could drift.

use serde::{Deserialize, Serialize};

/// Site language.
///
/// Russian is the default because most chronicles this tool is written for
/// are kept in Russian; `kk` and `en` sites set `language:` in the config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ru,
    Kk,
    En,
}

impl Lang {
    /// Every language, in the order a language switcher lists them.
    #[cfg(test)]
    pub const ALL: [Lang; 3] = [Lang::Ru, Lang::Kk, Lang::En];

    /// ISO 639-1 code: the value of `<html lang>` and the config spelling.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::En => "en",
        }
    }

    /// The language of an ISO code (`ru`, `kk`, `en`), any case.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "ru" => Some(Lang::Ru),
            "kk" => Some(Lang::Kk),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a POSIX locale such as `ru_RU.UTF-8` or `kk_KZ`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        Lang::from_code(code)
    }
}

/// Which grammatical shape of a month name a phrase needs.
///
/// Russian is the only site language whose month names change: «апрель»
/// alone but «4 апреля» after a day number, and a capital letter only in a
/// heading. Kazakh keeps the nominative after a day («4 сәуір»), and English
/// always capitalises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MonthForm {
    /// Capitalised nominative for headings: «Апрель», «Сәуір», «April».
    Heading,
    /// In running text without a day: «апрель 2022», «2022 жылғы сәуір».
    Standalone,
    /// After a day number: «4 апреля», «4 сәуір», «4 April».
    AfterDay,
}

// One table per shape, names separated by single spaces: rustfmt would put
// an array of twelve Cyrillic strings on twelve lines each.
const RU_HEADING: &str =
    "Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь";
const RU_NOMINATIVE: &str =
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь";
const RU_GENITIVE: &str =
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря";
const KK_HEADING: &str =
    "Қаңтар Ақпан Наурыз Сәуір Мамыр Маусым Шілде Тамыз Қыркүйек Қазан Қараша Желтоқсан";
const KK_NOMINATIVE: &str =
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан";
const EN: &str =
    "January February March April May June July August September October November December";

/// Month `month` (1 = January) in the shape `form` needs; "" for a month
/// outside 1..=12, so a bad number shows up as a gap instead of a crash.
pub(crate) fn month_name(month: u8, lang: Lang, form: MonthForm) -> &'static str {
    let table = match (lang, form) {
        (Lang::Ru, MonthForm::Heading) => RU_HEADING,
        (Lang::Ru, MonthForm::Standalone) => RU_NOMINATIVE,
        (Lang::Ru, MonthForm::AfterDay) => RU_GENITIVE,
        (Lang::Kk, MonthForm::Heading) => KK_HEADING,
        (Lang::Kk, MonthForm::Standalone | MonthForm::AfterDay) => KK_NOMINATIVE,
        (Lang::En, _) => EN,
    };
    match usize::from(month).checked_sub(1) {
        Some(i) => table.split(' ').nth(i).unwrap_or(""),
        None => "",
    }
}

/// Month name in the nominative, capitalised, for headings: «Январь», «Қаңтар», «January».
///
/// Returns "" for a month outside 1..=12.
pub fn month_heading(month: u8, lang: Lang) -> &'static str {
    month_name(month, lang, MonthForm::Heading)
}

/// A quarter's name: «I квартал», «I тоқсан», «Q1». Headings of the year
/// chronicle and written dates («I квартал 2022») share it.
pub fn quarter_name(quarter: u8, lang: Lang) -> String {
    let roman = match quarter {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };
    match lang {
        Lang::Ru => format!("{roman} квартал"),
        Lang::Kk => format!("{roman} тоқсан"),
        Lang::En => format!("Q{quarter}"),
    }
}

/// The heading over events dated only by their year.
pub fn whole_year_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "В течение года",
        Lang::Kk => "Жыл бойы",
        Lang::En => "Throughout the year",
    }
}

/// The form of a noun to print after the number `n`; returns the form, not the number.
///
/// `forms` are, in Russian terms, the forms for 1, 2 and 5:
/// `plural(5, Lang::Ru, ["мероприятие", "мероприятия", "мероприятий"])` is «мероприятий».
/// - Russian: `forms[0]` when n ends in 1 but not 11 (1, 21, 101), `forms[1]`
///   when it ends in 2–4 but not 12–14 (2, 23, 104), `forms[2]` otherwise
///   (0, 5, 11–14, 25).
/// - Kazakh: a noun after a numeral stays singular («5 іс-шара»), so always `forms[0]`.
/// - English: `forms[0]` for exactly 1, `forms[1]` otherwise; `forms[2]` is unused.
pub fn plural(n: u64, lang: Lang, forms: [&str; 3]) -> &str {
    match lang {
        Lang::Ru => {
            let (last, last_two) = (n % 10, n % 100);
            if last == 1 && last_two != 11 {
                forms[0]
            } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
                forms[1]
            } else {
                forms[2]
            }
        }
        Lang::Kk => forms[0],
        Lang::En => {
            if n == 1 {
                forms[0]
            } else {
                forms[1]
            }
        }
    }
}

/// Integer with thousands grouped: «9 110» and «1 234 567» for ru/kk (the gap
/// is a narrow no-break space, U+202F, so a number never breaks across
/// lines), «9,110» for en.
///
/// Every number from 1000 up is grouped, 4-digit ones included, so that
/// columns of statistics line up. Negative numbers get an ASCII hyphen-minus,
/// which survives copying into a spreadsheet.
pub fn format_int(n: i64, lang: Lang) -> String {
    // unsigned_abs: i64::MIN has no positive i64 counterpart.
    let grouped = group_thousands(&n.unsigned_abs().to_string(), lang);
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// More decimal places than an f64 can mean; also keeps `format!` far from its
/// precision limit, so a silly `decimals` cannot panic.
const MAX_DECIMALS: usize = 20;

/// `x` rounded to `decimals` places (at most 20; exact halves round to even
/// as Rust's formatter does, so 2.5 → «2»), with a decimal comma for
/// ru/kk («19,9») and a point for en («19.9»); the integer part is grouped as
/// in [`format_int`] («12 345,6», «12,345.6»).
///
/// A value that rounds to zero loses its minus sign («0,0», not «-0,0»).
/// NaN and infinities, which the loaders should have rejected, print as Rust
/// prints them ("NaN", "inf", "-inf") rather than failing the build.
pub fn format_decimal(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let fixed = format!("{:.*}", decimals.min(MAX_DECIMALS), x.abs());
    let (int_part, frac_part) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut out = String::with_capacity(fixed.len() + 8);
    if x < 0.0 && fixed.bytes().any(|b| matches!(b, b'1'..=b'9')) {
        out.push('-');
    }
    out.push_str(&group_thousands(int_part, lang));
    if !frac_part.is_empty() {
        out.push(match lang {
            Lang::Ru | Lang::Kk => ',',
            Lang::En => '.',
        });
        out.push_str(frac_part);
    }
    out
}

/// Inserts the language's thousands separator into a string of ASCII digits.
fn group_thousands(digits: &str, lang: Lang) -> String {
    if digits.len() < 4 {
        return digits.to_owned();
    }
    let separator = match lang {
        Lang::Ru | Lang::Kk => '\u{202F}',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NNBSP: char = '\u{202F}';

    #[test]
    fn codes_and_serde_names_agree() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
            let back: Lang = serde_yaml::from_str(lang.code()).unwrap();
            assert_eq!(back, lang);
        }
        assert_eq!(Lang::default(), Lang::Ru);
        assert!(serde_yaml::from_str::<Lang>("de").is_err());
    }

    #[test]
    fn month_headings() {
        assert_eq!(month_heading(1, Lang::Ru), "Январь");
        assert_eq!(month_heading(1, Lang::Kk), "Қаңтар");
        assert_eq!(month_heading(1, Lang::En), "January");
        assert_eq!(month_heading(12, Lang::Kk), "Желтоқсан");
        for bad in [0, 13, 255] {
            for lang in Lang::ALL {
                assert_eq!(month_heading(bad, lang), "");
            }
        }
    }

    #[test]
    fn month_forms() {
        for table in [
            RU_HEADING,
            RU_NOMINATIVE,
            RU_GENITIVE,
            KK_HEADING,
            KK_NOMINATIVE,
            EN,
        ] {
            assert_eq!(table.split(' ').count(), 12, "{table}");
        }
        assert_eq!(month_name(4, Lang::Ru, MonthForm::Standalone), "апрель");
        assert_eq!(month_name(4, Lang::Ru, MonthForm::AfterDay), "апреля");
        assert_eq!(month_name(5, Lang::Ru, MonthForm::AfterDay), "мая");
        assert_eq!(month_name(4, Lang::Kk, MonthForm::AfterDay), "сәуір");
        assert_eq!(month_name(6, Lang::En, MonthForm::Standalone), "June");
        // Headings are the nominative with a capital letter, in every language.
        for lang in Lang::ALL {
            for m in 1..=12 {
                let heading = month_heading(m, lang);
                let lower = month_name(m, lang, MonthForm::Standalone).to_lowercase();
                assert_eq!(heading.to_lowercase(), lower);
                assert!(heading.chars().next().is_some_and(char::is_uppercase));
            }
        }
    }

    #[test]
    fn russian_plurals() {
        let forms = ["мероприятие", "мероприятия", "мероприятий"];
        let cases = [
            (0, 2),
            (1, 0),
            (2, 1),
            (4, 1),
            (5, 2),
            (11, 2),
            (12, 2),
            (14, 2),
            (21, 0),
            (22, 1),
            (101, 0),
            (111, 2),
            (112, 2),
            (1004, 1),
            (u64::MAX, 2), // ...615
        ];
        for (n, want) in cases {
            assert_eq!(plural(n, Lang::Ru, forms), forms[want], "n = {n}");
        }
    }

    #[test]
    fn kazakh_and_english_plurals() {
        let forms = ["event", "events", "unused"];
        assert_eq!(plural(1, Lang::En, forms), "event");
        assert_eq!(plural(0, Lang::En, forms), "events");
        assert_eq!(plural(21, Lang::En, forms), "events");
        for n in [0, 1, 5, 21] {
            assert_eq!(plural(n, Lang::Kk, ["іс-шара", "x", "y"]), "іс-шара");
        }
    }

    #[test]
    fn integers() {
        assert_eq!(format_int(0, Lang::Ru), "0");
        assert_eq!(format_int(999, Lang::Ru), "999");
        assert_eq!(format_int(9110, Lang::Ru), format!("9{NNBSP}110"));
        assert_eq!(format_int(9110, Lang::Kk), format!("9{NNBSP}110"));
        assert_eq!(format_int(9110, Lang::En), "9,110");
        assert_eq!(format_int(1_234_567, Lang::En), "1,234,567");
        assert_eq!(format_int(-1_234_567, Lang::En), "-1,234,567");
        assert_eq!(format_int(-12, Lang::Ru), "-12");
        assert_eq!(format_int(100_000, Lang::En), "100,000");
        assert_eq!(format_int(i64::MIN, Lang::En), "-9,223,372,036,854,775,808");
        assert_eq!(format_int(i64::MAX, Lang::En), "9,223,372,036,854,775,807");
    }

    #[test]
    fn decimals() {
        assert_eq!(format_decimal(19.9, 1, Lang::Ru), "19,9");
        assert_eq!(format_decimal(19.9, 1, Lang::En), "19.9");
        assert_eq!(format_decimal(19.96, 1, Lang::Kk), "20,0");
        assert_eq!(
            format_decimal(12345.678, 2, Lang::Ru),
            format!("12{NNBSP}345,68")
        );
        assert_eq!(format_decimal(12345.678, 2, Lang::En), "12,345.68");
        assert_eq!(format_decimal(-1234.5, 1, Lang::En), "-1,234.5");
        assert_eq!(format_decimal(-0.04, 1, Lang::En), "0.0");
        assert_eq!(format_decimal(-0.0, 0, Lang::Ru), "0");
        assert_eq!(format_decimal(2.5, 0, Lang::En), "2");
        assert_eq!(format_decimal(7.0, 3, Lang::Ru), "7,000");
        assert_eq!(format_decimal(f64::NAN, 1, Lang::Ru), "NaN");
        assert_eq!(format_decimal(f64::NEG_INFINITY, 1, Lang::En), "-inf");
        assert_eq!(
            format_decimal(1.0, usize::MAX, Lang::En),
            format!("1.{}", "0".repeat(20))
        );
        assert!(format_decimal(f64::MAX, 2, Lang::En).ends_with(".00"));
    }
}
