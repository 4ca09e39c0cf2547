//! The flat item of the SPEC's `depeche numbers` line output.

use depeche_text::Span;

use crate::{Category, NumberKind, NumberMatch, Qualifier};

/// One item of `depeche numbers` output, as the SPEC lays it out:
/// `{"start","end","text","kind","value","min","max","qualifier","unit","currency"}`
/// plus `category`. Build it with [`NumberMatch::item`] after mapping the
/// spans to the original input ([`NumberMatch::map_spans`]).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NumberItem<'a> {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The mention as written.
    pub text: &'a str,
    /// What it is.
    pub kind: NumberKind,
    /// The central value.
    pub value: f64,
    /// Lower bound stated, if any.
    pub min: Option<f64>,
    /// Upper bound stated, if any.
    pub max: Option<f64>,
    /// The qualifier.
    pub qualifier: Qualifier,
    /// The counted noun or unit as written.
    pub unit: Option<&'a str>,
    /// ISO 4217 code, for money.
    pub currency: Option<&'static str>,
    /// The category, when known.
    pub category: Option<Category>,
}

impl NumberMatch {
    /// The SPEC item of this match, its text sliced from `text` (the text
    /// its spans refer to).
    ///
    /// ```
    /// use depeche_numbers::NumberFinder;
    /// let text = "Au moins 139 morts.";
    /// let m = &NumberFinder::new().find(text)[0];
    /// let item = m.item(text);
    /// assert_eq!((item.start, item.end, item.text), (0, 18, "Au moins 139 morts"));
    /// ```
    pub fn item<'a>(&'a self, text: &'a str) -> NumberItem<'a> {
        NumberItem {
            start: self.span.start,
            end: self.span.end,
            text: self.span.slice(text).unwrap_or(""),
            kind: self.kind,
            value: self.value,
            min: self.min,
            max: self.max,
            qualifier: self.qualifier,
            unit: self.unit.as_deref(),
            currency: self.currency,
            category: self.category,
        }
    }

    /// Maps every span of the match (mention, number, unit) with `f`, for
    /// example to the original text with `Normalized::to_original`.
    ///
    /// ```
    /// use depeche_numbers::NumberFinder;
    /// let raw = "au moins 1\u{202f}000 morts";
    /// let norm = depeche_text::normalize(raw);
    /// let mut m = NumberFinder::new().find(norm.as_str())[0].clone();
    /// m.map_spans(|s| norm.to_original(s));
    /// assert_eq!(m.item(raw).text, raw);
    /// ```
    pub fn map_spans(&mut self, mut f: impl FnMut(Span) -> Span) {
        self.span = f(self.span);
        self.number_span = f(self.number_span);
        self.unit_span = self.unit_span.map(&mut f);
    }
}
