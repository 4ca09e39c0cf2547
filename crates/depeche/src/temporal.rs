//! Temporal expressions of an article: from `depeche-dates` matches to
//! [`Temporal`]s with spans into the original input.

use crate::article::Temporal;
use crate::vocab::name;
use depeche_text::Span;

/// Converts the matches of the date finder (spans into the normalised text,
/// shifted by `base`) with `to_original` mapping normalised spans to the
/// `original` input (the text of each is read there, mapped once).
pub(crate) fn convert(
    found: &[depeche_dates::Temporal],
    base: usize,
    to_original: impl Fn(Span) -> Span,
    original: &str,
) -> Vec<Temporal> {
    let mut out: Vec<Temporal> = found
        .iter()
        .map(|t| {
            let span = Span::new(t.span.start + base, t.span.end + base);
            let orig = to_original(span);
            Temporal {
                start: orig.start,
                end: orig.end,
                text: orig.slice(original).unwrap_or_default().to_owned(),
                kind: name(&t.kind),
                value: t.value.clone(),
                precision: t.precision.as_ref().map(name),
                modifier: t.modifier.as_ref().map(name),
                from: t.from.clone(),
                to: t.to.clone(),
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
