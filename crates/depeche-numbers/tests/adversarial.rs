//! Adversarial inputs with exact expectations: numbers past `u64` and
//! past `f64` in digits and in words, long repetitions, a megabyte of
//! digits, NUL bytes and zero-width marks next to digits.
//!
//! The rule for numbers too large (see the crate docs, "Errors"): a number
//! whose integer part does not fit `u64`, in digits or in words, is found
//! whole, with the value capped at [`MAX_VALUE`] and the `saturated` flag;
//! the value is always finite.

use depeche_numbers::{Category, NumberFinder, NumberKind, NumberMatch, MAX_VALUE};

/// What a test checks of a match: its text, span, number span, kind,
/// value and `saturated` flag.
#[derive(Debug, PartialEq)]
struct Seen<'a> {
    text: &'a str,
    span: (usize, usize),
    number: (usize, usize),
    kind: NumberKind,
    value: f64,
    saturated: bool,
}

fn seen<'a>(text: &'a str, m: &NumberMatch) -> Seen<'a> {
    Seen {
        text: m.text(text),
        span: (m.span.start, m.span.end),
        number: (m.number_span.start, m.number_span.end),
        kind: m.kind,
        value: m.value,
        saturated: m.flags.saturated,
    }
}

fn find(text: &str) -> Vec<NumberMatch> {
    let found = NumberFinder::new().find(text);
    assert!(
        found.iter().all(|m| m.value.is_finite()),
        "a value is not finite"
    );
    found
}

/// The single match of `text`.
fn only(text: &str) -> NumberMatch {
    let mut found = find(text);
    assert_eq!(found.len(), 1, "{found:?}");
    found.remove(0)
}

#[test]
fn twenty_six_digits_saturate() {
    let text = "Le compteur affiche 12345678901234567890123456 unités.";
    let m = only(text);
    assert_eq!(
        seen(text, &m),
        Seen {
            text: "12345678901234567890123456 unités",
            span: (20, 54),
            number: (20, 46),
            kind: NumberKind::Quantity,
            value: MAX_VALUE,
            saturated: true,
        }
    );
    assert_eq!(m.unit.as_deref(), Some("unités"));

    let bare = "12345678901234567890123456";
    assert_eq!(
        seen(bare, &only(bare)),
        Seen {
            text: bare,
            span: (0, 26),
            number: (0, 26),
            kind: NumberKind::Cardinal,
            value: MAX_VALUE,
            saturated: true,
        }
    );
    let negative = "-12345678901234567890123456";
    let m = only(negative);
    assert_eq!((m.value, m.flags.saturated), (-MAX_VALUE, true));
    assert_eq!((m.span.start, m.span.end), (0, 27));
}

#[test]
fn the_u64_boundary_in_digits() {
    // u64::MAX is 18446744073709551615 (20 digits).
    let fits = "9999999999999999999";
    let m = only(fits);
    assert_eq!(
        (m.value, m.flags.saturated),
        (9_999_999_999_999_999_999_u64 as f64, false)
    );
    let past = "99999999999999999999";
    let m = only(past);
    assert_eq!((m.value, m.flags.saturated), (MAX_VALUE, true));
    assert_eq!((m.span.start, m.span.end), (0, 20));
}

#[test]
fn dotted_groups_past_u64_saturate() {
    let text = "Une dette de 1.000.000.000.000.000.000.000 dollars.";
    let m = only(text);
    assert_eq!(
        seen(text, &m),
        Seen {
            text: "1.000.000.000.000.000.000.000 dollars",
            span: (13, 50),
            number: (13, 42),
            kind: NumberKind::Money,
            value: MAX_VALUE,
            saturated: true,
        }
    );
    assert_eq!(m.category, Some(Category::Money));
}

#[test]
fn four_hundred_digits_are_past_f64_and_still_finite() {
    let text = format!("1{}", "0".repeat(399));
    assert_eq!(
        seen(&text, &only(&text)),
        Seen {
            text: &text,
            span: (0, 400),
            number: (0, 400),
            kind: NumberKind::Cardinal,
            value: MAX_VALUE,
            saturated: true,
        }
    );
}

#[test]
fn a_megabyte_of_digits_is_one_saturated_number() {
    let text = "7".repeat(1 << 20);
    let m = only(&text);
    assert_eq!((m.span.start, m.span.end), (0, 1 << 20));
    assert_eq!((m.value, m.flags.saturated), (MAX_VALUE, true));
}

#[test]
fn words_past_u64_saturate() {
    let text = "mille milliards de milliards de milliards";
    assert_eq!(
        seen(text, &only(text)),
        Seen {
            text,
            span: (0, 41),
            number: (0, 41),
            kind: NumberKind::Cardinal,
            value: MAX_VALUE,
            saturated: true,
        }
    );
    let text = "Il y a mille milliards de milliards de milliards d'étoiles.";
    let m = only(text);
    assert_eq!(
        seen(text, &m),
        Seen {
            text: "mille milliards de milliards de milliards d'étoiles",
            span: (7, 59),
            number: (7, 48),
            kind: NumberKind::Quantity,
            value: MAX_VALUE,
            saturated: true,
        }
    );
    assert_eq!(m.unit.as_deref(), Some("étoiles"));
}

#[test]
fn a_long_chain_of_scales_is_one_saturated_number() {
    // 82 words: no cap on the length of a run of number words.
    let text = format!("un milliard{}", " de milliards".repeat(40));
    let m = only(&text);
    assert_eq!(
        seen(&text, &m),
        Seen {
            text: &text,
            span: (0, text.len()),
            number: (0, text.len()),
            kind: NumberKind::Cardinal,
            value: MAX_VALUE,
            saturated: true,
        }
    );
    assert!(m.flags.words);
}

#[test]
fn a_long_run_of_and_is_not_a_number() {
    // "vingt" then "et" that nothing completes: only "vingt".
    let text = format!("vingt{}", " et".repeat(10_000));
    let m = only(&text);
    assert_eq!((m.span.start, m.span.end, m.value), (0, 5, 20.0));
}

#[test]
fn one_thousand_repeated_a_hundred_thousand_times() {
    let text = "1.000 ".repeat(100_000);
    let found = find(&text);
    assert_eq!(found.len(), 100_000);
    for (k, m) in found.iter().enumerate() {
        assert_eq!(
            seen(&text, m),
            Seen {
                text: "1.000",
                span: (6 * k, 6 * k + 5),
                number: (6 * k, 6 * k + 5),
                kind: NumberKind::Cardinal,
                value: 1000.0,
                saturated: false,
            }
        );
    }
    // Glued together they are no number: malformed digit groups.
    assert!(find(&"1.000".repeat(100_000)).is_empty());
}

#[test]
fn nul_bytes_next_to_digits() {
    let text = "\u{0}1.000\u{0}";
    assert_eq!(
        seen(text, &only(text)),
        Seen {
            text: "1.000",
            span: (1, 6),
            number: (1, 6),
            kind: NumberKind::Cardinal,
            value: 1000.0,
            saturated: false,
        }
    );
    let text = "1.000\u{0}1.000";
    let found = find(text);
    let spans: Vec<(usize, usize, f64)> = found
        .iter()
        .map(|m| (m.span.start, m.span.end, m.value))
        .collect();
    assert_eq!(spans, [(0, 5, 1000.0), (6, 11, 1000.0)]);
}

#[test]
fn zero_width_marks_next_to_digits() {
    // Raw copy: the marks are not tokens, the unit is still read.
    let text = "\u{200B}1.000\u{200B} morts";
    let m = only(text);
    assert_eq!(
        seen(text, &m),
        Seen {
            text: "1.000\u{200B} morts",
            span: (3, 17),
            number: (3, 8),
            kind: NumberKind::Quantity,
            value: 1000.0,
            saturated: false,
        }
    );
    assert_eq!(m.category, Some(Category::Fatalities));
    let text = "\u{FEFF}139 morts\u{2060}";
    let m = only(text);
    assert_eq!((m.span.start, m.span.end, m.value), (3, 12, 139.0));
    assert_eq!(m.unit.as_deref(), Some("morts"));
    // Normalised text (the finder's input) has no such marks.
    let norm = depeche_text::normalize("\u{200B}1.000\u{200B} morts");
    let text = norm.as_str();
    assert_eq!(text, "1.000 morts");
    let m = only(text);
    assert_eq!((m.span.start, m.span.end, m.value), (0, 11, 1000.0));
}
