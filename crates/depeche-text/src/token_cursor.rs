//! A cursor over the tokens of a text that reads only where it is asked
//! to, jumping over the text between: the tokens it gives are those of
//! [`tokenize`] over the whole text, read from safe starts (see
//! [`crate::safe_start`]).

use crate::dotted_capitals::MAX_EMAIL_LOCAL;
use crate::safe_start::is_safe_start;
use crate::token::Token;
use crate::tokenizer::{tokenize, Tokens};

/// Reads the tokens of a text at the places asked for, in text order.
///
/// Cost: the tokens between the latest safe start at or before a place
/// asked for and that place, and a scan back over those bytes to find the
/// safe start; each byte is scanned back at most once and tokenised at
/// most once, so that a whole pass is linear in the text.
#[derive(Clone, Debug)]
pub(crate) struct TokenCursor<'a> {
    tokens: Tokens<'a>,
    bytes: &'a [u8],
    /// The last token read.
    last: Option<Token>,
    /// The token read right before `last`, when no jump came between.
    before: Option<Token>,
}

impl<'a> TokenCursor<'a> {
    /// A cursor at the start of `text`.
    pub(crate) fn new(text: &'a str) -> TokenCursor<'a> {
        TokenCursor {
            tokens: tokenize(text),
            bytes: text.as_bytes(),
            last: None,
            before: None,
        }
    }

    /// The token holding byte `p` (or, when white space holds it, the
    /// first token after it), read from the latest safe start at or
    /// before `p` unless the tokens read so far reach it. `p` must not be
    /// before the start of the last token returned. `None` past the last
    /// token.
    #[inline]
    pub(crate) fn token_at(&mut self, p: usize) -> Option<Token> {
        if let Some(last) = self.last {
            if last.span.end > p {
                return Some(last);
            }
        }
        let frontier = self.tokens.frontier();
        if p > frontier {
            let q = safe_start(self.bytes, frontier, p).or_else(|| {
                (p - frontier > MIN_WORD_RUN_JUMP)
                    .then(|| period_start(self.bytes, frontier, p))
                    .flatten()
            });
            if let Some(q) = q {
                self.tokens.jump_to(q);
                self.last = None;
                self.before = None;
            }
        }
        loop {
            let t = self.next()?;
            if t.span.end > p {
                return Some(t);
            }
        }
    }

    /// The token after the last one read.
    #[inline]
    pub(crate) fn next(&mut self) -> Option<Token> {
        let t = self.tokens.next()?;
        self.before = self.last;
        self.last = Some(t);
        Some(t)
    }

    /// Where the last token read ends, if one was read since the last
    /// jump: the next token starts there unless white space follows.
    #[inline]
    pub(crate) fn last_end(&self) -> Option<usize> {
        self.last.map(|t| t.span.end)
    }

    /// The token right before the last one read, if it was read (it is
    /// not after a jump, which lands after white space: that token does
    /// not touch the last one).
    #[inline]
    pub(crate) fn before(&self) -> Option<Token> {
        self.before
    }
}

/// The latest safe start `q` with `lo < q <= p`, if any.
/// Reads the bytes of `(lo, p]` backwards, at most.
#[inline]
fn safe_start(bytes: &[u8], lo: usize, p: usize) -> Option<usize> {
    // The white space before a safe start, found from the end; a safe
    // start after '\r' is missed, which only means reading more tokens.
    // Most are a word away: the last bytes are read one by one first.
    let mut q = p;
    let near = p.saturating_sub(16).max(lo);
    while q > near {
        if is_safe_start(bytes, q) {
            return Some(q);
        }
        q -= 1;
    }
    if q == lo {
        return None;
    }
    while let Some(w) = memchr::memrchr3(b' ', b'\n', b'\t', bytes.get(lo..q)?) {
        let w = lo + w;
        if is_safe_start(bytes, w + 1) {
            return Some(w + 1);
        }
        q = w;
    }
    None
}

/// How far a cursor reads through text without white space before it
/// looks for a period before a lower-case letter to start from instead.
const MIN_WORD_RUN_JUMP: usize = 64;

/// The latest `q` with `lo < q <= p` after a period and before an ASCII
/// lower-case letter, where the tokenization of the text is between tokens
/// because no link and no e-mail address can hold the period: `lo` being
/// between tokens, a token holding it would start at or after `lo`, and
/// none of "www." or "http" (in any case) is found from `lo` to `p`, nor
/// any '@' from `lo` to past `p` by the longest local part. Other tokens
/// (numbers, acronyms, "...") hold no period before a lower-case letter.
/// Reads the bytes of `[lo, p + 66)` once.
fn period_start(bytes: &[u8], lo: usize, p: usize) -> Option<usize> {
    let near = bytes.get(lo..(p + 2 + MAX_EMAIL_LOCAL).min(bytes.len()))?;
    if memchr::memchr(b'@', near).is_some() {
        return None;
    }
    // Heads starting before `p`, read whole.
    let heads = bytes.get(lo..(p + 4).min(bytes.len()))?;
    let starts = heads.get(..p - lo)?;
    let head_at = |i: usize, head: &[u8]| {
        heads
            .get(i..i + head.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(head))
    };
    if memchr::memchr2_iter(b'w', b'W', starts).any(|i| head_at(i, b"www."))
        || memchr::memchr2_iter(b'h', b'H', starts).any(|i| head_at(i, b"http"))
    {
        return None;
    }
    let mut q = p;
    while let Some(dot) = memchr::memrchr(b'.', bytes.get(lo..q)?) {
        let dot = lo + dot;
        if bytes.get(dot + 1).is_some_and(u8::is_ascii_lowercase) {
            return Some(dot + 1);
        }
        q = dot;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From every place of a text, the cursor gives the token of the whole
    /// tokenization that holds it (or follows it), and the one before when
    /// it read it.
    #[test]
    fn tokens_at_every_place_are_those_of_the_whole_text() {
        let texts = [
            "M. Dupont a dit : « C'est fini. » Il part.\u{a0}Le gén. Tiani",
            "1 000 soldats à 14 h 30, 12 % des voix ; 3 h. www.x.fr. a.b@c.de. U.E. A.B.C.D.",
            "Il part.Le soir ! Non ?! « Oui… » – l'armée a-t-elle dit ? 1er 2e XXIe.",
            "  \n\t 1\n000 1 000\r\n14 H 30\n% h",
        ];
        for text in texts {
            let all: Vec<Token> = tokenize(text).collect();
            for step in 1..6 {
                let mut cursor = TokenCursor::new(text);
                let mut p = 0;
                while p < text.len() {
                    let want = all.iter().position(|t| t.span.end > p);
                    let got = cursor.token_at(p);
                    assert_eq!(got, want.map(|i| all[i]), "{text:?} at {p}");
                    if let (Some(b), Some(i)) = (cursor.before(), want) {
                        assert!(i > 0 && all[i - 1] == b, "{text:?} at {p}");
                    }
                    p += step;
                    if let Some(t) = got {
                        p = p.max(t.span.start);
                    }
                }
            }
        }
    }
}
