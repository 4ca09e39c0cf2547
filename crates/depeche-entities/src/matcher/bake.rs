//! The compiled dictionaries written to the baked tables (by the build
//! script) and read back at start-up: every field of [`Matcher`], in
//! order, so that the embedded recogniser is the one `Matcher::new` builds
//! from the embedded dictionaries without building it.

use std::collections::HashMap;

use super::{Candidate, CaseRule, Matcher, Target, TitleInfo, What};
use crate::codec::{Reader, Writer};
use crate::trie::Trie;
use crate::{Dictionaries, EntityKind, MentionForm};

impl Matcher {
    /// The matcher of the embedded dictionaries, read from the tables baked
    /// at build time: what `Matcher::new(&Dictionaries::embedded())` builds
    /// (the test below checks it), in about a tenth of the time. Built from
    /// the dictionaries should the tables ever fail to read.
    pub(crate) fn embedded() -> Matcher {
        Reader::new(crate::baked::RECOGNIZER)
            .and_then(|mut r| Matcher::read(&mut r).filter(|_| r.is_done()))
            .unwrap_or_else(|| Matcher::new(&Dictionaries::embedded()))
    }

    /// Writes every field (the title keys sorted, so that the bytes do not
    /// depend on the hash map's order).
    #[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
    pub(crate) fn write(&self, w: &mut Writer) {
        self.trie.write(w);
        self.lower.write(w);
        w.len(self.latin.len());
        for (bytes, n) in &self.latin {
            w.bytes(bytes);
            w.u8(*n);
        }
        w.len(self.candidates.len());
        for list in &self.candidates {
            w.len(list.len());
            for c in list {
                write_candidate(w, c);
            }
        }
        w.len(self.targets.len());
        for t in &self.targets {
            w.str(&t.id);
            w.u8(kind_code(t.kind));
            w.str(&t.name);
            w.opt_str(t.code.as_deref());
            w.bool(t.metonym);
        }
        w.len(self.titles.len());
        for t in &self.titles {
            w.strs(&t.roles);
            w.str(&t.canonical);
            w.bool(t.honorific);
        }
        let mut keys: Vec<(&String, &u32)> = self.title_by_key.iter().collect();
        keys.sort_unstable();
        w.len(keys.len());
        for (k, &i) in keys {
            w.str(k);
            w.u32(i);
        }
    }

    /// Reads what [`Matcher::write`] wrote, or `None` if the table does not
    /// read whole. Linear in the table: bulk copies for the automata, one
    /// allocation per pattern, string and title.
    pub(crate) fn read(r: &mut Reader<'_>) -> Option<Matcher> {
        let trie = Trie::read(r)?;
        let lower = Trie::read(r)?;
        let n = r.len(5)?;
        let mut latin = Vec::with_capacity(n);
        for _ in 0..n {
            let bytes = r.bytes(4)?.try_into().ok()?;
            latin.push((bytes, r.u8()?));
        }
        let n = r.len(4)?;
        let mut candidates = Vec::with_capacity(n);
        for _ in 0..n {
            let k = r.len(3)?;
            let mut list = Vec::with_capacity(k);
            for _ in 0..k {
                list.push(read_candidate(r)?);
            }
            candidates.push(list);
        }
        let n = r.len(10)?;
        let mut targets = Vec::with_capacity(n);
        for _ in 0..n {
            targets.push(Target {
                id: r.string()?,
                kind: kind_of(r.u8()?)?,
                name: r.string()?,
                code: r.opt_string()?,
                metonym: r.bool()?,
            });
        }
        let n = r.len(9)?;
        let mut titles = Vec::with_capacity(n);
        for _ in 0..n {
            titles.push(TitleInfo {
                roles: r.strings()?,
                canonical: r.string()?,
                honorific: r.bool()?,
            });
        }
        let n = r.len(8)?;
        let mut title_by_key = HashMap::with_capacity(n);
        for _ in 0..n {
            let key = r.string()?;
            title_by_key.insert(key, r.u32()?);
        }
        Some(Matcher {
            trie,
            lower,
            latin,
            candidates,
            targets,
            titles,
            title_by_key,
        })
    }
}

#[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
fn write_candidate(w: &mut Writer, c: &Candidate) {
    match c.what {
        What::Entity(i) => {
            w.u8(0);
            w.u32(i);
        }
        What::Title(i) => {
            w.u8(1);
            w.u32(i);
        }
        What::FirstName => w.u8(2),
    }
    w.u8(form_code(c.form));
    match &c.rule {
        CaseRule::Any => w.u8(0),
        CaseRule::Exact(s) => {
            w.u8(1);
            w.str(s);
        }
        CaseRule::Capital(s) => {
            w.u8(2);
            w.str(s);
        }
        CaseRule::AllCapitals(s) => {
            w.u8(3);
            w.str(s);
        }
    }
    w.u8(u8::from(c.needs_context) | u8::from(c.plural) << 1 | u8::from(c.capital_first) << 2);
}

#[inline]
fn read_candidate(r: &mut Reader<'_>) -> Option<Candidate> {
    let what = match r.u8()? {
        0 => What::Entity(r.u32()?),
        1 => What::Title(r.u32()?),
        2 => What::FirstName,
        _ => return None,
    };
    let form = form_of(r.u8()?)?;
    let rule = match r.u8()? {
        0 => CaseRule::Any,
        1 => CaseRule::Exact(r.string()?),
        2 => CaseRule::Capital(r.string()?),
        3 => CaseRule::AllCapitals(r.string()?),
        _ => return None,
    };
    let flags = r.u8()?;
    Some(Candidate {
        what,
        form,
        rule,
        needs_context: flags & 1 != 0,
        plural: flags & 2 != 0,
        capital_first: flags & 4 != 0,
    })
}

#[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
fn form_code(f: MentionForm) -> u8 {
    match f {
        MentionForm::Name => 0,
        MentionForm::Acronym => 1,
        MentionForm::Demonym => 2,
        MentionForm::Surname => 3,
        MentionForm::Metonym => 4,
    }
}

fn form_of(code: u8) -> Option<MentionForm> {
    Some(match code {
        0 => MentionForm::Name,
        1 => MentionForm::Acronym,
        2 => MentionForm::Demonym,
        3 => MentionForm::Surname,
        4 => MentionForm::Metonym,
        _ => return None,
    })
}

#[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
fn kind_code(k: EntityKind) -> u8 {
    match k {
        EntityKind::Country => 0,
        EntityKind::City => 1,
        EntityKind::Region => 2,
        EntityKind::Place => 3,
        EntityKind::Organization => 4,
        EntityKind::Person => 5,
    }
}

fn kind_of(code: u8) -> Option<EntityKind> {
    Some(match code {
        0 => EntityKind::Country,
        1 => EntityKind::City,
        2 => EntityKind::Region,
        3 => EntityKind::Place,
        4 => EntityKind::Organization,
        5 => EntityKind::Person,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(m: &Matcher) -> Vec<u8> {
        let mut w = Writer::default();
        m.write(&mut w);
        w.finish()
    }

    #[test]
    fn the_baked_recognizer_is_the_one_built_from_the_embedded_dictionaries() {
        let dicts = Dictionaries::try_embedded().unwrap();
        let built = bytes(&Matcher::new(&dicts));
        assert!(
            built == crate::baked::RECOGNIZER,
            "the baked recogniser is stale: rebuild the crate"
        );
        let baked = Matcher::embedded();
        assert!(bytes(&baked) == built, "the baked recogniser does not read back");
    }

    #[test]
    fn any_matcher_reads_back() {
        let d = Dictionaries::builder()
            .add_countries([crate::Country::new("NE", "Niger").with_demonyms(["nigérien"])])
            .add_titles([crate::Title::new("général", "military")])
            .add_first_names([crate::FirstName::new("Abdourahamane")])
            .build();
        let m = Matcher::new(&d);
        let b = bytes(&m);
        let mut r = Reader::new(&b).unwrap();
        let back = Matcher::read(&mut r).unwrap();
        assert!(r.is_done());
        assert!(bytes(&back) == b);
        // Every cut is refused without a panic.
        for cut in [0, 1, 4, b.len() / 2, b.len() - 1] {
            let short = b.get(..cut).unwrap();
            let ok = Reader::new(short).and_then(|mut r| Matcher::read(&mut r));
            assert!(ok.is_none(), "{cut}");
        }
    }
}
