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

/// The direction actually used for one expression, once the tense is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// On or before the reference.
    Past,
    /// After the reference, Duckling style (strictly after for weekdays).
    Future,
}
