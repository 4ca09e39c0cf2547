//! Quantities of an article: from `depeche-numbers` matches to
//! [`Quantity`]s, leaving out the numbers that belong to a date or a time.

use crate::article::Quantity;
use depeche_numbers::{NumberKind, NumberMatch};
use depeche_text::Span;

/// Converts number matches (spans into the normalised text, shifted by
/// `base`), taking their units over rather than copying them. `dated` are the spans (same text) of temporal expressions that
/// are dates or times, sorted and disjoint (as `DateFinder::find` returns
/// them): a number inside one of them is part of that date. Ordinals are
/// ranks, not quantities, and are left out.
///
/// `O(n log t)` for `n` numbers and `t` temporals.
pub(crate) fn convert(
    found: Vec<NumberMatch>,
    base: usize,
    dated: &[Span],
    to_original: impl Fn(Span) -> Span,
    original: &str,
) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(found.len());
    out.extend(
        found
            .into_iter()
            .filter(|n| n.kind != NumberKind::Ordinal)
            .filter(|n| {
                let number = Span::new(n.number_span.start + base, n.number_span.end + base);
                !overlaps_any(dated, number)
            })
            .map(|n| {
                let span = Span::new(n.span.start + base, n.span.end + base);
                let orig = to_original(span);
                Quantity {
                    start: orig.start,
                    end: orig.end,
                    text: orig.slice(original).unwrap_or_default().to_owned(),
                    value: n.value,
                    min: n.min,
                    max: n.max,
                    qualifier: n.qualifier.as_str().to_owned(),
                    unit: n.unit,
                    category: n.category.map(|c| c.as_str().to_owned()),
                }
            }),
    );
    out.sort_by_key(|x| (x.start, x.end));
    out
}

/// Whether `span` overlaps one of `sorted` (sorted by start, disjoint).
fn overlaps_any(sorted: &[Span], span: Span) -> bool {
    // The first span that ends after `span` starts is the only candidate
    // that can overlap it without a later one starting before it ends.
    let i = sorted.partition_point(|d| d.end <= span.start);
    sorted.get(i).is_some_and(|d| d.overlaps(span))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_against_sorted_spans() {
        let dated = [Span::new(0, 5), Span::new(10, 20), Span::new(30, 31)];
        assert!(overlaps_any(&dated, Span::new(4, 6)));
        assert!(overlaps_any(&dated, Span::new(12, 13)));
        assert!(overlaps_any(&dated, Span::new(19, 40)));
        assert!(!overlaps_any(&dated, Span::new(5, 10)));
        assert!(!overlaps_any(&dated, Span::new(31, 40)));
        assert!(!overlaps_any(&[], Span::new(0, 1)));
    }
}
