//! Character classes of French news copy: space variants, apostrophes,
//! hyphens and dashes, quotation marks, invisible characters.

/// Whether `c` is one of the horizontal space variants normalised to `' '`:
/// space, tab, NBSP (U+00A0), narrow NBSP (U+202F), the U+2000..U+200A
/// spaces (thin, figure, punctuation, hair...), the medium mathematical
/// space and the ideographic space.
#[inline]
pub fn is_space_variant(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Whether `c` is a typographic apostrophe variant normalised to `'`:
/// ’ (U+2019), ‘ (U+2018), ʼ (U+02BC), ′ (U+2032) and the backtick.
#[inline]
pub fn is_apostrophe_variant(c: char) -> bool {
    matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`')
}

/// Whether `c` is an apostrophe once normalised (`'`) or any variant of it.
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || is_apostrophe_variant(c)
}

/// Whether `c` is removed by normalisation: zero-width characters, the byte
/// order mark (anywhere), the soft hyphen, and bidirectional control marks.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Whether `c` is a hyphen variant normalised to `-` (U+2010 hyphen and
/// U+2011 non-breaking hyphen).
#[inline]
pub fn is_hyphen_variant(c: char) -> bool {
    matches!(c, '\u{2010}' | '\u{2011}')
}

/// Whether `c` is a dash kept as a dash: figure dash, en dash, em dash,
/// horizontal bar.
#[inline]
pub fn is_dash(c: char) -> bool {
    matches!(c, '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}')
}

/// Which quotation mark a character is.
///
/// All quotation marks form one class for the tokenizer
/// ([`TokenKind::Quote`](crate::TokenKind::Quote)), but keep their identity
/// so that quote extraction can pair them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuoteMark {
    /// « (U+00AB)
    GuillemetOpen,
    /// » (U+00BB)
    GuillemetClose,
    /// ‹ (U+2039)
    SingleGuillemetOpen,
    /// › (U+203A)
    SingleGuillemetClose,
    /// “ (U+201C)
    CurlyOpen,
    /// ” (U+201D)
    CurlyClose,
    /// „ (U+201E), low opening mark
    LowOpen,
    /// " (U+0022), the straight mark, opening or closing by context
    Straight,
}

impl QuoteMark {
    /// The quotation mark `c` is, if any.
    #[inline]
    pub fn of(c: char) -> Option<QuoteMark> {
        Some(match c {
            '\u{AB}' => QuoteMark::GuillemetOpen,
            '\u{BB}' => QuoteMark::GuillemetClose,
            '\u{2039}' => QuoteMark::SingleGuillemetOpen,
            '\u{203A}' => QuoteMark::SingleGuillemetClose,
            '\u{201C}' => QuoteMark::CurlyOpen,
            '\u{201D}' => QuoteMark::CurlyClose,
            '\u{201E}' => QuoteMark::LowOpen,
            '"' => QuoteMark::Straight,
            _ => return None,
        })
    }

    /// Whether the mark can only open a quotation.
    #[inline]
    pub fn is_opening(self) -> bool {
        matches!(
            self,
            QuoteMark::GuillemetOpen
                | QuoteMark::SingleGuillemetOpen
                | QuoteMark::CurlyOpen
                | QuoteMark::LowOpen
        )
    }

    /// Whether the mark can only close a quotation.
    #[inline]
    pub fn is_closing(self) -> bool {
        matches!(
            self,
            QuoteMark::GuillemetClose | QuoteMark::SingleGuillemetClose | QuoteMark::CurlyClose
        )
    }

    /// Whether the mark opens or closes by context (the straight `"`).
    #[inline]
    pub fn is_ambiguous(self) -> bool {
        self == QuoteMark::Straight
    }

    /// Whether `close` is a closing mark that pairs with this opening mark.
    /// Curly and low marks pair with each other as typesetters mix them.
    pub fn pairs_with(self, close: QuoteMark) -> bool {
        match self {
            QuoteMark::GuillemetOpen => close == QuoteMark::GuillemetClose,
            QuoteMark::SingleGuillemetOpen => close == QuoteMark::SingleGuillemetClose,
            QuoteMark::CurlyOpen | QuoteMark::LowOpen => {
                matches!(close, QuoteMark::CurlyClose | QuoteMark::Straight)
            }
            QuoteMark::Straight => close == QuoteMark::Straight || close == QuoteMark::CurlyClose,
            _ => false,
        }
    }
}

/// Whether `c` ends a sentence when followed by a new sentence: `.`, `!`,
/// `?` and the ellipsis `…`.
#[inline]
pub fn is_sentence_final(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}')
}

/// Whether `c` is a letter for the purposes of French words (alphabetic,
/// including combining marks that follow a base letter).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_ideograph_or_syllable(c) || c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// Whether `c` is in one of the large blocks of CJK ideographs (U+3400..,
/// U+4E00.., U+20000..) or Hangul syllables (U+AC00..): letters, starters
/// that NFC keeps, every one of them assigned. Tested by range before the
/// Unicode tables are searched.
#[inline]
pub(crate) fn is_ideograph_or_syllable(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}' | '\u{20000}'..='\u{2A6DF}')
}

/// Whether `c` is a combining mark in the blocks that decomposed Latin text
/// uses (U+0300..U+036F and the extended and supplement blocks).
#[inline]
pub fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideographs_and_syllables_are_letters() {
        // `is_word_char` answers for these ranges without the tables.
        for c in ('\u{80}'..=char::MAX).filter(|&c| is_ideograph_or_syllable(c)) {
            assert!(c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn classes() {
        assert!(is_space_variant('\u{202F}'));
        assert!(is_space_variant('\u{A0}'));
        assert!(is_space_variant('\u{2009}'));
        assert!(!is_space_variant('\n'));
        assert!(is_apostrophe_variant('’'));
        assert!(is_invisible('\u{200B}'));
        assert!(is_invisible('\u{AD}'));
        assert!(is_dash('—'));
        assert!(is_hyphen_variant('\u{2011}'));
        assert_eq!(QuoteMark::of('«'), Some(QuoteMark::GuillemetOpen));
        assert!(QuoteMark::GuillemetOpen.pairs_with(QuoteMark::GuillemetClose));
        assert!(QuoteMark::of('"').is_some_and(QuoteMark::is_ambiguous));
    }
}
