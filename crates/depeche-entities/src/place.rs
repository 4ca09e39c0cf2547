//! Places: cities, regions and named places (seats of power), with their
//! country and the government they may stand for.

use serde::{Deserialize, Serialize};

use crate::country::{check_flags, is_upper_code};
use crate::error::Problem;
use crate::tsv::{list, opt, required, Row};

/// What a place is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlaceKind {
    /// A city or town ("Niamey"): id `city:<id>`.
    City,
    /// A region, province or area ("Sahel"): id `region:<id>`.
    Region,
    /// A building or named place ("Kremlin"): id `place:<id>`.
    Place,
}

/// A place of the places dictionary.
///
/// TSV columns: `id name kind country variants demonyms metonym flags`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Place {
    /// Slug ("niamey"), unique within the kind.
    pub id: String,
    /// Canonical French name ("Niamey").
    pub name: String,
    /// City, region or place.
    pub kind: PlaceKind,
    /// ISO alpha-2 code of its country, if any.
    #[serde(default)]
    pub country: Option<String>,
    /// Other names.
    #[serde(default)]
    pub variants: Vec<String>,
    /// Demonyms ("niaméen", "sahélien").
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// Alpha-2 code of the government the place stands for (Paris -> FR,
    /// Kremlin -> RU), if it is used as a metonym.
    #[serde(default)]
    pub metonym: Option<String>,
    /// `ambiguous_name`.
    #[serde(default)]
    pub flags: Vec<String>,
}

/// The TSV header of the places dictionary.
pub(crate) const HEADER: &[&str] = &[
    "id", "name", "kind", "country", "variants", "demonyms", "metonym", "flags",
];

impl Place {
    /// A place with its id, name, kind and country.
    pub fn new(id: &str, name: &str, kind: PlaceKind, country: Option<&str>) -> Place {
        Place {
            id: id.to_owned(),
            name: name.to_owned(),
            kind,
            country: country.map(str::to_owned),
            variants: Vec::new(),
            demonyms: Vec::new(),
            metonym: None,
            flags: Vec::new(),
        }
    }

    /// Whether the name is also a common word or first name.
    pub fn is_ambiguous_name(&self) -> bool {
        self.flags.iter().any(|f| f == "ambiguous_name")
    }

    pub(crate) fn from_row(row: &Row<'_>) -> Result<Place, Problem> {
        let f = |i: usize| row.fields.get(i).copied().unwrap_or("");
        let kind = match f(2) {
            "city" => PlaceKind::City,
            "region" => PlaceKind::Region,
            "place" => PlaceKind::Place,
            other => {
                return Err(Problem::BadValue {
                    field: "kind",
                    value: other.to_owned(),
                    expected: "city, region or place",
                })
            }
        };
        let p = Place {
            id: required(f(0), "id")?,
            name: required(f(1), "name")?,
            kind,
            country: opt(f(3)),
            variants: list(f(4)),
            demonyms: list(f(5)),
            metonym: opt(f(6)),
            flags: list(f(7)),
        };
        p.validate()?;
        Ok(p)
    }

    pub(crate) fn validate(&self) -> Result<(), Problem> {
        check_id_and_name(&self.id, &self.name)?;
        for (field, code) in [("country", &self.country), ("metonym", &self.metonym)] {
            if let Some(c) = code {
                if !is_upper_code(c, 2) {
                    return Err(Problem::BadValue {
                        field,
                        value: c.clone(),
                        expected: "an ISO 3166-1 alpha-2 code or -",
                    });
                }
            }
        }
        check_flags(&self.flags, &["ambiguous_name"])
    }
}

/// Checks the two fields every place and organisation row has: an id that
/// is a slug, and a name that is not blank.
pub(crate) fn check_id_and_name(id: &str, name: &str) -> Result<(), Problem> {
    if !is_slug(id) {
        return Err(Problem::BadValue {
            field: "id",
            value: id.to_owned(),
            expected: "a lower-case ASCII slug (a-z, 0-9, -)",
        });
    }
    if name.trim().is_empty() {
        return Err(Problem::EmptyField("name"));
    }
    Ok(())
}

/// Whether `s` is a lower-case ASCII slug.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
