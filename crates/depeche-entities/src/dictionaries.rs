//! The set of dictionaries a recogniser is built from, embedded by default
//! and replaceable or extensible at run time.

use std::path::Path;

use crate::error::{DictionaryError, Problem};
use crate::json::parse_json;
use crate::tsv::{rows, Row};
use crate::{country, first_name, organization, place, title};
use crate::{Country, FirstName, Organization, Place, Title};

#[path = "dictionaries/bake.rs"]
mod bake;

/// Which dictionary a file or a builder call is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DictionaryKind {
    /// Countries (`countries.tsv`).
    Countries,
    /// Cities, regions and places (`places.tsv`).
    Places,
    /// Organisations (`organizations.tsv`).
    Organizations,
    /// Titles and roles (`titles.tsv`).
    Titles,
    /// First names (`first_names.tsv`).
    FirstNames,
}

/// The embedded data files (name, content).
const EMBEDDED_COUNTRIES: (&str, &str) =
    ("data/countries.tsv", include_str!("../data/countries.tsv"));
const EMBEDDED_PLACES: (&str, &str) = ("data/places.tsv", include_str!("../data/places.tsv"));
const EMBEDDED_ORGANIZATIONS: (&str, &str) = (
    "data/organizations.tsv",
    include_str!("../data/organizations.tsv"),
);
const EMBEDDED_TITLES: (&str, &str) = ("data/titles.tsv", include_str!("../data/titles.tsv"));
const EMBEDDED_FIRST_NAMES: (&str, &str) = (
    "data/first_names.tsv",
    include_str!("../data/first_names.tsv"),
);

/// All the dictionaries: countries, places, organisations, titles and first
/// names.
///
/// ```
/// use depeche_entities::Dictionaries;
/// let d = Dictionaries::embedded();
/// assert!(d.countries().iter().any(|c| c.alpha2 == "NE" && c.name == "Niger"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dictionaries {
    pub(crate) countries: Vec<Country>,
    pub(crate) places: Vec<Place>,
    pub(crate) organizations: Vec<Organization>,
    pub(crate) titles: Vec<Title>,
    pub(crate) first_names: Vec<FirstName>,
}

impl Dictionaries {
    /// The dictionaries shipped inside the crate.
    ///
    /// They are read from tables baked at build time from the embedded
    /// files (no TSV parsed at run time; under a millisecond, one
    /// allocation per string and list).
    pub fn embedded() -> Dictionaries {
        // The embedded files are checked by the test `embedded_data_parses`;
        // should one ever be bad, the files that parse are kept rather than
        // panicking (the build script bakes them the same way).
        Dictionaries::baked().unwrap_or_else(|| Dictionaries::read_embedded().0)
    }

    /// The dictionaries shipped inside the crate, or the first error found
    /// in them (file and line). This parses the embedded TSV files (a few
    /// milliseconds); [`Dictionaries::embedded`] gives the same
    /// dictionaries without parsing.
    pub fn try_embedded() -> Result<Dictionaries, DictionaryError> {
        match Dictionaries::read_embedded() {
            (d, None) => Ok(d),
            (_, Some(e)) => Err(e),
        }
    }

    /// Parses the embedded TSV files: the dictionaries of the files that
    /// parse, and the first error (what the build script bakes).
    pub(crate) fn read_embedded() -> (Dictionaries, Option<DictionaryError>) {
        let mut b = DictionariesBuilder::default();
        let mut first_error = None;
        for (kind, (path, content)) in [
            (DictionaryKind::Countries, EMBEDDED_COUNTRIES),
            (DictionaryKind::Places, EMBEDDED_PLACES),
            (DictionaryKind::Organizations, EMBEDDED_ORGANIZATIONS),
            (DictionaryKind::Titles, EMBEDDED_TITLES),
            (DictionaryKind::FirstNames, EMBEDDED_FIRST_NAMES),
        ] {
            // A file that does not parse adds nothing; the others are kept.
            if let Err(e) = b.try_add_tsv(kind, path, content) {
                first_error.get_or_insert(e);
            }
        }
        (b.build(), first_error)
    }

    /// A builder starting from no entry at all.
    pub fn builder() -> DictionariesBuilder {
        DictionariesBuilder::default()
    }

    /// A builder starting from these dictionaries (to extend or replace some).
    pub fn to_builder(&self) -> DictionariesBuilder {
        DictionariesBuilder { d: self.clone() }
    }

    /// The countries.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The cities, regions and places.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The organisations.
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// The titles and roles.
    pub fn titles(&self) -> &[Title] {
        &self.titles
    }

    /// The first names.
    pub fn first_names(&self) -> &[FirstName] {
        &self.first_names
    }
}

/// Builds [`Dictionaries`]: add, remove or replace each dictionary, load user
/// dictionaries from TSV or JSON.
///
/// Entries added later win over earlier ones with the same id (country code,
/// place kind and id, organisation id, title): a user file can correct an
/// embedded entry.
///
/// ```
/// use depeche_entities::{Dictionaries, DictionaryKind, EntityRecognizer, Organization};
/// let dicts = Dictionaries::embedded()
///     .to_builder()
///     .add_organizations([Organization::new("fnlc", "Front national de libération du Cabinda", &["FNLC"])])
///     .add_tsv(DictionaryKind::FirstNames, "mine.tsv", "#name\tregions\nZéphyrin\t-\n")?
///     .build();
/// let rec = EntityRecognizer::new(&dicts);
/// let found = rec.mentions("Le FNLC a revendiqué l'attaque.");
/// assert_eq!(found[0].id, "org:fnlc");
/// # Ok::<(), depeche_entities::DictionaryError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct DictionariesBuilder {
    d: Dictionaries,
}

impl DictionariesBuilder {
    /// Starts from the embedded dictionaries.
    pub fn embedded() -> DictionariesBuilder {
        Dictionaries::embedded().to_builder()
    }

    /// Adds countries.
    pub fn add_countries<I: IntoIterator<Item = Country>>(mut self, items: I) -> Self {
        self.d.countries.extend(items);
        self
    }

    /// Adds places.
    pub fn add_places<I: IntoIterator<Item = Place>>(mut self, items: I) -> Self {
        self.d.places.extend(items);
        self
    }

    /// Adds organisations.
    pub fn add_organizations<I: IntoIterator<Item = Organization>>(mut self, items: I) -> Self {
        self.d.organizations.extend(items);
        self
    }

    /// Adds titles.
    pub fn add_titles<I: IntoIterator<Item = Title>>(mut self, items: I) -> Self {
        self.d.titles.extend(items);
        self
    }

    /// Adds first names.
    pub fn add_first_names<I: IntoIterator<Item = FirstName>>(mut self, items: I) -> Self {
        self.d.first_names.extend(items);
        self
    }

    /// Removes a whole dictionary.
    pub fn clear(mut self, kind: DictionaryKind) -> Self {
        match kind {
            DictionaryKind::Countries => self.d.countries.clear(),
            DictionaryKind::Places => self.d.places.clear(),
            DictionaryKind::Organizations => self.d.organizations.clear(),
            DictionaryKind::Titles => self.d.titles.clear(),
            DictionaryKind::FirstNames => self.d.first_names.clear(),
        }
        self
    }

    /// Removes the entries of a dictionary whose key is `key`: the alpha-2
    /// code of a country, the id of a place or organisation, the canonical
    /// title, the first name.
    pub fn remove(mut self, kind: DictionaryKind, key: &str) -> Self {
        match kind {
            DictionaryKind::Countries => self.d.countries.retain(|c| c.alpha2 != key),
            DictionaryKind::Places => self.d.places.retain(|p| p.id != key),
            DictionaryKind::Organizations => self.d.organizations.retain(|o| o.id != key),
            DictionaryKind::Titles => self.d.titles.retain(|t| t.title != key),
            DictionaryKind::FirstNames => self.d.first_names.retain(|n| n.name != key),
        }
        self
    }

    /// Replaces a whole dictionary with the entries of a TSV text.
    pub fn replace_tsv(
        self,
        kind: DictionaryKind,
        path: &str,
        content: &str,
    ) -> Result<Self, DictionaryError> {
        self.clear(kind).add_tsv(kind, path, content)
    }

    /// Adds the entries of a TSV text (`path` names it in errors).
    pub fn add_tsv(
        mut self,
        kind: DictionaryKind,
        path: &str,
        content: &str,
    ) -> Result<Self, DictionaryError> {
        self.try_add_tsv(kind, path, content)?;
        Ok(self)
    }

    /// [`add_tsv`](Self::add_tsv) in place: on an error the builder is left
    /// as it was.
    fn try_add_tsv(
        &mut self,
        kind: DictionaryKind,
        path: &str,
        content: &str,
    ) -> Result<(), DictionaryError> {
        fn parse<T>(
            path: &str,
            content: &str,
            header: &[&str],
            from_row: fn(&Row<'_>) -> Result<T, Problem>,
        ) -> Result<Vec<T>, DictionaryError> {
            rows(path, content, header)?
                .iter()
                .map(|r| from_row(r).map_err(|p| DictionaryError::new(path, r.line, p)))
                .collect()
        }
        match kind {
            DictionaryKind::Countries => {
                let v = parse(path, content, country::HEADER, Country::from_row)?;
                self.d.countries.extend(v);
            }
            DictionaryKind::Places => {
                let v = parse(path, content, place::HEADER, Place::from_row)?;
                self.d.places.extend(v);
            }
            DictionaryKind::Organizations => {
                let v = parse(path, content, organization::HEADER, Organization::from_row)?;
                self.d.organizations.extend(v);
            }
            DictionaryKind::Titles => {
                let v = parse(path, content, title::HEADER, Title::from_row)?;
                self.d.titles.extend(v);
            }
            DictionaryKind::FirstNames => {
                let v = parse(path, content, first_name::HEADER, FirstName::from_row)?;
                self.d.first_names.extend(v);
            }
        }
        Ok(())
    }

    /// Adds the entries of a JSON text: an array of objects whose fields are
    /// the TSV columns (lists as arrays, empty fields omitted or null).
    pub fn add_json(
        mut self,
        kind: DictionaryKind,
        path: &str,
        content: &str,
    ) -> Result<Self, DictionaryError> {
        match kind {
            DictionaryKind::Countries => {
                let v = parse_json::<Country>(path, content)?;
                self.d.countries.extend(v);
            }
            DictionaryKind::Places => {
                let v = parse_json::<Place>(path, content)?;
                self.d.places.extend(v);
            }
            DictionaryKind::Organizations => {
                let v = parse_json::<Organization>(path, content)?;
                self.d.organizations.extend(v);
            }
            DictionaryKind::Titles => {
                let v = parse_json::<Title>(path, content)?;
                self.d.titles.extend(v);
            }
            DictionaryKind::FirstNames => {
                let v = parse_json::<FirstName>(path, content)?;
                self.d.first_names.extend(v);
            }
        }
        Ok(self)
    }

    /// Adds the entries of a file: JSON if its name ends in `.json`, TSV
    /// otherwise.
    pub fn load(
        self,
        kind: DictionaryKind,
        path: impl AsRef<Path>,
    ) -> Result<Self, DictionaryError> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let content = std::fs::read_to_string(path)
            .map_err(|e| DictionaryError::new(&name, 0, Problem::Io(e.to_string())))?;
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            self.add_json(kind, &name, &content)
        } else {
            self.add_tsv(kind, &name, &content)
        }
    }

    /// Replaces a whole dictionary with the entries of a file (JSON or TSV
    /// by extension).
    pub fn replace(
        self,
        kind: DictionaryKind,
        path: impl AsRef<Path>,
    ) -> Result<Self, DictionaryError> {
        self.clear(kind).load(kind, path)
    }

    /// The dictionaries.
    pub fn build(self) -> Dictionaries {
        self.d
    }
}
