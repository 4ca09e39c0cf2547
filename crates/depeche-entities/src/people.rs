//! The people of a document: the person findings of its windows gathered
//! into one person per name, single names and surnames alone linked to the
//! full names by surname.
//!
//! An article names a few people, so names, ids and surnames are looked
//! up by comparing them one by one (no hashing, no key copied) until a
//! document has more than [`LINEAR`] people or written names; from then
//! on they are looked up in maps (std's SipHash with random keys: the keys
//! come from the text, so a document cannot choose their collisions). The
//! two ways find the same person: keys are unique, or the first person
//! holding a surname wins in both.

use std::collections::HashMap;

use depeche_text::Span;

use crate::fold::fold_into;
use crate::person::{Finding, Roles};
use crate::scratch::Work;
use crate::slug::push_slug;
use crate::trie::ASCII_FOLD;
use crate::{Mention, MentionForm};

/// Up to this many people and written names, they are compared one by
/// one; beyond, looked up in maps.
const LINEAR: usize = 16;

/// A person being gathered.
pub(crate) struct PersonAcc {
    pub(crate) name: String,
    pub(crate) id: String,
    pub(crate) roles: Vec<String>,
    pub(crate) mentions: Vec<Mention>,
    /// Named in full (two words or more): a surname alone may stand for
    /// them.
    multi: bool,
    /// Its surname folded (the fold of the last word of its first full
    /// name), a range of [`Work::surnames`] (empty for a single name).
    surname: (usize, usize),
    /// Where the surname without "al-" or "el-" starts ("assad" of
    /// "al-assad"), if it has that prefix: a second key.
    bare: Option<usize>,
    /// The address and length of the last dictionary role list added
    /// whole: the same title again adds nothing (no comparison).
    last_roles: (usize, usize),
}

impl PersonAcc {
    /// The surname keys of the person: its folded surname, and that
    /// surname without "al-" or "el-".
    fn surnames<'s>(&self, arena: &'s str) -> impl Iterator<Item = &'s str> {
        let (start, end) = self.surname;
        let full = if self.multi {
            arena.get(start..end)
        } else {
            None
        };
        let bare = self.bare.and_then(|b| arena.get(b..end));
        full.into_iter().chain(bare)
    }

    /// Adds the roles not there yet, in order.
    fn add_roles(&mut self, roles: &Roles<'_>) {
        if let Roles::Dictionary(d) = roles {
            let key = (d.as_ptr() as usize, d.len());
            if key == self.last_roles {
                return;
            }
            self.last_roles = key;
        }
        for r in roles.iter() {
            if !self.roles.iter().any(|x| x == r) {
                self.roles.push(r.to_string());
            }
        }
    }
}

/// The maps of a document with many people.
struct Maps<'t> {
    /// Full names as written -> person.
    by_name: HashMap<&'t str, usize>,
    /// Ids -> person.
    by_id: HashMap<String, usize>,
    /// Surname keys -> the first person with that key.
    by_surname: HashMap<String, usize>,
}

/// The people found so far and the ways to find them again.
struct People<'t> {
    text: &'t str,
    persons: Vec<PersonAcc>,
    /// Full names as written (spans of the text) -> person, in order.
    names: Vec<(Span, usize)>,
    /// The folded surnames of the persons (see [`PersonAcc::surname`]).
    surnames: String,
    maps: Option<Maps<'t>>,
    /// The most people and written names the document can have (its
    /// findings): the size of the maps, so that they are not rehashed
    /// as they fill.
    most: usize,
}

impl<'t> People<'t> {
    /// The person first named `written` in full.
    fn by_name(&self, written: &str) -> Option<usize> {
        match &self.maps {
            Some(m) => m.by_name.get(written).copied(),
            None => self
                .names
                .iter()
                .find(|(s, _)| s.slice(self.text) == Some(written))
                .map(|&(_, i)| i),
        }
    }

    /// The person of an id.
    fn by_id(&self, id: &str) -> Option<usize> {
        match &self.maps {
            Some(m) => m.by_id.get(id).copied(),
            None => self.persons.iter().position(|p| p.id == id),
        }
    }

    /// The first person with the surname key `key`.
    fn by_surname(&self, key: &str) -> Option<usize> {
        match &self.maps {
            Some(m) => m.by_surname.get(key).copied(),
            None => self
                .persons
                .iter()
                .position(|p| p.surnames(&self.surnames).any(|k| k == key)),
        }
    }

    /// Records that the full name `span` (as written) is person `i`.
    fn add_name(&mut self, span: Span, i: usize) {
        self.names.push((span, i));
        if let Some(m) = &mut self.maps {
            m.by_name.insert(span.slice(self.text).unwrap_or(""), i);
        }
        self.grow();
    }

    /// Adds a person; returns its index.
    fn add(&mut self, p: PersonAcc) -> usize {
        let i = self.persons.len();
        if let Some(m) = &mut self.maps {
            m.by_id.insert(p.id.clone(), i);
            for k in p.surnames(&self.surnames) {
                m.by_surname.entry(k.to_owned()).or_insert(i);
            }
        }
        self.persons.push(p);
        self.grow();
        i
    }

    /// Builds the maps once there are too many people to compare.
    fn grow(&mut self) {
        if self.maps.is_some() || (self.persons.len() <= LINEAR && self.names.len() <= LINEAR) {
            return;
        }
        let mut m = Maps {
            by_name: HashMap::with_capacity(self.most),
            by_id: HashMap::with_capacity(self.most),
            by_surname: HashMap::with_capacity(self.most),
        };
        for &(span, i) in &self.names {
            m.by_name.insert(span.slice(self.text).unwrap_or(""), i);
        }
        for (i, p) in self.persons.iter().enumerate() {
            m.by_id.insert(p.id.clone(), i);
            for k in p.surnames(&self.surnames) {
                m.by_surname.entry(k.to_owned()).or_insert(i);
            }
        }
        self.maps = Some(m);
    }

    /// A new person named `name`, with id `id`; `surname`: the span of
    /// the last word of a full name.
    fn person(&mut self, name: &str, id: &str, surname: Option<Span>) -> PersonAcc {
        let start = self.surnames.len();
        let mut bare = None;
        if let Some(s) = surname {
            fold_into(s.slice(self.text).unwrap_or(""), &mut self.surnames);
            let key = self.surnames.get(start..).unwrap_or("");
            if key.starts_with("al-") || key.starts_with("el-") {
                bare = Some(start + 3);
            }
        }
        PersonAcc {
            name: name.to_owned(),
            id: id.to_owned(),
            roles: Vec::new(),
            mentions: Vec::new(),
            multi: surname.is_some(),
            surname: (start, self.surnames.len()),
            bare,
            last_roles: (0, 0),
        }
    }
}

/// The people of `findings` (sorted by start): full names first, then
/// single names linked to them by surname, then surnames alone anywhere
/// among the `capitalised` words of the scan (even inside
/// "Tiani-Poutine"). Each person's mentions are sorted by start.
///
/// O(f + c) lookups for f findings and c capitalised words, each O(1)
/// comparisons while a document names at most [`LINEAR`] people, else a
/// hash.
pub(crate) fn gather_persons(
    text: &str,
    findings: &[Finding<'_>],
    work: &mut Work,
) -> Vec<PersonAcc> {
    if findings.is_empty() {
        return Vec::new();
    }
    let Work {
        capitalised,
        fold: buf,
        taken,
        found,
        names,
        surnames,
        id,
        written: arena,
        written_ends,
        ..
    } = work;
    let written = Written {
        arena,
        ends: written_ends,
    };
    // Sized for the people of an article (at most one per finding).
    let mut people = People {
        text,
        persons: Vec::with_capacity(findings.len().min(64)),
        names: std::mem::take(names),
        surnames: std::mem::take(surnames),
        maps: None,
        most: findings.len(),
    };
    for (k, f) in findings.iter().enumerate().filter(|(_, f)| f.words >= 2) {
        let written = written.get(k);
        let i = match people.by_name(written) {
            Some(i) => i,
            None => {
                person_id(written, id);
                let i = match people.by_id(id) {
                    Some(i) => i,
                    None => {
                        let p = people.person(written, id, Some(f.last_word));
                        people.add(p)
                    }
                };
                people.add_name(f.span, i);
                i
            }
        };
        if let Some(p) = people.persons.get_mut(i) {
            p.add_roles(&f.roles);
            p.mentions.push(Mention {
                span: f.span,
                form: MentionForm::Name,
            });
        }
    }
    for (k, f) in findings.iter().enumerate().filter(|(_, f)| f.words < 2) {
        let written = written.get(k);
        buf.clear();
        fold_into(written, buf);
        let (i, form) = match people.by_surname(buf) {
            Some(i) => (i, MentionForm::Surname),
            None => {
                person_id(written, id);
                match people.by_id(id) {
                    Some(i) => (i, MentionForm::Name),
                    None => {
                        let p = people.person(written, id, None);
                        (people.add(p), MentionForm::Name)
                    }
                }
            }
        };
        if let Some(p) = people.persons.get_mut(i) {
            p.add_roles(&f.roles);
            p.mentions.push(Mention { span: f.span, form });
        }
    }
    // Surnames alone.
    if people.persons.iter().any(|p| p.multi) {
        // The mentions of people: one per finding so far, so the
        // findings' spans (which come sorted by start: the sort only
        // checks it). (No dictionary mention can hold one of the
        // capitalised words: those are word starts where the scan chose
        // no match, and the scan skips the word starts inside the entity
        // matches it chose.)
        taken.extend(findings.iter().map(|f| f.span));
        taken.sort_unstable();
        // Capitalised words and taken spans are both sorted: a cursor.
        let mut ti = 0;
        let mut is_taken = |s: Span| {
            while taken.get(ti).is_some_and(|t| t.end <= s.start) {
                ti += 1;
            }
            taken.get(ti).is_some_and(|t| t.overlaps(s))
        };
        // Capitalised words the dictionaries did not claim, checked
        // against the surnames of the full names. Most are no surname:
        // the first byte and the length of their fold rule them out
        // before any lookup.
        let mut firsts = [false; 256];
        let mut lengths = 0u64;
        for key in people
            .persons
            .iter()
            .flat_map(|p| p.surnames(&people.surnames))
        {
            if let Some(f) = key.bytes().next().and_then(|b| firsts.get_mut(b as usize)) {
                *f = true;
            }
            lengths |= 1 << key.len().min(63);
        }
        for &span in capitalised.iter() {
            // An ASCII first letter folds by table: most words are ruled
            // out before folding.
            let lead = text.as_bytes().get(span.start).copied().unwrap_or(0);
            if lead < 0x80
                && !ASCII_FOLD
                    .get(lead as usize)
                    .and_then(|&f| firsts.get(f as usize))
                    .copied()
                    .unwrap_or(false)
            {
                continue;
            }
            if is_taken(span) {
                continue;
            }
            buf.clear();
            fold_into(span.slice(text).unwrap_or(""), buf);
            let first = buf.bytes().next().unwrap_or(0);
            if lengths >> buf.len().min(63) & 1 == 0
                || !firsts.get(first as usize).copied().unwrap_or(false)
            {
                continue;
            }
            if let Some(pi) = people.by_surname(buf) {
                if people.persons.get(pi).is_some_and(|p| p.multi) {
                    found.push((pi, span));
                }
            }
        }
        for &(pi, span) in found.iter() {
            if let Some(p) = people.persons.get_mut(pi) {
                p.mentions.push(Mention {
                    span,
                    form: MentionForm::Surname,
                });
            }
        }
    }
    for p in &mut people.persons {
        p.mentions.sort_by_key(|m| m.span.start);
    }
    // The buffers go back to the work (emptied when it is put back).
    *names = people.names;
    *surnames = people.surnames;
    people.persons
}

/// The findings as written, copied one after the other by the reader of
/// the windows (the text of finding k is `arena[ends[k - 1]..ends[k]]`):
/// read here in order, where the findings' spans would read a text too
/// long for the cache at scattered places.
struct Written<'a> {
    arena: &'a str,
    ends: &'a [usize],
}

impl<'a> Written<'a> {
    /// The text of finding `k` (empty if there is none). O(1).
    fn get(&self, k: usize) -> &'a str {
        let start = match k.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.ends.get(k).copied().unwrap_or(start);
        self.arena.get(start..end).unwrap_or("")
    }
}

/// Writes `person:<slug of the name>` into `id` (emptied first).
fn person_id(name: &str, id: &mut String) {
    id.clear();
    id.push_str("person:");
    push_slug(name, id);
}

#[cfg(test)]
mod tests {
    use crate::{EntityKind, EntityRecognizer, MentionForm};

    /// `count` people named in full after a title, then each by surname
    /// alone, in the reverse order: every surname must find its person,
    /// whether the people are compared one by one or looked up in maps.
    fn check(count: usize) {
        let rec = EntityRecognizer::embedded();
        let mut text = String::new();
        for k in 0..count {
            text.push_str(&format!("Le général Jean Nom{k} est arrivé. "));
        }
        for k in (0..count).rev() {
            text.push_str(&format!("Ensuite, Nom{k} a parlé. "));
        }
        let ents = rec.recognize(&text);
        let people: Vec<_> = ents
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .collect();
        assert_eq!(people.len(), count, "{text}");
        for k in 0..count {
            let id = format!("person:jean-nom{k}");
            let p = people.iter().find(|e| e.id == id).expect("a person");
            let forms: Vec<_> = p.mentions.iter().map(|m| m.form).collect();
            assert_eq!(forms, [MentionForm::Name, MentionForm::Surname], "{id}");
            assert_eq!(p.roles, ["général"], "{id}");
        }
    }

    #[test]
    fn few_people_are_compared_one_by_one() {
        check(3);
        check(super::LINEAR);
    }

    #[test]
    fn many_people_are_looked_up_in_maps() {
        check(super::LINEAR + 1);
        check(40);
    }
}
