//! The dictionary matcher: one Aho-Corasick automaton over the folded forms
//! of every entry (names, variants, acronyms, demonyms, titles), run on the
//! folded text, with word boundaries and case rules checked on the text as
//! written.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use depeche_text::{fold_str, Folded, Span};

use crate::casing::{case_matches, is_sentence_start};
use crate::{Dictionaries, EntityKind, MentionForm, PlaceKind};

/// An entity the dictionaries know.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub(crate) id: String,
    pub(crate) kind: EntityKind,
    pub(crate) name: String,
    pub(crate) code: Option<String>,
    /// Whether the entry is a seat of power or capital standing for a
    /// government.
    pub(crate) metonym: bool,
}

/// A title the dictionaries know.
#[derive(Clone, Debug)]
pub(crate) struct TitleInfo {
    /// Roles recorded on a person: the canonical title and what it implies.
    pub(crate) roles: Vec<String>,
    /// Canonical form.
    pub(crate) canonical: String,
    /// Honorifics introduce names but are no roles.
    pub(crate) honorific: bool,
}

/// What a pattern stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum What {
    Entity(u32),
    Title(u32),
}

/// The case a mention must have in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// Any case (demonyms, titles).
    Any,
    /// Exactly as written (acronyms, honorifics).
    Exact(String),
    /// The first capitalised word of the form must be capitalised.
    Capital(String),
    /// Every capitalised word of the form must be capitalised, and the
    /// mention must not open a sentence (ambiguous names).
    AllCapitals(String),
}

/// One reading of a pattern.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub(crate) what: What,
    pub(crate) form: MentionForm,
    pub(crate) rule: CaseRule,
    /// Needs confirmation by another mention of the same entity in the
    /// document (shared demonyms and acronyms).
    pub(crate) needs_context: bool,
    /// A plural title form ("généraux").
    pub(crate) plural: bool,
}

/// A match of the dictionary in a text.
#[derive(Clone, Debug)]
pub(crate) struct RawMatch {
    /// Span in the text as given.
    pub(crate) span: Span,
    /// The pattern matched.
    pub(crate) pattern: u32,
    /// The candidate chosen by the case rules (index into the pattern's
    /// candidates).
    pub(crate) candidate: u32,
}

/// The compiled dictionaries.
#[derive(Debug)]
pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    pub(crate) candidates: Vec<Vec<Candidate>>,
    pub(crate) targets: Vec<Target>,
    pub(crate) titles: Vec<TitleInfo>,
    /// Folded title forms -> title index (to canonicalise built roles).
    pub(crate) title_by_key: HashMap<String, u32>,
}

/// Collects patterns, grouping candidates by folded key.
#[derive(Default)]
struct Patterns {
    keys: Vec<String>,
    by_key: HashMap<String, usize>,
    candidates: Vec<Vec<Candidate>>,
}

impl Patterns {
    fn add(&mut self, form_text: &str, cand: Candidate) {
        let key = fold_str(form_text.trim());
        if key.is_empty() {
            return;
        }
        let i = match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                let i = self.keys.len();
                self.by_key.insert(key.clone(), i);
                self.keys.push(key);
                self.candidates.push(Vec::new());
                i
            }
        };
        if let Some(list) = self.candidates.get_mut(i) {
            if !list
                .iter()
                .any(|c| c.what == cand.what && c.rule == cand.rule && c.form == cand.form)
            {
                list.push(cand);
            }
        }
    }
}

/// Whether a variant is written like an acronym ("USA", "RDC", "RD").
fn looks_like_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !s.contains(' ')
        && s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

fn name_rule(form: &str, ambiguous: bool) -> CaseRule {
    if looks_like_acronym(form) {
        CaseRule::Exact(form.to_owned())
    } else if ambiguous {
        CaseRule::AllCapitals(form.to_owned())
    } else {
        CaseRule::Capital(form.to_owned())
    }
}

fn entity(what: u32, form: MentionForm, rule: CaseRule, needs_context: bool) -> Candidate {
    Candidate {
        what: What::Entity(what),
        form,
        rule,
        needs_context,
        plural: false,
    }
}

/// Whether a title form is plural ("généraux", "chefs d'État").
fn is_plural_form(form: &str, canonical: &str) -> bool {
    let first = |s: &str| fold_str(s.split([' ', '-', '\'']).next().unwrap_or(""));
    let (f, c) = (first(form), first(canonical));
    f != c && (f.ends_with('s') || f.ends_with('x')) && !(c.ends_with('s') || c.ends_with('x'))
}

impl Matcher {
    pub(crate) fn new(d: &Dictionaries) -> Matcher {
        let mut p = Patterns::default();
        let mut targets = Vec::new();
        // Later entries with the same id replace earlier ones.
        let mut by_id: HashMap<String, u32> = HashMap::new();
        let mut target_of = |targets: &mut Vec<Target>, t: Target| -> u32 {
            if let Some(&i) = by_id.get(&t.id) {
                if let Some(slot) = targets.get_mut(i as usize) {
                    *slot = t;
                }
                i
            } else {
                let i = targets.len() as u32;
                by_id.insert(t.id.clone(), i);
                targets.push(t);
                i
            }
        };

        for c in &d.countries {
            let i = target_of(
                &mut targets,
                Target {
                    id: format!("country:{}", c.alpha2),
                    kind: EntityKind::Country,
                    name: c.name.clone(),
                    code: Some(c.alpha2.clone()),
                    metonym: false,
                },
            );
            let amb = c.is_ambiguous_name();
            p.add(
                &c.name,
                entity(i, MentionForm::Name, name_rule(&c.name, amb), false),
            );
            for v in &c.variants {
                let form = if looks_like_acronym(v) {
                    MentionForm::Acronym
                } else {
                    MentionForm::Name
                };
                p.add(v, entity(i, form, name_rule(v, amb), false));
            }
            for dem in &c.demonyms {
                p.add(
                    dem,
                    entity(
                        i,
                        MentionForm::Demonym,
                        CaseRule::Any,
                        c.is_ambiguous_demonym(),
                    ),
                );
            }
        }
        for pl in &d.places {
            let (prefix, kind) = match pl.kind {
                PlaceKind::City => ("city", EntityKind::City),
                PlaceKind::Region => ("region", EntityKind::Region),
                PlaceKind::Place => ("place", EntityKind::Place),
            };
            let i = target_of(
                &mut targets,
                Target {
                    id: format!("{prefix}:{}", pl.id),
                    kind,
                    name: pl.name.clone(),
                    code: pl.country.clone(),
                    metonym: pl.metonym.is_some(),
                },
            );
            let amb = pl.is_ambiguous_name();
            for n in std::iter::once(&pl.name).chain(&pl.variants) {
                let form = if looks_like_acronym(n) {
                    MentionForm::Acronym
                } else {
                    MentionForm::Name
                };
                p.add(n, entity(i, form, name_rule(n, amb), false));
            }
            for dem in &pl.demonyms {
                p.add(dem, entity(i, MentionForm::Demonym, CaseRule::Any, false));
            }
        }
        for o in &d.organizations {
            let i = target_of(
                &mut targets,
                Target {
                    id: format!("org:{}", o.id),
                    kind: EntityKind::Organization,
                    name: o.name.clone(),
                    code: None,
                    metonym: false,
                },
            );
            let amb = o.is_ambiguous_name();
            // Acronyms first: "Cedeao" as written is the acronym.
            for a in &o.acronyms {
                p.add(
                    a,
                    entity(
                        i,
                        MentionForm::Acronym,
                        CaseRule::Exact(a.clone()),
                        o.is_ambiguous_acronym(),
                    ),
                );
            }
            for n in std::iter::once(&o.name).chain(&o.variants) {
                let form = if looks_like_acronym(n) {
                    MentionForm::Acronym
                } else {
                    MentionForm::Name
                };
                p.add(n, entity(i, form, name_rule(n, amb), false));
            }
        }
        let mut titles = Vec::new();
        let mut title_by_key = HashMap::new();
        for t in &d.titles {
            let i = titles.len() as u32;
            let mut roles = vec![t.title.clone()];
            for imp in &t.implies {
                if !roles.contains(imp) {
                    roles.push(imp.clone());
                }
            }
            titles.push(TitleInfo {
                roles,
                canonical: t.title.clone(),
                honorific: t.is_honorific(),
            });
            for f in std::iter::once(&t.title).chain(&t.forms) {
                let rule = if t.is_honorific() {
                    CaseRule::Exact(f.clone())
                } else {
                    CaseRule::Any
                };
                title_by_key.entry(fold_str(f)).or_insert(i);
                p.add(
                    f,
                    Candidate {
                        what: What::Title(i),
                        form: MentionForm::Name,
                        rule,
                        needs_context: false,
                        plural: is_plural_form(f, &t.title),
                    },
                );
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&p.keys)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Both)
                    .build(&p.keys)
            });
        // Building only fails past the automaton's size limits: the
        // matcher then matches nothing rather than panicking.
        let ac = ac.ok();
        Matcher {
            ac,
            candidates: p.candidates,
            targets,
            titles,
            title_by_key,
        }
    }

    /// The candidate of a match.
    pub(crate) fn candidate(&self, m: &RawMatch) -> Option<&Candidate> {
        self.candidates
            .get(m.pattern as usize)?
            .get(m.candidate as usize)
    }

    /// Finds every dictionary match in `text`, whose folded form is
    /// `folded`. Matches do not overlap, except that a title is searched
    /// again after its first word ("émir du Qatar" also yields "Qatar").
    pub(crate) fn scan(&self, text: &str, folded: &Folded, out: &mut Vec<RawMatch>) {
        let f = folded.as_str();
        let Some(ac) = &self.ac else {
            return;
        };
        let mut pos = 0;
        let mut title_end = 0;
        while pos < f.len() {
            let input = Input::new(f).range(pos..);
            let Some(m) = ac.find(input) else {
                break;
            };
            let start = m.start();
            if !boundary_before(f, start) {
                pos = next_char(f, start);
                continue;
            }
            match self.accept(text, folded, start, m.end(), m.pattern().as_u32()) {
                // Inside a title only entities are searched again.
                Some((_, true, _)) if start < title_end => pos = next_char(f, start),
                Some((raw, is_title, folded_end)) => {
                    out.push(raw);
                    if is_title {
                        title_end = folded_end;
                    }
                    pos = if is_title {
                        first_word_end(f, start, folded_end)
                    } else {
                        folded_end.max(next_char(f, start))
                    };
                }
                None => pos = next_char(f, start),
            }
        }
    }

    /// Checks the longest match at `start`, then shorter ones ending on a
    /// word boundary, and returns the first that passes boundary and case
    /// rules.
    fn accept(
        &self,
        text: &str,
        folded: &Folded,
        start: usize,
        end: usize,
        pattern: u32,
    ) -> Option<(RawMatch, bool, usize)> {
        let f = folded.as_str();
        if let Some(r) = self.try_match(text, folded, start, end, pattern) {
            return Some(r);
        }
        // Shorter matches at the same start, longest first.
        let mut b = end;
        while b > start {
            b = prev_boundary(f, start, b)?;
            let input = Input::new(f).range(start..b).anchored(Anchored::Yes);
            if let Some(m) = self.ac.as_ref().and_then(|ac| ac.find(input)) {
                if m.end() == b {
                    if let Some(r) = self.try_match(text, folded, start, b, m.pattern().as_u32()) {
                        return Some(r);
                    }
                }
            }
        }
        None
    }

    fn try_match(
        &self,
        text: &str,
        folded: &Folded,
        start: usize,
        end: usize,
        pattern: u32,
    ) -> Option<(RawMatch, bool, usize)> {
        let f = folded.as_str();
        if !boundary_after(f, end) {
            return None;
        }
        let span = folded.to_source(Span::new(start, end));
        let written = span.slice(text)?;
        let sentence_start = is_sentence_start(text, span.start);
        let cands = self.candidates.get(pattern as usize)?;
        let (ci, c) = cands.iter().enumerate().find(|(_, c)| match &c.rule {
            CaseRule::Any => true,
            CaseRule::Exact(s) => written == s,
            CaseRule::Capital(s) => case_matches(s, written, false),
            CaseRule::AllCapitals(s) => !sentence_start && case_matches(s, written, true),
        })?;
        Some((
            RawMatch {
                span,
                pattern,
                candidate: ci as u32,
            },
            matches!(c.what, What::Title(_)),
            end,
        ))
    }
}

/// Whether a char is part of a word for boundary purposes.
#[inline]
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

#[inline]
fn boundary_before(f: &str, i: usize) -> bool {
    f.get(..i)
        .and_then(|s| s.chars().next_back())
        .map_or(true, |c| !is_word(c))
}

#[inline]
fn boundary_after(f: &str, i: usize) -> bool {
    f.get(i..)
        .and_then(|s| s.chars().next())
        .map_or(true, |c| !is_word(c))
}

/// The next char boundary after `i`.
#[inline]
fn next_char(f: &str, i: usize) -> usize {
    let mut j = i + 1;
    while j < f.len() && !f.is_char_boundary(j) {
        j += 1;
    }
    j
}

/// The largest word end strictly before `end` and after `start`.
fn prev_boundary(f: &str, start: usize, end: usize) -> Option<usize> {
    let s = f.get(start..end)?;
    let mut last_word_end = None;
    let mut prev_word = false;
    for (i, c) in s.char_indices() {
        let w = is_word(c);
        if prev_word && !w {
            last_word_end = Some(start + i);
        }
        prev_word = w;
    }
    last_word_end
}

/// The end of the first word of the match `start..end` (where a title is
/// searched again), at least one char past `start`.
fn first_word_end(f: &str, start: usize, end: usize) -> usize {
    let s = f.get(start..end).unwrap_or("");
    let i = s
        .char_indices()
        .find(|&(_, c)| c == ' ')
        .map_or(end, |(i, _)| start + i);
    i.max(next_char(f, start))
}
