//! The embedded dictionaries written to the baked tables (by the build
//! script, from `data/*.tsv`) and read back by [`Dictionaries::embedded`]:
//! no TSV to split and check at run time, one allocation per string and
//! list.

use crate::codec::{Reader, Writer};
use crate::{Country, Dictionaries, FirstName, Organization, Place, PlaceKind, Title};

impl Dictionaries {
    /// The dictionaries baked at build time, or `None` if the table does
    /// not read whole (never, but for a build script that wrote nothing).
    pub(crate) fn baked() -> Option<Dictionaries> {
        let mut r = Reader::new(crate::baked::DICTIONARY_STRINGS, crate::baked::DICTIONARIES);
        let d = Dictionaries::read(&mut r)?;
        r.is_done().then_some(d)
    }

    /// Writes every entry of every dictionary.
    #[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
    pub(crate) fn write(&self, w: &mut Writer) {
        w.len(self.countries.len());
        for c in &self.countries {
            w.str(&c.alpha2);
            w.str(&c.alpha3);
            w.str(&c.name);
            w.strs(&c.variants);
            w.strs(&c.demonyms);
            w.str(&c.status);
            w.strs(&c.flags);
        }
        w.len(self.places.len());
        for p in &self.places {
            w.str(&p.id);
            w.str(&p.name);
            w.u8(match p.kind {
                PlaceKind::City => 0,
                PlaceKind::Region => 1,
                PlaceKind::Place => 2,
            });
            w.opt_str(p.country.as_deref());
            w.strs(&p.variants);
            w.strs(&p.demonyms);
            w.opt_str(p.metonym.as_deref());
            w.strs(&p.flags);
        }
        w.len(self.organizations.len());
        for o in &self.organizations {
            w.str(&o.id);
            w.str(&o.name);
            w.strs(&o.acronyms);
            w.strs(&o.variants);
            w.str(&o.org_type);
            w.opt_str(o.country.as_deref());
            w.strs(&o.flags);
        }
        w.len(self.titles.len());
        for t in &self.titles {
            w.str(&t.title);
            w.str(&t.category);
            w.strs(&t.forms);
            w.strs(&t.implies);
        }
        w.len(self.first_names.len());
        for n in &self.first_names {
            w.str(&n.name);
            w.strs(&n.regions);
        }
    }

    /// Reads what [`Dictionaries::write`] wrote. Linear in the table.
    pub(crate) fn read(r: &mut Reader<'_>) -> Option<Dictionaries> {
        let countries = r.list(28, |r| {
            Some(Country {
                alpha2: r.string()?,
                alpha3: r.string()?,
                name: r.string()?,
                variants: r.strings()?,
                demonyms: r.strings()?,
                status: r.string()?,
                flags: r.strings()?,
            })
        })?;
        let places = r.list(23, |r| {
            Some(Place {
                id: r.string()?,
                name: r.string()?,
                kind: match r.u8()? {
                    0 => PlaceKind::City,
                    1 => PlaceKind::Region,
                    2 => PlaceKind::Place,
                    _ => return None,
                },
                country: r.opt_string()?,
                variants: r.strings()?,
                demonyms: r.strings()?,
                metonym: r.opt_string()?,
                flags: r.strings()?,
            })
        })?;
        let organizations = r.list(25, |r| {
            Some(Organization {
                id: r.string()?,
                name: r.string()?,
                acronyms: r.strings()?,
                variants: r.strings()?,
                org_type: r.string()?,
                country: r.opt_string()?,
                flags: r.strings()?,
            })
        })?;
        let titles = r.list(16, |r| {
            Some(Title {
                title: r.string()?,
                category: r.string()?,
                forms: r.strings()?,
                implies: r.strings()?,
            })
        })?;
        let first_names = r.list(8, |r| {
            Some(FirstName {
                name: r.string()?,
                regions: r.strings()?,
            })
        })?;
        Some(Dictionaries {
            countries,
            places,
            organizations,
            titles,
            first_names,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baked_dictionaries_are_the_embedded_files() {
        let parsed = Dictionaries::try_embedded().unwrap();
        let baked = Dictionaries::baked();
        assert!(
            baked.as_ref() == Some(&parsed),
            "the baked dictionaries are stale: rebuild the crate"
        );
        assert!(Dictionaries::embedded() == parsed);
        let mut w = Writer::default();
        parsed.write(&mut w);
        let (strings, data) = w.finish();
        assert!(strings == crate::baked::DICTIONARY_STRINGS);
        assert!(data == crate::baked::DICTIONARIES);
    }
}
