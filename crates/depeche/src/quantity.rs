//! Quantities of an article: from `depeche-numbers` matches to
//! [`Quantity`]s, leaving out the numbers that belong to a date or a time.

use crate::article::Quantity;
use crate::vocab::name;
use depeche_numbers::{NumberKind, NumberMatch};
use depeche_text::Span;

/// Converts number matches (spans into the normalised text, shifted by
/// `base`). `dated` are the spans (same text) of temporal expressions that
/// are dates or times: a number inside one of them is part of that date.
/// Ordinals are ranks, not quantities, and are left out.
pub(crate) fn convert(
    found: &[NumberMatch],
    base: usize,
    dated: &[Span],
    to_original: impl Fn(Span) -> Span,
    original_text: impl Fn(Span) -> String,
) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = found
        .iter()
        .filter(|n| n.kind != NumberKind::Ordinal)
        .filter(|n| {
            let number = Span::new(n.number_span.start + base, n.number_span.end + base);
            !dated.iter().any(|d| d.overlaps(number))
        })
        .map(|n| {
            let span = Span::new(n.span.start + base, n.span.end + base);
            let orig = to_original(span);
            Quantity {
                start: orig.start,
                end: orig.end,
                text: original_text(span),
                value: n.value,
                min: n.min,
                max: n.max,
                qualifier: name(&n.qualifier),
                unit: n.unit.clone(),
                category: n.category.as_ref().map(name),
            }
        })
        .collect();
    out.sort_by_key(|x| (x.start, x.end));
    out
}
