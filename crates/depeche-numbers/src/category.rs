//! What a quantity counts: the SPEC's categories.

/// The category of a counted noun or unit (serialised in snake_case).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Category {
    /// Dead: morts, tués, décès, victimes...
    Fatalities,
    /// Injured: blessés.
    Injured,
    /// Missing: disparus.
    Missing,
    /// Hostages: otages.
    Hostages,
    /// Displaced people and refugees.
    Displaced,
    /// Arrested people: arrêtés, interpellés, détenus...
    Arrested,
    /// Troops: soldats, militaires, casques bleus...
    Troops,
    /// People in general: personnes, civils, habitants, manifestants...
    People,
    /// Money (with a currency).
    Money,
    /// Percentages and percentage points.
    Percent,
    /// Distances: km, mètres, miles...
    Distance,
    /// Areas: km², hectares...
    Area,
    /// Weights: tonnes, kg...
    Weight,
    /// Volumes: litres, barils, m³...
    Volume,
    /// Durations: jours, ans, heures...
    Duration,
    /// Temperatures: degrés, °C (an extension of the SPEC list).
    Temperature,
    /// Anything else the lexicon names.
    Other,
}

impl Category {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Fatalities => "fatalities",
            Category::Injured => "injured",
            Category::Missing => "missing",
            Category::Hostages => "hostages",
            Category::Displaced => "displaced",
            Category::Arrested => "arrested",
            Category::Troops => "troops",
            Category::People => "people",
            Category::Money => "money",
            Category::Percent => "percent",
            Category::Distance => "distance",
            Category::Area => "area",
            Category::Weight => "weight",
            Category::Volume => "volume",
            Category::Duration => "duration",
            Category::Temperature => "temperature",
            Category::Other => "other",
        }
    }
}
