//! The compiled dictionaries written to the baked tables (by the build
//! script) and read back at start-up, so that the embedded recogniser is
//! the one `Matcher::new` builds from the embedded dictionaries without
//! building it: the candidates of the patterns as Rust statics (borrowed
//! at start-up, nothing allocated for them), the arrays of the tries as
//! statics (copied in bulk), every other field of [`Matcher`] in the format
//! of [`crate::codec`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;

use super::{Candidate, CaseRule, Matcher, Target, TitleInfo};
use crate::codec::{Reader, Writer};
use crate::trie::{BakedTries, Trie, TrieTables};
use crate::{Dictionaries, EntityKind};

impl Matcher {
    /// The matcher of the embedded dictionaries, read from the tables baked
    /// at build time: what `Matcher::new(&Dictionaries::embedded())` builds
    /// (the test below checks it), in a few percent of the time (no
    /// parsing, folding, insertion or placement; one allocation per string
    /// of the targets and titles). Built from the dictionaries should the
    /// tables ever fail to read.
    pub(crate) fn embedded() -> Matcher {
        use crate::baked::{CANDIDATES, CANDIDATE_ENDS};
        let mut tries = BakedTries::embedded();
        let mut r = Reader::new(crate::baked::RECOGNIZER_STRINGS, crate::baked::RECOGNIZER);
        Matcher::read(&mut r, CANDIDATES, CANDIDATE_ENDS, &mut tries)
            .filter(|_| r.is_done() && tries.is_done())
            .unwrap_or_else(|| Matcher::new(&Dictionaries::embedded()))
    }

    /// Writes every field but the candidates (see
    /// [`Matcher::candidates_source`]), the title keys sorted so that the
    /// bytes do not depend on the hash map's order.
    #[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
    pub(crate) fn write(&self, w: &mut Writer, tries: &mut TrieTables) {
        self.trie.write(w, tries);
        self.lower.write(w, tries);
        w.len(self.latin.len());
        for (bytes, n) in &self.latin {
            w.bytes(bytes);
            w.u8(*n);
        }
        w.len(self.candidates.len());
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

    /// The candidates of every pattern as Rust statics, which
    /// `src/baked.rs` includes: `CANDIDATES`, those of every pattern one
    /// after the other, and `CANDIDATE_ENDS`, where those of each pattern
    /// end. One array rather than one slice per pattern, so that the
    /// loader has only the strings' pointers to relocate.
    #[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
    pub(crate) fn candidates_source(&self) -> String {
        let mut out = String::with_capacity(self.candidates.len() * 192);
        let mut ends = String::with_capacity(self.candidates.len() * 6);
        let mut end = 0;
        out.push_str(
            "/// The candidates of every pattern, one pattern after the other.\n\
             pub(crate) static CANDIDATES: &[Candidate] = &[\n",
        );
        for list in &self.candidates {
            end += list.len();
            let _ = write!(ends, "{end},");
            for c in list.iter() {
                let rule = match &c.rule {
                    CaseRule::Any => "CaseRule::Any".to_owned(),
                    CaseRule::Exact(s) => format!("CaseRule::Exact(Cow::Borrowed({s:?}))"),
                    CaseRule::Capital(s) => format!("CaseRule::Capital(Cow::Borrowed({s:?}))"),
                    CaseRule::AllCapitals(s) => {
                        format!("CaseRule::AllCapitals(Cow::Borrowed({s:?}))")
                    }
                };
                let _ = writeln!(
                    out,
                    "Candidate {{ what: What::{:?}, form: MentionForm::{:?}, rule: {rule}, \
                     needs_context: {}, plural: {}, capital_first: {} }},",
                    c.what, c.form, c.needs_context, c.plural, c.capital_first
                );
            }
        }
        let _ = write!(
            out,
            "];\n\
             /// Where the candidates of each pattern end in [`CANDIDATES`].\n\
             pub(crate) static CANDIDATE_ENDS: &[u32] = &[{ends}];\n"
        );
        out
    }

    /// Reads what [`Matcher::write`] wrote, with the candidates of
    /// `candidates` (borrowed; those of each pattern end at `ends`, as
    /// [`Matcher::candidates_source`] wrote them) and the arrays of the
    /// tries copied from `tries`, or `None` if the table does not read
    /// whole or the candidates do not fit it. Linear in the table: one
    /// allocation per string of the targets and titles, a bulk copy for
    /// the tries, nothing per node or pattern.
    pub(crate) fn read(
        r: &mut Reader<'_>,
        candidates: &'static [Candidate],
        ends: &'static [u32],
        tries: &mut BakedTries,
    ) -> Option<Matcher> {
        let trie = Trie::read(r, tries)?;
        let lower = Trie::read(r, tries)?;
        let latin = r.list(5, |r| {
            let bytes = r.bytes(4)?.try_into().ok()?;
            Some((bytes, r.u8()?))
        })?;
        if r.u32()? as usize != ends.len() {
            return None;
        }
        let mut start = 0;
        let mut lists = Vec::with_capacity(ends.len());
        for &end in ends {
            lists.push(Cow::Borrowed(candidates.get(start..end as usize)?));
            start = end as usize;
        }
        if start != candidates.len() {
            return None;
        }
        let candidates = lists;
        let targets = r.list(10, |r| {
            Some(Target {
                id: r.string()?,
                kind: kind_of(r.u8()?)?,
                name: r.string()?,
                code: r.opt_string()?,
                metonym: r.bool()?,
            })
        })?;
        let titles = r.list(9, |r| {
            Some(TitleInfo {
                roles: r.strings()?,
                canonical: r.string()?,
                honorific: r.bool()?,
            })
        })?;
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

    fn bytes(m: &Matcher) -> (String, Vec<u8>) {
        tables(m).0
    }

    fn tables(m: &Matcher) -> ((String, Vec<u8>), TrieTables) {
        let mut w = Writer::default();
        let mut tries = TrieTables::default();
        m.write(&mut w, &mut tries);
        (w.finish(), tries)
    }

    /// The candidates, compared through `Debug` (which does not tell a
    /// borrowed list or string from an owned one).
    fn candidates(m: &Matcher) -> String {
        format!("{:?}", m.candidates)
    }

    #[test]
    fn the_baked_recognizer_is_the_one_built_from_the_embedded_dictionaries() {
        let dicts = Dictionaries::try_embedded().unwrap();
        let built = Matcher::new(&dicts);
        let stale = "the baked recogniser is stale: rebuild the crate";
        for m in [&built, &Matcher::embedded()] {
            let ((strings, stream), tries) = tables(m);
            assert!(strings == crate::baked::RECOGNIZER_STRINGS, "{stale}");
            assert!(stream == crate::baked::RECOGNIZER, "{stale}");
            assert!(tries.slots == crate::baked::SLOTS, "{stale}");
            assert!(tries.words == crate::baked::WORDS, "{stale}");
        }
        let baked = Matcher::embedded();
        assert!(candidates(&baked) == candidates(&built), "{stale}");
        assert!(baked
            .candidates
            .iter()
            .all(|c| matches!(c, Cow::Borrowed(_))));
    }

    #[test]
    fn any_matcher_reads_back() {
        let d = Dictionaries::builder()
            .add_countries([crate::Country::new("NE", "Niger").with_demonyms(["nigérien"])])
            .add_titles([crate::Title::new("général", "military")])
            .add_first_names([crate::FirstName::new("Abdourahamane")])
            .build();
        let m = Matcher::new(&d);
        let ((text, b), arrays) = tables(&m);
        // What the statics of the source would be.
        let all: Vec<Candidate> = m.candidates.iter().flat_map(|c| c.to_vec()).collect();
        let all: &'static [Candidate] = Box::leak(all.into_boxed_slice());
        let ends: Vec<u32> = m
            .candidates
            .iter()
            .scan(0, |end, c| {
                *end += c.len() as u32;
                Some(*end)
            })
            .collect();
        let ends: &'static [u32] = Box::leak(ends.into_boxed_slice());
        let tries = || BakedTries::leaked(&arrays);
        let mut r = Reader::new(&text, &b);
        let back = Matcher::read(&mut r, all, ends, &mut tries()).unwrap();
        assert!(r.is_done());
        assert!(bytes(&back) == (text.clone(), b.clone()));
        assert_eq!(candidates(&back), candidates(&m));
        let source = m.candidates_source();
        assert!(source.contains("&[\nCandidate { what: What::Entity(0), form: MentionForm::Name, rule: CaseRule::Capital(Cow::Borrowed(\"Niger\")),"), "{source}");
        assert!(
            source.contains("CANDIDATE_ENDS: &[u32] = &[1,2,3,4,];"),
            "{source}"
        );
        assert!(source.contains("CaseRule::Any"), "{source}");
        // Every cut is refused without a panic, and so is a table with
        // other candidates.
        for cut in [0, 1, 4, b.len() / 2, b.len() - 1] {
            let short = b.get(..cut).unwrap();
            let ok = Matcher::read(&mut Reader::new(&text, short), all, ends, &mut tries());
            assert!(ok.is_none(), "{cut}");
        }
        let ok = Matcher::read(&mut Reader::new(&text, &b), all, &[], &mut tries());
        assert!(ok.is_none());
        let ok = Matcher::read(&mut Reader::new(&text, &b), &[], ends, &mut tries());
        assert!(ok.is_none());
        let more: Vec<Candidate> = all.iter().chain(all.first()).cloned().collect();
        let more: &'static [Candidate] = Box::leak(more.into_boxed_slice());
        let ok = Matcher::read(&mut Reader::new(&text, &b), more, ends, &mut tries());
        assert!(ok.is_none());
        let mut none = BakedTries::leaked(&TrieTables::default());
        let ok = Matcher::read(&mut Reader::new(&text, &b), all, ends, &mut none);
        assert!(ok.is_none());
        let ok = Matcher::read(&mut Reader::new("", &b), all, ends, &mut tries());
        assert!(ok.is_none());
    }
}
