//! What a number match is.

/// The kind of a number match (serialised in snake_case, as in the SPEC's
/// `numbers` items).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NumberKind {
    /// A whole number with nothing counted: "2024", "trois".
    Cardinal,
    /// A number with decimals and nothing counted: "12,5".
    Decimal,
    /// A rank: "1er", "deuxième", "XXIe", "Louis XIV".
    Ordinal,
    /// A fraction: "un tiers", "la moitié", "trois quarts", "1/3".
    Fraction,
    /// A percentage: "12,5 %", "douze pour cent".
    Percent,
    /// An amount of money with its currency: "1,2 milliard d'euros".
    Money,
    /// A number with its counted noun or unit: "139 morts", "40 km".
    Quantity,
}

impl NumberKind {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Decimal => "decimal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Fraction => "fraction",
            NumberKind::Percent => "percent",
            NumberKind::Money => "money",
            NumberKind::Quantity => "quantity",
        }
    }
}
