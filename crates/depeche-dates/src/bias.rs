//! Which way underspecified expressions resolve.

/// Which occurrence an underspecified expression ("mardi", "en décembre")
/// resolves to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Bias {
    /// The most recent occurrence on or before the reference (news style).
    Past,
    /// The next occurrence after the reference (Duckling's convention:
    /// "mardi" said on a Tuesday is the next Tuesday).
    Future,
    /// By the tense of the governing verb of the sentence; past when unsure.
    #[default]
    Auto,
}

/// A bias name that is not `past`, `future` or `auto`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown bias {0:?}: expected past, future or auto")]
pub struct ParseBiasError(String);

impl ParseBiasError {
    /// The name that was not a bias.
    pub fn name(&self) -> &str {
        &self.0
    }
}

impl core::str::FromStr for Bias {
    type Err = ParseBiasError;

    /// Reads `past`, `future` or `auto` (any case), as the CLI's `--bias`.
    ///
    /// ```
    /// use depeche_dates::Bias;
    /// assert_eq!("future".parse::<Bias>(), Ok(Bias::Future));
    /// assert!("demain".parse::<Bias>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Bias, ParseBiasError> {
        match s.to_ascii_lowercase().as_str() {
            "past" => Ok(Bias::Past),
            "future" => Ok(Bias::Future),
            "auto" => Ok(Bias::Auto),
            _ => Err(ParseBiasError(s.chars().take(32).collect())),
        }
    }
}

/// The direction actually used for one expression, once the tense is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// On or before the reference.
    Past,
    /// After the reference, Duckling style (strictly after for weekdays).
    Future,
}
