//! Spreadsheet formulas kept out of the published CSV files.
//!
//! Methodologists open the statistics' CSV files in Excel or LibreOffice,
//! which run a cell that starts with `=`, `+`, `-` or `@` as a formula
//! (`=HYPERLINK(...)`, or worse through DDE). Library, form and indicator
//! names come from content, so such a text cell gets a leading `'`, as
//! OWASP advises; numbers, negative ones included, stay numbers.

use std::borrow::Cow;

/// The first characters spreadsheets read as the start of a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `field` as a spreadsheet will show it, never run it.
pub fn defused(field: &str) -> Cow<'_, str> {
    if runs(field) {
        format!("'{field}").into()
    } else {
        field.into()
    }
}

/// Whether a spreadsheet would read the text `field` as a formula.
pub fn runs(field: &str) -> bool {
    // A lone `-` is how tables say «no data»; alone it is no formula.
    field.len() > 1 && field.starts_with(FORMULA_STARTS) && !is_number(field)
}

/// `-12`, `+3,5`, `-0.25`, `+0.1%`: a number a spreadsheet reads as one.
fn is_number(field: &str) -> bool {
    let digits = &field[1..];
    let digits = digits.strip_suffix('%').unwrap_or(digits);
    !digits.is_empty()
        && digits.bytes().any(|b| b.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_get_a_quote_and_numbers_stay() {
        for (text, shown) in [
            (
                "=HYPERLINK(\"https://evil.example\")",
                "'=HYPERLINK(\"https://evil.example\")",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("-", "-"),
            ("--", "'--"),
            ("-12", "-12"),
            ("+3,5", "+3,5"),
            ("-0.25", "-0.25"),
            ("ЦДБ «Единство»", "ЦДБ «Единство»"),
            ("19,9%", "19,9%"),
            ("+0.1%", "+0.1%"),
            ("-%", "'-%"),
            ("+1%%", "'+1%%"),
        ] {
            assert_eq!(defused(text), shown, "{text}");
        }
    }
}
