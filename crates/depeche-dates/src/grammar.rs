//! The grammar: reads temporal expressions out of lexed text.
//!
//! Each rule is a function from a position in the lexed items to the
//! position after the expression and what it means. Rules look ahead a
//! bounded number of items, so that finding is linear in the text.
//!
//! Most items start no expression: before any rule is tried, the kind of
//! the item (and, for a weak word or a number, whether a plain word
//! follows) tells which rules can match from it (`first_rules`,
//! `needs_a_next_item`; unit tests check both against every rule on every
//! pair of items).

use crate::expr::{Anchor, Clock, DaySpec, Every, Expr, MonthSpec, Nth, Point, RefWord, Rel};
use crate::lex::{expand_year, Lex, L};
use crate::lexicon::{Kw, PartOfDay, Unit, WordClass as W};
use crate::temporal::Modifier;
use std::cell::Cell;

/// Years written alone ("en 2019", "depuis 2020") must lie in this range.
const YEAR_MIN: u32 = 1000;
/// See [`YEAR_MIN`].
const YEAR_MAX: u32 = 2999;

/// The largest amount read in a duration or a shift ("il y a 3 jours").
const MAX_AMOUNT: u32 = 100_000;

/// A parse: the index after the expression and the expression.
type Parsed<T> = Option<(usize, T)>;

/// The grammar over a slice of lexed items.
pub(crate) struct Grammar<'a> {
    lx: &'a [Lex],
    /// The last [`Grammar::point`] parse: its start, its `bare_year` and
    /// its result. The rules are pure functions of the items, and the same
    /// point is often tried twice in a row at one start (as the first end
    /// of a range, then alone).
    last_point: Cell<Option<(usize, bool, Parsed<Point>)>>,
}

impl<'a> Grammar<'a> {
    pub(crate) fn new(lx: &'a [Lex]) -> Grammar<'a> {
        Grammar {
            lx,
            last_point: Cell::new(None),
        }
    }

    #[inline]
    fn at(&self, i: usize) -> Option<L> {
        self.lx.get(i).map(|l| l.kind)
    }

    #[inline]
    fn kw(&self, i: usize, k: Kw) -> bool {
        // A pattern rather than `==` on `Option<L>`: two tag tests and a
        // byte compare.
        matches!(self.lx.get(i), Some(Lex { kind: L::W(W::Kw(x)), .. }) if *x == k)
    }

    fn word(&self, i: usize) -> Option<W> {
        match self.at(i) {
            Some(L::W(w)) => Some(w),
            _ => None,
        }
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        match self.word(i) {
            Some(W::Unit(u)) => Some(u),
            _ => None,
        }
    }

    /// The rules that may match from item `i` (bits of [`first_rules`]), 0
    /// when no expression can start there (a quick filter).
    #[inline]
    fn start_rules(&self, i: usize) -> u8 {
        /// The most weak words an expression has before its first strong one
        /// ("au cours des trois derniers mois").
        const MAX_LEAD: u8 = 8;
        let Some(l) = self.lx.get(i) else {
            return 0;
        };
        if l.strong_ahead > MAX_LEAD {
            return 0;
        }
        let kind = l.kind;
        // A word no expression starts with; or one that needs more than
        // itself ("de", "la", "2 000", "un") before a plain word.
        if needs_a_next_item(kind) && matches!(self.at(i + 1), None | Some(L::Other)) {
            return 0;
        }
        first_rules(kind)
    }

    /// The expression starting at `i`, if any. Most items start nothing,
    /// which a few tests of the item tell before any rule is tried.
    pub(crate) fn parse(&self, i: usize) -> Parsed<Expr> {
        // Only the rules that can start on this item, in their order.
        let rules = self.start_rules(i);
        if rules == 0 {
            return None;
        }
        let on = |rule: u8| rules & rule != 0;
        if on(FORTNIGHT) {
            if let Some(r) = self.fortnight(i) {
                return Some(r);
            }
        }
        if on(INTERVAL) {
            if let Some(r) = self.interval(i) {
                return Some(r);
            }
        }
        if on(SHIFT_OR_DURATION) {
            if let Some(r) = self.shift_or_duration(i) {
                return Some(r);
            }
        }
        if on(SET) {
            if let Some(r) = self.set(i) {
                return Some(r);
            }
        }
        if on(REF_WORD) {
            if let Some(r) = self.ref_word(i) {
                return Some(r);
            }
        }
        if on(POINT) {
            let (j, p) = self.point(i, false)?;
            return Some(self.day_then_clocks(j, p));
        }
        None
    }

    /// A day followed by clock bounds: "jeudi de 9h à 11h", "le 20 à partir
    /// de 10h", "demain jusqu'à 16h", "vendredi après 9h30".
    fn day_then_clocks(&self, j: usize, p: Point) -> (usize, Expr) {
        let alone = (j, Expr::Point(p));
        if !is_day_like(&p) || p.clock.is_some() {
            return alone;
        }
        let clock_only = |q: &Option<Point>| {
            q.map_or(true, |q| {
                matches!(q.anchor, Anchor::Today) && q.clock.is_some()
            })
        };
        let on_day = |q: Option<Point>| {
            q.map(|mut q| {
                q.anchor = p.anchor;
                if q.part.is_none() {
                    q.part = p.part;
                }
                q
            })
        };
        match self.interval(j) {
            Some((
                k,
                Expr::Interval {
                    from,
                    to,
                    since: false,
                },
            )) if clock_only(&from) && clock_only(&to) => {
                // "demain jusqu'à 16h": from the start of the day.
                let from = if from.is_none() {
                    Some(p)
                } else {
                    on_day(from)
                };
                let e = Expr::Interval {
                    from,
                    to: on_day(to),
                    since: false,
                };
                (k, e)
            }
            Some((k, Expr::Point(q))) if clock_only(&Some(q)) => {
                (k, Expr::Point(on_day(Some(q)).unwrap_or(q)))
            }
            _ => alone,
        }
    }

    // ----- numbers -----

    /// A small amount: digits, or number words ("vingt quatre", "vingt et un").
    fn amount(&self, i: usize) -> Parsed<u32> {
        match self.at(i)? {
            L::Int { value, .. } if value <= MAX_AMOUNT => Some((i + 1, value)),
            L::W(W::Number(n)) => {
                // "vingt quatre", "vingt et un".
                if (20..100).contains(&n) && n % 10 == 0 {
                    if let Some(L::W(W::Number(u))) = self.at(i + 1) {
                        if (1..10).contains(&u) {
                            return Some((i + 2, n + u));
                        }
                    }
                    if self.kw(i + 1, Kw::Et) {
                        if let Some(L::W(W::Number(1))) = self.at(i + 2) {
                            return Some((i + 3, n + 1));
                        }
                    }
                }
                Some((i + 1, n))
            }
            _ => None,
        }
    }

    /// A day of the month: "26", "1er", "premier", "quinze".
    fn day_number(&self, i: usize) -> Parsed<u32> {
        match self.at(i)? {
            L::Int { value, digits } if digits <= 2 && (1..=31).contains(&value) => {
                Some((i + 1, value))
            }
            L::W(W::Ordinal(n)) if (1..=31).contains(&n) => Some((i + 1, n)),
            L::W(W::Number(_)) => {
                let (j, n) = self.amount(i)?;
                (1..=31).contains(&n).then_some((j, n))
            }
            _ => None,
        }
    }

    /// A year in digits: four digits in range.
    fn year(&self, i: usize) -> Parsed<i32> {
        match self.at(i)? {
            L::Int { value, digits: 4 } if (YEAR_MIN..=YEAR_MAX).contains(&value) => {
                Some((i + 1, i32::try_from(value).ok()?))
            }
            _ => None,
        }
    }

    // ----- points -----

    /// A point in time, with its leading preposition or article.
    /// `bare_year`: a year alone ("2020") is accepted.
    pub(crate) fn point(&self, i: usize, bare_year: bool) -> Parsed<Point> {
        if let Some((at, bare, parsed)) = self.last_point.get() {
            if at == i && bare == bare_year {
                return parsed;
            }
        }
        let parsed = self.point_uncached(i, bare_year);
        self.last_point.set(Some((i, bare_year, parsed)));
        parsed
    }

    /// [`Grammar::point`], computed.
    fn point_uncached(&self, i: usize, bare_year: bool) -> Parsed<Point> {
        let mut j = i;
        let mut approx = false;
        let mut article = false;
        // Approximation cues.
        if self.kw(j, Kw::A) && self.kw(j + 1, Kw::Environ) {
            approx = true;
            j += 2;
        } else if self.kw(j, Kw::Vers) || self.kw(j, Kw::Environ) {
            approx = true;
            j += 1;
        } else if self.kw(j, Kw::Aux) && self.kw(j + 1, Kw::Alentours) && self.kw(j + 2, Kw::De) {
            approx = true;
            j += 3;
        } else if self.kw(j, Kw::Autour) && self.kw(j + 1, Kw::De) {
            approx = true;
            j += 2;
        }
        // Prepositions and articles.
        let mut bare_year = bare_year;
        if self.kw(j, Kw::En) {
            bare_year = true;
            j += 1;
        } else if self.kw(j, Kw::Au) && self.kw(j + 1, Kw::Cours) && self.kw(j + 2, Kw::De) {
            j += 3;
            if self.kw(j, Kw::La) || self.kw(j, Kw::Le) {
                j += 1;
            }
            article = true;
        } else if self.kw(j, Kw::A) || self.kw(j, Kw::Au) || self.kw(j, Kw::Dans) {
            j += 1;
            if self.kw(j, Kw::La) || self.kw(j, Kw::Le) || self.kw(j, Kw::Les) {
                j += 1;
                article = true;
            }
        } else if self.kw(j, Kw::Le) || self.kw(j, Kw::La) || self.kw(j, Kw::Les) {
            j += 1;
            article = true;
        } else if self.kw(j, Kw::Courant) {
            j += 1;
        }
        let (k, mut p) = self.core(j, bare_year, article, j > i)?;
        if approx && p.modifier.is_none() {
            p.modifier = Some(Modifier::Approx);
        }
        Some((k, p))
    }

    /// The heart of a point, after its preposition.
    fn core(&self, j: usize, bare_year: bool, article: bool, prep: bool) -> Parsed<Point> {
        let (k, p) = match self.at(j)? {
            L::W(W::Kw(kw)) => self.keyword_point(j, kw, article)?,
            L::W(W::Weekday(w)) => self.weekday(j, w)?,
            L::W(W::Month(m)) if m >= 1 => self.month(j, m, None)?,
            L::W(W::Season(s)) => {
                let (k, year, rel) = self.year_or_rel(j + 1);
                // "été" alone is a participle; a season takes an article,
                // a preposition or a year.
                if !prep && k == j + 1 {
                    return None;
                }
                (
                    k,
                    Point::new(Anchor::Season {
                        season: s,
                        year,
                        rel,
                    }),
                )
            }
            L::W(W::Part(part)) => {
                let mut p = Point::new(Anchor::Today);
                p.part = Some(part);
                let mut k = self.part_complement(j + 1, &mut p);
                // "matinée du 15 février", "le soir de Noël" (no nesting).
                let named = self.is_plain_date_start(k + 1)
                    || self.kw(k + 1, Kw::Noel)
                    || self.kw(k + 1, Kw::Toussaint);
                if k == j + 1 && (self.kw(k, Kw::Du) || self.kw(k, Kw::De)) && named {
                    if let Some((k2, d)) = self.point(k + 1, false) {
                        if is_day_like(&d) && d.clock.is_none() && d.part.is_none() {
                            p.anchor = d.anchor;
                            k = k2;
                        }
                    }
                }
                if k == j + 1 && !article {
                    return None;
                }
                // "le matin tôt", "le matin très tôt".
                if self.kw(k, Kw::Tot) {
                    p.modifier = Some(Modifier::Start);
                    k += 1;
                } else if self.kw(k, Kw::Tres) && self.kw(k + 1, Kw::Tot) {
                    p.modifier = Some(Modifier::Start);
                    k += 2;
                }
                (k, p)
            }
            L::W(W::Ordinal(n)) => self.ordinal_point(j, n, article)?,
            L::W(W::Unit(u)) => self.unit_relative(j, u)?,
            L::Dmy { day, month, year } => (
                j + 1,
                Point::new(Anchor::Cal {
                    year: Some(year),
                    month: Some(month),
                    day: Some(day),
                    weekday: None,
                    rel: Rel::None,
                }),
            ),
            L::MiMonth(m) => {
                let (k, p) = self.month(j, m, None)?;
                (k, with_mod(p, Modifier::Mid))
            }
            L::MiYear(y) => (j + 1, with_mod(year_point(y), Modifier::Mid)),
            L::Clock { .. } => {
                let (k, c) = self.clock(j)?;
                let mut p = Point::new(Anchor::Today);
                p.clock = Some(c);
                (k, p)
            }
            L::Int { .. } | L::W(W::Number(_)) => self.numeric_point(j, bare_year, article)?,
            _ => return None,
        };
        let (k, p) = if matches!(p.anchor, Anchor::Today) && p.clock.is_some() {
            self.clock_then_day(k, p)
        } else {
            (k, p)
        };
        Some(self.tail(k, p))
    }

    /// A day after a clock time: "13h30 samedi 21 septembre", "à 3 heures
    /// cet après-midi", "8 heures ce soir".
    fn clock_then_day(&self, k: usize, mut p: Point) -> (usize, Point) {
        if self.kw(k, Kw::Ce) {
            if let Some(W::Part(part)) = self.word(k + 1) {
                p.anchor = Anchor::DayOffset(0);
                p.part = Some(part);
                return (k + 2, p);
            }
        }
        let m = if self.kw(k, Kw::Le) { k + 1 } else { k };
        let day_start = matches!(
            self.word(m),
            Some(
                W::Weekday(_)
                    | W::Kw(
                        Kw::Demain | Kw::Hier | Kw::Aujourdhui | Kw::ApresDemain | Kw::AvantHier
                    )
            )
        ) || (m > k
            && self
                .day_number(m)
                .is_some_and(|(n, _)| self.unit(n) != Some(Unit::Hour)));
        if day_start {
            if let Some((m2, d)) = self.core(m, false, m > k, m > k) {
                if is_day_like(&d) && d.clock.is_none() {
                    p.anchor = d.anchor;
                    p.part = d.part;
                    if p.modifier.is_none() {
                        p.modifier = d.modifier;
                    }
                    return (m2, p);
                }
            }
        }
        (k, p)
    }

    /// Points that start with a keyword.
    fn keyword_point(&self, j: usize, kw: Kw, article: bool) -> Parsed<Point> {
        let day = |off: i64| Some((j + 1, Point::new(Anchor::DayOffset(off))));
        match kw {
            Kw::Aujourdhui => day(0),
            Kw::Hier => day(-1),
            Kw::AvantHier => day(-2),
            Kw::Demain => day(1),
            Kw::ApresDemain => day(2),
            Kw::Veille if article => self.days_from(j + 1, -1).or_else(|| day(-1)),
            Kw::Lendemain if article => {
                // "le lendemain du 13 février".
                if let Some(r) = self.days_from(j + 1, 1) {
                    return Some(r);
                }
                day(1)
            }
            Kw::Dernier => self.nth_of(j + 1, -1),
            Kw::Midi | Kw::Minuit => {
                let (k, c) = self.clock(j)?;
                let mut p = Point::new(Anchor::Today);
                p.clock = Some(c);
                Some((k, p))
            }
            Kw::Ce => self.this_point(j + 1),
            Kw::Debut | Kw::Fin | Kw::Milieu | Kw::Mi => self.modified(j, kw),
            Kw::Tres if self.kw(j + 1, Kw::Tot) => self.keyword_point(j + 1, Kw::Tot, article),
            Kw::Tot if self.kw(j + 1, Kw::Le) || self.kw(j + 1, Kw::La) => {
                let Some(W::Part(part)) = self.word(j + 2) else {
                    return None;
                };
                let mut p = Point::new(Anchor::Today);
                p.part = Some(part);
                p.modifier = Some(Modifier::Start);
                Some((j + 3, p))
            }
            Kw::Fete if self.kw(j + 1, Kw::Du) && self.kw(j + 2, Kw::Travail) => {
                Some((j + 3, month_day(5, 1)))
            }
            Kw::Paques => Some(self.easter(j + 1, 0)),
            Kw::Ascension => Some(self.easter(j + 1, 39)),
            Kw::Pentecote => Some(self.easter(j + 1, 49)),
            Kw::MiJournee => Some((
                j + 1,
                with_mod(Point::new(Anchor::DayOffset(0)), Modifier::Mid),
            )),
            Kw::Noel => Some((j + 1, month_day(12, 25))),
            Kw::Toussaint => Some((j + 1, month_day(11, 1))),
            Kw::Nouvel if self.unit(j + 1) == Some(Unit::Year) => Some((j + 2, month_day(1, 1))),
            Kw::Annees => self.decade(j + 1),
            Kw::Weekend if article => {
                let (k, _, rel) = self.year_or_rel(j + 1);
                let off = match rel {
                    Rel::Last => -1,
                    Rel::Next | Rel::Following => 1,
                    _ => 0,
                };
                Some((k, Point::new(Anchor::Weekend(off))))
            }
            _ => None,
        }
    }

    /// After "ce", "cet", "cette".
    fn this_point(&self, j: usize) -> Parsed<Point> {
        match self.word(j)? {
            W::Unit(u @ (Unit::Week | Unit::Month | Unit::Year | Unit::Quarter | Unit::Half)) => {
                Some((j + 1, Point::new(Anchor::UnitRel { unit: u, offset: 0 })))
            }
            W::Unit(Unit::Day) => Some((j + 1, Point::new(Anchor::DayOffset(0)))),
            W::Part(part) => {
                let mut p = Point::new(Anchor::DayOffset(0));
                p.part = Some(part);
                Some((j + 1, p))
            }
            W::Season(season) => Some((
                j + 1,
                Point::new(Anchor::Season {
                    season,
                    year: None,
                    rel: Rel::This,
                }),
            )),
            W::Weekday(w) => Some((j + 1, weekday_point(w, Rel::None))),
            W::Kw(Kw::Weekend) => Some((j + 1, Point::new(Anchor::Weekend(0)))),
            _ => None,
        }
    }

    /// "début", "mi", "milieu", "fin" and what they modify.
    fn modified(&self, j: usize, kw: Kw) -> Parsed<Point> {
        let m = match kw {
            Kw::Debut => Modifier::Start,
            Kw::Fin => Modifier::End,
            _ => Modifier::Mid,
        };
        let mut k = j + 1;
        // "au début des années 2000".
        if self.kw(k, Kw::Des) && self.kw(k + 1, Kw::Annees) {
            let (k2, p) = self.decade(k + 2)?;
            return Some((k2, with_mod(p, m)));
        }
        if self.kw(k, Kw::De) || self.kw(k, Kw::Du) {
            k += 1;
        }
        if self.kw(k, Kw::La) || self.kw(k, Kw::Le) {
            k += 1;
        }
        let (k, p) = match self.at(k)? {
            L::W(W::Month(mo)) if mo >= 1 => self.month(k, mo, None)?,
            L::Int { .. } => {
                let (k, y) = self.year(k)?;
                (k, year_point(y))
            }
            L::W(W::Unit(Unit::Month)) => {
                // "fin du mois de mars", "fin du mois".
                if self.kw(k + 1, Kw::De) {
                    if let Some(L::W(W::Month(mo))) = self.at(k + 2) {
                        return self
                            .month(k + 2, mo, None)
                            .map(|(k, p)| (k, with_mod(p, m)));
                    }
                }
                (
                    k + 1,
                    Point::new(Anchor::UnitRel {
                        unit: Unit::Month,
                        offset: 0,
                    }),
                )
            }
            L::W(W::Unit(u @ (Unit::Year | Unit::Week))) => {
                if let Some((k2, y)) = self.year(k + 1) {
                    (k2, year_point(y))
                } else {
                    let (k2, _, rel) = self.year_or_rel(k + 1);
                    let offset = rel_offset(rel);
                    (k2, Point::new(Anchor::UnitRel { unit: u, offset }))
                }
            }
            L::W(W::Unit(Unit::Day)) => (k + 1, Point::new(Anchor::DayOffset(0))),
            L::W(W::Part(part)) => {
                let mut p = Point::new(Anchor::Today);
                p.part = Some(part);
                (k + 1, p)
            }
            L::W(W::Season(season)) => {
                let (k2, year, rel) = self.year_or_rel(k + 1);
                (k2, Point::new(Anchor::Season { season, year, rel }))
            }
            _ => return None,
        };
        Some((k, with_mod(p, m)))
    }

    /// "les années 1990", "années 90".
    fn decade(&self, j: usize) -> Parsed<Point> {
        match self.at(j)? {
            L::Int { value, digits: 4 }
                if value % 10 == 0 && (YEAR_MIN..=YEAR_MAX).contains(&value) =>
            {
                let d = i32::try_from(value / 10).ok()?;
                Some((j + 1, Point::new(Anchor::Decade(d))))
            }
            L::Int { value, digits: 2 } if value % 10 == 0 => {
                let d = i32::try_from(190 + value / 10).ok()?;
                Some((j + 1, Point::new(Anchor::Decade(d))))
            }
            _ => None,
        }
    }

    /// "XXe siècle", "premier trimestre 2024", "3e jour d'octobre"...
    fn ordinal_point(&self, j: usize, n: u32, article: bool) -> Parsed<Point> {
        if let Some(r) = i32::try_from(n).ok().and_then(|n| self.nth_of(j + 1, n)) {
            return Some(r);
        }
        match self.unit(j + 1) {
            Some(Unit::Century) if (1..=30).contains(&n) => Some((
                j + 2,
                Point::new(Anchor::Century(i32::try_from(n).ok()? - 1)),
            )),
            Some(u @ (Unit::Quarter | Unit::Half)) => {
                let half = u == Unit::Half;
                if n == 0 || n > if half { 2 } else { 4 } {
                    return None;
                }
                let mut k = j + 2;
                if self.kw(k, Kw::De) {
                    k += 1;
                }
                let (k, year) = match self.year(k) {
                    Some((k, y)) => (k, Some(y)),
                    None => (j + 2, None),
                };
                Some((k, Point::new(Anchor::Quarter { n, year, half })))
            }
            _ if (1..=31).contains(&n) => self.numeric_point(j, false, article),
            _ => None,
        }
    }

    /// A day fixed by Easter, with an optional year or cue after it.
    fn easter(&self, k: usize, days: i64) -> (usize, Point) {
        let (k, year, rel) = self.year_or_rel(k);
        (k, Point::new(Anchor::Easter { days, year, rel }))
    }

    /// Whether the item at `k` (after an optional article) may start a plain
    /// date: a number, a month, a weekday, or a unit ("mois prochain").
    fn is_plain_date_start(&self, k: usize) -> bool {
        let k = if self.kw(k, Kw::Le) || self.kw(k, Kw::La) {
            k + 1
        } else {
            k
        };
        matches!(
            self.at(k),
            Some(L::Int { .. } | L::Dmy { .. } | L::W(W::Month(_) | W::Weekday(_) | W::Unit(_)))
        ) || matches!(self.at(k), Some(L::W(W::Ordinal(n) | W::Number(n))) if n <= 31)
            && !matches!(
                self.at(k + 1),
                Some(L::W(W::Unit(_) | W::Weekday(_) | W::Kw(Kw::Weekend)))
            )
            || self.kw(k, Kw::Ce)
    }

    /// "du 13 février" after "le lendemain" or "la veille".
    fn days_from(&self, k: usize, days: i64) -> Parsed<Point> {
        if !self.kw(k, Kw::Du) {
            return None;
        }
        let (k2, base) = self.named_day(k + 1)?;
        Some((k2, Point::new(Anchor::DaysFrom { base, days })))
    }

    /// A day named by its month and day: "13 février", "14 juillet 2024".
    fn named_day(&self, k: usize) -> Parsed<DaySpec> {
        // A named day is a plain date: no nesting ("le lendemain du
        // lendemain du..."), so that parsing depth stays bounded.
        if !self.is_plain_date_start(k) {
            return None;
        }
        let (k2, p) = self.point(k, false)?;
        match p.anchor {
            Anchor::Cal {
                year,
                month: Some(month),
                day: Some(day),
                ..
            } if p.clock.is_none() => Some((k2, DaySpec { year, month, day })),
            _ => None,
        }
    }

    /// After an ordinal or "dernier": "jour d'octobre", "semaine de
    /// septembre 2014", "mercredi du mois prochain", "week-end de septembre".
    fn nth_of(&self, k: usize, n: i32) -> Parsed<Point> {
        let what = match self.word(k)? {
            W::Unit(Unit::Day) => Nth::Day,
            W::Unit(Unit::Week) => Nth::Week,
            W::Kw(Kw::Weekend) => Nth::Weekend,
            W::Weekday(w) => Nth::Weekday(w),
            _ => return None,
        };
        if n == 0 || n > 31 {
            return None;
        }
        let (k2, month) = self.of_month(k + 1)?;
        Some((k2, Point::new(Anchor::NthOf { n, what, month })))
    }

    /// "d'octobre", "de septembre 2014", "du mois prochain" after an n-th.
    fn of_month(&self, k: usize) -> Parsed<MonthSpec> {
        if !(self.kw(k, Kw::De) || self.kw(k, Kw::Du)) {
            return None;
        }
        // The month is named plainly: no nesting, so that parsing depth
        // stays bounded.
        if !self.is_plain_date_start(k + 1) {
            return None;
        }
        let (k2, p) = self.point(k + 1, false)?;
        if p.modifier.is_some() {
            return None;
        }
        match p.anchor {
            Anchor::Cal {
                year,
                month: Some(month),
                day: None,
                weekday: None,
                rel,
            } => Some((k2, MonthSpec::Cal { year, month, rel })),
            Anchor::UnitRel {
                unit: Unit::Month,
                offset,
            } => Some((k2, MonthSpec::Offset(offset))),
            _ => None,
        }
    }

    /// "la première quinzaine d'avril": days 1-14; "la deuxième (seconde)
    /// quinzaine": day 15 to the end.
    fn fortnight(&self, i: usize) -> Parsed<Expr> {
        let k = if self.kw(i, Kw::La) { i + 1 } else { i };
        let n = match self.word(k)? {
            W::Ordinal(n @ (1 | 2)) => n,
            // "seconde" reads as the unit elsewhere.
            W::Unit(Unit::Second) | W::Kw(Kw::Dernier) => 2,
            _ => return None,
        };
        if !self.kw(k + 1, Kw::Quinzaine) {
            return None;
        }
        let (end, month) = self.of_month(k + 2)?;
        let day = |n: i32| {
            Point::new(Anchor::NthOf {
                n,
                what: Nth::Day,
                month,
            })
        };
        let (a, b) = if n == 1 { (1, 14) } else { (15, -1) };
        Some((
            end,
            Expr::Interval {
                from: Some(day(a)),
                to: Some(day(b)),
                since: false,
            },
        ))
    }

    /// "la semaine dernière", "l'an prochain", "l'année dernière".
    fn unit_relative(&self, j: usize, u: Unit) -> Parsed<Point> {
        if u == Unit::Day {
            return self.day_relative(j);
        }
        // "le mois de mars".
        if u == Unit::Month && self.kw(j + 1, Kw::De) {
            if let Some(L::W(W::Month(m))) = self.at(j + 2) {
                if m >= 1 {
                    return self.month(j + 2, m, None);
                }
            }
        }
        if !matches!(
            u,
            Unit::Week | Unit::Month | Unit::Year | Unit::Quarter | Unit::Half | Unit::Decade
        ) {
            return None;
        }
        // "la semaine du 6 octobre".
        if u == Unit::Week && self.kw(j + 1, Kw::Du) {
            if let Some((k, d)) = self.named_day(j + 2) {
                return Some((k, Point::new(Anchor::WeekOf(d))));
            }
        }
        // "l'année 2019", "l'an 2000".
        if u == Unit::Year {
            if let Some((k, y)) = self.year(j + 1) {
                return Some((k, year_point(y)));
            }
        }
        let (offset, end) = match self.word(j + 1)? {
            W::Kw(Kw::Dernier) => (-1, j + 2),
            W::Kw(Kw::Prochain | Kw::Suivant) => (1, j + 2),
            // "la semaine qui suit".
            W::Kw(Kw::Qui) if self.kw(j + 2, Kw::Suit) => (1, j + 3),
            _ => return None,
        };
        Some((end, Point::new(Anchor::UnitRel { unit: u, offset })))
    }

    /// "le jour suivant", "le jour d'avant", "le jour de Noël", "le jour de
    /// l'an".
    fn day_relative(&self, j: usize) -> Parsed<Point> {
        let k = j + 1;
        match self.word(k) {
            Some(W::Kw(Kw::Suivant)) => return Some((k + 1, Point::new(Anchor::DayOffset(1)))),
            Some(W::Kw(Kw::Dernier)) => return Some((k + 1, Point::new(Anchor::DayOffset(-1)))),
            _ => {}
        }
        if !self.kw(k, Kw::De) {
            return None;
        }
        if self.kw(k + 1, Kw::Avant) {
            return Some((k + 2, Point::new(Anchor::DayOffset(-1))));
        }
        if self.kw(k + 1, Kw::Apres) {
            return Some((k + 2, Point::new(Anchor::DayOffset(1))));
        }
        let m = if self.kw(k + 1, Kw::La) { k + 2 } else { k + 1 };
        match self.word(m)? {
            W::Kw(Kw::Noel) => Some((m + 1, month_day(12, 25))),
            W::Kw(Kw::Toussaint) => Some((m + 1, month_day(11, 1))),
            W::Unit(Unit::Year) if m == k + 2 => Some((m + 1, month_day(1, 1))),
            _ => None,
        }
    }

    /// A weekday and what follows it: a day, a month, a year, a relative cue.
    fn weekday(&self, j: usize, w: u32) -> Parsed<Point> {
        let k = j + 1;
        // "lundi de Pâques", "lundi de Pentecôte", "dimanche de Pâques".
        if self.kw(k, Kw::De) {
            match (w, self.word(k + 1)) {
                (1, Some(W::Kw(Kw::Paques))) => return Some(self.easter(k + 2, 1)),
                (1, Some(W::Kw(Kw::Pentecote))) => return Some(self.easter(k + 2, 50)),
                (7, Some(W::Kw(Kw::Paques))) => return Some(self.easter(k + 2, 0)),
                _ => {}
            }
        }
        if let Some((k2, day)) = self.day_number(k) {
            // Not "lundi 3 jours..." nor "mardi 14 heures".
            if self.unit(k2).is_none() {
                if let Some(L::W(W::Month(m))) = self.at(k2) {
                    if m >= 1 {
                        let (k3, p) = self.month(k2, m, Some(day))?;
                        let p = set_weekday(p, w);
                        return Some((k3, p));
                    }
                }
            }
            // "un"/"une" after a weekday is an article ("mardi une
            // délégation", "dimanche un convoi"), a day only with its month.
            let article = matches!(self.at(k), Some(L::W(W::Number(1))));
            if self.unit(k2).is_none() && !article {
                let p = Point::new(Anchor::Cal {
                    year: None,
                    month: None,
                    day: Some(day),
                    weekday: Some(w),
                    rel: Rel::None,
                });
                return Some((k2, p));
            }
        }
        let (k, rel) = self.weekday_rel(k);
        Some((k, weekday_point(w, rel)))
    }

    /// The relative cue after a weekday.
    fn weekday_rel(&self, k: usize) -> (usize, Rel) {
        match self.word(k) {
            Some(W::Kw(Kw::Dernier)) => return (k + 1, Rel::Last),
            Some(W::Kw(Kw::Prochain)) => return (k + 1, Rel::Next),
            Some(W::Kw(Kw::Suivant)) => return (k + 1, Rel::Following),
            _ => {}
        }
        if self.kw(k, Kw::De) && self.kw(k + 1, Kw::Apres) {
            return (k + 2, Rel::Following);
        }
        if self.kw(k, Kw::En) {
            match self.at(k + 1) {
                Some(L::W(W::Number(8)) | L::Int { value: 8, .. }) => return (k + 2, Rel::InEight),
                Some(L::W(W::Number(15)) | L::Int { value: 15, .. }) => {
                    return (k + 2, Rel::InFifteen)
                }
                _ => {}
            }
        }
        // "(de) la semaine prochaine / dernière", "cette semaine".
        let mut m = k;
        if self.kw(m, Kw::De) {
            m += 1;
        }
        if self.kw(m, Kw::Ce) && self.unit(m + 1) == Some(Unit::Week) {
            return (m + 2, Rel::This);
        }
        if self.kw(m, Kw::La) && self.unit(m + 1) == Some(Unit::Week) {
            let rel = match self.word(m + 2) {
                Some(W::Kw(Kw::Prochain | Kw::Suivant)) => Some(Rel::Following),
                Some(W::Kw(Kw::Dernier)) => Some(Rel::Preceding),
                Some(W::Kw(Kw::De)) if self.kw(m + 3, Kw::Apres) => return (m + 4, Rel::Following),
                _ => None,
            };
            if let Some(rel) = rel {
                return (m + 3, rel);
            }
        }
        (k, Rel::None)
    }

    /// A month, possibly after a day, and its year or relative cue.
    fn month(&self, j: usize, m: u32, day: Option<u32>) -> Parsed<Point> {
        let mut k = j + 1;
        let mut year = None;
        let mut rel = Rel::None;
        if let Some((k2, y)) = self.year(k) {
            year = Some(y);
            k = k2;
        } else if let Some(L::Int { value, digits: 2 }) = self.at(k) {
            // "31 octobre 74": a two-digit year after a day and a month,
            // at the end of the expression.
            if day.is_some() && !matches!(self.at(k + 1), Some(L::W(_))) {
                year = expand_year(value, 2);
                k += 1;
            }
        } else {
            let (k2, _, r) = self.year_or_rel(k);
            rel = r;
            k = k2;
        }
        Some((
            k,
            Point::new(Anchor::Cal {
                year,
                month: Some(m),
                day,
                weekday: None,
                rel,
            }),
        ))
    }

    /// An optional year or relative cue ("dernier", "prochain").
    fn year_or_rel(&self, k: usize) -> (usize, Option<i32>, Rel) {
        if let Some((k2, y)) = self.year(k) {
            return (k2, Some(y), Rel::None);
        }
        match self.word(k) {
            Some(W::Kw(Kw::Dernier)) => (k + 1, None, Rel::Last),
            Some(W::Kw(Kw::Prochain)) => (k + 1, None, Rel::Next),
            Some(W::Kw(Kw::Suivant)) => (k + 1, None, Rel::Following),
            _ => (k, None, Rel::None),
        }
    }

    /// Points that start with a number: a date, a time, a year.
    fn numeric_point(&self, j: usize, bare_year: bool, article: bool) -> Parsed<Point> {
        // A time: "14 heures", "quinze heures trente".
        if let Some((k, n)) = self.amount(j) {
            if self.unit(k) == Some(Unit::Hour) && n <= 24 {
                if let Some(r) = self.clock(j) {
                    let (k, c) = r;
                    let mut p = Point::new(Anchor::Today);
                    p.clock = Some(c);
                    return Some((k, p));
                }
            }
        }
        // "15:00".
        if let (Some(L::Int { .. }), Some(L::Colon)) = (self.at(j), self.at(j + 1)) {
            if let Some((k, c)) = self.clock(j) {
                let mut p = Point::new(Anchor::Today);
                p.clock = Some(c);
                return Some((k, p));
            }
        }
        // "le 45 mars": a day number no month has, before a month name, is
        // an impossible date (found, without a value), as "31 février" is.
        if let (Some(L::Int { value, digits }), Some(L::W(W::Month(m)))) =
            (self.at(j), self.at(j + 1))
        {
            if digits <= 2 && !(1..=31).contains(&value) && m >= 1 {
                return self.month(j + 1, m, Some(value));
            }
        }
        if let Some((k, day)) = self.day_number(j) {
            // "26 mars 2024".
            if let Some(L::W(W::Month(m))) = self.at(k) {
                if m >= 1 {
                    return self.month(k, m, Some(day));
                }
            }
            // "26/03/2024", "2/3".
            if let (
                Some(L::Slash),
                Some(L::Int {
                    value: m,
                    digits: ml,
                }),
            ) = (self.at(k), self.at(k + 1))
            {
                if ml <= 2 && matches!(self.at(j), Some(L::Int { .. })) {
                    let mut end = k + 2;
                    let mut year = None;
                    if let (
                        Some(L::Slash),
                        Some(L::Int {
                            value: y,
                            digits: yl,
                        }),
                    ) = (self.at(end), self.at(end + 1))
                    {
                        year = expand_year(y, yl);
                        year?;
                        end += 2;
                    }
                    return Some((
                        end,
                        Point::new(Anchor::Cal {
                            year,
                            month: Some(m),
                            day: Some(day),
                            weekday: None,
                            rel: Rel::None,
                        }),
                    ));
                }
            }
            // "le 2", "le 16 à 18h": a day alone after an article.
            if article && matches!(self.at(j), Some(L::Int { .. }) | Some(L::W(W::Ordinal(_)))) {
                let next = self.at(k);
                let ends = matches!(next, None | Some(L::Stop | L::Comma))
                    || self.kw(k, Kw::Jusqu)
                    || self.kw(k, Kw::A)
                    || self.kw(k, Kw::Vers)
                    || self.kw(k, Kw::Au)
                    || self.kw(k, Kw::Et);
                if ends {
                    return Some((
                        k,
                        Point::new(Anchor::Cal {
                            year: None,
                            month: None,
                            day: Some(day),
                            weekday: None,
                            rel: Rel::None,
                        }),
                    ));
                }
            }
        }
        // "2024-03-26", "2015-3-3".
        if let (
            Some(L::Int {
                value: y,
                digits: 4,
            }),
            Some(L::Dash),
            Some(L::Int {
                value: m,
                digits: ml,
            }),
            Some(L::Dash),
            Some(L::Int {
                value: d,
                digits: dl,
            }),
        ) = (
            self.at(j),
            self.at(j + 1),
            self.at(j + 2),
            self.at(j + 3),
            self.at(j + 4),
        ) {
            let adjacent = self.lx.get(j..j + 5).is_some_and(|w| {
                w.windows(2)
                    .all(|p| matches!(p, [a, b] if a.span.end == b.span.start))
            });
            if adjacent && ml <= 2 && dl <= 2 {
                return Some((
                    j + 5,
                    Point::new(Anchor::Cal {
                        year: i32::try_from(y).ok(),
                        month: Some(m),
                        day: Some(d),
                        weekday: None,
                        rel: Rel::None,
                    }),
                ));
            }
        }
        if bare_year {
            let (k, y) = self.year(j)?;
            return Some((k, year_point(y)));
        }
        None
    }

    /// A clock time: "14h30", "14 heures 30", "midi et quart", "15:00",
    /// with "du matin", "du soir" and a time zone.
    fn clock(&self, j: usize) -> Parsed<Clock> {
        let (mut k, mut hour, mut minute) = match self.at(j)? {
            L::Clock { hour, minute } => (j + 1, hour, minute),
            L::W(W::Kw(Kw::Midi)) => (j + 1, 12, None),
            L::W(W::Kw(Kw::Minuit)) => (j + 1, 0, None),
            L::Int { value, .. } if matches!(self.at(j + 1), Some(L::Colon)) => {
                match self.at(j + 2) {
                    Some(L::Int {
                        value: m,
                        digits: 2,
                    }) => (j + 3, value, Some(m)),
                    _ => return None,
                }
            }
            _ => {
                let (k, h) = self.amount(j)?;
                if self.unit(k) != Some(Unit::Hour) {
                    return None;
                }
                (k + 1, h, None)
            }
        };
        if hour > 24 {
            return None;
        }
        // Minutes after words: "heures trente", "et quart", "moins le quart".
        if minute.is_none() {
            let passed =
                if self.kw(k, Kw::Et) && !self.kw(k + 1, Kw::Quart) && !self.kw(k + 1, Kw::Demi) {
                    Some(k + 1)
                } else if self.kw(k, Kw::Dernier) && self.kw(k + 1, Kw::De) {
                    Some(k + 2)
                } else {
                    None
                };
            if let Some((k2, n)) = passed.and_then(|m| self.amount(m)) {
                if n < 60 {
                    minute = Some(n);
                    k = k2;
                    if self.unit(k) == Some(Unit::Minute) {
                        k += 1;
                    }
                }
            } else if self.kw(k, Kw::Et) && self.kw(k + 1, Kw::Quart) {
                minute = Some(15);
                k += 2;
            } else if self.kw(k, Kw::Et) && self.kw(k + 1, Kw::Demi) {
                minute = Some(30);
                k += 2;
            } else if self.kw(k, Kw::Moins) {
                let (k2, less) = if self.kw(k + 1, Kw::Le) && self.kw(k + 2, Kw::Quart) {
                    (k + 3, 15)
                } else if self.kw(k + 1, Kw::Quart) {
                    (k + 2, 15)
                } else {
                    match self.amount(k + 1) {
                        Some((k2, n)) if (1..60).contains(&n) => (k2, n),
                        _ => (k, 0),
                    }
                };
                if less > 0 {
                    hour = if hour == 0 { 23 } else { hour - 1 };
                    minute = Some(60 - less);
                    k = k2;
                }
            } else if let Some(L::W(W::Number(3))) = self.at(k) {
                if self.kw(k + 1, Kw::Quart) {
                    minute = Some(45);
                    k += 2;
                } else if let Some((k2, m)) = self.amount(k) {
                    minute = Some(m);
                    k = k2;
                }
            } else if let Some((k2, m)) = self.amount(k) {
                if m < 60 && !matches!(self.unit(k2), Some(u) if u != Unit::Minute) {
                    minute = Some(m);
                    k = k2;
                    if self.unit(k) == Some(Unit::Minute) {
                        k += 1;
                    }
                }
            }
        }
        if minute.is_some_and(|m| m > 59) {
            return None;
        }
        // "du matin", "du soir", "de l'après-midi".
        let mut m = k;
        if self.kw(m, Kw::Du) || self.kw(m, Kw::De) {
            m += 1;
            if self.kw(m, Kw::La) {
                m += 1;
            }
            match self.word(m) {
                Some(W::Part(PartOfDay::Morning)) => k = m + 1,
                Some(W::Part(PartOfDay::Afternoon | PartOfDay::Evening)) => {
                    if hour < 12 {
                        hour += 12;
                    }
                    k = m + 1;
                }
                _ => {}
            }
        }
        // Time zone: "GMT", "heure locale", "heure de Paris".
        if self.kw(k, Kw::Utc) {
            k += 1;
        } else if self.unit(k) == Some(Unit::Hour) && self.kw(k + 1, Kw::Locale) {
            k += 2;
        }
        Some((k, Clock { hour, minute }))
    }

    /// What may follow a point: a part of day, a clock time, a year.
    fn tail(&self, k: usize, mut p: Point) -> (usize, Point) {
        let mut k = k;
        if p.part.is_none() {
            k = self.part_after(k, &mut p);
        }
        if p.clock.is_none() {
            let mut m = k;
            let mut approx = false;
            if self.kw(m, Kw::A) && self.kw(m + 1, Kw::Environ) {
                m += 2;
                approx = true;
            } else if self.kw(m, Kw::A) {
                m += 1;
            } else if self.kw(m, Kw::Vers) || self.kw(m, Kw::Environ) {
                m += 1;
                approx = true;
            } else if self.kw(m, Kw::Aux) && self.kw(m + 1, Kw::Alentours) && self.kw(m + 2, Kw::De)
            {
                m += 3;
                approx = true;
            } else if self.kw(m, Kw::Autour) && self.kw(m + 1, Kw::De) {
                m += 2;
                approx = true;
            }
            let starts_clock = matches!(self.at(m), Some(L::Clock { .. }))
                || self.kw(m, Kw::Midi)
                || self.kw(m, Kw::Minuit)
                || (m > k
                    && self
                        .amount(m)
                        .is_some_and(|(n, _)| self.unit(n) == Some(Unit::Hour)));
            if starts_clock && !matches!(p.anchor, Anchor::Today) {
                if let Some((m2, c)) = self.clock(m) {
                    p.clock = Some(c);
                    if approx && p.modifier.is_none() {
                        p.modifier = Some(Modifier::Approx);
                    }
                    k = m2;
                    if p.part.is_none() {
                        k = self.part_after(k, &mut p);
                    }
                }
            }
        }
        (k, p)
    }

    /// "soir", "au soir", "dans la soirée", "en soirée" after a day.
    fn part_after(&self, k: usize, p: &mut Point) -> usize {
        let day_like = matches!(
            p.anchor,
            Anchor::DayOffset(_)
                | Anchor::Cal { day: Some(_), .. }
                | Anchor::Cal {
                    weekday: Some(_),
                    ..
                }
        );
        if !day_like {
            return k;
        }
        let mut m = k;
        if self.kw(m, Kw::Au) || self.kw(m, Kw::En) || self.kw(m, Kw::Le) || self.kw(m, Kw::La) {
            m += 1;
        } else if (self.kw(m, Kw::Dans) || self.kw(m, Kw::A)) && self.kw(m + 1, Kw::La) {
            m += 2;
        }
        let mut modifier = None;
        if let Some(W::Kw(kw @ (Kw::Debut | Kw::Milieu | Kw::Fin))) = self.word(m) {
            modifier = Some(match kw {
                Kw::Debut => Modifier::Start,
                Kw::Fin => Modifier::End,
                _ => Modifier::Mid,
            });
            m += 1;
            if self.kw(m, Kw::De) || self.kw(m, Kw::Du) {
                m += 1;
            }
            if self.kw(m, Kw::La) || self.kw(m, Kw::Le) {
                m += 1;
            }
        }
        // "tôt le matin", "très tôt le matin".
        if modifier.is_none() {
            let t = if self.kw(m, Kw::Tres) { m + 1 } else { m };
            if self.kw(t, Kw::Tot) && (self.kw(t + 1, Kw::Le) || self.kw(t + 1, Kw::La)) {
                if let Some(W::Part(_)) = self.word(t + 2) {
                    modifier = Some(Modifier::Start);
                    m = t + 2;
                }
            }
        }
        match self.word(m) {
            Some(W::Part(part)) => {
                p.part = Some(part);
                if modifier.is_some() && p.modifier.is_none() {
                    p.modifier = modifier;
                }
                let mut k = self.part_complement(m + 1, p);
                // "le matin tôt", "le matin très tôt".
                if self.kw(k, Kw::Tot) {
                    k += 1;
                    p.modifier = p.modifier.or(Some(Modifier::Start));
                } else if self.kw(k, Kw::Tres) && self.kw(k + 1, Kw::Tot) {
                    k += 2;
                    p.modifier = p.modifier.or(Some(Modifier::Start));
                }
                k
            }
            Some(W::Unit(Unit::Day)) if modifier.is_some() && p.modifier.is_none() => {
                p.modifier = modifier;
                m + 1
            }
            _ => k,
        }
    }

    /// "de samedi à dimanche" after "la nuit".
    fn part_complement(&self, k: usize, p: &mut Point) -> usize {
        if p.part == Some(PartOfDay::Night) && self.kw(k, Kw::De) {
            if let (Some(W::Weekday(w1)), true, Some(W::Weekday(_))) =
                (self.word(k + 1), self.kw(k + 2, Kw::A), self.word(k + 3))
            {
                p.anchor = weekday_anchor(w1, Rel::None);
                return k + 4;
            }
            if let Some(W::Weekday(w1)) = self.word(k + 1) {
                p.anchor = weekday_anchor(w1, Rel::None);
                return k + 2;
            }
        }
        k
    }

    // ----- intervals -----

    fn interval(&self, i: usize) -> Parsed<Expr> {
        match self.at(i)? {
            L::W(W::Kw(Kw::Depuis)) => return self.since(i),
            L::W(W::Kw(Kw::Jusqu)) => {
                let mut k = i + 1;
                if self.kw(k, Kw::A) || self.kw(k, Kw::Au) || self.kw(k, Kw::En) {
                    let bare = self.kw(k, Kw::En);
                    k += 1;
                    let (k, p) = self.point(k, bare)?;
                    return Some((
                        k,
                        Expr::Interval {
                            from: None,
                            to: Some(p),
                            since: false,
                        },
                    ));
                }
                return None;
            }
            L::W(W::Kw(Kw::De)) if self.kw(i + 1, Kw::Ici) => {
                let (k, p) = self
                    .point(i + 2, true)
                    .or_else(|| self.shift_point(i + 2, 1))?;
                return Some((
                    k,
                    Expr::Interval {
                        from: None,
                        to: Some(p),
                        since: false,
                    },
                ));
            }
            L::W(W::Kw(Kw::A)) if self.kw(i + 1, Kw::Partir) => {
                let k = i + 2;
                let (k, p) = if self.kw(k, Kw::Du) {
                    self.core(k + 1, true, true, true)?
                } else if self.kw(k, Kw::De) {
                    self.point(k + 1, true)?
                } else {
                    return None;
                };
                return Some((
                    k,
                    Expr::Interval {
                        from: Some(p),
                        to: None,
                        since: false,
                    },
                ));
            }
            L::W(W::Kw(Kw::Des2)) => {
                let (k, p) = self.point(i + 1, true)?;
                return Some((
                    k,
                    Expr::Interval {
                        from: Some(p),
                        to: None,
                        since: false,
                    },
                ));
            }
            L::W(W::Kw(kw @ (Kw::Avant | Kw::Apres))) => {
                let (k, p) = self.point(i + 1, true)?;
                if !is_dated(&p) {
                    return None;
                }
                let m = if kw == Kw::Avant {
                    Modifier::Before
                } else {
                    Modifier::After
                };
                return Some((k, Expr::Point(with_mod(p, m))));
            }
            _ => {}
        }
        self.range(i)
    }

    /// "depuis 2020", "depuis juillet 2023", "depuis trois jours",
    /// "depuis plus de dix ans", "depuis des années".
    fn since(&self, i: usize) -> Parsed<Expr> {
        let k = i + 1;
        if let Some((k2, e)) = self.duration(k) {
            return Some((k2, e));
        }
        let (k2, p) = self.point(k, true)?;
        if !is_dated(&p) {
            return None;
        }
        Some((
            k2,
            Expr::Interval {
                from: Some(p),
                to: None,
                since: true,
            },
        ))
    }

    /// "du 3 au 5 juin", "entre 2015 et 2018", "de janvier à mars",
    /// "13-15 juillet", "du 13 jusqu'au 15".
    fn range(&self, i: usize) -> Parsed<Expr> {
        let (opener, start) = match self.word(i) {
            Some(W::Kw(Kw::Du)) => (Some(Kw::Du), i + 1),
            Some(W::Kw(Kw::De)) => (Some(Kw::De), i + 1),
            Some(W::Kw(Kw::Entre)) => (Some(Kw::Entre), i + 1),
            _ => (None, i),
        };
        let mut s = start;
        let mut articles = false;
        if opener == Some(Kw::Entre) && (self.kw(s, Kw::Le) || self.kw(s, Kw::La)) {
            s += 1;
            articles = true;
        }
        let (k, left) = self.range_end(s, opener.is_some())?;
        // The connector.
        let m = if opener == Some(Kw::Entre) {
            if !self.kw(k, Kw::Et) {
                return None;
            }
            let mut m = k + 1;
            if self.kw(m, Kw::Le) || self.kw(m, Kw::La) {
                m += 1;
            }
            m
        } else if self.kw(k, Kw::Au)
            || self.kw(k, Kw::A)
            || self.kw(k, Kw::Has)
            || matches!(self.at(k), Some(L::Dash))
        {
            k + 1
        } else if self.kw(k, Kw::Jusqu) && (self.kw(k + 1, Kw::Au) || self.kw(k + 1, Kw::A)) {
            k + 2
        } else {
            return None;
        };
        let (n, right) = self.range_end(m, true)?;
        let days_only = opener == Some(Kw::Du) || articles;
        let (left, right) = merge_ends(left, right, days_only)?;
        Some((
            n,
            Expr::Interval {
                from: Some(left),
                to: Some(right),
                since: false,
            },
        ))
    }

    /// One end of a range: a point, or a bare day or year.
    fn range_end(&self, k: usize, bare: bool) -> Parsed<Point> {
        if let Some(r) = self.point(k, bare) {
            return Some(r);
        }
        if !bare {
            // "13-15 juillet": a bare day directly before a dash or "au".
            let (k2, d) = self.day_number(k)?;
            if matches!(self.at(k2), Some(L::Dash))
                || self.kw(k2, Kw::Au)
                || (self.kw(k2, Kw::Jusqu) && self.kw(k2 + 1, Kw::Au))
            {
                return Some((k2, day_point(d)));
            }
            return None;
        }
        if let Some(W::Weekday(w)) = self.word(k) {
            if let Some((k2, d)) = self.day_number(k + 1) {
                let mut p = day_point(d);
                p = set_weekday(p, w);
                return Some((k2, p));
            }
        }
        let (k2, d) = self.day_number(k)?;
        Some((k2, day_point(d)))
    }

    // ----- shifts and durations -----

    /// "il y a trois jours", "dans deux semaines", "trois jours plus tard",
    /// "quatre jours" (a duration), "pendant trois mois".
    fn shift_or_duration(&self, i: usize) -> Parsed<Expr> {
        if self.kw(i, Kw::Il) && self.kw(i + 1, Kw::Y) && self.kw(i + 2, Kw::Has) {
            let (k, p) = self.shift_point(i + 3, -1)?;
            return Some((k, Expr::Point(p)));
        }
        if self.kw(i, Kw::Dans) {
            if let Some((k, p)) = self.shift_point(i + 1, 1) {
                return Some((k, Expr::Point(p)));
            }
            if self.kw(i + 1, Kw::La) {
                match self.unit(i + 2) {
                    Some(Unit::Week) => {
                        let p = Point::new(Anchor::UnitRel {
                            unit: Unit::Week,
                            offset: 0,
                        });
                        return Some((i + 3, Expr::Point(p)));
                    }
                    Some(Unit::Day) => {
                        return Some((i + 3, Expr::Point(Point::new(Anchor::DayOffset(0)))))
                    }
                    _ => {}
                }
            }
            return None;
        }
        if let Some(r) = self.last_or_next(i) {
            return Some(r);
        }
        if self.kw(i, Kw::Pendant) {
            return self.duration(i + 1);
        }
        let (k, e) = self.duration(i)?;
        // "trois jours plus tard", "deux jours après" (at the end).
        if let Expr::Duration {
            amount: Some(n),
            unit,
            modifier: None,
        } = e
        {
            let n = i64::from(n);
            if self.kw(k, Kw::Plus) && self.kw(k + 1, Kw::Tard) {
                let p = Point::new(Anchor::Shift { unit, amount: n });
                return Some((k + 2, Expr::Point(p)));
            }
            if self.kw(k, Kw::Apres) && matches!(self.at(k + 1), None | Some(L::Stop | L::Comma)) {
                let p = Point::new(Anchor::Shift { unit, amount: n });
                return Some((k + 1, Expr::Point(p)));
            }
            // "14 heures ce soir", "onze heures trois quarts": a clock, not a
            // duration.
            if unit == Unit::Hour && self.point(i, false).is_some_and(|(e, _)| e > k) {
                return None;
            }
        }
        Some((k, e))
    }

    /// "les trois derniers jours", "3 prochaines heures", "2 semaines
    /// passées": the N whole units before or after the reference's.
    fn last_or_next(&self, i: usize) -> Parsed<Expr> {
        let mut k = i;
        if self.kw(k, Kw::Au) && self.kw(k + 1, Kw::Cours) && self.kw(k + 2, Kw::Des) {
            k += 3;
        } else if self.kw(k, Kw::Les) || self.kw(k, Kw::Des) {
            k += 1;
        }
        let (k2, n) = self.amount(k)?;
        if n == 0 {
            return None;
        }
        let sign = |w: Option<W>| match w {
            Some(W::Kw(Kw::Dernier)) => Some(-1i64),
            Some(W::Kw(Kw::Prochain | Kw::Suivant)) => Some(1),
            _ => None,
        };
        let unit_of = |w: Option<W>| match w {
            Some(W::Unit(u)) => Some(u),
            Some(W::Kw(Kw::Annees)) => Some(Unit::Year),
            _ => None,
        };
        let (end, s, unit) =
            if let (Some(s), Some(u)) = (sign(self.word(k2)), unit_of(self.word(k2 + 1))) {
                (k2 + 2, s, u)
            } else if let (Some(u), Some(s)) = (unit_of(self.word(k2)), sign(self.word(k2 + 1))) {
                (k2 + 2, s, u)
            } else {
                return None;
            };
        let n = i64::from(n);
        let (a, b) = if s < 0 { (-n, -1) } else { (1, n) };
        let at = |offset: i64| Point::new(Anchor::UnitRel { unit, offset });
        let e = Expr::Interval {
            from: Some(at(a)),
            to: Some(at(b)),
            since: false,
        };
        Some((end, e))
    }

    /// An amount and a unit, moved from the reference by `sign`.
    fn shift_point(&self, k: usize, sign: i64) -> Parsed<Point> {
        let mut k = k;
        if self.kw(k, Kw::Environ) {
            k += 1;
        }
        let (k2, n) = self.amount(k)?;
        let unit = match self.at(k2)? {
            L::W(W::Unit(u)) => u,
            L::Prime if matches!(self.at(k), Some(L::Int { .. })) => Unit::Minute,
            L::DoublePrime if matches!(self.at(k), Some(L::Int { .. })) => Unit::Second,
            _ => return None,
        };
        let amount = i64::from(n) * sign;
        Some((k2 + 1, Point::new(Anchor::Shift { unit, amount })))
    }

    /// A duration: "quatre jours", "plus de dix ans", "des années".
    fn duration(&self, i: usize) -> Parsed<Expr> {
        let mut k = i;
        let mut modifier = None;
        if self.kw(k, Kw::Plus) && self.kw(k + 1, Kw::De) {
            modifier = Some(Modifier::MoreThan);
            k += 2;
        } else if self.kw(k, Kw::Moins) && self.kw(k + 1, Kw::De) {
            modifier = Some(Modifier::LessThan);
            k += 2;
        } else if self.kw(k, Kw::Environ) {
            modifier = Some(Modifier::Approx);
            k += 1;
        }
        // "quelques jours", "plusieurs mois", "ces dernières années".
        let vague = self.kw(k, Kw::Quelques)
            || (self.kw(k, Kw::Ces) && self.kw(k + 1, Kw::Dernier))
            || (self.kw(k, Kw::Les) && self.kw(k + 1, Kw::Dernier));
        if vague {
            let u = if self.kw(k, Kw::Quelques) {
                k + 1
            } else {
                k + 2
            };
            let unit = match self.word(u)? {
                W::Unit(u) => u,
                W::Kw(Kw::Annees) => Unit::Year,
                _ => return None,
            };
            return Some((
                u + 1,
                Expr::Duration {
                    amount: None,
                    unit,
                    modifier,
                },
            ));
        }
        // "une dizaine de jours", "une quinzaine de jours": about 10, 15.
        let approx_at = if matches!(self.at(k), Some(L::W(W::Number(1)))) {
            k + 1
        } else {
            k
        };
        let about = match self.word(approx_at) {
            Some(W::Kw(Kw::Dizaine)) => Some(10),
            Some(W::Kw(Kw::Quinzaine)) => Some(15),
            Some(W::Kw(Kw::Vingtaine)) => Some(20),
            Some(W::Kw(Kw::Trentaine)) => Some(30),
            Some(W::Kw(Kw::Centaine)) => Some(100),
            _ => None,
        };
        if let Some(n) = about {
            if self.kw(approx_at + 1, Kw::De) {
                if let Some(unit) = self.unit(approx_at + 2) {
                    return Some((
                        approx_at + 3,
                        Expr::Duration {
                            amount: Some(n),
                            unit,
                            modifier: modifier.or(Some(Modifier::Approx)),
                        },
                    ));
                }
            }
        }
        if self.kw(k, Kw::Des) {
            let unit = match self.word(k + 1)? {
                W::Unit(u) => u,
                // Not "des années 1990" (a decade).
                W::Kw(Kw::Annees) if self.decade(k + 2).is_none() => Unit::Year,
                _ => return None,
            };
            if matches!(unit, Unit::Second | Unit::Minute) {
                return None;
            }
            return Some((
                k + 2,
                Expr::Duration {
                    amount: None,
                    unit,
                    modifier,
                },
            ));
        }
        if let Some(L::W(W::Kw(Kw::Annees))) = self.at(k + 1) {
            // "deux années", but not "les années 1990".
            if let Some((k2, n)) = self.amount(k) {
                if k2 == k + 1 {
                    return Some((
                        k + 2,
                        Expr::Duration {
                            amount: Some(n),
                            unit: Unit::Year,
                            modifier,
                        },
                    ));
                }
            }
        }
        let (k2, n) = self.amount(k)?;
        let unit = match self.at(k2) {
            Some(L::W(W::Unit(u))) => u,
            Some(L::Prime) if matches!(self.at(k), Some(L::Int { .. })) => Unit::Minute,
            Some(L::DoublePrime) if matches!(self.at(k), Some(L::Int { .. })) => Unit::Second,
            Some(L::W(W::Kw(Kw::Annees))) => Unit::Year,
            _ => return None,
        };
        Some((
            k2 + 1,
            Expr::Duration {
                amount: Some(n),
                unit,
                modifier,
            },
        ))
    }

    // ----- sets and reference words -----

    fn set(&self, i: usize) -> Parsed<Expr> {
        let k = if self.kw(i, Kw::Chaque) {
            i + 1
        } else if self.kw(i, Kw::Tous) && self.kw(i + 1, Kw::Les) {
            i + 2
        } else {
            return None;
        };
        let every = match self.word(k)? {
            W::Weekday(w) => Every::Weekday(w),
            W::Unit(u) => Every::Unit(u),
            W::Kw(Kw::Annees) => Every::Unit(Unit::Year),
            W::Part(p) => Every::Part(p),
            _ => return None,
        };
        Some((k + 1, Expr::Set(every)))
    }

    fn ref_word(&self, i: usize) -> Parsed<Expr> {
        match self.word(i)? {
            W::Kw(Kw::Maintenant | Kw::Actuellement) => Some((i + 1, Expr::Ref(RefWord::Present))),
            W::Kw(Kw::Autrefois) => Some((i + 1, Expr::Ref(RefWord::Past))),
            // "en ce moment", "à présent".
            W::Kw(Kw::En) if self.kw(i + 1, Kw::Ce) && self.kw(i + 2, Kw::Moment) => {
                Some((i + 3, Expr::Ref(RefWord::Present)))
            }
            W::Kw(Kw::A) if self.kw(i + 1, Kw::Present) => {
                Some((i + 2, Expr::Ref(RefWord::Present)))
            }
            W::Kw(Kw::A) if self.kw(i + 1, Kw::La) && self.kw(i + 2, Kw::Avenir) => {
                Some((i + 3, Expr::Ref(RefWord::Future)))
            }
            _ => None,
        }
    }
}

/// Bits of [`first_rules`]: [`Grammar::fortnight`].
const FORTNIGHT: u8 = 1;
/// [`Grammar::interval`] (ranges and "depuis", "jusqu'à"... included).
const INTERVAL: u8 = 1 << 1;
/// [`Grammar::shift_or_duration`].
const SHIFT_OR_DURATION: u8 = 1 << 2;
/// [`Grammar::set`].
const SET: u8 = 1 << 3;
/// [`Grammar::ref_word`].
const REF_WORD: u8 = 1 << 4;
/// [`Grammar::point`] with no bare year.
const POINT: u8 = 1 << 5;

/// Whether an expression that starts on an item of this kind holds more
/// than that item, and never goes on with a plain word (an [`L::Other`]) or
/// the end of the text: the weak keywords (articles, prepositions...), a
/// number, a season ("été" alone is a participle). A unit test checks it
/// on every item kind, before every other one.
#[inline]
const fn needs_a_next_item(kind: L) -> bool {
    match kind {
        L::Int { .. } | L::W(W::Number(_) | W::Season(_)) => true,
        L::W(w @ W::Kw(k)) => {
            !(crate::lex::is_anchor(w)
                || matches!(
                    k,
                    Kw::Nouvel | Kw::Tot | Kw::Debut | Kw::Fin | Kw::Mi | Kw::Milieu
                ))
        }
        _ => false,
    }
}

/// The rules of [`Grammar::parse`] that can match from an item of this
/// kind (bits [`FORTNIGHT`] to [`POINT`]): every rule first reads the item
/// it starts on and gives up unless it is one of those listed here (a
/// unit test checks it on random items). `O(1)`: a `match`.
///
/// Most items that start nothing are weak words next to a strong one
/// ("et", "a", "qui"), and most that start something start only one or
/// two rules ("de": a range; "le": a point, or a range through its first
/// end).
#[inline]
const fn first_rules(kind: L) -> u8 {
    /// What starts a point ([`Grammar::point_uncached`] and
    /// [`Grammar::core`]) also starts an interval: a range's first end is
    /// a point.
    const P: u8 = POINT | INTERVAL;
    match kind {
        L::Other | L::Comma | L::Stop | L::Colon | L::Slash | L::Prime | L::DoublePrime => 0,
        L::Dash => 0,
        // A day number starts a range ("13-15 juillet"), an amount a
        // duration or a shift ("3 jours", "les 3 derniers jours").
        L::Int { .. } => P | SHIFT_OR_DURATION,
        L::Clock { .. } | L::Dmy { .. } | L::MiMonth(_) | L::MiYear(_) => P,
        L::W(w) => match w {
            W::Number(_) => P | SHIFT_OR_DURATION,
            W::Ordinal(_) | W::Unit(_) => P | FORTNIGHT,
            W::Month(_) | W::Weekday(_) | W::Season(_) | W::Part(_) => P,
            W::Kw(k) => match k {
                // Approximations, prepositions and articles before a point.
                Kw::Vers | Kw::Aux | Kw::Autour | Kw::Courant | Kw::Le => P,
                Kw::La => P | FORTNIGHT,
                Kw::A => P | REF_WORD,
                Kw::En => P | REF_WORD,
                Kw::Au | Kw::Les | Kw::Dans | Kw::Environ => P | SHIFT_OR_DURATION,
                // Keyword points.
                Kw::Aujourdhui
                | Kw::Hier
                | Kw::AvantHier
                | Kw::Demain
                | Kw::ApresDemain
                | Kw::Veille
                | Kw::Lendemain
                | Kw::Midi
                | Kw::Minuit
                | Kw::Ce
                | Kw::Debut
                | Kw::Fin
                | Kw::Milieu
                | Kw::Mi
                | Kw::Tres
                | Kw::Tot
                | Kw::Fete
                | Kw::Paques
                | Kw::Ascension
                | Kw::Pentecote
                | Kw::MiJournee
                | Kw::Noel
                | Kw::Toussaint
                | Kw::Nouvel
                | Kw::Annees
                | Kw::Weekend => P,
                Kw::Dernier => P | FORTNIGHT,
                // Intervals.
                Kw::Depuis
                | Kw::Jusqu
                | Kw::De
                | Kw::Du
                | Kw::Entre
                | Kw::Des2
                | Kw::Avant
                | Kw::Apres => INTERVAL,
                // Shifts and durations.
                Kw::Des => SHIFT_OR_DURATION,
                Kw::Il
                | Kw::Pendant
                | Kw::Plus
                | Kw::Moins
                | Kw::Quelques
                | Kw::Ces
                | Kw::Dizaine
                | Kw::Quinzaine
                | Kw::Vingtaine
                | Kw::Trentaine
                | Kw::Centaine => SHIFT_OR_DURATION,
                Kw::Chaque | Kw::Tous => SET,
                Kw::Maintenant | Kw::Actuellement | Kw::Autrefois => REF_WORD,
                // Words read only inside an expression.
                Kw::Et
                | Kw::Ici
                | Kw::Partir
                | Kw::Y
                | Kw::Tard
                | Kw::Prochain
                | Kw::Suivant
                | Kw::Quart
                | Kw::Demi
                | Kw::Utc
                | Kw::Locale
                | Kw::Avenir
                | Kw::Peu
                | Kw::Que
                | Kw::Alentours
                | Kw::Cours
                | Kw::Moment
                | Kw::Has
                | Kw::Present
                | Kw::Fois
                | Kw::Qui
                | Kw::Suit
                | Kw::Travail => 0,
            },
        },
    }
}

fn with_mod(mut p: Point, m: Modifier) -> Point {
    p.modifier = Some(m);
    p
}

fn year_point(y: i32) -> Point {
    Point::new(Anchor::Cal {
        year: Some(y),
        month: None,
        day: None,
        weekday: None,
        rel: Rel::None,
    })
}

fn day_point(d: u32) -> Point {
    Point::new(Anchor::Cal {
        year: None,
        month: None,
        day: Some(d),
        weekday: None,
        rel: Rel::None,
    })
}

fn month_day(m: u32, d: u32) -> Point {
    Point::new(Anchor::Cal {
        year: None,
        month: Some(m),
        day: Some(d),
        weekday: None,
        rel: Rel::None,
    })
}

fn weekday_anchor(w: u32, rel: Rel) -> Anchor {
    Anchor::Cal {
        year: None,
        month: None,
        day: None,
        weekday: Some(w),
        rel,
    }
}

fn weekday_point(w: u32, rel: Rel) -> Point {
    Point::new(weekday_anchor(w, rel))
}

fn set_weekday(mut p: Point, w: u32) -> Point {
    if let Anchor::Cal { weekday, .. } = &mut p.anchor {
        *weekday = Some(w);
    }
    p
}

fn rel_offset(rel: Rel) -> i64 {
    match rel {
        Rel::Last | Rel::Preceding => -1,
        Rel::Next | Rel::Following => 1,
        _ => 0,
    }
}

/// Whether a point names a day (a clock time or a part of day may attach).
fn is_day_like(p: &Point) -> bool {
    matches!(
        p.anchor,
        Anchor::DayOffset(_)
            | Anchor::Cal { day: Some(_), .. }
            | Anchor::Cal {
                weekday: Some(_),
                ..
            }
    )
}

/// Whether a point names a date (not a bare clock or part of day).
fn is_dated(p: &Point) -> bool {
    !matches!(p.anchor, Anchor::Today) || p.clock.is_some()
}

/// Completes the ends of a range from each other: "du 3 au 5 juin" gives the
/// 3rd its month; "entre 10 et 20" (no month, no year) is not a range of dates.
fn merge_ends(mut left: Point, mut right: Point, days_only: bool) -> Option<(Point, Point)> {
    // Clock times: "de 9h30 à 11h jeudi", "de 11h30 à 1h30".
    let clock_only = |p: &Point| matches!(p.anchor, Anchor::Today) && p.clock.is_some();
    if clock_only(&left) && right.clock.is_some() {
        left.anchor = right.anchor;
        let right_alone = clock_only(&right);
        if let (Some(l), Some(r)) = (left.clock, right.clock.as_mut()) {
            // "de 11h30 à 1h30": the afternoon's half past one.
            if r.hour < l.hour && r.hour < 12 && l.hour < 12 + r.hour && right_alone {
                r.hour += 12;
            }
        }
        return Some((left, right));
    }
    if clock_only(&right) && (left.clock.is_some() || is_day_like(&left)) {
        right.anchor = left.anchor;
        return Some((left, right));
    }
    if let (
        Anchor::Cal {
            year: ly,
            month: lm,
            day: ld,
            ..
        },
        Anchor::Cal {
            year: ry,
            month: rm,
            day: rd,
            ..
        },
    ) = (&mut left.anchor, &mut right.anchor)
    {
        let left_has_date = lm.is_some() || ly.is_some();
        let right_has_date = rm.is_some() || ry.is_some();
        if !left_has_date && !right_has_date {
            // "du 13 au 18": days of the same month, found with an opener only.
            return (days_only && ld.is_some() && rd.is_some()).then_some((left, right));
        }
        if ld.is_some() && lm.is_none() && ly.is_none() {
            *lm = *rm;
            *ly = *ry;
        } else if lm.is_some() && ly.is_none() {
            *ly = *ry;
        }
        return Some((left, right));
    }
    let ok = |p: &Point| {
        !matches!(
            p.anchor,
            Anchor::Cal {
                month: None,
                year: None,
                weekday: None,
                ..
            }
        )
    };
    (ok(&left) && ok(&right)).then_some((left, right))
}

#[cfg(test)]
mod tests {
    use super::*;
    use depeche_text::Span;

    /// Items of every kind: the lexicon's classes and those the lexer
    /// makes, numbers of the lengths and ranges the rules test.
    fn alphabet() -> Vec<L> {
        let mut out: Vec<L> = crate::lexicon::word_classes().map(L::W).collect();
        out.push(L::W(W::Kw(Kw::Has)));
        out.push(L::W(W::Kw(Kw::Des2)));
        for n in [21, 24, 31, 45, 99] {
            out.push(L::W(W::Number(n)));
        }
        for (value, digits) in [
            (0, 1),
            (1, 1),
            (3, 1),
            (15, 2),
            (26, 2),
            (31, 2),
            (45, 2),
            (74, 2),
            (1990, 4),
            (2024, 4),
            (999, 3),
            (100_000, 6),
            (200_000, 6),
        ] {
            out.push(L::Int { value, digits });
        }
        out.extend([
            L::Clock {
                hour: 14,
                minute: Some(30),
            },
            L::Clock {
                hour: 8,
                minute: None,
            },
            L::Dmy {
                day: 26,
                month: 3,
                year: 2024,
            },
            L::MiMonth(3),
            L::MiYear(2023),
            L::Slash,
            L::Dash,
            L::Colon,
            L::Prime,
            L::DoublePrime,
            L::Comma,
            L::Stop,
            L::Other,
        ]);
        out.sort_by_key(|k| format!("{k:?}"));
        out.dedup();
        out
    }

    /// Whether each rule of [`Grammar::parse`] fails on `items` when
    /// [`first_rules`] of the first item leaves it out.
    fn check(items: &[L]) {
        let lx: Vec<Lex> = items
            .iter()
            .enumerate()
            .map(|(n, &kind)| Lex {
                kind,
                span: Span::new(n * 2, n * 2 + 1),
                strong_ahead: 0,
            })
            .collect();
        let g = Grammar::new(&lx);
        let rules = first_rules(items[0]);
        let off = |rule: u8| rules & rule == 0;
        let msg = || format!("{items:?}");
        if off(FORTNIGHT) {
            assert!(g.fortnight(0).is_none(), "fortnight {}", msg());
        }
        if off(INTERVAL) {
            assert!(g.interval(0).is_none(), "interval {}", msg());
        }
        if off(SHIFT_OR_DURATION) {
            assert!(g.shift_or_duration(0).is_none(), "shift {}", msg());
        }
        if off(SET) {
            assert!(g.set(0).is_none(), "set {}", msg());
        }
        if off(REF_WORD) {
            assert!(g.ref_word(0).is_none(), "ref {}", msg());
        }
        if off(POINT) {
            assert!(g.point(0, false).is_none(), "point {}", msg());
        }
    }

    #[test]
    fn items_that_need_more_start_nothing_before_a_plain_word() {
        let a = alphabet();
        let mut seed: u64 = 0x1234_5678_9abc_def1;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let parses = |items: &[L]| {
            let lx: Vec<Lex> = items
                .iter()
                .enumerate()
                .map(|(n, &kind)| Lex {
                    kind,
                    span: Span::new(n * 2, n * 2 + 1),
                    strong_ahead: 0,
                })
                .collect();
            let g = Grammar::new(&lx);
            // Every rule, whatever `first_rules` says.
            g.fortnight(0).is_some()
                || g.interval(0).is_some()
                || g.shift_or_duration(0).is_some()
                || g.set(0).is_some()
                || g.ref_word(0).is_some()
                || g.point(0, false).is_some()
        };
        let mut checked = 0;
        for &first in a.iter().filter(|&&k| needs_a_next_item(k)) {
            assert!(!parses(&[first]), "{first:?}");
            for &third in &a {
                for tail in 0..6 {
                    let mut items = vec![first, L::Other, third];
                    for _ in 0..tail {
                        items.push(a[next(a.len())]);
                    }
                    assert!(!parses(&items), "{items:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000);
    }

    #[test]
    fn rules_start_only_on_their_first_items() {
        let a = alphabet();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        // Every first item before every second one, then random tails.
        for &first in &a {
            for &second in &a {
                for tail in 0..12 {
                    let mut items = vec![first, second];
                    for _ in 0..tail % 6 {
                        items.push(a[next(a.len())]);
                    }
                    check(&items);
                }
            }
        }
    }
}
