//! How exact a number is: the SPEC's quantity qualifiers.

/// How the text qualifies a number (serialised in snake_case).
///
/// The bounds a qualifier implies are set on the match: `at_least` and
/// `more_than` set `min`; `at_most`, `less_than` and `nearly` set `max`;
/// `range` sets both; `vague` ("des centaines de") sets the lower bound the
/// plural implies; `about` sets none; `exact` sets both to the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Qualifier {
    /// As stated: "139 morts".
    #[default]
    Exact,
    /// Approximately: "environ 300", "une vingtaine", "quelque 2 000".
    About,
    /// Close to but not above: "près de 500", "presque 1 000".
    Nearly,
    /// Not below: "au moins 139", "pas moins de 50".
    AtLeast,
    /// Above: "plus de 1 000", "un peu plus de 1.000".
    MoreThan,
    /// Not above: "au plus 20", "jusqu'à 300".
    AtMost,
    /// Below: "moins de 10".
    LessThan,
    /// Between two stated bounds: "entre 10 et 20", "de 5 à 7".
    Range,
    /// An unstated count with a lower bound: "des centaines de",
    /// "des dizaines de milliers de", "plusieurs milliers".
    Vague,
}

impl Qualifier {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}
