//! Organisations: names, acronyms, alternate names, type and country.

use serde::{Deserialize, Serialize};

use crate::country::{check_flags, is_upper_code};
use crate::error::Problem;
use crate::place::check_id_and_name;
use crate::tsv::{list, opt, required, Row};

/// An organisation of the organisations dictionary.
///
/// TSV columns: `id name acronyms variants type country flags`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Organization {
    /// Slug ("cedeao"): the id is `org:<id>`.
    pub id: String,
    /// Canonical name ("État islamique").
    pub name: String,
    /// Acronyms, matched case-sensitively as written ("EI", "Daech").
    #[serde(default)]
    pub acronyms: Vec<String>,
    /// Other names.
    #[serde(default)]
    pub variants: Vec<String>,
    /// international, regional, armed_group, government, party, company,
    /// media or ngo.
    #[serde(rename = "type", default)]
    pub org_type: String,
    /// ISO alpha-2 code of its country, if any.
    #[serde(default)]
    pub country: Option<String>,
    /// `ambiguous_acronym`, `ambiguous_name`.
    #[serde(default)]
    pub flags: Vec<String>,
}

/// The TSV header of the organisations dictionary.
pub(crate) const HEADER: &[&str] = &[
    "id", "name", "acronyms", "variants", "type", "country", "flags",
];

const TYPES: &[&str] = &[
    "international",
    "regional",
    "armed_group",
    "government",
    "party",
    "company",
    "media",
    "ngo",
];

impl Organization {
    /// An organisation with its id, name and acronyms.
    pub fn new(id: &str, name: &str, acronyms: &[&str]) -> Organization {
        Organization {
            id: id.to_owned(),
            name: name.to_owned(),
            acronyms: acronyms.iter().map(|s| (*s).to_owned()).collect(),
            variants: Vec::new(),
            org_type: String::new(),
            country: None,
            flags: Vec::new(),
        }
    }

    /// Whether an acronym is shared with other organisations.
    pub fn is_ambiguous_acronym(&self) -> bool {
        self.flags.iter().any(|f| f == "ambiguous_acronym")
    }

    /// Whether the name is also a common word.
    pub fn is_ambiguous_name(&self) -> bool {
        self.flags.iter().any(|f| f == "ambiguous_name")
    }

    pub(crate) fn from_row(row: &Row<'_>) -> Result<Organization, Problem> {
        let f = |i: usize| row.fields.get(i).copied().unwrap_or("");
        let o = Organization {
            id: required(f(0), "id")?,
            name: required(f(1), "name")?,
            acronyms: list(f(2)),
            variants: list(f(3)),
            org_type: opt(f(4)).unwrap_or_default(),
            country: opt(f(5)),
            flags: list(f(6)),
        };
        o.validate()?;
        Ok(o)
    }

    pub(crate) fn validate(&self) -> Result<(), Problem> {
        check_id_and_name(&self.id, &self.name)?;
        if !self.org_type.is_empty() && !TYPES.contains(&self.org_type.as_str()) {
            return Err(Problem::BadValue {
                field: "type",
                value: self.org_type.clone(),
                expected:
                    "international, regional, armed_group, government, party, company, media or ngo",
            });
        }
        if let Some(c) = &self.country {
            if !is_upper_code(c, 2) {
                return Err(Problem::BadValue {
                    field: "country",
                    value: c.clone(),
                    expected: "an ISO 3166-1 alpha-2 code or -",
                });
            }
        }
        check_flags(&self.flags, &["ambiguous_acronym", "ambiguous_name"])
    }
}
