//! One number standing alone: the items of `depeche numbers`.

use serde::{Deserialize, Serialize};

/// A number or quantity as `depeche numbers` prints it for a line:
/// `{"start","end","text","kind","value","min","max","qualifier","unit","currency"}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Number {
    /// First byte in the original input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The number (with its qualifier and unit) as written.
    pub text: String,
    /// cardinal, decimal, ordinal, fraction, percent, money, quantity.
    pub kind: String,
    /// The central value. Whole numbers are written without a fraction.
    #[serde(serialize_with = "crate::article::number")]
    pub value: f64,
    /// The lower bound the text states, or `null`.
    #[serde(serialize_with = "crate::article::opt_number")]
    pub min: Option<f64>,
    /// The upper bound the text states, or `null`.
    #[serde(serialize_with = "crate::article::opt_number")]
    pub max: Option<f64>,
    /// exact, about, nearly, at_least, more_than, at_most, less_than, range, vague.
    pub qualifier: String,
    /// The counted noun or unit, or `null`.
    pub unit: Option<String>,
    /// ISO 4217 code for money (EUR, USD, XOF...), or `null`.
    pub currency: Option<String>,
}
