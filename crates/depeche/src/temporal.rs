//! Temporal expressions of an article: from `depeche-dates` matches to
//! [`Temporal`]s with spans into the original input.

use crate::article::Temporal;
use depeche_text::Span;

/// Converts the matches of the date finder (spans into the normalised text,
/// shifted by `base`, their strings taken over) with `to_original` mapping normalised spans to the
/// `original` input (the text of each is read there, mapped once).
pub(crate) fn convert(
    found: Vec<depeche_dates::Temporal>,
    base: usize,
    to_original: impl Fn(Span) -> Span,
    original: &str,
) -> Vec<Temporal> {
    let mut out: Vec<Temporal> = found
        .into_iter()
        .map(|t| {
            let span = Span::new(t.span.start + base, t.span.end + base);
            let orig = to_original(span);
            Temporal {
                start: orig.start,
                end: orig.end,
                text: orig.slice(original).unwrap_or_default().to_owned(),
                kind: t.kind.as_str().to_owned(),
                value: t.value,
                precision: t.precision.map(|p| p.as_str().to_owned()),
                modifier: t.modifier.map(|m| m.as_str().to_owned()),
                from: t.from,
                to: t.to,
            }
        })
        .collect();
    out.sort_by_key(|x| (x.start, x.end));
    out
}

/// Whether a temporal of this kind makes the numbers inside it part of a
/// date (durations such as "quatre jours" stay quantities too).
pub(crate) fn claims_numbers(kind: depeche_dates::TemporalKind) -> bool {
    !matches!(kind, depeche_dates::TemporalKind::Duration)
}
