//! Country entries: ISO codes, French names, variants and demonyms.

use serde::{Deserialize, Serialize};

use crate::error::Problem;
use crate::tsv::{list, required, Row};

/// A country or territory of the countries dictionary.
///
/// TSV columns: `alpha2 alpha3 name variants demonyms status flags`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Country {
    /// ISO 3166-1 alpha-2 code ("NE"): the id is `country:<alpha2>`.
    pub alpha2: String,
    /// ISO 3166-1 alpha-3 code ("NER"), may be empty.
    #[serde(default)]
    pub alpha3: String,
    /// French short name ("Niger").
    pub name: String,
    /// Other names ("République du Niger"); all-capital variants ("USA",
    /// "RDC") are matched as acronyms, case-sensitively.
    #[serde(default)]
    pub variants: Vec<String>,
    /// Demonyms in all their forms ("nigérien", "nigérienne"...).
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// `member`, `observer` or `territory`.
    #[serde(default)]
    pub status: String,
    /// `ambiguous_name`, `ambiguous_demonym`.
    #[serde(default)]
    pub flags: Vec<String>,
}

/// The TSV header of the countries dictionary.
pub(crate) const HEADER: &[&str] = &[
    "alpha2", "alpha3", "name", "variants", "demonyms", "status", "flags",
];

const FLAGS: &[&str] = &["ambiguous_name", "ambiguous_demonym"];

impl Country {
    /// A country with its code and name, no variant, no demonym.
    pub fn new(alpha2: &str, name: &str) -> Country {
        Country {
            alpha2: alpha2.to_owned(),
            alpha3: String::new(),
            name: name.to_owned(),
            variants: Vec::new(),
            demonyms: Vec::new(),
            status: "member".to_owned(),
            flags: Vec::new(),
        }
    }

    /// Adds demonyms (builder style).
    pub fn with_demonyms<I: IntoIterator<Item = S>, S: Into<String>>(mut self, d: I) -> Country {
        self.demonyms.extend(d.into_iter().map(Into::into));
        self
    }

    /// Adds name variants (builder style).
    pub fn with_variants<I: IntoIterator<Item = S>, S: Into<String>>(mut self, v: I) -> Country {
        self.variants.extend(v.into_iter().map(Into::into));
        self
    }

    /// Whether the name is also a common word or first name.
    pub fn is_ambiguous_name(&self) -> bool {
        self.flags.iter().any(|f| f == "ambiguous_name")
    }

    /// Whether a demonym is shared with another country.
    pub fn is_ambiguous_demonym(&self) -> bool {
        self.flags.iter().any(|f| f == "ambiguous_demonym")
    }

    pub(crate) fn from_row(row: &Row<'_>) -> Result<Country, Problem> {
        let f = |i: usize| row.fields.get(i).copied().unwrap_or("");
        let c = Country {
            alpha2: required(f(0), "alpha2")?,
            alpha3: crate::tsv::opt(f(1)).unwrap_or_default(),
            name: required(f(2), "name")?,
            variants: list(f(3)),
            demonyms: list(f(4)),
            status: crate::tsv::opt(f(5)).unwrap_or_default(),
            flags: list(f(6)),
        };
        c.validate()?;
        Ok(c)
    }

    pub(crate) fn validate(&self) -> Result<(), Problem> {
        if !is_upper_code(&self.alpha2, 2) {
            return Err(Problem::BadValue {
                field: "alpha2",
                value: self.alpha2.clone(),
                expected: "two capital letters (ISO 3166-1 alpha-2)",
            });
        }
        if !self.alpha3.is_empty() && !is_upper_code(&self.alpha3, 3) {
            return Err(Problem::BadValue {
                field: "alpha3",
                value: self.alpha3.clone(),
                expected: "three capital letters (ISO 3166-1 alpha-3)",
            });
        }
        if self.name.trim().is_empty() {
            return Err(Problem::EmptyField("name"));
        }
        if !self.status.is_empty() && !["member", "observer", "territory"].contains(&&*self.status)
        {
            return Err(Problem::BadValue {
                field: "status",
                value: self.status.clone(),
                expected: "member, observer or territory",
            });
        }
        check_flags(&self.flags, FLAGS)
    }
}

/// Whether `s` is `n` ASCII capitals.
pub(crate) fn is_upper_code(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Checks that every flag is known.
pub(crate) fn check_flags(flags: &[String], known: &'static [&'static str]) -> Result<(), Problem> {
    match flags.iter().find(|f| !known.contains(&f.as_str())) {
        Some(f) => Err(Problem::BadValue {
            field: "flags",
            value: f.clone(),
            expected: "a known flag (ambiguous_name, ambiguous_demonym, ambiguous_acronym)",
        }),
        None => Ok(()),
    }
}
