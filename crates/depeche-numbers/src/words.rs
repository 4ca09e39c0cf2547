//! French number words: the vocabulary and the grammar of cardinals.
//!
//! A number in words is read as a sequence of *atoms* (one per word or
//! hyphen-separated part: "quatre-vingt-dix" is `quatre` `vingt` `dix`), then
//! parsed by a small grammar:
//!
//! - below 100: units (un..seize), "dix-sept".."dix-neuf", tens (vingt..
//!   soixante, and the Belgian/Swiss septante, huitante/octante, nonante)
//!   with "et un" / "et onze" or a unit, "soixante-dix".."soixante-dix-neuf",
//!   "quatre-vingt(s)".."quatre-vingt-dix-neuf";
//! - a group: `[2..9 | 11..19] cent[s] [below 100]` ("dix-neuf cent" is the
//!   century form of 1900);
//! - scales: `mille` (10^3), `million` (10^6), `milliard` (10^9), `billion`
//!   (10^12, French long scale), `billiard` (10^15), `trillion` (10^18), each
//!   multiplying what precedes it; a larger scale after a smaller one
//!   multiplies the whole smaller part ("cinquante trois mille millions" =
//!   53 000 × 10^6); "de" chains scales ("mille milliards de milliards").
//!
//! Arithmetic is checked: a value beyond `u64` is [`NumberError::Overflow`],
//! never a wrapped number.

use std::cell::Cell;

use crate::error::NumberError;
use crate::word_key::WordKey;

/// One number word (or part of a hyphenated one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Atom {
    /// "zéro".
    Zero,
    /// 1..=16: "un"/"une" .. "seize".
    Unit(u8),
    /// A ten: 20 ("vingt", `true` if plural "vingts"), 30..60, and 70, 80,
    /// 90 in their Belgian/Swiss forms.
    Tens(u8, bool),
    /// "cent" (`true` if plural "cents").
    Cent(bool),
    /// "mille" / "mil".
    Mille,
    /// A scale noun: the power of ten (6, 9, 12, 15, 18).
    Scale(u32),
    /// "et" (only valid in "vingt et un", "soixante et onze"...).
    Et,
    /// "de" / "d'" between two scale nouns ("milliards de milliards").
    De,
}

/// An atom with its ordinal mark ("vingtième": `Tens(20)` ordinal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WordAtom {
    /// The word's cardinal meaning.
    pub atom: Atom,
    /// `Some(plural)` if the word is an ordinal ("-ième", "-ièmes").
    pub ordinal: Option<bool>,
    /// Byte offset of the word in the parsed text (for errors).
    pub offset: usize,
}

/// The cardinal atom of a folded word key, if it is a number word. One
/// `match`: compiled to tests on the length and the bytes, cheaper than a
/// list per first letter compared in turn.
#[inline]
pub(crate) fn cardinal_atom(key: &[u8]) -> Option<Atom> {
    Some(match key {
        b"zero" => Atom::Zero,
        b"un" => Atom::Unit(1),
        b"une" => Atom::Unit(1),
        b"deux" => Atom::Unit(2),
        b"dix" => Atom::Unit(10),
        b"douze" => Atom::Unit(12),
        b"trois" => Atom::Unit(3),
        b"treize" => Atom::Unit(13),
        b"trente" => Atom::Tens(30, false),
        b"trillion" => Atom::Scale(18),
        b"trillions" => Atom::Scale(18),
        b"quatre" => Atom::Unit(4),
        b"quatorze" => Atom::Unit(14),
        b"quinze" => Atom::Unit(15),
        b"quarante" => Atom::Tens(40, false),
        b"cinq" => Atom::Unit(5),
        b"cinquante" => Atom::Tens(50, false),
        b"cent" => Atom::Cent(false),
        b"cents" => Atom::Cent(true),
        b"six" => Atom::Unit(6),
        b"sept" => Atom::Unit(7),
        b"seize" => Atom::Unit(16),
        b"soixante" => Atom::Tens(60, false),
        b"septante" => Atom::Tens(70, false),
        b"huit" => Atom::Unit(8),
        b"huitante" => Atom::Tens(80, false),
        b"neuf" => Atom::Unit(9),
        b"nonante" => Atom::Tens(90, false),
        b"onze" => Atom::Unit(11),
        b"octante" => Atom::Tens(80, false),
        b"vingt" => Atom::Tens(20, false),
        b"vingts" => Atom::Tens(20, true),
        b"mille" => Atom::Mille,
        b"mil" => Atom::Mille,
        b"million" => Atom::Scale(6),
        b"millions" => Atom::Scale(6),
        b"milliard" => Atom::Scale(9),
        b"milliards" => Atom::Scale(9),
        b"billion" => Atom::Scale(12),
        b"billions" => Atom::Scale(12),
        b"billiard" => Atom::Scale(15),
        b"billiards" => Atom::Scale(15),
        b"et" => Atom::Et,
        _ => return None,
    })
}

/// The atom of an ordinal stem (the word without "ième(s)").
fn ordinal_stem_atom(stem: &[u8]) -> Option<Atom> {
    Some(match stem {
        b"un" => Atom::Unit(1),
        b"deux" => Atom::Unit(2),
        b"trois" => Atom::Unit(3),
        b"quatr" => Atom::Unit(4),
        b"cinqu" => Atom::Unit(5),
        b"six" => Atom::Unit(6),
        b"sept" => Atom::Unit(7),
        b"huit" => Atom::Unit(8),
        b"neuv" => Atom::Unit(9),
        b"dix" => Atom::Unit(10),
        b"onz" => Atom::Unit(11),
        b"douz" => Atom::Unit(12),
        b"treiz" => Atom::Unit(13),
        b"quatorz" => Atom::Unit(14),
        b"quinz" => Atom::Unit(15),
        b"seiz" => Atom::Unit(16),
        b"vingt" => Atom::Tens(20, false),
        b"trent" => Atom::Tens(30, false),
        b"quarant" => Atom::Tens(40, false),
        b"cinquant" => Atom::Tens(50, false),
        b"soixant" => Atom::Tens(60, false),
        b"septant" => Atom::Tens(70, false),
        b"huitant" | b"octant" => Atom::Tens(80, false),
        b"nonant" => Atom::Tens(90, false),
        b"cent" => Atom::Cent(false),
        b"mill" => Atom::Mille,
        b"million" => Atom::Scale(6),
        b"milliard" => Atom::Scale(9),
        b"billion" => Atom::Scale(12),
        b"billiard" => Atom::Scale(15),
        b"trillion" => Atom::Scale(18),
        _ => return None,
    })
}

/// Reads one word part (no hyphen) as an atom: cardinal or "-ième(s)"
/// ordinal. `None` if it is not a number word.
pub(crate) fn atom_of(part: &str, offset: usize) -> Option<WordAtom> {
    let key = WordKey::from_bytes(part.as_bytes())?;
    atom_of_key(key.as_bytes(), offset)
}

/// [`atom_of`] on an already folded key (see [`WordKey`]). Inlined: a
/// call costs a third of the look-up, which runs for every word of a run
/// of number words.
#[inline(always)]
pub(crate) fn atom_of_key(k: &[u8], offset: usize) -> Option<WordAtom> {
    if let Some(atom) = cardinal_atom(k) {
        return Some(WordAtom {
            atom,
            ordinal: None,
            offset,
        });
    }
    let (stem, plural) = if let Some(s) = k.strip_suffix(b"iemes") {
        (s, true)
    } else if let Some(s) = k.strip_suffix(b"ieme") {
        (s, false)
    } else {
        return None;
    };
    ordinal_stem_atom(stem).map(|atom| WordAtom {
        atom,
        ordinal: Some(plural),
        offset,
    })
}

/// Pushes the atoms of a whole word (hyphenated parts split) onto `out`.
/// Returns `false` (and pushes nothing) if any part is not a number word.
/// `offset` is the word's start in the parsed text.
pub(crate) fn push_word_atoms(word: &str, offset: usize, out: &mut Vec<WordAtom>) -> bool {
    // One key for the whole word, split on its hyphens; parts by parts
    // only when the whole word has no key (too long:
    // "quatre-vingt-dix-neuvième").
    if let Some(key) = WordKey::from_bytes(word.as_bytes()) {
        return push_key_atoms(key.as_bytes(), word.as_bytes(), offset, out);
    }
    let before = out.len();
    let mut pos = offset;
    for part in word.split('-') {
        if part.is_empty() {
            out.truncate(before);
            return false;
        }
        match atom_of(part, pos) {
            Some(a) => out.push(a),
            None => {
                out.truncate(before);
                return false;
            }
        }
        pos += part.len() + 1;
    }
    true
}

/// [`is_number_word`] on the word's folded key.
pub(crate) fn is_number_key(key: &[u8]) -> bool {
    // Most number words are one cardinal word: no split to make.
    if cardinal_atom(key).is_some() {
        return true;
    }
    !key.is_empty()
        && key
            .split(|&b| b == b'-')
            .all(|p| !p.is_empty() && atom_of_key(p, 0).is_some())
}

/// [`push_word_atoms`] with the word's folded key already built (see
/// [`WordKey`]): folding keeps the hyphens and maps every other char on
/// its own, so the key's parts are the folded parts of the word.
/// Inlined: it runs for every word of a run of number words.
#[inline(always)]
pub(crate) fn push_key_atoms(
    key: &[u8],
    word: &[u8],
    offset: usize,
    out: &mut Vec<WordAtom>,
) -> bool {
    // Keys are at most 24 bytes: an inline loop, cheaper than the call to
    // memchr that `contains` makes (measured).
    #[allow(clippy::manual_contains)]
    let hyphenated = key.iter().any(|&b| b == b'-');
    if !hyphenated {
        // One part, the common case.
        return match atom_of_key(key, offset).filter(|_| !key.is_empty()) {
            Some(a) => {
                out.push(a);
                true
            }
            None => false,
        };
    }
    let before = out.len();
    let mut pos = offset;
    // Offsets are in the word as written (a folded part may be shorter).
    let written = word.split(|&b| b == b'-');
    for (part, raw) in key.split(|&b| b == b'-').zip(written) {
        match atom_of_key(part, pos).filter(|_| !part.is_empty()) {
            Some(a) => out.push(a),
            None => {
                out.truncate(before);
                return false;
            }
        }
        pos += raw.len() + 1;
    }
    true
}

/// Whether a word (possibly hyphenated) is made only of number words.
pub(crate) fn is_number_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .split('-')
            .all(|p| !p.is_empty() && atom_of(p, 0).is_some())
}

/// 10^p for the scale powers used here (checked).
fn pow10(p: u32) -> Option<u64> {
    10u64.checked_pow(p)
}

/// The parser state over a slice of atoms.
struct Grammar<'a> {
    atoms: &'a [WordAtom],
    i: usize,
    /// Whether the parser has looked past the last atom (found the end).
    /// Until it has, what it computed holds for any longer slice with the
    /// same atoms first.
    hit_end: Cell<bool>,
}

impl Grammar<'_> {
    #[inline(always)]
    fn peek(&self) -> Option<Atom> {
        self.peek_at(0)
    }

    #[inline(always)]
    fn peek_at(&self, k: usize) -> Option<Atom> {
        let a = self.atoms.get(self.i + k).map(|a| a.atom);
        if a.is_none() {
            self.hit_end.set(true);
        }
        a
    }

    fn offset(&self) -> usize {
        self.atoms
            .get(self.i)
            .or(self.atoms.last())
            .map_or(0, |a| a.offset)
    }

    /// A number below 100, or `None` if the next atom does not start one.
    /// Stops (without consuming) before an atom that cannot continue it.
    /// Inlined: it runs once or twice per atom of a run of number words,
    /// and a call costs as much as its common paths.
    #[inline(always)]
    fn below_100(&mut self) -> Option<u64> {
        match self.peek()? {
            Atom::Unit(n) => {
                self.i += 1;
                if n == 10 {
                    if let Some(Atom::Unit(m @ 7..=9)) = self.peek() {
                        self.i += 1;
                        return Some(10 + u64::from(m));
                    }
                }
                if n == 4 {
                    if let Some(Atom::Tens(20, plural)) = self.peek() {
                        self.i += 1;
                        if plural {
                            return Some(80);
                        }
                        return Some(80 + self.after_tens_unit(true));
                    }
                }
                Some(u64::from(n))
            }
            Atom::Tens(t, _) => {
                self.i += 1;
                let t = u64::from(t);
                if self.peek() == Some(Atom::Et) {
                    match self.peek_at(1) {
                        Some(Atom::Unit(1)) => {
                            self.i += 2;
                            return Some(t + 1);
                        }
                        Some(Atom::Unit(11)) if t == 60 => {
                            self.i += 2;
                            return Some(71);
                        }
                        _ => return Some(t),
                    }
                }
                Some(t + self.after_tens_unit(t == 60))
            }
            _ => None,
        }
    }

    /// The unit after a ten: 2..9 always; 1 only without "et" when
    /// `teen_ok` (quatre-vingt-un); 10..16 and dix-sept..dix-neuf only
    /// when `teen_ok` (soixante-dix.., quatre-vingt-dix..). Returns 0 and
    /// consumes nothing otherwise.
    #[inline]
    fn after_tens_unit(&mut self, teen_ok: bool) -> u64 {
        match self.peek() {
            Some(Atom::Unit(m @ 2..=9)) => {
                self.i += 1;
                u64::from(m)
            }
            Some(Atom::Unit(1)) if teen_ok => {
                self.i += 1;
                1
            }
            Some(Atom::Unit(m @ 10..=16)) if teen_ok => {
                self.i += 1;
                if m == 10 {
                    if let Some(Atom::Unit(u @ 7..=9)) = self.peek() {
                        self.i += 1;
                        return 10 + u64::from(u);
                    }
                }
                u64::from(m)
            }
            _ => 0,
        }
    }

    /// A group below 1000 (or a century form "dix-neuf cent.." below 2000).
    #[inline]
    fn group(&mut self) -> Result<Option<u64>, NumberError> {
        let start = self.i;
        let m = self.below_100();
        if let Some(Atom::Cent(_)) = self.peek() {
            let mult = match m {
                None => 1,
                Some(x @ (2..=9 | 11..=19)) => x,
                Some(_) => {
                    self.i = start;
                    return Err(NumberError::Grammar {
                        offset: self.offset(),
                        reason: "\"cent\" multiplied by a number other than 2-9 or 11-19",
                    });
                }
            };
            self.i += 1;
            let rest = self.below_100().unwrap_or(0);
            return Ok(Some(mult * 100 + rest));
        }
        Ok(m)
    }
}

/// Parses atoms as one cardinal, consuming all of them. Ordinal marks are
/// ignored here (see [`check_ordinals`]).
pub(crate) fn parse_atoms(atoms: &[WordAtom]) -> Result<u64, NumberError> {
    parse_atoms_from(atoms, &mut Resume::default()).0
}

/// Completed scale parts of a cardinal: (power, value), strictly
/// decreasing in power.
type Parts = [(u32, u64); 8];

/// Where a parse of growing atom slices resumes: the parser's state at
/// the start of its last step that was computed without reaching the end
/// of the atoms. Such a state is the same for every longer slice with the
/// same atoms first, so reading a run of number words prefix by prefix
/// costs each atom a bounded number of steps instead of a parse of every
/// prefix from its start.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Resume {
    /// The next atom to read.
    i: usize,
    stack: Parts,
    depth: usize,
}

/// [`parse_atoms`] resuming at `resume` (which must come from a parse of a
/// prefix of the same atoms, or be the default), and moving `resume`
/// forward. Also returns whether the result is *final*: the same for any
/// longer slice with the same atoms first (an error found before the
/// parser looked past the last atom).
pub(crate) fn parse_atoms_from(
    atoms: &[WordAtom],
    resume: &mut Resume,
) -> (Result<u64, NumberError>, bool) {
    let mut g = Grammar {
        atoms,
        i: resume.i,
        hit_end: Cell::new(false),
    };
    let r = parse_loop(&mut g, resume);
    (r, !g.hit_end.get())
}

/// The body of [`parse_atoms_from`].
fn parse_loop(g: &mut Grammar<'_>, resume: &mut Resume) -> Result<u64, NumberError> {
    let atoms = g.atoms;
    // "zéro" stands alone: whether more follows is looking at the end.
    if g.i == 0 && g.peek().ok_or(NumberError::Empty)? == Atom::Zero {
        let Some(second) = g.peek_at(1).and(atoms.get(1)) else {
            return Ok(0);
        };
        return Err(NumberError::Grammar {
            offset: second.offset,
            reason: "\"zéro\" followed by other number words",
        });
    }
    // The parts are worked on in place: a step writes them only once it
    // has read its atoms without looking past the last one (its scale
    // noun, or "de" and the scale after it), so at the start of the next
    // step they are that step's state, and saving it is saving where it
    // reads from and how many parts it has. (A step that looks past the
    // end writes nothing; an error after a write is final, and no parse
    // resumes after a final error.)
    let Resume {
        i: saved_i,
        stack,
        depth: saved_depth,
    } = resume;
    let mut depth = *saved_depth;
    loop {
        if !g.hit_end.get() {
            *saved_i = g.i;
            *saved_depth = depth;
        }
        let group_offset = g.offset();
        let group = g.group()?;
        let (power, scale_offset) = match g.peek() {
            Some(Atom::Mille) => (3u32, g.offset()),
            Some(Atom::Scale(p)) => (p, g.offset()),
            Some(Atom::De) if group.is_none() && depth > 0 => {
                // "milliards de milliards": the scale multiplies the last part.
                let de_offset = g.offset();
                g.i += 1;
                let Some(Atom::Scale(p)) = g.peek() else {
                    return Err(NumberError::Grammar {
                        offset: de_offset,
                        reason: "\"de\" not followed by a scale noun",
                    });
                };
                let overflow = NumberError::Overflow { offset: g.offset() };
                g.i += 1;
                let top = stack
                    .get_mut(depth - 1)
                    .ok_or(NumberError::Overflow { offset: de_offset })?;
                top.1 = pow10(p)
                    .and_then(|s| top.1.checked_mul(s))
                    .ok_or(overflow.clone())?;
                top.0 = top.0.checked_add(p).ok_or(overflow)?;
                continue;
            }
            _ => {
                let mut total = group.unwrap_or(0);
                let consumed_any = group.is_some() || depth > 0;
                for &(_, v) in stack.iter().take(depth) {
                    total = total.checked_add(v).ok_or(NumberError::Overflow {
                        offset: group_offset,
                    })?;
                }
                if g.i < atoms.len() {
                    return Err(NumberError::Grammar {
                        offset: g.offset(),
                        reason: "number word out of place",
                    });
                }
                if !consumed_any {
                    return Err(NumberError::Empty);
                }
                return Ok(total);
            }
        };
        g.i += 1;
        let mut x = group.unwrap_or(0);
        let mut popped = false;
        while depth > 0 {
            let Some(&(p, v)) = stack.get(depth - 1) else {
                break;
            };
            if p >= power {
                break;
            }
            x = x.checked_add(v).ok_or(NumberError::Overflow {
                offset: scale_offset,
            })?;
            depth -= 1;
            popped = true;
        }
        if group.is_none() && !popped {
            if power == 3 {
                x = 1;
            } else {
                return Err(NumberError::Grammar {
                    offset: scale_offset,
                    reason: "scale noun without a count",
                });
            }
        }
        if depth > 0 && stack.get(depth - 1).is_some_and(|&(p, _)| p == power) {
            return Err(NumberError::Grammar {
                offset: scale_offset,
                reason: "the same scale twice",
            });
        }
        let value = pow10(power)
            .and_then(|s| x.checked_mul(s))
            .ok_or(NumberError::Overflow {
                offset: scale_offset,
            })?;
        let slot = stack.get_mut(depth).ok_or(NumberError::Grammar {
            offset: scale_offset,
            reason: "too many scale nouns",
        })?;
        *slot = (power, value);
        depth += 1;
    }
}

/// Checks ordinal marks: only the last atom may be an ordinal, "unième"
/// never stands first. Returns the ordinal mark of the last atom.
pub(crate) fn check_ordinals(atoms: &[WordAtom]) -> Result<Option<bool>, NumberError> {
    let last = atoms.len().saturating_sub(1);
    for (k, a) in atoms.iter().enumerate() {
        if a.ordinal.is_some() && k != last {
            return Err(NumberError::Grammar {
                offset: a.offset,
                reason: "ordinal word followed by other number words",
            });
        }
    }
    match atoms.last() {
        Some(a) if a.ordinal.is_some() && a.atom == Atom::Unit(1) && atoms.len() == 1 => {
            Err(NumberError::Grammar {
                offset: a.offset,
                reason: "\"unième\" without a preceding number",
            })
        }
        Some(a) => Ok(a.ordinal),
        None => Ok(None),
    }
}

/// Parses a cardinal number written in French words, the whole text.
///
/// Words may be separated by spaces or hyphens (the 1990 spelling
/// "deux-cent-trente" and the traditional "deux cent trente" both parse);
/// case and accents do not matter. Accepts the "et" forms, "quatre-vingt(s)",
/// plural "cents"/"vingts", the Belgian and Swiss tens (septante, huitante,
/// octante, nonante), the long scale (milliard = 10^9, billion = 10^12) and
/// scale chains with "de".
///
/// ```
/// use depeche_numbers::parse_cardinal_words;
/// assert_eq!(parse_cardinal_words("soixante et onze"), Ok(71));
/// assert_eq!(parse_cardinal_words("quatre-vingt-dix-neuf"), Ok(99));
/// assert_eq!(parse_cardinal_words("un million deux cent mille"), Ok(1_200_000));
/// assert_eq!(parse_cardinal_words("deux-cent-trente"), Ok(230));
/// assert_eq!(parse_cardinal_words("nonante-huit"), Ok(98));
/// assert!(parse_cardinal_words("quarante douze").is_err());
/// assert!(parse_cardinal_words("vingt un").is_err());
/// ```
pub fn parse_cardinal_words(text: &str) -> Result<u64, NumberError> {
    let mut atoms = Vec::with_capacity(8);
    read_atoms(text, &mut atoms)?;
    if let Some(a) = atoms.iter().find(|a| a.ordinal.is_some()) {
        return Err(NumberError::Grammar {
            offset: a.offset,
            reason: "ordinal word in a cardinal",
        });
    }
    parse_atoms(&atoms)
}

/// Splits `text` on white space and hyphens into atoms; "de"/"d'" become
/// [`Atom::De`]. Errors on the first word that is not a number word.
pub(crate) fn read_atoms(text: &str, out: &mut Vec<WordAtom>) -> Result<(), NumberError> {
    let base = text.as_ptr() as usize;
    for word in text.split(|c: char| c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        // Offset of `word` inside `text`: both point into the same buffer.
        let offset = (word.as_ptr() as usize).saturating_sub(base);
        if word.eq_ignore_ascii_case("de") {
            out.push(WordAtom {
                atom: Atom::De,
                ordinal: None,
                offset,
            });
            continue;
        }
        if !push_word_atoms(word, offset, out) {
            return Err(NumberError::UnknownWord {
                word: word.to_string(),
                offset,
            });
        }
    }
    if out.is_empty() {
        return Err(NumberError::Empty);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<u64, NumberError> {
        parse_cardinal_words(s)
    }

    #[test]
    fn units_and_teens() {
        assert_eq!(p("zéro"), Ok(0));
        assert_eq!(p("une"), Ok(1));
        assert_eq!(p("seize"), Ok(16));
        assert_eq!(p("dix-sept"), Ok(17));
        assert_eq!(p("dix neuf"), Ok(19));
    }

    #[test]
    fn tens_with_et() {
        assert_eq!(p("vingt et un"), Ok(21));
        assert_eq!(p("vingt-et-une"), Ok(21));
        assert_eq!(p("soixante et onze"), Ok(71));
        assert_eq!(p("soixante onze"), Ok(71));
        assert_eq!(p("soixante-dix-huit"), Ok(78));
        assert_eq!(p("huitante et un"), Ok(81));
        assert!(p("vingt un").is_err());
        assert!(p("soixante et").is_err());
    }

    #[test]
    fn quatre_vingt() {
        assert_eq!(p("quatre-vingts"), Ok(80));
        assert_eq!(p("quatre vingt"), Ok(80));
        assert_eq!(p("quatre-vingt-un"), Ok(81));
        assert_eq!(p("quatre-vingt-onze"), Ok(91));
        assert_eq!(p("quatre-vingt dix-sept"), Ok(97));
    }

    #[test]
    fn hundreds_and_scales() {
        assert_eq!(p("cent"), Ok(100));
        assert_eq!(p("deux cents"), Ok(200));
        assert_eq!(p("cent un mille"), Ok(101_000));
        assert_eq!(p("mil neuf cent vingt"), Ok(1920));
        assert_eq!(p("dix-neuf cent soixante-treize"), Ok(1973));
        assert_eq!(p("un milliard vingt-cinq millions"), Ok(1_025_000_000));
        assert_eq!(
            p("cinquante trois mille millions deux cent quarante-trois mille sept cent vingt-quatre"),
            Ok(53_000_243_724)
        );
        assert_eq!(p("un billion"), Ok(1_000_000_000_000));
        assert_eq!(p("un milliard de milliards"), Ok(1_000_000_000_000_000_000));
    }

    #[test]
    fn ill_formed() {
        for bad in [
            "mille mille deux cent",
            "soixante quinze cent",
            "quarante douze",
            "dix deux",
            "mille un cent",
            "cinq zéro",
            "million",
            "et",
            "",
        ] {
            assert!(p(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn word_atoms_keep_offsets_as_written() {
        let mut a = Vec::new();
        assert!(push_word_atoms("Dix-Neuvième", 7, &mut a));
        assert_eq!(
            a.iter().map(|x| (x.atom, x.offset)).collect::<Vec<_>>(),
            [(Atom::Unit(10), 7), (Atom::Unit(9), 11)]
        );
        let mut b = Vec::new();
        assert!(push_word_atoms("quatre-vingt-dix-neuvième", 0, &mut b));
        assert_eq!(b.len(), 4);
        assert_eq!(b[3].offset, 17);
        for bad in ["deux-", "-deux", "deux--trois", "deux-mots"] {
            assert!(!push_word_atoms(bad, 0, &mut a), "{bad}");
        }
        assert_eq!(a.len(), 2);
    }

    #[test]
    fn resumed_parses_agree_with_whole_parses() {
        // Every sequence of up to four atoms from a small vocabulary, read
        // prefix by prefix: the resumed parse of each prefix is the whole
        // parse, and a final result holds for every longer sequence.
        let vocab = [
            Atom::Zero,
            Atom::Unit(1),
            Atom::Unit(4),
            Atom::Unit(10),
            Atom::Unit(7),
            Atom::Unit(11),
            Atom::Tens(20, false),
            Atom::Tens(60, false),
            Atom::Cent(false),
            Atom::Mille,
            Atom::Scale(6),
            Atom::Scale(18),
            Atom::Et,
            Atom::De,
        ];
        let atom = |a| WordAtom {
            atom: a,
            ordinal: None,
            offset: 0,
        };
        let n = vocab.len();
        for code in 0..n.pow(4) {
            let seq: Vec<WordAtom> = (0..4).map(|k| atom(vocab[code / n.pow(k) % n])).collect();
            let whole = parse_atoms(&seq).map_err(|e| std::mem::discriminant(&e));
            let mut resume = Resume::default();
            for len in 1..=seq.len() {
                let (r, is_final) = parse_atoms_from(&seq[..len], &mut resume);
                let r = r.map_err(|e| std::mem::discriminant(&e));
                let fresh = parse_atoms(&seq[..len]).map_err(|e| std::mem::discriminant(&e));
                assert_eq!(r, fresh, "{:?}", &seq[..len]);
                if is_final {
                    assert!(r.is_err());
                    assert_eq!(r, whole, "{seq:?} final at {len}");
                }
            }
        }
        // Long chains saturate without looking back.
        let mut seq = vec![atom(Atom::Mille), atom(Atom::Scale(9))];
        for _ in 0..10 {
            seq.extend([atom(Atom::De), atom(Atom::Scale(9))]);
        }
        let mut resume = Resume::default();
        let (r, is_final) = parse_atoms_from(&seq, &mut resume);
        assert!(matches!(r, Err(NumberError::Overflow { .. })) && is_final);
    }

    #[test]
    fn overflow_is_an_error() {
        assert!(matches!(
            p("neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf milliards de milliards de milliards"),
            Err(NumberError::Overflow { .. })
        ));
        assert!(matches!(
            p("cent mille trillions"),
            Err(NumberError::Overflow { .. })
        ));
    }
}
