//! Person recognition: names introduced by a title or role ("le général
//! X", "le président russe X", "M. X"), roles in apposition ("X, le
//! ministre de l'Intérieur"; "le chef de la junte, le général X"; "celui de
//! l'Intérieur, le général X") and names opened by a known first name
//! ("Vladimir Poutine").

use std::borrow::Cow;
use std::cell::Cell;

use depeche_text::{Span, Token, TokenKind};

use crate::fold::{fold_into, fold_str};

use crate::matcher::{CaseRule, Matcher, RawMatch, What};
use crate::scratch::empty;
use crate::trie::ASCII_FOLD;
use crate::words::{
    is_in, may_be_not_name, not_names_starting_with, Words, APPOSITION_ADVERBS, ARTICLES,
    CAPITAL_PARTICLES, COMPLEMENT_PREPOSITIONS, NAME_PREFIXES, NOT_NAMES, PARTICLES, ROLE_LINKS,
    ROLE_PRONOUNS, ROMAN, TITLE_ADJECTIVES,
};
use crate::{EntityKind, MentionForm};

/// Longest name, in words.
const MAX_NAME_WORDS: usize = 6;

/// A person name found in the text, with the roles given to it there.
#[derive(Clone, Debug)]
pub(crate) struct Finding<'m> {
    /// The name's span.
    pub(crate) span: Span,
    /// Index of its last token.
    pub(crate) last: usize,
    /// Name words (particles excluded).
    pub(crate) words: usize,
    /// Span of its last word (the surname).
    pub(crate) last_word: Span,
    /// Roles given by the context.
    pub(crate) roles: Roles<'m>,
}

/// The roles given to a name: most often the list of one dictionary title,
/// borrowed (nothing allocated); else a list built from several sources,
/// dictionary roles borrowed and built ones ("ministre de l'Intérieur"
/// from "celui de") owned.
#[derive(Clone, Debug)]
pub(crate) enum Roles<'m> {
    /// The roles of one dictionary title (or none).
    Dictionary(&'m [String]),
    /// Roles gathered from several places.
    Built(Vec<Cow<'m, str>>),
}

impl<'m> Roles<'m> {
    /// No role.
    pub(crate) const NONE: Roles<'static> = Roles::Dictionary(&[]);

    /// The roles, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        let (dictionary, built): (&[String], &[Cow<'m, str>]) = match self {
            Roles::Dictionary(d) => (d, &[]),
            Roles::Built(b) => (&[], b),
        };
        dictionary
            .iter()
            .map(String::as_str)
            .chain(built.iter().map(|r| r.as_ref()))
    }

    fn is_empty(&self) -> bool {
        match self {
            Roles::Dictionary(d) => d.is_empty(),
            Roles::Built(b) => b.is_empty(),
        }
    }

    fn len(&self) -> usize {
        match self {
            Roles::Dictionary(d) => d.len(),
            Roles::Built(b) => b.len(),
        }
    }

    /// These roles followed by `more`, as `Vec::extend` (duplicates kept):
    /// the roles before a title, then the title's. Allocates only when both
    /// have roles.
    fn then(self, more: &'m [String]) -> Roles<'m> {
        if self.is_empty() {
            return Roles::Dictionary(more);
        }
        if more.is_empty() {
            return self;
        }
        let mut all = Vec::with_capacity(self.len() + more.len());
        match self {
            Roles::Dictionary(d) => all.extend(d.iter().map(|r| Cow::Borrowed(r.as_str()))),
            Roles::Built(b) => all.extend(b),
        }
        all.extend(more.iter().map(|r| Cow::Borrowed(r.as_str())));
        Roles::Built(all)
    }

    /// Adds `role` unless it is there already.
    fn add(&mut self, role: &'m str) {
        if self.iter().any(|r| r == role) {
            return;
        }
        let list = match self {
            Roles::Built(b) => b,
            Roles::Dictionary(d) => {
                let mut b = Vec::with_capacity(d.len() + 1);
                b.extend(d.iter().map(|r| Cow::Borrowed(r.as_str())));
                *self = Roles::Built(b);
                match self {
                    Roles::Built(b) => b,
                    Roles::Dictionary(_) => return,
                }
            }
        };
        list.push(Cow::Borrowed(role));
    }
}

/// What the dictionary matcher says about a token.
#[derive(Clone, Copy, Default)]
struct Mark {
    /// Inside an entity match that stops a name (country, organisation,
    /// demonym, acronym).
    blocks: bool,
    /// Inside a city, region or place match.
    place: bool,
    /// Inside a demonym match.
    demonym: bool,
    /// A title match starts here (index into the matches).
    title_start: Option<u32>,
    /// A title match ends here.
    title_end: Option<u32>,
    /// A capitalised known first name.
    first_name: bool,
    /// Memo of `is_name_word`: 0 not computed yet, 1 no, 2 yes.
    name_word: u8,
}

/// Buffers reused from one window to the next (no allocation per window).
#[derive(Default)]
pub(crate) struct Buffers {
    marks: Vec<Mark>,
    used_titles: Vec<bool>,
    taken: Vec<bool>,
    title_toks: Vec<u32>,
    name_toks: Vec<u32>,
    buf: String,
    key: String,
}

impl Buffers {
    /// Makes room for windows of up to about `tokens` tokens and `matches`
    /// dictionary matches (the lists are emptied).
    pub(crate) fn reserve(&mut self, tokens: usize, matches: usize) {
        let Buffers {
            marks,
            used_titles,
            taken,
            title_toks,
            name_toks,
            buf,
            key,
        } = self;
        marks.clear();
        marks.reserve(tokens);
        used_titles.clear();
        used_titles.reserve(matches);
        taken.clear();
        taken.reserve(tokens);
        title_toks.clear();
        title_toks.reserve(matches);
        name_toks.clear();
        name_toks.reserve(8);
        buf.clear();
        buf.reserve(32);
        key.clear();
        key.reserve(64);
    }

    /// Empties the lists, and frees those that hold more than `keep`
    /// bytes.
    pub(crate) fn trim(&mut self, keep: usize) {
        empty(&mut self.marks, keep);
        empty(&mut self.used_titles, keep);
        empty(&mut self.taken, keep);
        empty(&mut self.title_toks, keep);
        empty(&mut self.name_toks, keep);
        for s in [&mut self.buf, &mut self.key] {
            if s.capacity() > keep {
                *s = String::new();
            }
            s.clear();
        }
    }
}

/// The state of one recognition.
pub(crate) struct PersonFinder<'a, 'm> {
    text: &'a str,
    /// The tokens of the window, or of its start (see
    /// [`PersonFinder::find`]).
    toks: &'a [Token],
    /// Whether a token past `toks` was asked for (read or tested).
    read_past: Cell<bool>,
    marks: Vec<Mark>,
    matcher: &'m Matcher,
    matches: &'a [RawMatch],
    buf: String,
    /// A reusable buffer for role keys.
    key: String,
    /// Title matches already given to a person.
    used_titles: Vec<bool>,
    /// Tokens already in a name.
    taken: Vec<bool>,
    /// The tokens where a title match starts, in order (the passes over
    /// titles visit only these).
    title_toks: Vec<u32>,
    /// The tokens that are capitalised known first names, in order.
    name_toks: Vec<u32>,
}

impl<'a, 'm> PersonFinder<'a, 'm> {
    pub(crate) fn new(
        text: &'a str,
        toks: &'a [Token],
        matcher: &'m Matcher,
        matches: &'a [RawMatch],
        first_names: &[Span],
        buffers: Buffers,
    ) -> PersonFinder<'a, 'm> {
        let Buffers {
            mut marks,
            mut used_titles,
            mut taken,
            mut title_toks,
            mut name_toks,
            mut buf,
            mut key,
        } = buffers;
        marks.clear();
        marks.resize(toks.len(), Mark::default());
        used_titles.clear();
        used_titles.resize(matches.len(), false);
        taken.clear();
        taken.resize(toks.len(), false);
        buf.clear();
        key.clear();
        title_toks.clear();
        name_toks.clear();
        let mut t = 0;
        for f in first_names {
            // A few first names among many tokens: found by galloping.
            t = gallop(toks, t, |k| k.span.start < f.start);
            if let (Some(k), Some(mark)) = (toks.get(t), marks.get_mut(t)) {
                mark.first_name = k.span == *f;
                // The tokens marked, in order (a later first name on the
                // same token decides).
                let listed = name_toks.last() == Some(&(t as u32));
                if mark.first_name && !listed {
                    name_toks.push(t as u32);
                } else if !mark.first_name && listed {
                    name_toks.pop();
                }
            }
        }
        // Matches and tokens are both sorted by start: one merge pass,
        // galloping over the tokens between two matches.
        let mut t = 0;
        for (mi, m) in matches.iter().enumerate() {
            let Some(c) = matcher.candidate(m) else {
                continue;
            };
            t = gallop(toks, t, |k| k.span.end <= m.span.start);
            let mut j = t;
            let mut first = None;
            let mut last = None;
            while let Some(k) = toks.get(j) {
                if k.span.start >= m.span.end {
                    break;
                }
                first.get_or_insert(j);
                last = Some(j);
                if let Some(mark) = marks.get_mut(j) {
                    match c.what {
                        What::Entity(e) => {
                            let kind = matcher.targets.get(e as usize).map(|t| t.kind);
                            let place = matches!(
                                kind,
                                Some(EntityKind::City | EntityKind::Region | EntityKind::Place)
                            );
                            mark.demonym |= c.form == MentionForm::Demonym;
                            let ambiguous = matches!(c.rule, CaseRule::AllCapitals(_));
                            if (place || ambiguous) && c.form == MentionForm::Name {
                                mark.place = true;
                            } else {
                                mark.blocks = true;
                            }
                        }
                        What::Title(_) | What::FirstName => {}
                    }
                }
                j += 1;
            }
            if let (What::Title(_), Some(f), Some(l)) = (c.what, first, last) {
                if let Some(mark) = marks.get_mut(f) {
                    if mark.title_start.is_none() {
                        mark.title_start = Some(mi as u32);
                        title_toks.push(f as u32);
                    }
                }
                if let Some(mark) = marks.get_mut(l) {
                    mark.title_end = Some(mi as u32);
                }
            }
        }
        // Matches come by start, so their first tokens are in order: the
        // sort only checks it.
        title_toks.sort_unstable();
        PersonFinder {
            text,
            toks,
            read_past: Cell::new(false),
            marks,
            matcher,
            matches,
            buf,
            key,
            used_titles,
            taken,
            title_toks,
            name_toks,
        }
    }

    /// Token `i`; asking for one past the tokens given is recorded.
    #[inline]
    fn tok(&self, i: usize) -> Option<&'a Token> {
        let t = self.toks.get(i);
        if t.is_none() {
            self.read_past.set(true);
        }
        t
    }

    fn tok_text(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.text(self.text))
    }

    /// Folds token `i` into the reusable buffer.
    fn folded(&mut self, i: usize) -> &str {
        self.buf.clear();
        let s = self.tok_text(i);
        fold_into(s, &mut self.buf);
        &self.buf
    }

    /// Whether token `i`, folded, is in `list` (folded words); ASCII
    /// tokens are compared byte by byte, folded on the fly.
    fn folded_in(&mut self, i: usize, list: &Words) -> bool {
        let s = self.tok_text(i);
        // An ASCII first byte folds to one byte, the first of the fold:
        // most tokens are ruled out by it.
        if let Some(&b) = s.as_bytes().first() {
            if b < 0x80 && !list.may_start_with(ascii_fold(b)) {
                return false;
            }
        }
        if s.is_ascii() {
            return list.may_have_length(s.len())
                && list.words.iter().any(|x| ascii_folded_eq(x, s));
        }
        let f = self.folded(i);
        is_in(list.words, f)
    }

    /// Whether token `i`, folded, is one of [`NOT_NAMES`] (sorted).
    fn folded_is_not_name(&mut self, i: usize) -> bool {
        let s = self.tok_text(i);
        if s.is_ascii() {
            let first = s.bytes().next().map_or(0, ascii_fold);
            // The few function words with this first byte, lengths
            // compared first.
            return may_be_not_name(first, s.len())
                && not_names_starting_with(first)
                    .iter()
                    .any(|x| ascii_folded_eq(x, s));
        }
        let f = self.folded(i);
        NOT_NAMES.binary_search(&f).is_ok()
    }

    fn mark(&self, i: usize) -> Mark {
        if i >= self.toks.len() {
            self.read_past.set(true);
        }
        self.marks.get(i).copied().unwrap_or_default()
    }

    /// Whether only one space separates tokens `i` and `i + 1` (nothing
    /// after an elision).
    fn joined(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.tok(i), self.tok(i + 1)) else {
            return false;
        };
        // Bytes: token spans stand on char boundaries.
        match self.text.as_bytes().get(a.span.end..b.span.start) {
            Some(b" ") => true,
            Some([]) => a.kind == TokenKind::Elision,
            _ => false,
        }
    }

    /// Whether token `i` can be a word of a name (memoised: names are read
    /// again from several titles of a window).
    fn is_name_word(&mut self, i: usize) -> bool {
        match self.mark(i).name_word {
            1 => return false,
            2 => return true,
            _ => {}
        }
        let yes = self.compute_name_word(i);
        if let Some(m) = self.marks.get_mut(i) {
            m.name_word = if yes { 2 } else { 1 };
        }
        yes
    }

    fn compute_name_word(&mut self, i: usize) -> bool {
        let Some(t) = self.tok(i).copied() else {
            return false;
        };
        if t.kind != TokenKind::Word {
            return false;
        }
        let s = t.text(self.text);
        let mut chars = s.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if first.is_uppercase() {
            // Every roman numeral of the list starts with I, V or X.
            if matches!(s.as_bytes().first(), Some(b'I' | b'V' | b'X')) && is_in(ROMAN, s) {
                return true;
            }
            if !s.chars().any(char::is_lowercase) {
                return false;
            }
            return !self.folded_is_not_name(i);
        }
        // "al-Assad": every prefix ends with a hyphen at byte 2 or 3, so
        // most lower-case words are ruled out by two byte reads.
        let bytes = s.as_bytes();
        if bytes.get(2) != Some(&b'-') && bytes.get(3) != Some(&b'-') {
            return false;
        }
        NAME_PREFIXES.iter().any(|p| {
            s.strip_prefix(p)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
    }

    fn is_particle(&mut self, i: usize) -> bool {
        let s = self.tok_text(i);
        if s.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        self.folded_in(i, &PARTICLES)
    }

    /// Reads a name starting at token `i`: name words, particles between
    /// them. Returns (last token, words).
    fn read_name(&mut self, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        let mut last = None;
        let mut words = 0;
        while self.tok(j).is_some() && words < MAX_NAME_WORDS {
            if j > i && !self.joined(j - 1) {
                break;
            }
            let mark = self.mark(j);
            let blocked = mark.blocks || mark.title_start.is_some() || (mark.place && words > 0);
            if !blocked && self.is_name_word(j) {
                last = Some(j);
                words += 1;
                j += 1;
                continue;
            }
            // "Marine Le Pen", "Jean de La Fontaine": a capitalised article
            // inside a name, before another name word.
            if words > 0
                && is_in(CAPITAL_PARTICLES, self.tok_text(j))
                && self.joined(j)
                && !self.is_entity(j + 1)
                && self.is_name_word(j + 1)
            {
                j += 1;
                continue;
            }
            if words > 0 && self.is_particle(j) && self.joined(j) {
                // "von der Leyen": up to two particles.
                let mut p = j + 1;
                if self.is_particle(p) && self.joined(p) {
                    p += 1;
                }
                if !self.is_entity(p) && self.is_name_word(p) {
                    j = p;
                    continue;
                }
            }
            break;
        }
        last.map(|l| (l, words))
    }

    fn finding(&self, first: usize, last: usize, words: usize, roles: Roles<'m>) -> Finding<'m> {
        let span = match (self.tok(first), self.tok(last)) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        };
        Finding {
            span,
            last,
            words,
            last_word: self.tok(last).map_or(span, |t| t.span),
            roles,
        }
    }

    /// The roles of title match `mi` (none for an honorific), borrowed
    /// from the dictionary: a list is only allocated for a finding.
    fn title_roles(&self, mi: u32) -> &'m [String] {
        match self.title_info(mi) {
            Some(info) if !info.honorific => &info.roles,
            _ => &[],
        }
    }

    fn title_info(&self, mi: u32) -> Option<&'m crate::matcher::TitleInfo> {
        let m = self.matches.get(mi as usize)?;
        match self.matcher.candidate(m)?.what {
            What::Title(t) => self.matcher.titles.get(t as usize),
            What::Entity(_) | What::FirstName => None,
        }
    }

    fn title_plural(&self, mi: u32) -> bool {
        self.matches
            .get(mi as usize)
            .and_then(|m| self.matcher.candidate(m))
            .is_some_and(|c| c.plural)
    }

    /// Skips up to two adjectives or demonyms after token `k` ("le
    /// président russe", "le président civil"); returns the last one.
    fn skip_adjectives(&mut self, mut k: usize) -> usize {
        let mut skipped = 0;
        while skipped < 2 && self.joined(k) {
            let n = k + 1;
            let lower = self
                .tok_text(n)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            let adjective = lower && { self.folded_in(n, &TITLE_ADJECTIVES) };
            if lower && (self.mark(n).demonym || adjective) {
                k = n;
                skipped += 1;
            } else {
                break;
            }
        }
        k
    }

    fn is_entity(&self, i: usize) -> bool {
        let m = self.mark(i);
        m.blocks || m.place
    }

    /// The role phrase of title match `mi` ending at token `end`, extended
    /// over adjectives, demonyms and a complement: "le ministre russe des
    /// Affaires étrangères" gives the role "ministre des Affaires
    /// étrangères"; "le président du Niger" keeps "président". Returns the
    /// last token of the phrase and its roles (borrowed from the
    /// dictionary: nothing is allocated here).
    fn extend_title(&mut self, mi: u32, end: usize) -> (usize, &'m [String]) {
        let mut roles = self.title_roles(mi);
        let mut k = self.skip_adjectives(end);
        if !self.joined(k) {
            return (k, roles);
        }
        let de = k + 1;
        let is_de = { self.folded_in(de, &COMPLEMENT_PREPOSITIONS) };
        if !is_de || !self.joined(de) {
            return (k, roles);
        }
        let mut c = de;
        let article = { self.folded_in(c + 1, &ARTICLES) };
        if article && self.joined(c + 1) {
            c += 1;
        }
        let first = c + 1;
        if self.is_entity(first) {
            let mut e = first;
            while self.joined(e) && self.is_entity(e + 1) {
                e += 1;
            }
            return (e, roles);
        }
        if !self.tok_text(first).starts_with(char::is_uppercase) {
            return (k, roles);
        }
        let Some(canonical) = self.title_info(mi).map(|t| t.canonical.as_str()) else {
            return (k, roles);
        };
        let with_adjective =
            self.joined(first) && self.tok_text(first + 1).starts_with(char::is_lowercase);
        let lasts = [with_adjective.then_some(first + 1), Some(first)];
        for last in lasts.into_iter().flatten() {
            let (Some(a), Some(b)) = (self.tok(de), self.tok(last)) else {
                continue;
            };
            let complement = self.text.get(a.span.start..b.span.end).unwrap_or("");
            // The folded "{canonical} {complement}", in a reused buffer.
            self.key.clear();
            fold_into(canonical, &mut self.key);
            self.key.push(' ');
            fold_into(complement, &mut self.key);
            if let Some(info) = self
                .matcher
                .title_by_key
                .get(self.key.as_str())
                .and_then(|&t| self.matcher.titles.get(t as usize))
            {
                roles = &info.roles;
                k = last;
                break;
            }
        }
        (k, roles)
    }

    /// Appends every person finding of the window to `all`, in text
    /// order; returns the buffers for the next window, and whether a token
    /// past those given was asked for.
    ///
    /// Given only the window's first tokens (a prefix of its tokens, with
    /// every title match and first name of the window inside it), the
    /// findings are those of the whole window unless a token past them was
    /// asked for: every token, mark and test read is then the same (a
    /// token's mark depends only on it and the matches over it).
    pub(crate) fn find(mut self, all: &mut Vec<Finding<'m>>) -> (Buffers, bool) {
        let first = all.len();
        let mut taken = std::mem::take(&mut self.taken);
        let title_toks = std::mem::take(&mut self.title_toks);
        let name_toks = std::mem::take(&mut self.name_toks);
        // 1. Names after a title. `i`: the first token not read yet; the
        // title starts before it are skipped.
        let mut i = 0;
        for &t in &title_toks {
            let t = t as usize;
            if t < i {
                continue;
            }
            i = t;
            let Some(mi) = self.mark(i).title_start else {
                i += 1;
                continue;
            };
            if self.title_plural(mi) {
                i += 1;
                continue;
            }
            // The title's last token.
            let mut end = i;
            while self.mark(end).title_end != Some(mi) && self.tok(end + 1).is_some() {
                end += 1;
            }
            if self.mark(end).title_end != Some(mi) {
                i += 1;
                continue;
            }
            let (k, title_roles) = self.extend_title(mi, end);
            // The name right after the role, or after a comma when a comma
            // or the end of the sentence closes it ("Le ministre de
            // l'Intérieur, Gérald Darmanin, a...").
            let name_start = if self.joined(k) {
                Some(k + 1)
            } else if self.tok_text(k + 1) == "," && self.joined(k + 1) {
                Some(k + 2)
            } else {
                None
            };
            let name = name_start.and_then(|n| {
                let (last, words) = self.read_name(n)?;
                let closed = n == k + 1
                    || matches!(self.tok_text(last + 1), "," | "." | ")" | ";" | "")
                        && !self.joined(last);
                closed.then_some((n, last, words))
            });
            if let Some((n, last, words)) = name {
                // Usually no role before: the title's own list is kept
                // (nothing allocated).
                let roles = self.role_before(i).then(title_roles);
                if let Some(u) = self.used_titles.get_mut(mi as usize) {
                    *u = true;
                }
                for t in taken.iter_mut().take(last + 1).skip(n) {
                    *t = true;
                }
                all.push(self.finding(n, last, words, roles));
                i = last + 1;
            } else {
                i = end + 1;
            }
        }
        // 2. Names opened by a known first name (a name found covers the
        // first names after its first word: they are taken).
        for &i in &name_toks {
            let i = i as usize;
            if taken.get(i).copied().unwrap_or(true) || self.mark(i).blocks {
                continue;
            }
            if self.is_name_word(i) {
                if let Some((last, words)) = self.read_name(i) {
                    if words >= 2 {
                        for t in taken.iter_mut().take(last + 1).skip(i) {
                            *t = true;
                        }
                        all.push(self.finding(i, last, words, Roles::NONE));
                    }
                }
            }
        }
        if let Some(out) = all.get_mut(first..) {
            out.sort_by_key(|f| f.span.start);
        }
        // 3. Roles in apposition after a name: "X, le ministre de ...".
        for &ti in &title_toks {
            let ti = ti as usize;
            let Some(mi) = self.mark(ti).title_start else {
                continue;
            };
            if self.used_titles.get(mi as usize).copied().unwrap_or(true) || self.title_plural(mi) {
                continue;
            }
            let roles = self.title_roles(mi);
            if roles.is_empty() {
                continue;
            }
            let mut j = ti;
            let adverb = j > 0 && { self.folded_in(j - 1, &APPOSITION_ADVERBS) };
            if adverb {
                j -= 1;
            }
            let article = j > 0 && { self.folded_in(j - 1, &ARTICLES) };
            if article {
                j -= 1;
            }
            if j < 2 || self.tok_text(j - 1) != "," {
                continue;
            }
            let name_end = j - 2;
            let Some(out) = all.get_mut(first..) else {
                break;
            };
            let at = out.partition_point(|f| f.last < name_end);
            if let Some(f) = out.get_mut(at).filter(|f| f.last == name_end) {
                for r in roles {
                    f.roles.add(r);
                }
                if let Some(u) = self.used_titles.get_mut(mi as usize) {
                    *u = true;
                }
            }
        }
        let read_past = self.read_past.get();
        let buffers = Buffers {
            marks: self.marks,
            used_titles: self.used_titles,
            taken,
            title_toks,
            name_toks,
            buf: self.buf,
            key: self.key,
        };
        (buffers, read_past)
    }

    /// Roles apposed before the title at token `t`: "ROLE [complement],
    /// [le|la|l'] TITLE Name", or "celui de X, le TITLE Name".
    fn role_before(&mut self, t: usize) -> Roles<'m> {
        let mut j = t;
        if j == 0 {
            return Roles::NONE;
        }
        let article = { self.folded_in(j - 1, &ARTICLES) };
        if article {
            j -= 1;
        }
        if j == 0 || self.tok_text(j - 1) != "," {
            return Roles::NONE;
        }
        let comma = j - 1;
        let mut k = comma;
        let mut steps = 0;
        while k > 0 && steps < 8 {
            k -= 1;
            steps += 1;
            let mark = self.mark(k);
            if let Some(mi) = mark.title_end {
                if self.used_titles.get(mi as usize).copied().unwrap_or(true) {
                    return Roles::NONE;
                }
                let (ext, roles) = self.extend_title(mi, k);
                // Between the role phrase and the comma: places and links.
                let mut rest_ok = ext < comma;
                for r in ext + 1..comma {
                    let link = { self.folded_in(r, &ROLE_LINKS) };
                    rest_ok &= link || self.is_entity(r);
                }
                if !rest_ok {
                    return Roles::NONE;
                }
                if let Some(u) = self.used_titles.get_mut(mi as usize) {
                    *u = true;
                }
                return Roles::Dictionary(roles);
            }
            if self.folded_in(k, &ROLE_PRONOUNS) {
                return self.elided_role(k, comma);
            }
            let is_entity = mark.blocks || mark.place;
            if is_entity || self.folded_in(k, &ROLE_LINKS) {
                continue;
            }
            // A complement word ("celui de l'Intérieur"), which only a
            // pronoun further back can explain.
            if self.tok_text(k).starts_with(char::is_uppercase) {
                continue;
            }
            return Roles::NONE;
        }
        Roles::NONE
    }

    /// "celui de l'Intérieur" after "du ministre de la Défense": the head
    /// of the last role with a complement ("ministre") with the new
    /// complement ("de l'Intérieur").
    fn elided_role(&self, pronoun: usize, comma: usize) -> Roles<'m> {
        self.elided_role_opt(pronoun, comma).unwrap_or(Roles::NONE)
    }

    fn elided_role_opt(&self, pronoun: usize, comma: usize) -> Option<Roles<'m>> {
        let start = self.tok(pronoun + 1)?.span.start;
        let end = self.tok(comma)?.span.start;
        let complement = self.text.get(start..end)?.trim();
        if complement.is_empty() {
            return None;
        }
        let before = self.tok(pronoun)?.span.start;
        let upto = self.matches.partition_point(|m| m.span.start < before);
        let head = self
            .matches
            .get(..upto)
            .unwrap_or(&[])
            .iter()
            .rev()
            .filter(|m| m.span.end <= before)
            .filter_map(|m| match self.matcher.candidate(m)?.what {
                What::Title(t) => self.matcher.titles.get(t as usize),
                What::Entity(_) | What::FirstName => None,
            })
            .filter(|info| !info.honorific)
            // The role it stands for is one of the last few.
            .take(4)
            .find_map(|info| {
                let c = info.canonical.as_str();
                c.get(..complement_start(c)?)
            })?;
        let role = format!("{head} {complement}");
        let key = fold_str(&role);
        Some(
            self.matcher
                .title_by_key
                .get(&key)
                .and_then(|&t| self.matcher.titles.get(t as usize))
                .map_or_else(
                    || Roles::Built(vec![Cow::Owned(role)]),
                    |info| Roles::Dictionary(&info.roles),
                ),
        )
    }
}

/// Where the complement of a role starts: the first space of `role`
/// before "de ", "du ", "des " or "d'" ("ministre de la Défense": 8), as
/// the least of `str::find` of " de ", " du ", " des " and " d'", read
/// byte by byte (no searcher built per title).
fn complement_start(role: &str) -> Option<usize> {
    let bytes = role.as_bytes();
    (0..bytes.len()).find(|&i| {
        bytes.get(i) == Some(&b' ')
            && bytes.get(i + 1..).is_some_and(|rest| {
                [&b"de "[..], b"du ", b"des ", b"d'"]
                    .iter()
                    .any(|sep| rest.starts_with(sep))
            })
    })
}

/// The first index at or after `from` where `before` is false, `before`
/// being true then false along `items` (sorted items and a bound):
/// exponential then binary search, O(log d) for a distance d, so that a
/// merge of few items into many costs little and a merge of as many costs
/// O(1) a step.
pub(crate) fn gallop<T>(items: &[T], from: usize, before: impl Fn(&T) -> bool) -> usize {
    // Every item in `from..lo` is before; the answer is in `lo..=hi`.
    let mut lo = from;
    let mut hi = from;
    let mut step = 1;
    while items.get(hi).is_some_and(&before) {
        lo = hi + 1;
        hi = hi.saturating_add(step);
        step = step.saturating_mul(2);
    }
    let hi = hi.min(items.len());
    lo + items
        .get(lo..hi)
        .map_or(0, |s| s.partition_point(|x| before(x)))
}

/// The fold of an ASCII byte (as `fold_char_into`).
fn ascii_fold(b: u8) -> u8 {
    ASCII_FOLD.get(b as usize).copied().unwrap_or(b)
}

/// Whether the ASCII text `s` folds to `folded`.
fn ascii_folded_eq(folded: &str, s: &str) -> bool {
    folded.len() == s.len()
        && folded
            .bytes()
            .zip(s.bytes())
            .all(|(f, b)| f == ascii_fold(b))
}

#[cfg(test)]
mod tests {
    #[test]
    fn roman_numerals_start_with_i_v_or_x() {
        for r in super::ROMAN {
            assert!(
                matches!(r.as_bytes().first(), Some(b'I' | b'V' | b'X')),
                "{r}"
            );
        }
    }

    #[test]
    fn name_prefixes_end_with_a_hyphen_at_byte_2_or_3() {
        for p in super::NAME_PREFIXES {
            assert!(matches!(p.len(), 3 | 4) && p.ends_with('-'), "{p}");
        }
    }

    #[test]
    fn complement_start_is_the_first_separator_found() {
        let by_find = |c: &str| {
            [" de ", " du ", " des ", " d'"]
                .iter()
                .filter_map(|sep| c.find(sep))
                .min()
        };
        for c in [
            "",
            " ",
            "ministre",
            "ministre de la Défense",
            "chef d'état-major",
            "porte-parole du gouvernement",
            "président des États-Unis de",
            "secrétaire général d'un des",
            " de ",
            "x d'",
            "de la",
            "dé de ",
            "ministre  des Affaires",
        ] {
            assert_eq!(super::complement_start(c), by_find(c), "{c:?}");
        }
        for t in crate::Dictionaries::embedded().titles {
            for c in std::iter::once(&t.title).chain(&t.forms) {
                assert_eq!(super::complement_start(c), by_find(c), "{c:?}");
            }
        }
    }

    #[test]
    fn gallop_finds_the_first_item_not_before() {
        let items: Vec<u32> = (0..100).map(|i| i * 2).collect();
        for from in [0, 1, 7, 50, 99, 100] {
            for x in 0..210 {
                let want = from.max(items.partition_point(|&i| i < x));
                assert_eq!(super::gallop(&items, from, |&i| i < x), want, "{from} {x}");
            }
        }
    }
}
