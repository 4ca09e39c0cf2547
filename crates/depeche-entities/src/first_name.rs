//! First names, which let a capitalised pair such as "Vladimir Poutine" be
//! recognised as a person without a title.

use serde::{Deserialize, Serialize};

use crate::error::Problem;
use crate::tsv::{list, required, Row};

/// A first name of the first-name lexicon.
///
/// TSV columns: `name regions`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FirstName {
    /// The first name as written ("Vladimir", "Abdourahamane").
    pub name: String,
    /// Naming traditions it belongs to ("west_africa", "russia"...).
    #[serde(default)]
    pub regions: Vec<String>,
}

/// The TSV header of the first-name lexicon.
pub(crate) const HEADER: &[&str] = &["name", "regions"];

impl FirstName {
    /// A first name with no region.
    pub fn new(name: &str) -> FirstName {
        FirstName {
            name: name.to_owned(),
            regions: Vec::new(),
        }
    }

    pub(crate) fn from_row(row: &Row<'_>) -> Result<FirstName, Problem> {
        let f = |i: usize| row.fields.get(i).copied().unwrap_or("");
        let n = FirstName {
            name: required(f(0), "name")?,
            regions: list(f(1)),
        };
        n.validate()?;
        Ok(n)
    }

    pub(crate) fn validate(&self) -> Result<(), Problem> {
        if self.name.trim().is_empty() || self.name.contains(' ') {
            return Err(Problem::BadValue {
                field: "name",
                value: self.name.clone(),
                expected: "one word",
            });
        }
        Ok(())
    }
}
