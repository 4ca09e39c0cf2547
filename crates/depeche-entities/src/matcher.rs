//! The dictionary matcher: one automaton (the goto trie of Aho-Corasick,
//! see [`crate::trie`]) over the folded forms of every entry (names,
//! variants, acronyms, demonyms, titles, first names), walked from each
//! word start of the text that may start a pattern, with the text folded
//! on the fly (ASCII by the trie's class table), with word boundaries and
//! case rules checked on the text as written.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use depeche_text::{fold_char_into, fold_into, fold_str, Span};

use crate::trie::{pack_word, Trie, TrieBuilder, NO_PATTERN};

use crate::casing::{case_matches, is_sentence_start};
use crate::{Dictionaries, EntityKind, MentionForm, PlaceKind};

#[path = "matcher/bake.rs"]
mod bake;

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
    FirstName,
}

/// The case a mention must have in the text. The forms are borrowed from
/// the baked tables in the embedded recogniser, owned in one built at run
/// time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// Any case (demonyms, titles).
    Any,
    /// Exactly as written (acronyms, honorifics).
    Exact(Cow<'static, str>),
    /// The first capitalised word of the form must be capitalised.
    Capital(Cow<'static, str>),
    /// Every capitalised word of the form must be capitalised, and the
    /// mention must not open a sentence (ambiguous names).
    AllCapitals(Cow<'static, str>),
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
    /// The rule is [`CaseRule::Capital`] with a form that starts with a
    /// capital letter: a mention starting with a letter or digit passes if
    /// and only if it starts with a capital (the fast path of
    /// `case_matches`).
    pub(crate) capital_first: bool,
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
    /// Every pattern: walked from capitalised word starts.
    trie: Trie,
    /// The patterns that a word starting with a lower-case letter (or a
    /// digit) can match: demonyms, titles and the few names whose first
    /// word is not capitalised. Most words of French text are lower case,
    /// and their walks die quickly in this much smaller trie.
    lower: Trie,
    /// The folded bytes of the non-ASCII chars U+0080..U+0250 (the Latin
    /// letters of French and most names), precomputed with
    /// `fold_char_into`: (bytes, length).
    latin: Vec<([u8; 4], u8)>,
    /// The readings of each pattern: borrowed from the baked tables in the
    /// embedded recogniser, owned in one built at run time.
    pub(crate) candidates: Vec<Cow<'static, [Candidate]>>,
    pub(crate) targets: Vec<Target>,
    pub(crate) titles: Vec<TitleInfo>,
    /// Folded title forms -> title index (to canonicalise built roles).
    pub(crate) title_by_key: HashMap<String, u32>,
}

/// Collects patterns, grouping candidates by folded key.
#[derive(Default)]
struct Patterns {
    trie: TrieBuilder,
    candidates: Vec<Vec<Candidate>>,
    /// The folded key of each pattern.
    keys: Vec<String>,
    key: String,
}

impl Patterns {
    fn add(&mut self, form_text: &str, mut cand: Candidate) {
        cand.capital_first = matches!(&cand.rule, CaseRule::Capital(s)
            if s.chars().next().is_some_and(|f| f.is_alphanumeric() && f.is_uppercase()));
        self.key.clear();
        fold_into(form_text.trim(), &mut self.key);
        if self.key.is_empty() {
            return;
        }
        let i = match self.trie.insert(self.key.as_bytes()) {
            (_, Some(p)) => p as usize,
            (node, None) => {
                let p = self.candidates.len();
                self.trie.set_pattern(node, p as u32);
                self.candidates.push(Vec::new());
                self.keys.push(self.key.clone());
                p
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

/// "FACT" -> "Fact" for all-capital acronyms of four letters or more.
fn title_case(acronym: &str) -> Option<String> {
    let letters = acronym.chars().count();
    if letters < 4 || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let mut out = String::with_capacity(acronym.len());
    for (k, c) in acronym.chars().enumerate() {
        out.push(if k == 0 { c } else { c.to_ascii_lowercase() });
    }
    Some(out)
}

fn name_rule(form: &str, ambiguous: bool) -> CaseRule {
    if looks_like_acronym(form) {
        CaseRule::Exact(Cow::Owned(form.to_owned()))
    } else if ambiguous {
        CaseRule::AllCapitals(Cow::Owned(form.to_owned()))
    } else {
        CaseRule::Capital(Cow::Owned(form.to_owned()))
    }
}

fn entity(what: u32, form: MentionForm, rule: CaseRule, needs_context: bool) -> Candidate {
    Candidate {
        what: What::Entity(what),
        form,
        rule,
        needs_context,
        plural: false,
        capital_first: false,
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
        // Acronyms written alike for several organisations ("RSF").
        let mut owners: HashMap<String, HashSet<&str>> = HashMap::new();
        for o in &d.organizations {
            for a in &o.acronyms {
                owners.entry(fold_str(a)).or_default().insert(o.id.as_str());
            }
        }
        let shared = |a: &str| owners.get(&fold_str(a)).is_some_and(|s| s.len() > 1);
        for o in &d.organizations {
            // A flagged organisation needs context for its shared acronyms,
            // or for all of them when none is shared ("CNT").
            let any_shared = o.acronyms.iter().any(|a| shared(a));
            let needs_context = |a: &str| o.is_ambiguous_acronym() && (!any_shared || shared(a));
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
            // Acronyms first: "Cedeao" as written is the acronym. Acronyms
            // of four letters or more are also written with one capital
            // ("FACT" -> "Fact", "UNICEF" -> "Unicef"), as French news does
            // for acronyms read as words.
            for a in &o.acronyms {
                for form in std::iter::once(a.clone()).chain(title_case(a)) {
                    p.add(
                        &form,
                        entity(
                            i,
                            MentionForm::Acronym,
                            CaseRule::Exact(Cow::Owned(form.clone())),
                            needs_context(a),
                        ),
                    );
                }
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
                    CaseRule::Exact(Cow::Owned(f.clone()))
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
                        capital_first: false,
                    },
                );
            }
        }
        for n in &d.first_names {
            p.add(
                &n.name,
                Candidate {
                    what: What::FirstName,
                    form: MentionForm::Name,
                    rule: CaseRule::Capital(Cow::Owned(n.name.clone())),
                    needs_context: false,
                    plural: false,
                    capital_first: false,
                },
            );
        }
        // The trie of lower-case word starts: the patterns with a
        // candidate that such a start can pass.
        let mut lower = TrieBuilder::default();
        for (i, (key, cands)) in p.keys.iter().zip(&p.candidates).enumerate() {
            if cands.iter().any(lower_start_may_match) {
                let (node, _) = lower.insert(key.as_bytes());
                lower.set_pattern(node, i as u32);
            }
        }
        let trie = p.trie.build();
        Matcher {
            trie,
            lower: lower.build(),
            latin: latin_folds(),
            candidates: p.candidates.into_iter().map(Cow::Owned).collect(),
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

    /// Bytes of the automaton and tables (an estimate for the tables).
    pub(crate) fn memory_usage(&self) -> usize {
        let aut = self.trie.memory_usage()
            + self.lower.memory_usage()
            + self.latin.capacity() * std::mem::size_of::<([u8; 4], u8)>();
        let cands: usize = self
            .candidates
            .iter()
            .map(|c| {
                // Baked tables count for their length (they are in the
                // binary), vectors and strings built at run time for their
                // capacity.
                let list = match c {
                    Cow::Owned(v) => v.capacity(),
                    Cow::Borrowed(s) => s.len(),
                };
                list * std::mem::size_of::<Candidate>()
                    + c.iter()
                        .map(|c| match &c.rule {
                            CaseRule::Exact(s)
                            | CaseRule::Capital(s)
                            | CaseRule::AllCapitals(s) => match s {
                                Cow::Owned(s) => s.capacity(),
                                Cow::Borrowed(s) => s.len(),
                            },
                            CaseRule::Any => 0,
                        })
                        .sum::<usize>()
            })
            .sum();
        let targets: usize = self
            .targets
            .iter()
            .map(|t| std::mem::size_of::<Target>() + t.id.capacity() + t.name.capacity())
            .sum();
        aut + cands + targets
    }

    /// Finds every dictionary match in `text` (entities and titles, in
    /// `out`), every capitalised known first name (in `first_names`) and
    /// every capitalised word where no match starts (in `capitalised`: the
    /// word's span, to its first char that is no word char).
    /// Matches do not overlap, except that a title is searched again after
    /// its first word for entities ("émir du Qatar" also yields "Qatar").
    ///
    /// One pass: at each word start the automaton is walked over the folded
    /// text (folded on the fly, nothing allocated) until it dies; the
    /// longest match that ends on a word boundary and passes the case rules
    /// wins.
    pub(crate) fn scan(
        &self,
        text: &str,
        out: &mut Vec<RawMatch>,
        first_names: &mut Vec<Span>,
        capitalised: &mut Vec<Span>,
    ) {
        self.scan_words(text, out, first_names, capitalised, true);
    }

    /// [`Matcher::scan`]; `skip` says whether words that are no first
    /// word of a pattern are skipped (`false` walks from every word start,
    /// to test that skipping changes nothing).
    #[inline(always)]
    fn scan_words(
        &self,
        text: &str,
        out: &mut Vec<RawMatch>,
        first_names: &mut Vec<Span>,
        capitalised: &mut Vec<Span>,
        skip: bool,
    ) {
        let bytes = text.as_bytes();
        let mut buf = String::new();
        let mut ends = Ends::default();
        let mut i = 0;
        let mut resume = 0;
        let mut title_end = 0;
        while let Some(&b) = bytes.get(i) {
            // Skip to the next word start: ASCII by table, other chars
            // decoded.
            let (upper, len) = match BYTE_KIND.get(b as usize) {
                Some(&LOWER) => (false, 1),
                Some(&UPPER) => (true, 1),
                Some(&OTHER) if latin1_second(bytes, i, b).is_some() => {
                    // U+00C0..U+00FF: letters but × and ÷; capitals up to
                    // U+00DE (but ×).
                    let second = latin1_second(bytes, i, b).unwrap_or(0);
                    if second == 0x97 || second == 0xB7 {
                        i += 2;
                        continue;
                    }
                    (second <= 0x9E, 2)
                }
                Some(&OTHER) => {
                    let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                        i += 1;
                        continue;
                    };
                    if !is_word(c) {
                        i += c.len_utf8();
                        continue;
                    }
                    (c.is_uppercase(), c.len_utf8())
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            let start = i;
            // The end of the word: ASCII letters and digits by table, other
            // chars decoded. `plain`: only ASCII letters and digits, and no
            // non-ASCII char after it.
            let mut end = start + len;
            let mut plain = b < 0x80;
            loop {
                while bytes
                    .get(end)
                    .is_some_and(|&b| ASCII_WORD.get(b as usize) == Some(&true))
                {
                    end += 1;
                }
                match bytes.get(end) {
                    Some(&b) if b >= 0x80 => {
                        plain = false;
                        let (word, len) = char_at(text, end, b);
                        if !word {
                            break;
                        }
                        end += len;
                    }
                    _ => break,
                }
            }
            if start >= resume {
                let trie = if upper { &self.trie } else { &self.lower };
                // A plain short word that is no first word of a pattern
                // cannot start a match (the walk would die in it or just
                // after it): no walk.
                let may_match = !skip
                    || !plain
                    || pack_word(bytes, start, end).map_or(true, |w| trie.may_start(w));
                ends.clear();
                if may_match {
                    self.walk(trie, text, start, &mut buf, &mut ends);
                }
                let chosen = if ends.len == 0 {
                    None
                } else {
                    if upper {
                        if let Some(fnm) = self.first_name_at(text, start, &ends) {
                            first_names.push(fnm);
                        }
                    }
                    self.choose(text, start, &ends, start < title_end, upper)
                };
                match chosen {
                    Some((m, is_title)) => {
                        let end = m.span.end;
                        out.push(m);
                        if is_title {
                            title_end = end;
                        } else {
                            resume = end;
                        }
                    }
                    None if upper => capitalised.push(Span::new(start, end)),
                    None => {}
                }
            }
            i = end;
        }
    }

    /// Walks the anchored automaton from `start`, folding the text on the
    /// fly, and records every pattern that matches exactly from `start` to
    /// a char end.
    #[inline]
    fn walk(&self, trie: &Trie, text: &str, start: usize, buf: &mut String, ends: &mut Ends) {
        let bytes = text.as_bytes();
        let mut state = trie.root();
        let mut j = start;
        while let Some(&b) = bytes.get(j) {
            if b < 0x80 {
                let Some((next, pattern)) = trie.step(state, trie.ascii_class(b)) else {
                    return;
                };
                state = next;
                j += 1;
                if pattern != NO_PATTERN {
                    ends.push(j, pattern);
                }
                continue;
            }
            // U+00C0..U+00FF (lead byte 0xC3) without decoding.
            let (c, len) = match latin1_second(bytes, j, b) {
                Some(second) => (u32::from(second) + 0x40, 2),
                None => {
                    let Some(c) = text.get(j..).and_then(|s| s.chars().next()) else {
                        return;
                    };
                    (c as u32, c.len_utf8())
                }
            };
            let folded = match self.latin.get((c as usize).wrapping_sub(0x80)) {
                Some((fb, n)) if *n != u8::MAX => fb.get(..*n as usize).unwrap_or(&[]),
                _ => {
                    buf.clear();
                    fold_char_into(char::from_u32(c).unwrap_or('\u{fffd}'), buf);
                    buf.as_bytes()
                }
            };
            let mut pattern = NO_PATTERN;
            for &fb in folded {
                let Some((next, p)) = trie.step(state, trie.class(fb)) else {
                    return;
                };
                state = next;
                pattern = p;
            }
            j += len;
            if pattern != NO_PATTERN {
                ends.push(j, pattern);
            }
        }
    }

    /// The longest match at `start` that ends on a word boundary and passes
    /// its case rule; titles are skipped inside another title.
    fn choose(
        &self,
        text: &str,
        start: usize,
        ends: &Ends,
        in_title: bool,
        upper: bool,
    ) -> Option<(RawMatch, bool)> {
        let mut sentence_start = None;
        // Whether the mention starts with a letter or digit (a word start
        // does, unless `is_word` and `char::is_alphanumeric` disagree).
        let alnum = text
            .as_bytes()
            .get(start)
            .is_some_and(|&b| b < 0x80 || starts_alphanumeric(text, start));
        for &(end, pattern) in ends.as_slice().iter().rev() {
            if !boundary_after(text, end) {
                continue;
            }
            let Some(written) = text.get(start..end) else {
                continue;
            };
            let Some(cands) = self.candidates.get(pattern as usize) else {
                continue;
            };
            let found = cands.iter().enumerate().find(|(_, c)| {
                let title = matches!(c.what, What::Title(_));
                if matches!(c.what, What::FirstName) || (title && in_title) {
                    return false;
                }
                match &c.rule {
                    CaseRule::Any => true,
                    CaseRule::Exact(s) => written == s,
                    // A form whose first word is capitalised ("Niger",
                    // "Burkina Faso") is decided by the first letter.
                    CaseRule::Capital(_) if c.capital_first && alnum => upper,
                    CaseRule::Capital(s) => case_matches(s, written, false),
                    CaseRule::AllCapitals(s) => {
                        !*sentence_start.get_or_insert_with(|| is_sentence_start(text, start))
                            && case_matches(s, written, true)
                    }
                }
            });
            if let Some((ci, c)) = found {
                return Some((
                    RawMatch {
                        span: Span::new(start, end),
                        pattern,
                        candidate: ci as u32,
                    },
                    matches!(c.what, What::Title(_)),
                ));
            }
        }
        None
    }

    /// A known first name at `start` (a capitalised word start).
    fn first_name_at(&self, text: &str, start: usize, ends: &Ends) -> Option<Span> {
        ends.as_slice().iter().rev().find_map(|&(end, pattern)| {
            let is_first = self
                .candidates
                .get(pattern as usize)?
                .iter()
                .any(|c| c.what == What::FirstName);
            (is_first && boundary_after(text, end)).then_some(Span::new(start, end))
        })
    }
}

/// The ends of the patterns matched from one word start (at most the
/// longest 8), in increasing order: (end in the text, pattern).
#[derive(Default)]
struct Ends {
    items: [(usize, u32); 8],
    len: usize,
}

impl Ends {
    fn clear(&mut self) {
        self.len = 0;
    }

    fn push(&mut self, end: usize, pattern: u32) {
        if self.len == self.items.len() {
            self.items.rotate_left(1);
            self.len -= 1;
        }
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = (end, pattern);
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[(usize, u32)] {
        self.items.get(..self.len).unwrap_or(&[])
    }
}

/// What a byte says about a word start: an ASCII char that is no word
/// char (0), a lower-case ASCII letter or a digit, an upper-case ASCII
/// letter, or the first byte of a non-ASCII char (to decode).
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const BYTE_KIND: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_alphanumeric() {
            LOWER
        } else {
            0
        };
        b += 1;
    }
    t
};
/// [`BYTE_KIND`]: a lower-case ASCII letter or a digit.
const LOWER: u8 = 1;
/// [`BYTE_KIND`]: an upper-case ASCII letter.
const UPPER: u8 = 2;
/// [`BYTE_KIND`]: a byte of a non-ASCII char.
const OTHER: u8 = 3;

/// The ASCII letters and digits.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether the char at byte `i` (first byte `b`) is a word char, and its
/// length in bytes.
#[inline]
fn char_at(text: &str, i: usize, b: u8) -> (bool, usize) {
    if b < 0x80 {
        (ASCII_WORD.get(b as usize) == Some(&true), 1)
    } else if let Some(second) = latin1_second(text.as_bytes(), i, b) {
        // U+00C0..U+00FF: letters but × and ÷.
        (second != 0x97 && second != 0xB7, 2)
    } else {
        match text.get(i..).and_then(|s| s.chars().next()) {
            Some(c) => (is_word(c), c.len_utf8()),
            None => (false, 1),
        }
    }
}

/// The second byte of the char at `i` (first byte `b`) if it is one of
/// U+00C0..U+00FF (lead byte 0xC3: the accented letters of French), read
/// without decoding.
#[inline(always)]
fn latin1_second(bytes: &[u8], i: usize, b: u8) -> Option<u8> {
    if b != 0xC3 {
        return None;
    }
    bytes
        .get(i + 1)
        .copied()
        .filter(|c| (0x80..=0xBF).contains(c))
}

/// Whether a word that does not start with an upper-case letter can pass
/// the case rule of `c` (conservative: only the rules that need a capital
/// or an exact capitalised form on the first letter are excluded). First
/// names are only read capitalised.
fn lower_start_may_match(c: &Candidate) -> bool {
    let first_word_upper = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    match (&c.what, &c.rule) {
        (What::FirstName, _) => false,
        (_, CaseRule::Any) => true,
        (_, CaseRule::Exact(s)) => !s.chars().next().is_some_and(char::is_uppercase),
        (_, CaseRule::Capital(s) | CaseRule::AllCapitals(s)) => !first_word_upper(s),
    }
}

/// The folded bytes of U+0080..U+0250, from `fold_char_into` (length
/// `u8::MAX` for a char that folds to more than 4 bytes).
fn latin_folds() -> Vec<([u8; 4], u8)> {
    let mut buf = String::new();
    (0x80u32..0x250)
        .map(|cp| {
            // u8::MAX: not in the table (folds to more than 4 bytes).
            let mut out = ([0u8; 4], u8::MAX);
            if let Some(c) = char::from_u32(cp) {
                buf.clear();
                fold_char_into(c, &mut buf);
                if let Some(slot) = out.0.get_mut(..buf.len()) {
                    slot.copy_from_slice(buf.as_bytes());
                    out.1 = buf.len() as u8;
                }
            }
            out
        })
        .collect()
}

/// Whether a char is part of a word for boundary purposes: a letter or a
/// digit (with a fast path for the Latin letters of French text).
#[inline]
pub(crate) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '\u{d7}' && c != '\u{f7}'
    } else {
        c.is_alphanumeric()
    }
}

#[inline]
fn boundary_after(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => true,
        Some(&b) if b < 0x80 => ASCII_WORD.get(b as usize) != Some(&true),
        Some(_) => text
            .get(i..)
            .and_then(|s| s.chars().next())
            .map_or(true, |c| !is_word(c)),
    }
}

/// Whether the char at `i` is a letter or a digit.
fn starts_alphanumeric(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(what: What, rule: CaseRule) -> Candidate {
        Candidate {
            what,
            form: MentionForm::Name,
            rule,
            needs_context: false,
            plural: false,
            capital_first: false,
        }
    }

    #[test]
    fn lower_case_starts_keep_every_pattern_they_may_match() {
        let e = What::Entity(0);
        assert!(lower_start_may_match(&cand(e, CaseRule::Any)));
        assert!(lower_start_may_match(&cand(
            e,
            CaseRule::Capital("réseau Al-Qaïda".into())
        )));
        assert!(lower_start_may_match(&cand(
            e,
            CaseRule::Exact("me".into())
        )));
        assert!(!lower_start_may_match(&cand(
            e,
            CaseRule::Capital("Paris".into())
        )));
        assert!(!lower_start_may_match(&cand(
            e,
            CaseRule::AllCapitals("Nice".into())
        )));
        assert!(!lower_start_may_match(&cand(
            e,
            CaseRule::Exact("AES".into())
        )));
        assert!(!lower_start_may_match(&cand(
            What::FirstName,
            CaseRule::Capital("vladimir".into())
        )));
    }

    #[test]
    fn the_ascii_table_is_fold_char_into() {
        for (b, &f) in (0u8..128).zip(crate::trie::ASCII_FOLD.iter()) {
            let mut s = String::new();
            fold_char_into(char::from(b), &mut s);
            assert_eq!(s.as_bytes(), [f], "{b}");
        }
    }

    #[test]
    fn the_latin_table_is_fold_char_into() {
        let table = latin_folds();
        for (cp, (bytes, n)) in (0x80u32..0x250).zip(&table) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut s = String::new();
            fold_char_into(c, &mut s);
            if *n != u8::MAX {
                assert_eq!(bytes.get(..*n as usize), Some(s.as_bytes()), "{c:?}");
            } else {
                assert!(s.len() > 4, "{c:?}");
            }
        }
    }

    fn scan_all(m: &Matcher, text: &str, skip: bool) -> String {
        let (mut out, mut names, mut caps) = (Vec::new(), Vec::new(), Vec::new());
        m.scan_words(text, &mut out, &mut names, &mut caps, skip);
        let out: Vec<_> = out
            .iter()
            .map(|r| (r.span, r.pattern, r.candidate))
            .collect();
        format!("{out:?} {names:?} {caps:?}")
    }

    fn embedded_matcher() -> &'static Matcher {
        static M: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
        M.get_or_init(|| Matcher::new(&Dictionaries::embedded()))
    }

    #[test]
    fn skipping_words_that_start_no_pattern_changes_nothing() {
        let m = embedded_matcher();
        let (set, article) = crate::test_texts::testset_and_article();
        for text in set.lines().chain([article.as_str()]) {
            for t in [text.to_owned(), text.to_lowercase(), text.to_uppercase()] {
                assert_eq!(scan_all(m, &t, true), scan_all(m, &t, false), "{t}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn skipping_changes_nothing_on_any_mix(parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just(" "), proptest::strategy::Just("'"),
                proptest::strategy::Just("-"), proptest::strategy::Just("."),
                proptest::strategy::Just("Le"), proptest::strategy::Just("le"),
                proptest::strategy::Just("Caire"), proptest::strategy::Just("de"),
                proptest::strategy::Just("président"), proptest::strategy::Just("Etat"),
                proptest::strategy::Just("É"), proptest::strategy::Just("\u{301}"),
                proptest::strategy::Just("\u{a0}"), proptest::strategy::Just("islamique"),
                proptest::strategy::Just("Burkina"), proptest::strategy::Just("Faso"),
                proptest::strategy::Just("M"), proptest::strategy::Just("AES"),
                proptest::strategy::Just("Al"), proptest::strategy::Just("Qaïda"),
                proptest::strategy::Just("chefs"), proptest::strategy::Just("d"),
                proptest::strategy::Just("NIGER"), proptest::strategy::Just("nigérien"),
                proptest::strategy::Just("x"), proptest::strategy::Just("2024"),
            ],
            0..12,
        )) {
            let text = parts.concat();
            proptest::prop_assert_eq!(
                scan_all(embedded_matcher(), &text, true),
                scan_all(embedded_matcher(), &text, false)
            );
        }
    }

    #[test]
    fn lower_and_upper_starts_find_the_same_mentions() {
        let rec = crate::EntityRecognizer::embedded();
        let ms = rec.mentions("les Russes et le président nigérien à Niamey, l'armée malienne");
        let texts: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.contains(&"Russes"), "{texts:?}");
        assert!(texts.contains(&"nigérien"), "{texts:?}");
        assert!(texts.contains(&"Niamey"), "{texts:?}");
    }
}
