//! AFP-style datelines: "NIAMEY, 26 mars 2024 (AFP) - ..." and
//! "Niamey (AFP) - ...".

use crate::IsoDate;
use depeche_text::Span;

/// Longest place name of a dateline, in bytes.
const MAX_PLACE_LEN: usize = 60;
/// Longest agency name, in bytes.
const MAX_AGENCY_LEN: usize = 40;
/// Longest date of a dateline, in bytes.
const MAX_DATE_LEN: usize = 40;

/// Place-name particles written in lower case inside a name ("Rio de
/// Janeiro").
const PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "sur", "en", "et", "aux",
];

/// A dateline found at the start of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DatelineMatch {
    /// The whole dateline, dash included, in the text that was read.
    pub span: Span,
    /// The place, in title case.
    pub place: String,
    /// The place as written, in the text that was read.
    pub place_span: Span,
    /// The agency, if given in brackets.
    pub agency: Option<String>,
    /// The date, if given.
    pub date: Option<IsoDate>,
}

/// Reads a dateline at the start of `text` (leading white space skipped).
/// `year` completes a date written without one ("26 mars").
pub(crate) fn read(text: &str, year: Option<i32>) -> Option<DatelineMatch> {
    // Slicing invariant of this function: every offset comes from
    // `str::find` of ASCII chars, from `trim_start` lengths or from adding
    // the length of a char or ASCII byte just seen, so it lies on a char
    // boundary within the slice.
    let start = text.len() - text.trim_start().len();
    let s = &text[start..];
    // The place: up to a comma or an opening bracket.
    let place_end = s.find([',', '('])?;
    let place_raw = s[..place_end].trim_end();
    if !is_place(place_raw) {
        return None;
    }
    let mut pos = place_end;
    let mut date = None;
    let mut dated = false;
    if s[pos..].starts_with(',') {
        let rest = &s[pos + 1..];
        // Only the first `MAX_DATE_LEN` bytes can hold the end of a date:
        // search no further (a comma early in a body sentence would
        // otherwise scan the whole text for a dash). The window ends on a
        // char boundary past any mark starting within the limit.
        let mut window = (MAX_DATE_LEN + 4).min(rest.len());
        while !rest.is_char_boundary(window) {
            window += 1;
        }
        let end = rest
            .get(..window)
            .and_then(|w| w.find(['(', '-', '\u{2013}', '\u{2014}']))?;
        if end > MAX_DATE_LEN {
            return None;
        }
        date = french_date(rest[..end].trim(), year);
        dated = true;
        pos += 1 + end;
    }
    let mut agency = None;
    let rest = &s[pos..];
    let rest_trim = rest.trim_start();
    pos += rest.len() - rest_trim.len();
    if let Some(inner) = rest_trim.strip_prefix('(') {
        let close = inner.find(')')?;
        let name = inner[..close].trim();
        if name.is_empty()
            || name.len() > MAX_AGENCY_LEN
            || !name.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
        agency = Some(name.to_owned());
        pos += 1 + close + 1;
    } else if !(dated && date.is_some() && is_upper(place_raw)) {
        // Without an agency, only "PLACE, date -" in capitals is a dateline.
        return None;
    }
    let rest = &s[pos..];
    let rest_trim = rest.trim_start_matches(' ');
    pos += rest.len() - rest_trim.len();
    let dash = rest_trim
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))?;
    pos += dash.len_utf8();
    Some(DatelineMatch {
        span: Span::new(start, start + pos),
        place: title_case(place_raw),
        place_span: Span::new(start, start + place_raw.len()),
        agency,
        date,
    })
}

fn is_upper(s: &str) -> bool {
    !s.chars().any(char::is_lowercase)
}

fn is_place(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_PLACE_LEN
        && s.chars().next().is_some_and(char::is_uppercase)
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.'))
}

/// "NIAMEY" -> "Niamey", "RIO DE JANEIRO" -> "Rio de Janeiro",
/// "N'DJAMENA" -> "N'Djamena"; names already in mixed case are kept.
fn title_case(place: &str) -> String {
    if !is_upper(place) {
        return place.to_owned();
    }
    let mut out = String::with_capacity(place.len());
    let mut first_word = true;
    for (i, word) in place.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        if !first_word && PARTICLES.contains(&lower.as_str()) {
            out.push_str(&lower);
            continue;
        }
        first_word = false;
        let mut capital = true;
        for c in lower.chars() {
            if capital {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
            capital = matches!(c, '-' | '\'');
        }
    }
    out
}

/// "26 mars 2024", "mardi 26 mars 2024", "1er avril", "26 mars" (with the
/// year of `year`).
fn french_date(s: &str, year: Option<i32>) -> Option<IsoDate> {
    let mut words = s.split(' ').filter(|w| !w.is_empty()).peekable();
    if depeche_dates::weekday_number(words.peek()?).is_some() {
        words.next();
    }
    let day_word = words.next()?;
    let day: u32 = day_word
        .strip_suffix("er")
        .unwrap_or(day_word)
        .parse()
        .ok()?;
    let month = depeche_dates::month_number(words.next()?)?;
    let year = match words.next() {
        Some(y) if y.len() == 4 => y.parse().ok()?,
        Some(_) => return None,
        None => year?,
    };
    if words.next().is_some() {
        return None;
    }
    IsoDate::from_ymd(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: &DatelineMatch) -> Option<&str> {
        m.date.as_ref().map(IsoDate::as_str)
    }

    #[test]
    fn full_dateline() {
        let text = "BAMAKO, 10 avril 2024 (AFP) - La junte a suspendu les partis.";
        let m = read(text, None).expect("a dateline");
        assert_eq!(m.place, "Bamako");
        assert_eq!(m.agency.as_deref(), Some("AFP"));
        assert_eq!(date(&m), Some("2024-04-10"));
        assert_eq!(&text[m.span.range()], "BAMAKO, 10 avril 2024 (AFP) -");
    }

    #[test]
    fn dateline_without_date_and_with_long_dash() {
        let text = "Ouagadougou (Reuters) \u{2014} Le capitaine a parlé.";
        let m = read(text, None).expect("a dateline");
        assert_eq!(m.place, "Ouagadougou");
        assert_eq!(m.agency.as_deref(), Some("Reuters"));
        assert_eq!(date(&m), None);
    }

    #[test]
    fn compound_places_and_years_from_elsewhere() {
        let m = read("N'DJAMENA, 1er février (AFP) - Texte.", Some(2024)).expect("a dateline");
        assert_eq!(m.place, "N'Djamena");
        assert_eq!(date(&m), Some("2024-02-01"));
        let m = read("RIO DE JANEIRO, mardi 5 mars 2024 (AFP) - Texte.", None).expect("a dateline");
        assert_eq!(m.place, "Rio de Janeiro");
        assert_eq!(date(&m), Some("2024-03-05"));
        let m = read("ADDIS ABEBA, 3 juin 2023 - Texte.", None).expect("a dateline");
        assert_eq!(m.agency, None);
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        for text in [
            "Le Niger, comme le Mali, est confronté à des violences.",
            "Mi-mars, le Niger avait dénoncé l'accord.",
            "Selon le document (non publié) - rien.",
            "Paris, 31 février 2024 - Texte.",
        ] {
            assert_eq!(read(text, None), None, "{text}");
        }
    }

    #[test]
    fn date_part_bounded_in_length() {
        // The date ends with a dash or a bracket within `MAX_DATE_LEN`
        // bytes, whatever the marks: a dash a few bytes too far is no date.
        let date = "samedi 14 septembre 2024";
        let pad = MAX_DATE_LEN - date.len() - 2;
        for dash in ['-', '\u{2013}', '\u{2014}', '('] {
            let close = if dash == '(' { "AFP) -" } else { "" };
            let at_limit = format!("BAMAKO, {date}{} {dash}{close} Texte.", " ".repeat(pad));
            let m = read(&at_limit, None).expect("a dateline");
            assert_eq!(m.date.as_ref().map(IsoDate::as_str), Some("2024-09-14"));
            let too_far = format!("BAMAKO, {date}{} {dash}{close} Texte.", " ".repeat(pad + 1));
            assert_eq!(read(&too_far, None), None, "{too_far}");
        }
        // A comma early in a long body, its first dash far away.
        let body = format!("Le Niger, {} a-t-il dit.", "et le Mali ".repeat(10_000));
        assert_eq!(read(&body, None), None);
    }
}
