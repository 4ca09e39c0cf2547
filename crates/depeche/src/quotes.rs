//! Direct quotes: pairing quotation marks, then finding each quote's cue and
//! source in its sentence.
//!
//! Marks are paired within a paragraph: «…», “…”, "…" (the straight mark
//! opens or closes by what surrounds it), nested quotes included, and a
//! quote may span sentences. Attribution looks, in the sentence where the
//! quote closes:
//! 1. after the quote, at the quote's end or after a comma: an inverted
//!    speech verb ("…", indique un communiqué), "selon X" or "d'après X";
//! 2. before the quote, at a clause start: "Selon X, «…»";
//! 3. just before the quote: "X a déclaré : «…»" or "X estime que «…»".

use crate::cues::{self, Classes};
use core::cell::Cell;
use depeche_text::{last_safe_start, tokenize, QuoteMark, Span, Token, TokenKind};

/// Longest source noun phrase, in tokens.
const MAX_SOURCE_TOKENS: usize = 16;

/// A quote found in normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct QuoteMatch {
    /// The quoted words, inside the marks.
    pub span: Span,
    /// The quote with its marks.
    pub outer: Span,
    /// The cue ("indique", "a-t-il dit", "selon").
    pub cue: Option<Span>,
    /// The source noun phrase, when the text names one.
    pub source: Option<Span>,
    /// Whether the speaker is a pronoun ("a-t-il dit", "il a déclaré"), to be
    /// resolved by the caller.
    pub pronoun: bool,
    /// Whether the quote runs on into the next paragraph (which reopens it,
    /// as the French press does for quotes of several paragraphs).
    pub continued: bool,
}

/// How many tokens after a quote (and before it) are searched for its
/// attribution: the cue and speaker of a quote stand within a clause or
/// two of it, and the bound keeps a paragraph of many quotes linear.
const MAX_ATTRIBUTION_TOKENS: usize = 80;

/// How many quotes starting before a token are checked for holding it.
const MAX_QUOTES_BACK: usize = 16;

/// The quotes of `text`, attributed. `paragraphs` are the units in which
/// marks pair, each with its sentences (spans of `text`). Ordered by offset.
#[cfg(test)]
pub(crate) fn find(text: &str, paragraphs: &[(Span, &[Span])]) -> Vec<QuoteMatch> {
    let mut finder = QuoteFinder::default();
    for (n, &(para, sentences)) in paragraphs.iter().enumerate() {
        let next = paragraphs.get(n + 1).map(|&(next, _)| next);
        finder.paragraph(text, para, sentences, next);
    }
    finder.finish()
}

/// Finds the quotes of a text one unit (title, paragraph) at a time, in
/// text order, with buffers kept from one unit to the next, and from one
/// text to the next on the same thread (a finder is made per text: its
/// working lists are taken from the thread's spare set when it is made and
/// given back by [`QuoteFinder::finish`]).
pub(crate) struct QuoteFinder {
    out: Vec<QuoteMatch>,
    work: Work,
}

/// The working lists of a [`QuoteFinder`], reused from text to text.
#[derive(Default)]
struct Work {
    stack: Vec<(QuoteMark, Span)>,
    /// The tokens of the sentence being read.
    tokens: Vec<Token>,
    /// The indices in `tokens` of the commas ("," tokens), in order.
    commas: Vec<usize>,
    folded: String,
    quotes: Vec<Span>,
    /// The cue classes of the sentence's tokens, each found once, when
    /// first asked.
    classes: Vec<Cell<Classes>>,
    /// How many quotes the last text had: the next answer's first
    /// capacity.
    last_count: usize,
}

/// Working lists longer than this are dropped rather than kept for the
/// next text (a huge sentence should not pin its memory).
const MAX_KEPT_TOKENS: usize = 1 << 14;

/// The most quotes the next answer is first sized for: a text with
/// thousands of quotes must not make every short text after it allocate
/// as much.
const MAX_HINTED_QUOTES: usize = 256;

impl Work {
    /// Whether every working list is short enough to be kept for the next
    /// text.
    fn is_small(&self) -> bool {
        self.tokens.capacity() <= MAX_KEPT_TOKENS
            && self.commas.capacity() <= MAX_KEPT_TOKENS
            && self.classes.capacity() <= MAX_KEPT_TOKENS
            && self.stack.capacity() <= MAX_KEPT_TOKENS
            && self.quotes.capacity() <= MAX_KEPT_TOKENS
            && self.folded.capacity() <= MAX_KEPT_TOKENS
    }
}

thread_local! {
    /// The working lists of the last finished [`QuoteFinder`] of the thread.
    static SPARE: Cell<Work> = Cell::new(Work::default());
}

impl Default for QuoteFinder {
    /// A finder with the thread's spare working lists (empty ones the first
    /// time, or when a finder of the thread is still at work).
    fn default() -> QuoteFinder {
        let work = SPARE.with(Cell::take);
        QuoteFinder {
            out: Vec::with_capacity(work.last_count),
            work,
        }
    }
}

impl QuoteFinder {
    /// Finds and attributes the quotes of the unit `para` of `text`, with
    /// its `sentences`: only the sentences where a quote opens or closes are
    /// tokenised. `next` is the next unit, whose opening mark tells a quote
    /// that runs on.
    pub(crate) fn paragraph(
        &mut self,
        text: &str,
        para: Span,
        sentences: &[Span],
        next: Option<Span>,
    ) {
        let QuoteFinder {
            out,
            work:
                Work {
                    stack,
                    tokens: own_tokens,
                    commas,
                    folded,
                    quotes,
                    classes,
                    last_count: _,
                },
        } = self;
        let first = out.len();
        pair_marks(text, para, stack, out);
        // A quote left open at the end of a paragraph whose successor opens
        // with the same mark runs on: it ends with the paragraph.
        let reopened = next
            .and_then(|next| next.slice(text))
            .and_then(|next| next.chars().next())
            .and_then(QuoteMark::of);
        if let Some(&(mark, at)) = stack.first() {
            if reopened == Some(mark) {
                let inner = trim(text, Span::new(at.end, para.end));
                if !inner.is_empty() {
                    out.push(QuoteMatch {
                        span: inner,
                        outer: Span::new(at.start, para.end),
                        cue: None,
                        source: None,
                        pronoun: false,
                        continued: true,
                    });
                }
            }
        }
        // `first` was `out.len()` before this paragraph's pushes.
        out.get_mut(first..)
            .unwrap_or_default()
            .sort_by_key(|q: &QuoteMatch| q.outer.start);
        quotes.clear();
        quotes.extend(out.get(first..).unwrap_or_default().iter().map(|q| q.outer));
        let mut tokenized: Option<Span> = None;
        // The greatest end of the quotes before the current one.
        let mut ends_before = 0;
        for (j, q) in out
            .get_mut(first..)
            .unwrap_or_default()
            .iter_mut()
            .enumerate()
        {
            let next_start = quotes.get(j + 1).map_or(usize::MAX, |n| n.start);
            // The sentence where the quote closes, then the one where it
            // opens ("X a déclaré : « ... . ... »").
            let closing = sentence_of(sentences, q.outer.end.saturating_sub(1));
            let opening = sentence_of(sentences, q.outer.start);
            let candidates = [Some(closing), (opening != closing).then_some(opening)];
            for idx in candidates.into_iter().flatten() {
                let Some(&sentence) = sentences.get(idx) else {
                    continue;
                };
                let mut work = Tokens {
                    text,
                    tokens: own_tokens,
                    commas,
                    classes,
                    quotes,
                };
                // A sentence that no other quote meets is read only where
                // this quote's attribution looks (see `attribute_in_parts`);
                // the tokens of one that several quotes share are read once.
                let alone = ends_before <= sentence.start
                    && next_start >= sentence.end
                    && q.outer.start < sentence.end;
                let found = if alone {
                    tokenized = None;
                    work.attribute_in_parts(sentence, q.outer, folded)
                } else {
                    if tokenized != Some(sentence) {
                        if !work.read(sentence.start, sentence.end, None) {
                            continue;
                        }
                        tokenized = Some(sentence);
                    }
                    work.context(q.outer).attribute(q.outer, folded)
                };
                if let Some(a) = found {
                    q.cue = Some(a.cue);
                    q.source = a.source;
                    q.pronoun = a.pronoun;
                    break;
                }
            }
            ends_before = ends_before.max(q.outer.end);
        }
    }

    /// The quotes found, ordered by offset: a quote that runs on takes the
    /// attribution of its continuation.
    pub(crate) fn finish(self) -> Vec<QuoteMatch> {
        let QuoteFinder { mut out, mut work } = self;
        if work.is_small() {
            work.last_count = out.len().min(MAX_HINTED_QUOTES);
            SPARE.with(|spare| spare.set(work));
        }
        for i in (0..out.len()).rev() {
            if i >= out.len() {
                continue;
            }
            let (head, tail) = out.split_at_mut(i + 1);
            let Some(q) = head.last_mut() else {
                continue;
            };
            if !q.continued || q.cue.is_some() {
                continue;
            }
            let end = q.outer.end;
            if let Some(next) = tail.iter().find(|n| n.outer.start > end) {
                q.cue = next.cue;
                q.source = next.source;
                q.pronoun = next.pronoun;
            }
        }
        out
    }
}

/// The working lists of one attribution: the tokens read, their commas
/// and their cue classes, with the text and the paragraph's quotes.
struct Tokens<'w, 'a> {
    text: &'a str,
    tokens: &'w mut Vec<Token>,
    /// The indices in `tokens` of the commas ("," tokens), in order.
    commas: &'w mut Vec<usize>,
    classes: &'w mut Vec<Cell<Classes>>,
    quotes: &'w [Span],
}

impl<'a> Tokens<'_, 'a> {
    /// Reads the tokens of `text[from..to]` (`from` a place where the
    /// tokenization of the sentence ending at `to` is between tokens),
    /// with their spans in the text, their commas and no classes yet; with
    /// `stop`, up to the first token ending past `stop`. `false` when the
    /// range is no slice of the text.
    fn read(&mut self, from: usize, to: usize, stop: Option<usize>) -> bool {
        self.tokens.clear();
        self.commas.clear();
        let Some(part) = self.text.get(from..to) else {
            return false;
        };
        let base = from;
        let bytes = part.as_bytes();
        for t in tokenize(part) {
            if t.kind == TokenKind::Punct
                && t.span.len() == 1
                && bytes.get(t.span.start) == Some(&b',')
            {
                self.commas.push(self.tokens.len());
            }
            let span = Span::new(t.span.start + base, t.span.end + base);
            self.tokens.push(Token { kind: t.kind, span });
            if stop.is_some_and(|stop| span.end > stop) {
                break;
            }
        }
        reset(self.classes, self.tokens.len());
        true
    }

    /// The attribution context of `current` over the tokens read.
    fn context(&self, current: Span) -> Context<'_> {
        Context {
            text: self.text,
            tokens: self.tokens.as_slice(),
            commas: self.commas.as_slice(),
            classes: self.classes.as_slice(),
            quotes: self.quotes,
            current,
        }
    }

    /// [`Context::attribute`] of `quote` in `sentence`, reading only the
    /// tokens each search reads: the search after the quote, from the
    /// latest safe start at or before its end (white space no token holds:
    /// the tokens from there are those of the whole sentence) to the
    /// sentence end; then, if it found nothing, the searches before it,
    /// from the sentence start to the opening mark (they stop at that
    /// mark, a clause boundary). The quote's inside, which no search
    /// reads, and the text before it when the search after it succeeds,
    /// are never tokenised. Gives what `attribute` gives over the tokens
    /// of the whole sentence.
    fn attribute_in_parts(
        &mut self,
        sentence: Span,
        quote: Span,
        buf: &mut String,
    ) -> Option<Attribution> {
        if quote.end < sentence.end {
            let from = last_safe_start(self.text, sentence.start, quote.end);
            if !self.read(from, sentence.end, None) {
                return None;
            }
            if let Some(a) = self.context(quote).after(quote, buf) {
                return Some(a);
            }
        }
        if quote.start < sentence.start {
            // No token of the sentence ends before the quote: nothing before it.
            return None;
        }
        if !self.read(sentence.start, sentence.end, Some(quote.start)) {
            return None;
        }
        // The searches before the quote stop at its opening mark, a clause
        // boundary: unless the mark is a token of its own, read it all.
        let marked = self
            .tokens
            .last()
            .is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)) && t.span.start == quote.start);
        if !marked && !self.read(sentence.start, sentence.end, None) {
            return None;
        }
        self.context(quote).before(quote, buf)
    }
}

/// Marks the classes of `len` tokens as not yet known.
fn reset(classes: &mut Vec<Cell<Classes>>, len: usize) {
    classes.clear();
    classes.resize(len, Cell::new(0));
}

/// The index of the sentence holding byte `offset` (or the next one).
fn sentence_of(sentences: &[Span], offset: usize) -> usize {
    sentences
        .partition_point(|s| s.end <= offset)
        .min(sentences.len().saturating_sub(1))
}

/// Pairs the quotation marks of one paragraph, pushing the quotes found.
fn pair_marks(
    text: &str,
    para: Span,
    stack: &mut Vec<(QuoteMark, Span)>,
    out: &mut Vec<QuoteMatch>,
) {
    stack.clear();
    let Some(p) = para.slice(text) else {
        return;
    };
    // Every quotation mark is '"' or starts with byte 0xC2 («, ») or 0xE2
    // (“, ”, „, ‹, ›): jump from one candidate to the next.
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, p.as_bytes()) {
        // `i` is the first byte of a char: '"', 0xC2 and 0xE2 are never
        // continuation bytes.
        let Some(c) = p.get(i..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        let prev = p.get(..i).and_then(|before| before.chars().next_back());
        let next = p
            .get(i + c.len_utf8()..)
            .and_then(|after| after.chars().next());
        if let Some(mark) = QuoteMark::of(c) {
            let at = Span::new(para.start + i, para.start + i + c.len_utf8());
            let opener_waits = stack.last().is_some_and(|&(m, _)| m.pairs_with(mark));
            let role = if mark.is_opening() {
                Role::Open
            } else if mark.is_closing() {
                Role::Close
            } else {
                straight_role(prev, next, opener_waits)
            };
            match role {
                Role::Open => stack.push((mark, at)),
                Role::Close => {
                    if let Some(depth) = stack.iter().rposition(|&(m, _)| m.pairs_with(mark)) {
                        let Some(&(_, open)) = stack.get(depth) else {
                            continue;
                        };
                        stack.truncate(depth);
                        let inner = trim(text, Span::new(open.end, at.start));
                        if !inner.is_empty() {
                            out.push(QuoteMatch {
                                span: inner,
                                outer: Span::new(open.start, at.end),
                                cue: None,
                                source: None,
                                pronoun: false,
                                continued: false,
                            });
                        }
                    }
                }
                Role::None => {}
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    None,
}

/// Whether a straight mark opens or closes: it opens after a space, a
/// bracket or an elision ("d'"intensifier"") when a word follows; it closes
/// after a word when a quote is open.
fn straight_role(prev: Option<char>, next: Option<char>, opener_waits: bool) -> Role {
    let after_gap = prev.map_or(true, |c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '\'' | '-' | '\u{2014}' | '\u{2013}')
    });
    let before_gap = next.map_or(true, |c| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '\u{2026}'
            )
    });
    // A mark between a gap and a word opens; anything else closes a waiting quote.
    let opens_here = after_gap && !before_gap;
    if opener_waits && !opens_here {
        Role::Close
    } else if !before_gap {
        Role::Open
    } else {
        Role::None
    }
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

/// An attribution found for a quote.
struct Attribution {
    cue: Span,
    source: Option<Span>,
    pronoun: bool,
}

/// Who a clause names as the speaker.
enum Speaker {
    /// A noun phrase.
    Phrase(Span),
    /// A pronoun ("il", "selon lui"), to be resolved by the caller.
    Pronoun,
    /// The impersonal "on": nobody to name.
    Nobody,
}

impl Attribution {
    fn new(cue: Span, speaker: Speaker) -> Attribution {
        match speaker {
            Speaker::Phrase(s) => Attribution {
                cue,
                source: Some(s),
                pronoun: false,
            },
            Speaker::Pronoun => Attribution {
                cue,
                source: None,
                pronoun: true,
            },
            Speaker::Nobody => Attribution {
                cue,
                source: None,
                pronoun: false,
            },
        }
    }
}

/// The bit of a token's cue classes telling they were found.
const KNOWN: Classes = 1 << 31;

/// Most words between a speech verb and the quote it introduces ("a
/// dénoncé une attaque «...»", "a déclaré à la presse : «...»").
const MAX_GAP_TOKENS: usize = 6;

/// One sentence, tokenized, the quotes of its paragraph and the quote
/// being attributed.
struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The indices of the comma tokens, in order.
    commas: &'a [usize],
    /// The cue classes of `tokens`, by index, [`KNOWN`] once found.
    classes: &'a [Cell<Classes>],
    quotes: &'a [Span],
    current: Span,
}

impl Context<'_> {
    /// Whether token `t` lies inside a quote other than those enclosing the
    /// quote being attributed (a nested quote reads its enclosing quote).
    ///
    /// Quotes are sorted by start; only those starting at or before the
    /// token can hold it, and of those only the last [`MAX_QUOTES_BACK`]
    /// are looked at (siblings before them end before the token; deeper
    /// nesting does not occur in copy), so the check is `O(log q)`; one
    /// comparison when the paragraph has one quote, the one attributed.
    #[inline]
    fn inside_quote(&self, t: Token) -> bool {
        if let [only] = self.quotes {
            if *only == self.current {
                return only.contains(t.span);
            }
        }
        let upto = self.quotes.partition_point(|q| q.start <= t.span.start);
        self.quotes
            .get(upto.saturating_sub(MAX_QUOTES_BACK)..upto)
            .unwrap_or_default()
            .iter()
            .any(|q| q.contains(t.span) && (*q == self.current || !q.contains(self.current)))
    }

    /// Whether token `i` lies inside another quote (see `inside_quote`);
    /// `false` past the end.
    fn inside_token_quote(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|&t| self.inside_quote(t))
    }

    /// The cue classes of token `i` (see [`cues::classes`]), found once
    /// per token; 0 past the end. Inlined: a class already found is one
    /// load.
    #[inline]
    fn class(&self, i: usize, buf: &mut String) -> Classes {
        let Some(cell) = self.classes.get(i) else {
            return 0;
        };
        let known = cell.get();
        if known & KNOWN != 0 {
            return known & !KNOWN;
        }
        self.first_class(cell, i, buf)
    }

    /// [`Context::class`] of token `i` the first time it is asked: found
    /// and kept in `cell`.
    #[inline(never)]
    fn first_class(&self, cell: &Cell<Classes>, i: usize, buf: &mut String) -> Classes {
        let Some(&t) = self.tokens.get(i) else {
            return 0;
        };
        let class = self.classify(t, buf);
        cell.set(class | KNOWN);
        class
    }

    /// The cue classes of the folded text of token `t` (0 but for words,
    /// elisions and clitics). The word is folded char by char into its key
    /// as it is read, as [`depeche_text::fold_into`] folds it (ASCII only lowered, other
    /// chars through `buf`), and dropped once longer than any form.
    fn classify(&self, t: Token, buf: &mut String) -> Classes {
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Elision | TokenKind::Clitic
        ) {
            return 0;
        }
        cues::classes_of_word(t.text(self.text), buf)
    }

    /// Whether token `i` is of one of `classes`.
    fn is(&self, i: usize, classes: Classes, buf: &mut String) -> bool {
        self.class(i, buf) & classes != 0
    }

    fn is_clitic(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Clitic)
    }

    /// Whether token `i` ends a clause: punctuation, a quotation mark or a
    /// dash.
    fn is_boundary(&self, i: usize) -> bool {
        ends_clause(self.tokens.get(i))
    }

    /// The attribution of `quote` in the sentence: after it, then before it.
    fn attribute(&self, quote: Span, buf: &mut String) -> Option<Attribution> {
        self.after(quote, buf).or_else(|| self.before(quote, buf))
    }

    /// The attribution after `quote`: an inverted verb or "selon X" at its
    /// end or after a comma. Reads only the tokens after the quote.
    fn after(&self, quote: Span, buf: &mut String) -> Option<Attribution> {
        let after = self.tokens.partition_point(|t| t.span.start < quote.end);
        if after < self.tokens.len() {
            let first = after;
            // 1. At the quote's end, then after each comma outside quotes,
            // within `MAX_ATTRIBUTION_TOKENS` (`i` ranges over token
            // indices: `self.tokens[i]` is in bounds).
            if let Some(a) = self.incise(first, false, buf) {
                return Some(a);
            }
            let last = self.tokens.len().min(first + MAX_ATTRIBUTION_TOKENS);
            // The commas of `first..last`, from the list of commas.
            let from = self.commas.partition_point(|&c| c < first);
            for &i in self.commas.get(from..).unwrap_or_default() {
                if i >= last {
                    break;
                }
                if !self.inside_token_quote(i) {
                    if let Some(a) = self.incise(i + 1, true, buf) {
                        return Some(a);
                    }
                }
            }
        }
        None
    }

    /// The attribution before `quote`: "Selon X," at a clause start, or a
    /// speech verb introducing it. Reads only the tokens before the quote
    /// and its opening mark: every walk stops at that mark (a clause
    /// boundary).
    fn before(&self, quote: Span, buf: &mut String) -> Option<Attribution> {
        let before = self.tokens.partition_point(|t| t.span.end <= quote.start);
        // 2. "Selon X," at a clause start before the quote, within
        // `MAX_ATTRIBUTION_TOKENS` (`before` is at most the token count, so
        // `self.tokens[i]` is in bounds).
        // The clause starts are the first token and those after a comma:
        // taken in order from the list of commas.
        let lo = before.saturating_sub(MAX_ATTRIBUTION_TOKENS);
        let from = self.commas.partition_point(|&c| c + 1 < lo);
        let starts = (lo == 0 && before > 0).then_some(0).into_iter().chain(
            self.commas
                .get(from..)
                .unwrap_or_default()
                .iter()
                .map(|&c| c + 1)
                .take_while(|&i| i < before),
        );
        for i in starts {
            if !self.inside_token_quote(i) {
                if let Some(a) = self.preposition(i, true, buf) {
                    return Some(a);
                }
            }
        }
        // 3. "X a déclaré : «…»", "X estime que «…»".
        self.introduction(before, buf)
    }

    /// An inverted speech verb, "selon X" or "d'après X" at token `i`
    /// ("pour X" too when `clause_start`), with the source that follows.
    fn incise(&self, i: usize, clause_start: bool, buf: &mut String) -> Option<Attribution> {
        if let Some(a) = self.preposition(i, clause_start, buf) {
            return Some(a);
        }
        let (end, clitic) = self.verb_forward(i, buf)?;
        let cue = self.cover(i, end)?;
        if clitic {
            return Some(Attribution::new(cue, self.inverted_speaker(i, end)));
        }
        let speaker = self.noun_phrase(end, buf)?;
        Some(Attribution::new(cue, speaker))
    }

    /// "selon X", "d'après X", or at a clause start "pour le X", at token `i`.
    fn preposition(&self, i: usize, clause_start: bool, buf: &mut String) -> Option<Attribution> {
        let w = self.class(i, buf);
        let (selon, d, pour) = (
            w & cues::SOURCE_PREPOSITION != 0,
            w & cues::D_ELIDED != 0,
            clause_start && w & cues::CLAUSE_SOURCE_PREPOSITION != 0,
        );
        let next = if selon {
            i + 1
        } else if d && self.is(i + 1, cues::APRES, buf) {
            i + 2
        } else if pour && self.is(i + 1, cues::DETERMINER, buf) {
            i + 1
        } else {
            return None;
        };
        let cue = self.cover(i, next)?;
        let speaker = self.noun_phrase(next, buf)?;
        Some(Attribution::new(cue, speaker))
    }

    /// A speech verb phrase starting at token `i`: "indique", "a déclaré",
    /// "a-t-il dit", "ajoute-t-elle", "a encore affirmé", "s'est félicité".
    /// Returns the token after it and whether it holds an inverted pronoun.
    fn verb_forward(&self, i: usize, buf: &mut String) -> Option<(usize, bool)> {
        let mut j = i;
        let reflexive = self.is(j, cues::REFLEXIVE, buf);
        if reflexive {
            j += 1;
        }
        let w = self.class(j, buf);
        let aux = if reflexive {
            w & cues::REFLEXIVE_AUXILIARY != 0
        } else {
            w & cues::AUXILIARY != 0
        };
        if !aux && (reflexive || w & cues::PRESENT == 0) {
            return None;
        }
        j += 1;
        let clitic = self.is_clitic(j);
        if clitic {
            j += 1;
        }
        while self.is(j, cues::ADVERB, buf) {
            j += 1;
        }
        if !aux {
            return Some((j, clitic));
        }
        let ok = if reflexive {
            self.is(j, cues::REFLEXIVE_PARTICIPLE, buf)
        } else {
            self.is(j, cues::PARTICIPLE, buf)
        };
        ok.then_some((j + 1, clitic))
    }

    /// A speech verb phrase ending at token `k` (a participle, a present,
    /// or the inverted pronoun after a present): its first token and
    /// whether it holds an inverted pronoun.
    fn verb_backward(&self, k: usize, buf: &mut String) -> Option<(usize, bool)> {
        if self.is_clitic(k) {
            let v = k.checked_sub(1)?;
            return self.is(v, cues::PRESENT, buf).then_some((v, true));
        }
        let w = self.class(k, buf);
        // Every phrase found ends on a present or a participle: a word of
        // neither is ruled out before the words before it are read.
        if w & (cues::PRESENT | cues::PARTICIPLE | cues::REFLEXIVE_PARTICIPLE) == 0 {
            return None;
        }
        let mut j = k;
        while j > 0 && self.is(j - 1, cues::ADVERB, buf) {
            j -= 1;
        }
        let inverted = j > 0 && self.is_clitic(j - 1);
        let aux = if inverted {
            j.checked_sub(2)
        } else {
            j.checked_sub(1)
        };
        if let Some(a) = aux {
            let aw = self.class(a, buf);
            if w & cues::PARTICIPLE != 0 && aw & cues::AUXILIARY != 0 {
                return Some((a, inverted));
            }
            if w & cues::REFLEXIVE_PARTICIPLE != 0
                && aw & cues::REFLEXIVE_AUXILIARY != 0
                && a > 0
                && self.is(a - 1, cues::REFLEXIVE, buf)
            {
                return Some((a - 1, inverted));
            }
        }
        (w & cues::PRESENT != 0).then_some((k, false))
    }

    /// "X a déclaré : «…»", "X estime que «…»", "il a dénoncé une attaque
    /// «…»": a speech verb shortly before token `open` (the opening mark)
    /// in the same clause, and its subject.
    fn introduction(&self, open: usize, buf: &mut String) -> Option<Attribution> {
        let mut k = open.checked_sub(1)?;
        // Skip ":" "," and "que" / "qu'" between the verb and the quote.
        loop {
            let t = self.tokens.get(k)?;
            let punct = t.kind == TokenKind::Punct && matches!(t.text(self.text), ":" | ",");
            let que = self.is(k, cues::QUE, buf);
            if !(punct || que) {
                break;
            }
            k = k.checked_sub(1)?;
        }
        // The verb ends at k, or a few words before it in the same clause.
        let mut found = None;
        for end in (k.saturating_sub(MAX_GAP_TOKENS)..=k).rev() {
            // `is_boundary` is true past the end, so `end` indexes a token.
            if self.is_boundary(end) || self.inside_token_quote(end) {
                break;
            }
            if let Some(v) = self.verb_backward(end, buf) {
                found = Some((v.0, end + 1, v.1));
                break;
            }
        }
        let (start, end, clitic) = found?;
        let cue = self.cover(start, end)?;
        if clitic {
            return Some(Attribution::new(cue, self.inverted_speaker(start, end)));
        }
        // The subject: from the clause start to the verb. A subject longer
        // than `MAX_SOURCE_TOKENS` is none, so the walk stops one token
        // past that bound.
        let mut s = start;
        // `s - 1 < start`, an index of a token.
        while s > 0
            && start - s <= MAX_SOURCE_TOKENS
            && !self.is_boundary(s - 1)
            && !self.inside_token_quote(s - 1)
        {
            s -= 1;
        }
        if s == start || start - s > MAX_SOURCE_TOKENS {
            return None;
        }
        let subject = self.cover(s, start)?;
        let alone = start - s == 1;
        let speaker = if alone && self.is(s, cues::ON, buf) {
            Speaker::Nobody
        } else if alone && self.is(s, cues::PRONOUN, buf) {
            Speaker::Pronoun
        } else {
            Speaker::Phrase(subject)
        };
        Some(Attribution::new(cue, speaker))
    }

    /// The speaker named from token `i` to the clause end, a complement
    /// ("à l'AFP") skipped when a noun phrase follows it.
    fn noun_phrase(&self, i: usize, buf: &mut String) -> Option<Speaker> {
        let mut j = i;
        while j < self.tokens.len() && !self.is_boundary(j) && j - i < MAX_SOURCE_TOKENS {
            j += 1;
        }
        let i = self.speaker_start(i, j, buf).unwrap_or(i);
        let words = self.tokens.get(i..j)?;
        if !words.iter().any(|t| t.kind == TokenKind::Word) {
            return None;
        }
        if j - i == 1 && self.is(i, cues::ON, buf) {
            return Some(Speaker::Nobody);
        }
        if j - i == 1 && self.is(i, cues::PRONOUN, buf) {
            return Some(Speaker::Pronoun);
        }
        self.cover(i, j).map(Speaker::Phrase)
    }

    /// Where the speaker starts in tokens `i..j`, past adverbs of time and
    /// complements ("a déclaré mardi soir à l'AFP le ministre"): the first
    /// determiner or capitalised word, a complement's own words skipped.
    /// `None` when no such start is near.
    fn speaker_start(&self, i: usize, j: usize, buf: &mut String) -> Option<usize> {
        const MAX_SKIPPED: usize = 6;
        let limit = j.min(i + MAX_SKIPPED + 1);
        let mut k = i;
        while k < limit {
            let w = self.class(k, buf);
            if w & cues::COMPLEMENT_PREPOSITION != 0 {
                // "à l'AFP", "à la presse": the two words after "à" belong
                // to the complement.
                k += 3;
                continue;
            }
            if w & cues::DETERMINER != 0 || self.is_capitalized(k) {
                return Some(k);
            }
            k += 1;
        }
        None
    }

    /// The speaker of a verb phrase `a..b` with an inverted pronoun: a
    /// person to resolve, except for the impersonal "on" ("a-t-on appris").
    fn inverted_speaker(&self, a: usize, b: usize) -> Speaker {
        let impersonal = (a..b).any(|k| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Clitic && t.text(self.text).ends_with("on"))
        });
        if impersonal {
            Speaker::Nobody
        } else {
            Speaker::Pronoun
        }
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized(self.text))
    }

    /// The span from token `a` to token `b - 1`.
    fn cover(&self, a: usize, b: usize) -> Option<Span> {
        let first = self.tokens.get(a)?;
        let last = self.tokens.get(b.checked_sub(1)?)?;
        Some(Span::new(first.span.start, last.span.end))
    }
}

/// Whether a token ends a clause (or there is none): punctuation, a
/// quotation mark or a dash.
fn ends_clause(t: Option<&Token>) -> bool {
    t.map_or(true, |t| {
        matches!(
            t.kind,
            TokenKind::Punct | TokenKind::Quote(_) | TokenKind::Dash
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use depeche_text::paragraphs;

    struct Found<'a> {
        text: &'a str,
        cue: Option<&'a str>,
        source: Option<&'a str>,
    }

    fn quotes(text: &str) -> Vec<Found<'_>> {
        let paras = paragraphs(text);
        let units: Vec<(Span, &[Span])> = paras
            .iter()
            .map(|p| (p.span, p.sentences.as_slice()))
            .collect();
        find(text, &units)
            .into_iter()
            .map(|q| Found {
                text: &text[q.span.range()],
                cue: q.cue.and_then(|s| s.slice(text)),
                source: q.source.and_then(|s| s.slice(text)),
            })
            .collect()
    }

    /// A text of many quotes leaves its working lists to the next finder
    /// of the thread, but the next answer is not sized for as many quotes.
    #[test]
    fn a_text_of_many_quotes_does_not_size_the_next_answer() {
        let many = "« Oui », a dit le ministre. ".repeat(2_000);
        assert_eq!(quotes(&many).len(), 2_000);
        let next = QuoteFinder::default();
        assert!(next.out.capacity() <= MAX_HINTED_QUOTES);
        assert_eq!(next.work.last_count, MAX_HINTED_QUOTES);
    }

    #[test]
    fn inverted_verb_after_the_quote() {
        let text =
            "« Nous ne céderons pas », a déclaré le ministre malien de la Défense. Il est parti.";
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "Nous ne céderons pas");
        assert_eq!(q[0].cue, Some("a déclaré"));
        assert_eq!(q[0].source, Some("le ministre malien de la Défense"));
    }

    #[test]
    fn one_cue_for_every_quote_of_the_sentence() {
        let text = "Les rebelles ont promis une \"riposte\" et un \"retour rapide\" à Goma, affirme un porte-parole de l'armée congolaise.";
        let q = quotes(text);
        assert_eq!(q.len(), 2);
        for f in &q {
            assert_eq!(f.cue, Some("affirme"));
            assert_eq!(f.source, Some("un porte-parole de l'armée congolaise"));
        }
    }

    #[test]
    fn selon_and_d_apres() {
        let text = "Le scrutin sera \"libre et transparent\", selon la commission électorale, qui n'a pas donné de date.\n\nD'après des témoins, \"les tirs ont duré toute la nuit\".";
        let q = quotes(text);
        assert_eq!(q[0].cue, Some("selon"));
        assert_eq!(q[0].source, Some("la commission électorale"));
        assert_eq!(q[1].text, "les tirs ont duré toute la nuit");
        assert_eq!(q[1].cue, Some("D'après"));
        assert_eq!(q[1].source, Some("des témoins"));
    }

    #[test]
    fn verb_before_the_quote_and_pronouns() {
        let text = "Le porte-parole du gouvernement tchadien a affirmé: « La frontière reste fermée. » Puis: « Nous verrons », a-t-il ajouté.";
        let q = quotes(text);
        assert_eq!(q[0].text, "La frontière reste fermée.");
        assert_eq!(q[0].cue, Some("a affirmé"));
        assert_eq!(
            q[0].source,
            Some("Le porte-parole du gouvernement tchadien")
        );
        assert_eq!(q[1].cue, Some("a-t-il ajouté"));
        assert_eq!(q[1].source, None);
    }

    #[test]
    fn nested_quotes_spanning_sentences_and_elided_quotes() {
        let text = "« Le chef m'a dit “tenez bon”. Nous avons tenu », raconte un soldat. Kiev a décidé d'\"accélérer\" les livraisons.";
        let q = quotes(text);
        let texts: Vec<&str> = q.iter().map(|f| f.text).collect();
        assert_eq!(
            texts,
            [
                "Le chef m'a dit “tenez bon”. Nous avons tenu",
                "tenez bon",
                "accélérer"
            ]
        );
        assert_eq!(q[0].cue, Some("raconte"));
        assert_eq!(q[0].source, Some("un soldat"));
        assert_eq!(q[2].cue, None);
    }

    #[test]
    fn complements_and_objects_between_verb_and_speaker() {
        let text = "« Les routes sont coupées », a indiqué à l'AFP un responsable humanitaire. \
                    Le gouverneur a déclaré à la presse : « Nous manquons de tout. » \
                    Il a dénoncé une attaque « lâche ».";
        let q = quotes(text);
        assert_eq!(q[0].cue, Some("a indiqué"));
        assert_eq!(q[0].source, Some("un responsable humanitaire"));
        assert_eq!(q[1].cue, Some("a déclaré"));
        assert_eq!(q[1].source, Some("Le gouverneur"));
        assert_eq!(q[2].text, "lâche");
        assert_eq!(q[2].cue, Some("a dénoncé"));
        assert_eq!(q[2].source, None);
    }

    #[test]
    fn reflexive_verbs_pronouns_and_pour() {
        let text = "Le parti s'est félicité d'une \"victoire historique\". \
                    « Rien n'est joué », selon lui. \
                    Pour le politologue, « la transition s'achève ». \
                    Il se bat pour la \"justice\", dit-il.";
        let q = quotes(text);
        assert_eq!(q[0].cue, Some("s'est félicité"));
        assert_eq!(q[0].source, Some("Le parti"));
        assert_eq!(q[1].cue, Some("selon"));
        assert_eq!(q[1].source, None);
        assert_eq!(q[2].cue, Some("Pour"));
        assert_eq!(q[2].source, Some("le politologue"));
        assert_eq!(q[3].text, "justice");
        assert_eq!(q[3].cue, Some("dit-il"));
    }

    #[test]
    fn pour_right_after_a_quote_is_no_source() {
        let text = "Ils ont mené la \"lutte\" pour la souveraineté.";
        let q = quotes(text);
        assert_eq!(q[0].cue, None);
        assert_eq!(q[0].source, None);
    }

    #[test]
    fn attribution_in_the_sentence_where_a_long_quote_opens() {
        let text = "Le procureur a affirmé: « Les preuves sont solides. Le procès aura lieu. » La défense conteste.";
        let q = quotes(text);
        assert_eq!(q[0].text, "Les preuves sont solides. Le procès aura lieu.");
        assert_eq!(q[0].cue, Some("a affirmé"));
        assert_eq!(q[0].source, Some("Le procureur"));
    }

    #[test]
    fn nested_quotes_find_their_own_sentence() {
        let text = "« Il a crié “à l'aide” dans la rue. Puis il est parti », raconte une voisine.";
        let q = quotes(text);
        assert_eq!(q[0].cue, Some("raconte"));
        assert_eq!(q[1].text, "à l'aide");
        assert_eq!(q[1].cue, Some("a crié"));
        assert_eq!(q[1].source, None);
    }

    #[test]
    fn quotes_of_several_paragraphs() {
        let text = "Le chef rebelle a parlé longuement.\n\n« Nous tenons la ville depuis trois jours.\n\n« Nous ne partirons pas », a-t-il assuré.";
        let q = quotes(text);
        let texts: Vec<&str> = q.iter().map(|f| f.text).collect();
        assert_eq!(
            texts,
            [
                "Nous tenons la ville depuis trois jours.",
                "Nous ne partirons pas"
            ]
        );
        assert_eq!(q[0].cue, Some("a-t-il assuré"));
        assert_eq!(q[1].cue, Some("a-t-il assuré"));
    }

    #[test]
    fn speakers_after_times_and_complements() {
        let text = "« C'est fini », a déclaré mardi soir le chef de l'opposition. \
                    « Nous restons », a assuré à la presse Moussa Traoré. \
                    « Tout va bien », a dit à l'AFP un officier. \
                    « Rien », selon nos informations. \
                    « Jamais », a répété Ahmed. « Bon », a souri Ahmed.";
        let q = quotes(text);
        assert_eq!(q[0].source, Some("le chef de l'opposition"));
        assert_eq!(q[1].source, Some("Moussa Traoré"));
        assert_eq!(q[2].source, Some("un officier"));
        assert_eq!(q[3].source, Some("nos informations"));
        assert_eq!(q[4].cue, Some("a répété"));
        assert_eq!(q[4].source, Some("Ahmed"));
        assert_eq!(q[5].cue, None, "\"souri\" is no speech verb");
    }

    #[test]
    fn unpaired_marks_give_nothing() {
        assert!(quotes("Il a dit « rien de plus.").is_empty());
        assert!(quotes("Un pouce \" et rien\" ").len() <= 1);
    }
}
