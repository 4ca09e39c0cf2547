//! The finder: finds temporal expressions in normalised text and resolves
//! them.

use crate::bias::{Bias, Direction};
use crate::expr::{Anchor, Expr, MonthSpec, Point, Rel};
use crate::grammar::Grammar;
use crate::lex::lex_into;
use crate::reference::Reference;
use crate::region;
use crate::resolve::{resolve, same_both_ways};
use crate::scratch::Work;
use crate::temporal::Temporal;
use crate::tense::{tense_in, Tense};
use depeche_text::Span;

/// Finds French temporal expressions and resolves them against a reference.
///
/// Build one, share it between threads (it is `Send + Sync` and holds no
/// mutable state), and call [`DateFinder::find`] or, with a reference per
/// text, [`DateFinder::find_with`].
///
/// ```
/// use depeche_dates::{DateFinder, Reference, TemporalKind};
/// let finder = DateFinder::new(Reference::parse("2024-03-26").unwrap());
/// let text = "Le président s'est entretenu mardi avec son homologue.";
/// let found = finder.find(text);
/// assert_eq!(found[0].text(text), "mardi");
/// assert_eq!(found[0].value.as_deref(), Some("2024-03-26"));
/// assert_eq!(found[0].kind, TemporalKind::Date);
/// ```
#[derive(Clone, Debug)]
pub struct DateFinder {
    reference: Option<Reference>,
    bias: Bias,
}

/// Builds a [`DateFinder`].
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct DateFinderBuilder {
    reference: Option<Reference>,
    bias: Bias,
}

impl DateFinderBuilder {
    /// The reference date (usually the publication date). Without one, only
    /// expressions that need no reference ("le 3 mars 2024", "P4D") get a
    /// value; the others are found with a `None` value.
    pub fn reference(mut self, reference: Reference) -> DateFinderBuilder {
        self.reference = Some(reference);
        self
    }

    /// Which way underspecified expressions resolve (default [`Bias::Auto`]).
    pub fn bias(mut self, bias: Bias) -> DateFinderBuilder {
        self.bias = bias;
        self
    }

    /// Builds the finder.
    pub fn build(self) -> DateFinder {
        DateFinder {
            reference: self.reference,
            bias: self.bias,
        }
    }
}

impl DateFinder {
    /// A builder.
    pub fn builder() -> DateFinderBuilder {
        DateFinderBuilder::default()
    }

    /// A finder with this reference and the default bias.
    pub fn new(reference: Reference) -> DateFinder {
        DateFinder::builder().reference(reference).build()
    }

    /// The reference, if any.
    pub fn reference(&self) -> Option<&Reference> {
        self.reference.as_ref()
    }

    /// The bias.
    pub fn bias(&self) -> Bias {
        self.bias
    }

    /// Finds the temporal expressions of `text` (normalised text, see
    /// [`depeche_text::normalize`]), sorted by start, never overlapping,
    /// resolved against the finder's reference.
    pub fn find(&self, text: &str) -> Vec<Temporal> {
        self.run(text, self.reference.as_ref())
    }

    /// Like [`DateFinder::find`] with another reference (each article has
    /// its own publication date).
    pub fn find_with(&self, text: &str, reference: &Reference) -> Vec<Temporal> {
        self.run(text, Some(reference))
    }

    fn run(&self, text: &str, reference: Option<&Reference>) -> Vec<Temporal> {
        let mut work = Work::take();
        let out = self.run_with(text, reference, &mut work);
        work.put();
        out
    }

    /// [`DateFinder::run`] with the buffers `work`.
    fn run_with(
        &self,
        text: &str,
        reference: Option<&Reference>,
        work: &mut Work,
    ) -> Vec<Temporal> {
        // News copy opens a region every ≈ 220 bytes and holds an
        // expression every ≈ 200: both lists sized so that a dispatch
        // regrows neither (at most half a byte of results per byte of text).
        let mut regions = std::mem::take(&mut work.regions);
        regions.reserve(text.len() / 128 + 1);
        region::regions(text, &mut regions, &mut work.buf);
        if regions.is_empty() {
            work.regions = regions;
            return Vec::new();
        }
        // Without a reference, resolve against any date and drop the values
        // that depended on it.
        let fallback = Reference::from_date(chrono::NaiveDate::MIN);
        let r = reference.unwrap_or(&fallback);
        let mut out = Vec::with_capacity(text.len() / 192 + 4);
        for &(start, end) in &regions {
            if let Some(sub) = text.get(start..end) {
                self.run_region(text, sub, start, r, reference.is_some(), work, &mut out);
            }
        }
        work.regions = regions;
        out
    }

    /// Finds the expressions of `sub`, the part of `text` starting at byte
    /// `offset`, and pushes them onto `out` with spans into `text`,
    /// resolved against `r` (the finder's reference if `known`, else a
    /// stand-in whose values are dropped).
    #[allow(clippy::too_many_arguments)]
    fn run_region(
        &self,
        text: &str,
        sub: &str,
        offset: usize,
        r: &Reference,
        known: bool,
        scratch: &mut Work,
        out: &mut Vec<Temporal>,
    ) {
        let mut lx = std::mem::take(&mut scratch.lx);
        lex_into(sub, &mut lx, &mut scratch.buf);
        let g = Grammar::new(&lx);
        let mut i = 0;
        while i < lx.len() {
            // Most items start nothing: the grammar tells it in a few tests.
            let Some((j, expr)) = g.parse(i) else {
                i += 1;
                continue;
            };
            let (Some(first), Some(last)) = (lx.get(i), j.checked_sub(1).and_then(|k| lx.get(k)))
            else {
                i += 1;
                continue;
            };
            if j <= i {
                i += 1;
                continue;
            }
            let local = first.span.cover(last.span);
            let span = Span::new(local.start + offset, local.end + offset);
            let mut t = if r.day().is_none() && self.bias == Bias::Auto && needs_direction(&expr) {
                // A reference coarser than a day leaves many values the same
                // both ways (a weekday: "XXXX-WXX-2"): the tense, dearer
                // than a resolution, is read only when they differ. Most
                // are told the same from their calendar values, before any
                // string is written: then one resolution.
                let past = resolve(&expr, span, r, Direction::Past);
                if same_both_ways(&expr, r) {
                    debug_assert!(past == resolve(&expr, span, r, Direction::Future));
                    past
                } else {
                    let future = resolve(&expr, span, r, Direction::Future);
                    if past == future {
                        past
                    } else {
                        match self.direction(text, span, &expr, scratch) {
                            Direction::Past => past,
                            Direction::Future => future,
                        }
                    }
                }
            } else {
                let dir = self.direction(text, span, &expr, scratch);
                resolve(&expr, span, r, dir)
            };
            if !known && needs_reference(&expr) {
                t.value = None;
                t.from = None;
                t.to = None;
                t.precision = None;
            }
            out.push(t);
            i = j;
        }
        scratch.lx = lx;
    }

    /// The direction of resolution of an expression at `span` in `text`.
    fn direction(&self, text: &str, span: Span, expr: &Expr, scratch: &mut Work) -> Direction {
        match self.bias {
            Bias::Past => return Direction::Past,
            Bias::Future => return Direction::Future,
            // Only read the tense when the value depends on it.
            Bias::Auto if !needs_direction(expr) => return Direction::Past,
            Bias::Auto => {}
        }
        // Read the tense in the sentence around the expression.
        let (s, e) = region::sentence_around(text, span.start, span.end, SENTENCE_REACH);
        let sentence = text.get(s..e).unwrap_or("");
        // sentence_around returns s <= span.start and e >= span.end.
        let (rs, re) = (span.start.saturating_sub(s), span.end.saturating_sub(s));
        let tense = tense_in(sentence, rs, re, &mut scratch.words);
        match tense {
            Some(Tense::Future) => Direction::Future,
            Some(Tense::Past) => Direction::Past,
            // "jusqu'au 31 décembre", "d'ici juin": an end still ahead;
            // anything else: news is past.
            None if matches!(expr, Expr::Interval { from: None, .. }) => Direction::Future,
            None => Direction::Past,
        }
    }
}

/// How far (bytes) the sentence around an expression is read for its tense.
const SENTENCE_REACH: usize = 400;

/// Whether the value of an expression depends on the direction (past or
/// future) of resolution.
fn needs_direction(e: &Expr) -> bool {
    fn point(p: &Point) -> bool {
        match p.anchor {
            Anchor::Cal { year, rel, .. } => year.is_none() && matches!(rel, Rel::None | Rel::This),
            Anchor::Season { year, .. } | Anchor::Easter { year, .. } => year.is_none(),
            Anchor::Today => p.clock.is_some(),
            Anchor::DaysFrom { base, .. } | Anchor::WeekOf(base) => base.year.is_none(),
            Anchor::NthOf { month, .. } => matches!(month, MonthSpec::Cal { year: None, .. }),
            _ => false,
        }
    }
    match e {
        Expr::Point(p) => point(p),
        Expr::Interval { from, to, .. } => {
            from.as_ref().is_some_and(point) || to.as_ref().is_some_and(point)
        }
        Expr::Duration { .. } | Expr::Set(_) | Expr::Ref(_) => false,
    }
}

/// Whether the value of an expression depends on the reference.
fn needs_reference(e: &Expr) -> bool {
    fn point(p: &Point) -> bool {
        match p.anchor {
            Anchor::Cal { year, .. } => year.is_none(),
            Anchor::Season { year, .. } | Anchor::Quarter { year, .. } => year.is_none(),
            Anchor::Decade(_) | Anchor::Century(_) => false,
            _ => true,
        }
    }
    match e {
        Expr::Point(p) => point(p),
        Expr::Interval { from, to, .. } => {
            from.as_ref().is_some_and(point) || to.as_ref().is_some_and(point)
        }
        Expr::Duration { .. } | Expr::Set(_) | Expr::Ref(_) => false,
    }
}
