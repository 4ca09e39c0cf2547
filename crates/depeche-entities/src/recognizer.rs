//! The recogniser: dictionary mentions, people and their roles, gathered
//! into one entity per distinct thing named in a document.

use std::collections::{HashMap, HashSet};

use depeche_text::{Span, Token};

use crate::fold::fold_into;

use crate::matcher::{Matcher, RawMatch, What};
use crate::metonymy::{is_metonym, Scratch};
use crate::person::{Buffers, Finding, PersonFinder, Roles};
use crate::slug::push_slug;
use crate::tokens::tokenize_into;
use crate::trie::ASCII_FOLD;
use crate::{Dictionaries, Entity, EntityKind, Mention, MentionForm, MentionMatch};

/// Recognises countries, places, organisations and people in normalised
/// French text.
///
/// Built once (a few milliseconds for the embedded dictionaries), then
/// shared: it is `Send + Sync` and `recognize` takes `&self`.
///
/// ```
/// use depeche_entities::{EntityKind, EntityRecognizer};
/// let rec = EntityRecognizer::embedded();
/// let text = "Le président malien, le colonel Assimi Goïta, a reçu à Bamako une délégation de la Cedeao.";
/// let ents = rec.recognize(text);
/// let goita = ents.iter().find(|e| e.kind == EntityKind::Person).unwrap();
/// assert_eq!(goita.id, "person:assimi-goita");
/// assert!(goita.roles.contains(&"colonel".to_string()));
/// assert!(ents.iter().any(|e| e.id == "city:bamako" && e.code.as_deref() == Some("ML")));
/// assert!(ents.iter().any(|e| e.id == "org:cedeao"));
/// ```
#[derive(Debug)]
pub struct EntityRecognizer {
    matcher: Matcher,
}

/// Bytes of text before and after a title or first name read for people.
const WINDOW_BEFORE: usize = 100;
const WINDOW_AFTER: usize = 100;
/// How far after a title a name may start, before it a comma may stand.
const SEED_AFTER: usize = 80;
const SEED_BEFORE: usize = 16;

impl Default for EntityRecognizer {
    fn default() -> Self {
        EntityRecognizer::embedded()
    }
}

/// A person being gathered.
struct PersonAcc {
    name: String,
    id: String,
    roles: Vec<String>,
    mentions: Vec<Mention>,
    multi: bool,
}

impl EntityRecognizer {
    /// A recogniser over the given dictionaries.
    pub fn new(dictionaries: &Dictionaries) -> EntityRecognizer {
        EntityRecognizer {
            matcher: Matcher::new(dictionaries),
        }
    }

    /// Approximate bytes held by the recogniser (automaton and tables).
    pub fn memory_usage(&self) -> usize {
        self.matcher.memory_usage()
    }

    /// A recogniser over the embedded dictionaries: the one
    /// [`EntityRecognizer::new`] builds from [`Dictionaries::embedded`],
    /// read from tables baked at build time (well under a millisecond).
    pub fn embedded() -> EntityRecognizer {
        EntityRecognizer {
            matcher: Matcher::embedded(),
        }
    }

    /// Every mention of every entity, flat and sorted by start (then end;
    /// equal spans in the order of their entities): what `depeche
    /// entities` prints for a line. O(n log n) in the mentions on top of
    /// [`EntityRecognizer::recognize`].
    pub fn mentions(&self, text: &str) -> Vec<MentionMatch> {
        let mut entities = self.recognize(text);
        // The order of the flat list (entity by entity) sorted stably by
        // span: small keys are sorted, not the mentions, which are then
        // built in order (their texts moved out of the entities).
        let mut keys: Vec<(usize, usize, u32, u32)> =
            Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
        for (ei, e) in entities.iter().enumerate() {
            for (mi, m) in e.mentions.iter().enumerate() {
                keys.push((m.span.start, m.span.end, ei as u32, mi as u32));
            }
        }
        keys.sort_unstable();
        let mut out = Vec::with_capacity(keys.len());
        for (start, end, ei, mi) in keys {
            let Some(e) = entities.get_mut(ei as usize) else {
                continue;
            };
            let Some(m) = e.mentions.get_mut(mi as usize) else {
                continue;
            };
            out.push(MentionMatch {
                start,
                end,
                text: std::mem::take(&mut m.text),
                id: e.id.clone(),
                kind: e.kind,
                name: e.name.clone(),
                code: e.code.clone(),
                form: m.form,
            });
        }
        out
    }

    /// One entity per distinct thing named in `text` (normalised text: see
    /// `depeche_text::normalize`), with all its mentions; spans are byte
    /// offsets into `text`. Entities are in the order of their first
    /// mention.
    pub fn recognize(&self, text: &str) -> Vec<Entity> {
        // Sized for dense news text (a match every 25 bytes or so, a
        // capitalised word every 40) so that long texts do not regrow them.
        let mut raw = Vec::with_capacity(text.len() / 32 + 16);
        let mut first_names = Vec::with_capacity(text.len() / 512 + 4);
        let mut capitalised = Vec::with_capacity(text.len() / 64 + 8);
        self.matcher
            .scan(text, &mut raw, &mut first_names, &mut capitalised);
        let raw = self.resolve_context(raw);
        let findings = self.find_persons(text, &raw, &first_names);

        // The targets matched, sorted, with their number of matches (each
        // entity's mentions are allocated once): sized by the text's
        // matches, not by the dictionaries, so that a short text costs
        // little.
        let mut matched: Vec<u32> = Vec::with_capacity(raw.len());
        matched.extend(
            raw.iter()
                .filter_map(|m| self.matcher.candidate(m))
                .filter_map(|c| match c.what {
                    What::Entity(e) => Some(e),
                    _ => None,
                }),
        );
        matched.sort_unstable();
        let counts: Vec<(u32, u32)> = matched
            .chunk_by(|a, b| a == b)
            .filter_map(|run| Some((*run.first()?, run.len() as u32)))
            .collect();
        // One entity per matched target, then the people.
        let mut entities: Vec<Entity> = Vec::with_capacity(counts.len() + 8);
        // Matched target (by its rank in `counts`) -> its entity.
        let mut index: Vec<u32> = vec![u32::MAX; counts.len()];
        let mut fi = 0;
        let mut scratch = Scratch::default();
        for m in &raw {
            let Some(c) = self.matcher.candidate(m) else {
                continue;
            };
            let What::Entity(e) = c.what else {
                continue;
            };
            // Matches and findings are both sorted: a moving cursor.
            while findings.get(fi).is_some_and(|f| f.span.end <= m.span.start) {
                fi += 1;
            }
            if findings.get(fi).is_some_and(|f| f.span.overlaps(m.span)) {
                continue;
            }
            let Some(target) = self.matcher.targets.get(e as usize) else {
                continue;
            };
            let form = if target.metonym
                && c.form == MentionForm::Name
                && is_metonym(text, m.span.start, m.span.end, target.kind, &mut scratch)
            {
                MentionForm::Metonym
            } else {
                c.form
            };
            let mention = Mention {
                span: m.span,
                text: m.span.slice(text).unwrap_or("").to_owned(),
                form,
            };
            let Ok(rank) = counts.binary_search_by_key(&e, |&(t, _)| t) else {
                continue;
            };
            let Some(slot) = index.get_mut(rank) else {
                continue;
            };
            if *slot == u32::MAX {
                *slot = entities.len() as u32;
                entities.push(Entity {
                    id: target.id.clone(),
                    kind: target.kind,
                    name: target.name.clone(),
                    code: target.code.clone(),
                    roles: Vec::new(),
                    mentions: Vec::with_capacity(counts.get(rank).map_or(0, |&(_, n)| n as usize)),
                });
            }
            if let Some(ent) = entities.get_mut(*slot as usize) {
                ent.mentions.push(mention);
            }
        }
        let persons = self.gather_persons(text, &findings, &capitalised);
        entities.extend(persons.into_iter().map(|p| Entity {
            id: p.id,
            kind: EntityKind::Person,
            name: p.name,
            code: None,
            roles: p.roles,
            mentions: p.mentions,
        }));
        entities.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.span.start));
        entities
    }

    /// People, read from tokens in windows around titles and first names
    /// (so that text without them costs nothing here).
    fn find_persons(&self, text: &str, raw: &[RawMatch], first_names: &[Span]) -> Vec<Finding<'_>> {
        // Titles that may touch a name: a capital soon after, or a comma
        // just before (apposition).
        let bytes = text.as_bytes();
        let may_name = |m: &&RawMatch| {
            let end = m.span.end.saturating_add(SEED_AFTER).min(bytes.len());
            let after = bytes.get(m.span.end..end).unwrap_or(&[]);
            let before = bytes
                .get(m.span.start.saturating_sub(SEED_BEFORE)..m.span.start)
                .unwrap_or(&[]);
            // Upper-case ASCII, or a lead byte of a non-ASCII letter (É...).
            after.iter().any(|&b| b.is_ascii_uppercase() || b >= 0xc3) || before.contains(&b',')
        };
        // Sized for the titles of dense news text (one match in eight), so
        // that the list does not regrow.
        let mut seeds: Vec<Span> = Vec::with_capacity(raw.len() / 8 + first_names.len());
        seeds.extend(
            raw.iter()
                .filter(|m| {
                    self.matcher
                        .candidate(m)
                        .is_some_and(|c| matches!(c.what, What::Title(_)) && !c.plural)
                })
                .filter(may_name)
                .map(|m| m.span)
                .chain(first_names.iter().copied()),
        );
        seeds.sort();
        // A name is found after a title or at a first name: about one
        // finding per seed.
        let mut findings = Vec::with_capacity(seeds.len());
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for s in seeds {
            let ws = space_before(text, s.start.saturating_sub(WINDOW_BEFORE));
            let we = space_after(text, s.end.saturating_add(WINDOW_AFTER));
            match windows.last_mut() {
                Some(last) if ws <= last.1 => last.1 = last.1.max(we),
                _ => windows.push((ws, we)),
            }
        }
        // Sized for the longest window (a token every four bytes or so,
        // a match every twenty), so that the buffers do not regrow from
        // one window to the next.
        let longest = windows.iter().map(|&(ws, we)| we - ws).max().unwrap_or(0);
        let mut toks: Vec<Token> = Vec::with_capacity(longest / 4 + 16);
        let mut buffers = Buffers::with_capacity(longest / 4 + 16, longest / 16 + 8);
        for (ws, we) in windows {
            let Some(window) = text.get(ws..we) else {
                continue;
            };
            toks.clear();
            tokenize_into(window, ws, &mut toks);
            let a = raw.partition_point(|m| m.span.start < ws);
            let b = raw.partition_point(|m| m.span.start < we);
            let fa = first_names.partition_point(|f| f.start < ws);
            let fb = first_names.partition_point(|f| f.start < we);
            let (Some(ms), Some(fs)) = (raw.get(a..b), first_names.get(fa..fb)) else {
                continue;
            };
            buffers =
                PersonFinder::new(text, &toks, &self.matcher, ms, fs, buffers).find(&mut findings);
        }
        findings
    }

    /// Keeps the matches that need context (shared demonyms and acronyms)
    /// only when another mention of one of their entities confirms them,
    /// and switches them to that entity.
    fn resolve_context(&self, mut raw: Vec<RawMatch>) -> Vec<RawMatch> {
        if raw
            .iter()
            .all(|m| self.matcher.candidate(m).is_some_and(|c| !c.needs_context))
        {
            return raw;
        }
        // Entities named without context (targets, sorted: sized by the
        // text's matches, not by the dictionaries).
        let mut confirmed: Vec<u32> = raw
            .iter()
            .filter_map(|m| self.matcher.candidate(m))
            .filter_map(|c| match (c.needs_context, c.what) {
                (false, What::Entity(e)) => Some(e),
                _ => None,
            })
            .collect();
        confirmed.sort_unstable();
        confirmed.dedup();
        // Countries of the cities and places named: "Kinshasa" confirms the
        // Congo of "congolais".
        let codes: HashSet<&str> = confirmed
            .iter()
            .filter_map(|&e| self.matcher.targets.get(e as usize))
            .filter(|t| t.kind != EntityKind::Country)
            .filter_map(|t| t.code.as_deref())
            .collect();
        let confirms = |e: u32| {
            confirmed.binary_search(&e).is_ok()
                || self.matcher.targets.get(e as usize).is_some_and(|t| {
                    t.kind == EntityKind::Country
                        && t.code.as_deref().is_some_and(|c| codes.contains(c))
                })
        };
        raw.retain_mut(|m| {
            let Some(c) = self.matcher.candidate(m) else {
                return false;
            };
            if !c.needs_context {
                return true;
            }
            let Some(cands) = self.matcher.candidates.get(m.pattern as usize) else {
                return false;
            };
            let pick = cands
                .iter()
                .position(|c| c.needs_context && matches!(c.what, What::Entity(e) if confirms(e)));
            match pick {
                Some(p) => {
                    m.candidate = p as u32;
                    true
                }
                None => false,
            }
        });
        raw
    }

    /// People: full names first, then single names linked to them by
    /// surname, then surnames alone anywhere (even inside "Tiani-Poutine").
    fn gather_persons(
        &self,
        text: &str,
        findings: &[Finding<'_>],
        capitalised: &[Span],
    ) -> Vec<PersonAcc> {
        // Sized for the people of an article (at most one per finding), so
        // that the maps of a short text are not rehashed as they fill.
        let people = findings.len().min(64);
        let mut persons: Vec<PersonAcc> = Vec::with_capacity(people);
        let mut by_id: HashMap<String, usize> = HashMap::with_capacity(people);
        let mut by_surname: HashMap<String, usize> = HashMap::with_capacity(people);
        let mut buf = String::new();
        let fold_span = |s: Span, buf: &mut String| {
            buf.clear();
            fold_into(s.slice(text).unwrap_or(""), buf);
        };
        let add_roles = |p: &mut PersonAcc, roles: &Roles<'_>| {
            for r in roles.iter() {
                if !p.roles.iter().any(|x| x == r) {
                    p.roles.push(r.to_string());
                }
            }
        };
        // Full names as written -> person: a name seen again needs no slug.
        let mut by_name: HashMap<&str, usize> = HashMap::with_capacity(people);
        for f in findings.iter().filter(|f| f.words >= 2) {
            let written = f.span.slice(text).unwrap_or("");
            if let Some(&i) = by_name.get(written) {
                if let Some(p) = persons.get_mut(i) {
                    add_roles(p, &f.roles);
                    p.mentions.push(Mention {
                        span: f.span,
                        text: written.to_owned(),
                        form: MentionForm::Name,
                    });
                }
                continue;
            }
            let name = written.to_owned();
            let id = person_id(&name);
            let i = match by_id.get(&id) {
                Some(&i) => i,
                None => {
                    fold_span(f.last_word, &mut buf);
                    let mut surnames = vec![buf.clone()];
                    if let Some(rest) = buf.strip_prefix("al-").or(buf.strip_prefix("el-")) {
                        surnames.push(rest.to_owned());
                    }
                    let i = persons.len();
                    for sn in &surnames {
                        by_surname.entry(sn.clone()).or_insert(i);
                    }
                    by_id.insert(id.clone(), i);
                    persons.push(PersonAcc {
                        name,
                        id,
                        roles: Vec::new(),
                        mentions: Vec::new(),
                        multi: true,
                    });
                    i
                }
            };
            by_name.insert(written, i);
            if let Some(p) = persons.get_mut(i) {
                add_roles(p, &f.roles);
                p.mentions.push(Mention {
                    span: f.span,
                    text: written.to_owned(),
                    form: MentionForm::Name,
                });
            }
        }
        for f in findings.iter().filter(|f| f.words < 2) {
            fold_span(f.span, &mut buf);
            let linked = by_surname.get(buf.as_str()).copied();
            let (i, form) = match linked {
                Some(i) => (i, MentionForm::Surname),
                None => {
                    let name = f.span.slice(text).unwrap_or("").to_owned();
                    let id = person_id(&name);
                    match by_id.get(&id) {
                        Some(&i) => (i, MentionForm::Name),
                        None => {
                            by_id.insert(id.clone(), persons.len());
                            persons.push(PersonAcc {
                                name,
                                id,
                                roles: Vec::new(),
                                mentions: Vec::new(),
                                multi: false,
                            });
                            (persons.len() - 1, MentionForm::Name)
                        }
                    }
                }
            };
            if let Some(p) = persons.get_mut(i) {
                add_roles(p, &f.roles);
                p.mentions.push(Mention {
                    span: f.span,
                    text: f.span.slice(text).unwrap_or("").to_owned(),
                    form,
                });
            }
        }
        // Surnames alone.
        if persons.iter().any(|p| p.multi) {
            // The mentions of people: one per finding so far, so the
            // findings' spans (which come sorted by start: the sort only
            // checks it). (No dictionary mention can hold one of the
            // capitalised words: those are word starts where the scan chose
            // no match, and the scan skips the word starts inside the
            // entity matches it chose.)
            let mut taken: Vec<Span> = findings.iter().map(|f| f.span).collect();
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
            // before any hashing.
            let mut firsts = [false; 256];
            let mut lengths = 0u64;
            for key in by_surname.keys() {
                if let Some(f) = key.bytes().next().and_then(|b| firsts.get_mut(b as usize)) {
                    *f = true;
                }
                lengths |= 1 << key.len().min(63);
            }
            let mut found = Vec::new();
            for &span in capitalised {
                // An ASCII first letter folds by table: most words are
                // ruled out before folding.
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
                fold_span(span, &mut buf);
                let first = buf.bytes().next().unwrap_or(0);
                if lengths >> buf.len().min(63) & 1 == 0
                    || !firsts.get(first as usize).copied().unwrap_or(false)
                {
                    continue;
                }
                if let Some(&pi) = by_surname.get(buf.as_str()) {
                    if persons.get(pi).is_some_and(|p| p.multi) {
                        found.push((pi, span));
                    }
                }
            }
            for (pi, span) in found {
                if let Some(p) = persons.get_mut(pi) {
                    p.mentions.push(Mention {
                        span,
                        text: span.slice(text).unwrap_or("").to_owned(),
                        form: MentionForm::Surname,
                    });
                }
            }
        }
        for p in &mut persons {
            p.mentions.sort_by_key(|m| m.span.start);
        }
        persons
    }
}

/// `person:<slug of the name>`.
fn person_id(name: &str) -> String {
    let mut id = String::with_capacity(7 + name.len());
    id.push_str("person:");
    push_slug(name, &mut id);
    id
}

/// How far the window edges look for a space.
const EDGE_LOOKUP: usize = 64;

/// The start of the word at or before `i`: just after the last space or
/// line break within [`EDGE_LOOKUP`] bytes, else the first char boundary at
/// or after that limit (0 at the start of the text).
fn space_before(text: &str, i: usize) -> usize {
    let i = floor_boundary(text, i.min(text.len()));
    let lo = floor_boundary(text, i.saturating_sub(EDGE_LOOKUP));
    // ASCII bytes: never inside a char.
    match text
        .as_bytes()
        .get(lo..i)
        .and_then(|s| s.iter().rposition(|&b| b == b' ' || b == b'\n'))
    {
        Some(p) => lo + p + 1,
        None => lo,
    }
}

/// The end of the word at or after `i`: the next space or line break within
/// [`EDGE_LOOKUP`] bytes, else the char boundary at that limit (or the end).
fn space_after(text: &str, i: usize) -> usize {
    let i = floor_boundary(text, i.min(text.len()));
    let hi = floor_boundary(text, i.saturating_add(EDGE_LOOKUP).min(text.len()));
    match text
        .as_bytes()
        .get(i..hi)
        .and_then(|s| s.iter().position(|&b| b == b' ' || b == b'\n'))
    {
        Some(p) => i + p,
        None => hi,
    }
}

/// The largest char boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
