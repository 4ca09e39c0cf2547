//! The recogniser: dictionary mentions, people and their roles, gathered
//! into one entity per distinct thing named in a document.

use std::collections::HashSet;

use crate::matcher::{Matcher, RawMatch, What};
use crate::metonymy::is_metonym;
use crate::people::gather_persons;
use depeche_text::{Span, Token};

use crate::person::{gallop, Buffers, Finding, PersonFinder};
use crate::scratch::Work;
use crate::tokens::tokenize_until;
use crate::{Dictionaries, Entity, EntityKind, Mention, MentionForm, MentionMatch};

/// Recognises countries, places, organisations and people in normalised
/// French text.
///
/// Built once, then shared: it is `Send + Sync` and `recognize` takes
/// `&self`. The embedded recogniser is baked at build time and read back
/// in about a quarter of a millisecond ([`EntityRecognizer::embedded`]); one
/// over dictionaries given at run time ([`EntityRecognizer::new`]) is built
/// in a few milliseconds.
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
/// Bytes of a window's tokens read past its last title or first name
/// before the finder runs (the rest is read if it needs more). The
/// finder stops within it in most windows: 16 costs the fewest
/// instructions on news text (8: too many second runs; 48: more tokens
/// read for nothing).
const TAIL: usize = 16;

impl Default for EntityRecognizer {
    fn default() -> Self {
        EntityRecognizer::embedded()
    }
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
        let entities = self.recognize(text);
        // The order of the flat list (entity by entity) sorted stably by
        // span: small keys are sorted, not the mentions, which are then
        // built in order.
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
            let Some(e) = entities.get(ei as usize) else {
                continue;
            };
            let Some(m) = e.mentions.get(mi as usize) else {
                continue;
            };
            out.push(MentionMatch {
                start,
                end,
                text: m.text(text).to_owned(),
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
        let mut work = Work::take();
        let entities = self.recognize_with(text, &mut work);
        work.put();
        entities
    }

    /// [`EntityRecognizer::recognize`] with the working buffers given.
    fn recognize_with(&self, text: &str, work: &mut Work) -> Vec<Entity> {
        // Sized for dense news text (a match every 25 bytes or so, a
        // capitalised word every 40) so that long texts do not regrow them.
        work.raw.reserve(text.len() / 32 + 16);
        work.first_names.reserve(text.len() / 512 + 4);
        work.capitalised.reserve(text.len() / 64 + 8);
        self.matcher.scan(
            text,
            &mut work.raw,
            &mut work.first_names,
            &mut work.capitalised,
        );
        self.resolve_context(&mut work.raw);
        let findings = self.find_persons(text, work);
        let Work {
            raw,
            matched,
            counts,
            index,
            metonymy: scratch,
            ..
        } = work;
        let raw: &[RawMatch] = raw;

        // The targets matched, sorted, with their number of matches (each
        // entity's mentions are allocated once): sized by the text's
        // matches, not by the dictionaries, so that a short text costs
        // little.
        matched.reserve(raw.len());
        matched.extend(
            raw.iter()
                .filter_map(|m| self.matcher.candidate(m))
                .filter_map(|c| match c.what {
                    What::Entity(e) => Some(e),
                    _ => None,
                }),
        );
        matched.sort_unstable();
        counts.extend(
            matched
                .chunk_by(|a, b| a == b)
                .filter_map(|run| Some((*run.first()?, run.len() as u32))),
        );
        // One entity per matched target, then the people.
        let mut entities: Vec<Entity> = Vec::with_capacity(counts.len() + 8);
        // Matched target (by its rank in `counts`) -> its entity.
        index.resize(counts.len(), u32::MAX);
        let mut fi = 0;
        for m in raw {
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
                && is_metonym(text, m.span.start, m.span.end, target.kind, scratch)
            {
                MentionForm::Metonym
            } else {
                c.form
            };
            let mention = Mention { span: m.span, form };
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
        let persons = gather_persons(text, &findings, work);
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
    /// (so that text without them costs nothing here). Kept out of line:
    /// called once per text, and inlined it changed how the matcher's scan
    /// loop (inlined in the caller) was compiled.
    #[inline(never)]
    fn find_persons(&self, text: &str, work: &mut Work) -> Vec<Finding<'_>> {
        self.find_persons_reading(text, work, TAIL)
    }

    /// [`EntityRecognizer::find_persons`], reading `tail` bytes of tokens
    /// past the last title or first name of a window before the finder
    /// runs (whatever `tail`, the findings are the same).
    ///
    /// One pass in text order: the titles and first names are merged as
    /// they come (both lists are sorted), merged into windows, and each
    /// window is read as soon as the next seed falls past it, so that the
    /// text around a seed is fetched from memory once (for the test of the
    /// title, the window's edges and its tokens) rather than once per
    /// pass over the whole text. O(s + w) for s seeds and w bytes of
    /// windows, plus the finder's work.
    fn find_persons_reading(&self, text: &str, work: &mut Work, tail: usize) -> Vec<Finding<'_>> {
        let Work {
            raw,
            first_names,
            toks,
            buffers,
            written,
            written_ends,
            ..
        } = work;
        // Titles that may touch a name: a capital soon after, or a comma
        // just before (apposition).
        let bytes = text.as_bytes();
        let may_name = |m: &RawMatch| {
            let end = m.span.end.saturating_add(SEED_AFTER).min(bytes.len());
            let after = bytes.get(m.span.end..end).unwrap_or(&[]);
            let before = bytes
                .get(m.span.start.saturating_sub(SEED_BEFORE)..m.span.start)
                .unwrap_or(&[]);
            // Upper-case ASCII, or a lead byte of a non-ASCII letter (É...).
            after.iter().any(|&b| b.is_ascii_uppercase() || b >= 0xc3) || before.contains(&b',')
        };
        let mut titles = raw
            .iter()
            .filter(|m| {
                self.matcher
                    .candidate(m)
                    .is_some_and(|c| matches!(c.what, What::Title(_)) && !c.plural)
            })
            .peekable();
        let mut firsts = first_names.iter().peekable();
        let mut reader = WindowReader {
            rec: self,
            text,
            raw,
            first_names,
            toks,
            buffers,
            written,
            written_ends,
            tail,
            // About one finding per seed (a title in eight matches).
            findings: Vec::with_capacity(raw.len() / 8 + first_names.len()),
            b: 0,
            fb: 0,
            prev_end: 0,
        };
        let mut window: Option<(usize, usize)> = None;
        loop {
            // The next seed in text order (by start, then end, as the
            // spans sort: equal starts give the same window either way).
            let seed = match (titles.peek(), firsts.peek()) {
                (Some(t), Some(&&f)) if (f.start, f.end) < (t.span.start, t.span.end) => {
                    firsts.next();
                    f
                }
                (Some(_), _) => match titles.next() {
                    Some(t) if may_name(t) => t.span,
                    _ => continue,
                },
                (None, Some(_)) => match firsts.next() {
                    Some(&f) => f,
                    None => break,
                },
                (None, None) => break,
            };
            let ws = space_before(text, seed.start.saturating_sub(WINDOW_BEFORE));
            let we = space_after(text, seed.end.saturating_add(WINDOW_AFTER));
            match &mut window {
                Some(last) if ws <= last.1 => last.1 = last.1.max(we),
                _ => {
                    if let Some(done) = window.replace((ws, we)) {
                        reader.read(done);
                    }
                }
            }
        }
        if let Some(done) = window {
            reader.read(done);
        }
        reader.findings
    }

    /// Keeps the matches that need context (shared demonyms and acronyms)
    /// only when another mention of one of their entities confirms them,
    /// and switches them to that entity.
    fn resolve_context(&self, raw: &mut Vec<RawMatch>) {
        if raw
            .iter()
            .all(|m| self.matcher.candidate(m).is_some_and(|c| !c.needs_context))
        {
            return;
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
    }
}

/// Reads the person windows of a text one after the other, in text
/// order (see [`EntityRecognizer::find_persons_reading`]).
struct WindowReader<'m, 't, 'w> {
    rec: &'m EntityRecognizer,
    text: &'t str,
    /// The dictionary matches of the text, sorted.
    raw: &'w [RawMatch],
    /// The first names of the text, sorted.
    first_names: &'w [Span],
    toks: &'w mut Vec<Token>,
    buffers: &'w mut Buffers,
    /// The findings as written, and the end of each in `written`.
    written: &'w mut String,
    written_ends: &'w mut Vec<usize>,
    /// Bytes of tokens read past a window's last seed before the finder
    /// runs.
    tail: usize,
    findings: Vec<Finding<'m>>,
    /// One past the matches and first names of the previous window.
    b: usize,
    fb: usize,
    /// The end of the previous window.
    prev_end: usize,
}

impl WindowReader<'_, '_, '_> {
    /// Runs the person finder on the window `ws..we` (after the previous
    /// one), adding its findings.
    fn read(&mut self, (ws, we): (usize, usize)) {
        let text = self.text;
        let Some(window) = text.get(ws..we) else {
            return;
        };
        let first = self.findings.len();
        // The windows come sorted and apart: the matches and first names
        // of each are found by cursors moving forward (galloping from the
        // end of the previous window's), not by binary searches over the
        // whole text's lists, which past a few megabytes read a cache
        // line far away at every step.
        if ws < self.prev_end {
            // Not after the previous window (never: merged windows are
            // apart): from the start of the lists.
            (self.b, self.fb) = (0, 0);
        }
        self.prev_end = we;
        let (raw, first_names) = (self.raw, self.first_names);
        let a = gallop(raw, self.b, |m| m.span.start < ws);
        self.b = gallop(raw, a, |m| m.span.start < we);
        let fa = gallop(first_names, self.fb, |f| f.start < ws);
        self.fb = gallop(first_names, fa, |f| f.start < we);
        let (Some(ms), Some(fs)) = (raw.get(a..self.b), first_names.get(fa..self.fb)) else {
            return;
        };
        // Sized for the window (a token every four bytes or so, a match
        // every twenty): the buffers grow to the longest window and are
        // not regrown within one.
        let len = we - ws;
        let (toks, buffers) = (&mut *self.toks, &mut *self.buffers);
        toks.clear();
        toks.reserve(len / 4 + 16);
        buffers.reserve(len / 4 + 16, len / 16 + 8);
        let matcher = &self.rec.matcher;
        // The finder reads names and roles near the titles and first
        // names, rarely to the end of the window: the tokens are read up
        // to a margin past the last of them, and the rest of the window
        // only if the finder asks for a token past those (it then runs
        // again: see `PersonFinder::find`).
        let last_seed = ms
            .iter()
            .filter(|m| {
                matcher
                    .candidate(m)
                    .is_some_and(|c| matches!(c.what, What::Title(_)))
            })
            .map(|m| m.span.end)
            .chain(fs.iter().map(|f| f.end))
            .max()
            .unwrap_or(ws);
        let mut stopped = tokenize_until(window, ws, 0, last_seed.saturating_add(self.tail), toks);
        loop {
            let before = self.findings.len();
            let finder = PersonFinder::new(text, toks, matcher, ms, fs, std::mem::take(buffers));
            let read_past;
            (*buffers, read_past) = finder.find(&mut self.findings);
            let Some(from) = stopped.filter(|_| read_past) else {
                break;
            };
            // The rest of the window, and the finder again.
            self.findings.truncate(before);
            stopped = tokenize_until(window, ws, from, usize::MAX, toks);
        }
        // The names found, copied while the window's text is in the
        // cache: gathering the people reads them there, not in a text too
        // long for the cache.
        for f in self.findings.get(first..).unwrap_or(&[]) {
            self.written.push_str(f.span.slice(text).unwrap_or(""));
            self.written_ends.push(self.written.len());
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The findings of `text` reading `tail` bytes of tokens past the
    /// seeds of each window.
    fn persons(rec: &EntityRecognizer, text: &str, tail: usize) -> String {
        let mut work = Work::default();
        rec.matcher.scan(
            text,
            &mut work.raw,
            &mut work.first_names,
            &mut work.capitalised,
        );
        rec.resolve_context(&mut work.raw);
        format!("{:?}", rec.find_persons_reading(text, &mut work, tail))
    }

    #[test]
    fn reading_the_tail_of_a_window_only_when_asked_changes_no_finding() {
        let rec = EntityRecognizer::embedded();
        let (set, article) = crate::test_texts::testset_and_article();
        let lines: Vec<&str> = set.lines().chain(article.lines()).collect();
        // Lines alone, and joined by threes (windows over several names).
        let joined: Vec<String> = lines.chunks(3).map(|c| c.join(" ")).collect();
        let texts = lines
            .iter()
            .map(|l| l.to_string())
            .chain(joined)
            .chain([article.clone()]);
        let mut people = 0;
        for text in texts {
            let whole = persons(&rec, &text, usize::MAX);
            people += usize::from(whole != "[]");
            for tail in [0, 1, 8, TAIL, 64] {
                assert_eq!(persons(&rec, &text, tail), whole, "tail {tail}: {text}");
            }
        }
        assert!(people > 50, "{people} texts with people");
    }
}
