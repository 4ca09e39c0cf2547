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

use crate::cues;
use depeche_text::{fold_into, tokenize, QuoteMark, Span, Token, TokenKind};

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
}

/// The quotes of `text`, attributed. `paragraphs` are the units in which
/// marks pair, each with its sentences (spans of `text`). Ordered by offset.
pub(crate) fn find(text: &str, paragraphs: &[(Span, &[Span])]) -> Vec<QuoteMatch> {
    let mut out = Vec::new();
    let mut stack: Vec<(QuoteMark, Span)> = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut folded = String::new();
    let mut quotes: Vec<Span> = Vec::new();
    for &(para, sentences) in paragraphs {
        let first = out.len();
        pair_marks(text, para, &mut stack, &mut out);
        out[first..].sort_by_key(|q: &QuoteMatch| q.outer.start);
        quotes.clear();
        quotes.extend(out[first..].iter().map(|q: &QuoteMatch| q.outer));
        let mut s = 0;
        let mut tokenized: Option<Span> = None;
        for q in out[first..].iter_mut() {
            let close = q.outer.end;
            // Sentences are in order; move to the one holding the closing mark.
            while s + 1 < sentences.len() && sentences[s].end < close {
                s += 1;
            }
            let Some(&sentence) = sentences.get(s) else {
                break;
            };
            if tokenized != Some(sentence) {
                tokens.clear();
                let Some(slice) = sentence.slice(text) else {
                    continue;
                };
                tokens.extend(tokenize(slice).map(|t| Token {
                    kind: t.kind,
                    span: Span::new(t.span.start + sentence.start, t.span.end + sentence.start),
                }));
                tokenized = Some(sentence);
            }
            let ctx = Context {
                text,
                tokens: &tokens,
                quotes: &quotes,
            };
            if let Some(a) = ctx.attribute(q.outer, &mut folded) {
                q.cue = Some(a.cue);
                q.source = a.source;
                q.pronoun = a.pronoun;
            }
        }
    }
    out
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
    let mut prev: Option<char> = None;
    let mut chars = p.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
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
                        let open = stack[depth].1;
                        stack.truncate(depth);
                        let inner = trim(text, Span::new(open.end, at.start));
                        if !inner.is_empty() {
                            out.push(QuoteMatch {
                                span: inner,
                                outer: Span::new(open.start, at.end),
                                cue: None,
                                source: None,
                                pronoun: false,
                            });
                        }
                    }
                }
                Role::None => {}
            }
        }
        prev = Some(c);
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

/// One sentence, tokenized, and the quotes of its paragraph.
struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    quotes: &'a [Span],
}

impl Context<'_> {
    fn inside_quote(&self, t: Token) -> bool {
        self.quotes.iter().any(|q| q.contains(t.span))
    }

    /// The folded text of token `i` in `buf`, or "" past the end.
    fn word<'b>(&self, i: usize, buf: &'b mut String) -> &'b str {
        buf.clear();
        if let Some(t) = self.tokens.get(i) {
            if matches!(
                t.kind,
                TokenKind::Word | TokenKind::Elision | TokenKind::Clitic
            ) {
                fold_into(t.text(self.text), buf);
            }
        }
        buf.as_str()
    }

    fn is_comma(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.text(self.text) == ",")
    }

    fn attribute(&self, quote: Span, buf: &mut String) -> Option<Attribution> {
        let after = self.tokens.iter().position(|t| t.span.start >= quote.end);
        if let Some(first) = after {
            // 1. At the quote's end, then after each comma outside quotes.
            if let Some(a) = self.incise(first, buf) {
                return Some(a);
            }
            for i in first..self.tokens.len() {
                if self.is_comma(i) && !self.inside_quote(self.tokens[i]) {
                    if let Some(a) = self.incise(i + 1, buf) {
                        return Some(a);
                    }
                }
            }
        }
        let before = self
            .tokens
            .iter()
            .position(|t| t.span.end > quote.start)
            .unwrap_or(self.tokens.len());
        // 2. "Selon X," at a clause start before the quote.
        for i in 0..before {
            if (i == 0 || self.is_comma(i - 1)) && !self.inside_quote(self.tokens[i]) {
                if let Some(a) = self.preposition(i, buf) {
                    return Some(a);
                }
            }
        }
        // 3. "X a déclaré : «…»", "X estime que «…»".
        self.introduction(before, buf)
    }

    /// An inverted speech verb, "selon" or "d'après" at token `i`, with the
    /// source that follows.
    fn incise(&self, i: usize, buf: &mut String) -> Option<Attribution> {
        if let Some(a) = self.preposition(i, buf) {
            return Some(a);
        }
        let (end, clitic) = self.verb_forward(i, buf)?;
        let cue = self.cover(i, end)?;
        if clitic {
            return Some(Attribution {
                cue,
                source: None,
                pronoun: true,
            });
        }
        let source = self.noun_phrase(end, buf);
        source.map(|s| Attribution {
            cue,
            source: Some(s),
            pronoun: false,
        })
    }

    /// "selon X" or "d'après X" at token `i`.
    fn preposition(&self, i: usize, buf: &mut String) -> Option<Attribution> {
        let w = self.word(i, buf);
        let next = if cues::is_source_preposition(w) {
            i + 1
        } else if w == "d'" && self.word(i + 1, buf) == "apres" {
            i + 2
        } else {
            return None;
        };
        let cue = self.cover(i, next)?;
        let source = self.noun_phrase(next, buf)?;
        Some(Attribution {
            cue,
            source: Some(source),
            pronoun: false,
        })
    }

    /// A speech verb phrase starting at token `i`: "indique", "a déclaré",
    /// "a-t-il dit", "ajoute-t-elle", "a encore affirmé". Returns the token
    /// after it and whether it holds an inverted pronoun.
    fn verb_forward(&self, i: usize, buf: &mut String) -> Option<(usize, bool)> {
        let w = self.word(i, buf);
        let mut j = i + 1;
        if cues::is_auxiliary(w) {
            let clitic = self
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Clitic);
            if clitic {
                j += 1;
            }
            while cues::is_adverb(self.word(j, buf)) {
                j += 1;
            }
            return cues::is_participle(self.word(j, buf)).then_some((j + 1, clitic));
        }
        if !cues::is_present(w) {
            return None;
        }
        let clitic = self
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Clitic);
        if clitic {
            j += 1;
        }
        while cues::is_adverb(self.word(j, buf)) {
            j += 1;
        }
        Some((j, clitic))
    }

    /// "X a déclaré :" / "X estime que" / "a-t-il dit :" right before token
    /// `open` (the opening mark).
    fn introduction(&self, open: usize, buf: &mut String) -> Option<Attribution> {
        let mut k = open.checked_sub(1)?;
        // Skip ":" "," and "que" / "qu'" between the verb and the quote.
        loop {
            let t = self.tokens.get(k)?;
            let punct = t.kind == TokenKind::Punct && matches!(t.text(self.text), ":" | ",");
            let que = matches!(self.word(k, buf), "que" | "qu'");
            if !(punct || que) {
                break;
            }
            k = k.checked_sub(1)?;
        }
        // The verb ends at k: a participle after its auxiliary, a present,
        // or a present with its inverted pronoun ("estime-t-il").
        let mut clitic = false;
        if self
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Clitic)
        {
            clitic = true;
            k = k.checked_sub(1)?;
        }
        let w = self.word(k, buf).to_owned();
        let mut start = k;
        let mut compound = false;
        if !clitic && cues::is_participle(&w) {
            let mut j = k;
            while j > 0 && cues::is_adverb(self.word(j - 1, buf)) {
                j -= 1;
            }
            let inverted = j > 0 && self.tokens[j - 1].kind == TokenKind::Clitic;
            let aux = if inverted {
                j.checked_sub(2)
            } else {
                j.checked_sub(1)
            };
            if let Some(a) = aux.filter(|&a| cues::is_auxiliary(self.word(a, buf))) {
                start = a;
                clitic = inverted;
                compound = true;
            }
        }
        if !compound && !cues::is_present(&w) {
            return None;
        }
        let end = if clitic && !compound { k + 2 } else { k + 1 };
        let cue = self.cover(start, end)?;
        if clitic {
            return Some(Attribution {
                cue,
                source: None,
                pronoun: true,
            });
        }
        // The subject: from the clause start to the verb.
        let mut s = start;
        while s > 0 {
            let t = self.tokens[s - 1];
            let stop = matches!(t.kind, TokenKind::Quote(_))
                || (t.kind == TokenKind::Punct
                    && matches!(t.text(self.text), "," | ";" | ":" | "("));
            if stop || self.inside_quote(t) {
                break;
            }
            s -= 1;
        }
        if s == start || start - s > MAX_SOURCE_TOKENS {
            return None;
        }
        let subject = self.cover(s, start)?;
        let pronoun = start - s == 1 && cues::is_pronoun(self.word(s, buf));
        Some(Attribution {
            cue,
            source: (!pronoun).then_some(subject),
            pronoun,
        })
    }

    /// The noun phrase from token `i` to the clause end.
    fn noun_phrase(&self, i: usize, buf: &mut String) -> Option<Span> {
        let mut j = i;
        while let Some(&t) = self.tokens.get(j) {
            let stop = matches!(
                t.kind,
                TokenKind::Punct | TokenKind::Quote(_) | TokenKind::Dash
            );
            if stop || j - i >= MAX_SOURCE_TOKENS {
                break;
            }
            j += 1;
        }
        if j == i || !self.tokens[i..j].iter().any(|t| t.kind == TokenKind::Word) {
            return None;
        }
        if j - i == 1 && cues::is_pronoun(self.word(i, buf)) {
            return None;
        }
        self.cover(i, j)
    }

    /// The span from token `a` to token `b - 1`.
    fn cover(&self, a: usize, b: usize) -> Option<Span> {
        let first = self.tokens.get(a)?;
        let last = self.tokens.get(b.checked_sub(1)?)?;
        Some(Span::new(first.span.start, last.span.end))
    }
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
    fn unpaired_marks_give_nothing() {
        assert!(quotes("Il a dit « rien de plus.").is_empty());
        assert!(quotes("Un pouce \" et rien\" ").len() <= 1);
    }
}
