//! What the grammar reads out of a temporal expression, before resolution.

use crate::lexicon::{PartOfDay, Season, Unit};
use crate::temporal::Modifier;

/// A relative cue on a calendar expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum Rel {
    /// None: direction from the bias.
    #[default]
    None,
    /// "dernier", "passé": strictly before the reference.
    Last,
    /// "prochain": strictly after the reference.
    Next,
    /// "ce", "cette semaine": in the reference's period.
    This,
    /// "suivant", "de la semaine prochaine": in the period after the
    /// reference's.
    Following,
    /// "de la semaine dernière".
    Preceding,
    /// "en huit": on or after a week from the reference.
    InEight,
    /// "en quinze": on or after two weeks from the reference.
    InFifteen,
}

/// A clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Clock {
    pub(crate) hour: u32,
    pub(crate) minute: Option<u32>,
}

/// A day named by its month and day, the year optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DaySpec {
    pub(crate) year: Option<i32>,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

/// A month named by the calendar or relative to the reference's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MonthSpec {
    Cal {
        year: Option<i32>,
        month: u32,
        rel: Rel,
    },
    Offset(i64),
}

/// What is counted in "le premier mercredi du mois", "la dernière semaine
/// de septembre".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Nth {
    Day,
    Week,
    Weekend,
    Weekday(u32),
}

/// What a point in time is anchored on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// A day relative to the reference's: 0 today, -1 yesterday.
    DayOffset(i64),
    /// Calendar fields, any of them missing.
    Cal {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
        weekday: Option<u32>,
        rel: Rel,
    },
    /// The period of `unit` that is `offset` periods from the reference's
    /// ("la semaine dernière" = week, -1).
    UnitRel { unit: Unit, offset: i64 },
    /// The reference shifted by an amount ("il y a trois jours").
    Shift { unit: Unit, amount: i64 },
    /// A season.
    Season {
        season: Season,
        year: Option<i32>,
        rel: Rel,
    },
    /// A quarter (1-4) or a half (5-6 for H1-H2) of a year.
    Quarter {
        n: u32,
        year: Option<i32>,
        half: bool,
    },
    /// A decade, by its first year / 10 (199 for the 1990s).
    Decade(i32),
    /// A century, by its first two digits (19 for the XXth).
    Century(i32),
    /// A weekend relative to the reference's week.
    Weekend(i64),
    /// Only a clock time or a part of day: on the reference's day.
    Today,
    /// Days from Easter Sunday: "Pâques" (0), "lundi de Pâques" (1),
    /// "l'Ascension" (39), "la Pentecôte" (49).
    Easter {
        days: i64,
        year: Option<i32>,
        rel: Rel,
    },
    /// Days from a named day: "le lendemain du 13 février".
    DaysFrom { base: DaySpec, days: i64 },
    /// The week of a named day: "la semaine du 6 octobre".
    WeekOf(DaySpec),
    /// The n-th (or, negative, n-th from the end) day, week or weekday of a
    /// month.
    NthOf { n: i32, what: Nth, month: MonthSpec },
}

/// A point in time: an anchor, a part of day, a clock time, a modifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Point {
    pub(crate) anchor: Anchor,
    pub(crate) part: Option<PartOfDay>,
    pub(crate) clock: Option<Clock>,
    pub(crate) modifier: Option<Modifier>,
}

impl Point {
    pub(crate) fn new(anchor: Anchor) -> Point {
        Point {
            anchor,
            part: None,
            clock: None,
            modifier: None,
        }
    }
}

/// A recurring time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Every {
    Weekday(u32),
    Unit(Unit),
    Part(PartOfDay),
}

/// A TIMEX3 reference token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RefWord {
    Present,
    Past,
    Future,
}

/// A temporal expression as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expr {
    Point(Point),
    Duration {
        /// `None` for a vague amount ("des années").
        amount: Option<u32>,
        unit: Unit,
        modifier: Option<Modifier>,
    },
    Interval {
        from: Option<Point>,
        to: Option<Point>,
        /// "depuis": the start lies on or before the reference.
        since: bool,
    },
    Set(Every),
    Ref(RefWord),
}
