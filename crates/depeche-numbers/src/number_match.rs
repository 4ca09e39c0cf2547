//! A number found in text, with everything known about it.

use depeche_text::Span;

use crate::{Category, NumberKind, Qualifier};

/// Notes on how a number was read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Flags {
    /// A dot was read as an English decimal point ("1.5").
    pub english_decimal: bool,
    /// The currency is ambiguous: "francs CFA" may be XOF (West Africa) or
    /// XAF (Central Africa); "dinars", "livres"... name several currencies.
    pub ambiguous_currency: bool,
    /// The value was too large and is capped at [`crate::MAX_VALUE`].
    pub saturated: bool,
    /// A bare four-digit number between 1000 and 2100: probably a year.
    pub year_like: bool,
    /// The number was written in words (wholly or in part).
    pub words: bool,
}

/// A number, quantity, amount or rank found in text.
///
/// Spans are byte offsets into the text given to [`crate::NumberFinder::find`]
/// (normally the normalised text). With the `serde` feature it serialises
/// (spans as `{"start", "end"}`, enums in snake_case); it is not
/// deserialisable, as its currency code is a `&'static str`.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NumberMatch {
    /// The whole mention: qualifier, number(s) and unit ("au moins 139 morts").
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::span_serde::serialize")
    )]
    pub span: Span,
    /// What it is.
    pub kind: NumberKind,
    /// The central value (the midpoint of a range; a percentage as written:
    /// 12.5 for "12,5 %"; a fraction as its value: 0.5 for "la moitié").
    pub value: f64,
    /// The lower bound the text states, if any.
    pub min: Option<f64>,
    /// The upper bound the text states, if any.
    pub max: Option<f64>,
    /// How the text qualifies the value.
    pub qualifier: Qualifier,
    /// The counted noun or unit as written ("soldats", "chefs d'Etat", "km").
    pub unit: Option<String>,
    /// Where the unit stands.
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::span_serde::serialize_option")
    )]
    pub unit_span: Option<Span>,
    /// ISO 4217 code of the currency, for money.
    pub currency: Option<&'static str>,
    /// What the quantity counts, when the lexicon knows the unit.
    pub category: Option<Category>,
    /// Just the number part ("139" in "au moins 139 morts"; both numbers of
    /// a range).
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::span_serde::serialize")
    )]
    pub number_span: Span,
    /// Notes on the reading.
    pub flags: Flags,
}

impl NumberMatch {
    /// The mention's text in `text` (the text that was searched).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text).unwrap_or("")
    }
}
