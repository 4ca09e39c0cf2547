//! Titles and roles that introduce people ("le général", "M.", "le
//! ministre de la Défense").

use serde::{Deserialize, Serialize};

use crate::error::Problem;
use crate::tsv::{list, opt, required, Row};

/// A title or role of the titles dictionary.
///
/// TSV columns: `title category forms implies`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Title {
    /// Canonical form, the role recorded on a person ("général").
    pub title: String,
    /// military, political, government, diplomatic, judicial, religious,
    /// royal, civil or honorific. Honorifics ("M.", "Mme") introduce names
    /// but are not roles.
    pub category: String,
    /// Other forms: feminine and plural ("générale", "généraux").
    #[serde(default)]
    pub forms: Vec<String>,
    /// Broader roles this one implies ("garde des Sceaux" -> "ministre de
    /// la Justice").
    #[serde(default)]
    pub implies: Vec<String>,
}

/// The TSV header of the titles dictionary.
pub(crate) const HEADER: &[&str] = &["title", "category", "forms", "implies"];

const CATEGORIES: &[&str] = &[
    "military",
    "political",
    "government",
    "diplomatic",
    "judicial",
    "religious",
    "royal",
    "civil",
    "honorific",
];

impl Title {
    /// A title with its category and no other form.
    pub fn new(title: &str, category: &str) -> Title {
        Title {
            title: title.to_owned(),
            category: category.to_owned(),
            forms: Vec::new(),
            implies: Vec::new(),
        }
    }

    /// Whether the title is an honorific (introduces a name, is no role).
    pub fn is_honorific(&self) -> bool {
        self.category == "honorific"
    }

    pub(crate) fn from_row(row: &Row<'_>) -> Result<Title, Problem> {
        let f = |i: usize| row.fields.get(i).copied().unwrap_or("");
        let t = Title {
            title: required(f(0), "title")?,
            category: opt(f(1)).unwrap_or_default(),
            forms: list(f(2)),
            implies: list(f(3)),
        };
        t.validate()?;
        Ok(t)
    }

    pub(crate) fn validate(&self) -> Result<(), Problem> {
        if self.title.trim().is_empty() {
            return Err(Problem::EmptyField("title"));
        }
        if !CATEGORIES.contains(&self.category.as_str()) {
            return Err(Problem::BadValue {
                field: "category",
                value: self.category.clone(),
                expected: "military, political, government, diplomatic, judicial, religious, royal, civil or honorific",
            });
        }
        Ok(())
    }
}
