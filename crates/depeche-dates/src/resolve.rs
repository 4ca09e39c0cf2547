//! Resolution: from what the grammar read to calendar values, against a
//! reference and in a direction.

use crate::bias::Direction;
use crate::expr::{Anchor, Clock, DaySpec, Every, Expr, MonthSpec, Nth, Point, RefWord, Rel};
use crate::lexicon::{PartOfDay, Season, Unit};
use crate::reference::Reference;
use crate::temporal::{Modifier, Precision, Temporal, TemporalKind};
use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, Timelike};
use core::fmt::Write;
use depeche_text::Span;

/// How far (in months) a search for a matching day goes ("jeudi 15").
const MONTH_SEARCH: u32 = 48;

/// A resolved calendar value, before formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Val {
    Date(NaiveDate),
    DateTime(NaiveDateTime, Precision),
    Month(i32, u32),
    Year(i32),
    Week(i32, u32),
    Weekend(i32, u32),
    Season(i32, Season),
    Quarter(i32, u32),
    Half(i32, u32),
    Decade(i32),
    Century(i32),
    /// A weekday the reference cannot pin down.
    SomeWeekday(u32),
    /// A day of the month of unknown month.
    SomeMonthDay(u32),
    /// A day the reference cannot pin down.
    SomeDay,
    /// A week the reference cannot pin down.
    SomeWeek,
    /// A month the reference cannot pin down.
    SomeMonth,
    /// Not a real calendar value ("31 février").
    Impossible,
}

impl Val {
    fn is_day(self) -> bool {
        matches!(
            self,
            Val::Date(_) | Val::SomeWeekday(_) | Val::SomeMonthDay(_) | Val::SomeDay
        )
    }

    fn precision(self) -> Option<Precision> {
        Some(match self {
            Val::Date(_) | Val::SomeWeekday(_) | Val::SomeMonthDay(_) | Val::SomeDay => {
                Precision::Day
            }
            Val::DateTime(_, p) => p,
            Val::Month(..) | Val::SomeMonth => Precision::Month,
            Val::Year(_) => Precision::Year,
            Val::Week(..) | Val::Weekend(..) | Val::SomeWeek => Precision::Week,
            Val::Season(..) => Precision::Season,
            Val::Quarter(..) | Val::Half(..) => Precision::Quarter,
            Val::Decade(_) => Precision::Decade,
            Val::Century(_) => Precision::Century,
            Val::Impossible => return None,
        })
    }

    fn write(self, out: &mut String) -> bool {
        // Writing to a String never fails.
        let _ = match self {
            Val::Date(d) => {
                // The common values are written without the formatting
                // machinery (as `{:04}-{:02}-{:02}` would write them).
                push_padded(out, i64::from(d.year()), 4);
                out.push('-');
                push_padded(out, i64::from(d.month()), 2);
                out.push('-');
                push_padded(out, i64::from(d.day()), 2);
                Ok(())
            }
            Val::DateTime(dt, p) => {
                let d = dt.date();
                let _ = write!(
                    out,
                    "{:04}-{:02}-{:02}T{:02}:{:02}",
                    d.year(),
                    d.month(),
                    d.day(),
                    dt.hour(),
                    dt.minute()
                );
                if p == Precision::Second {
                    let _ = write!(out, ":{:02}", dt.second());
                }
                Ok(())
            }
            Val::Month(y, m) => {
                push_padded(out, i64::from(y), 4);
                out.push('-');
                push_padded(out, i64::from(m), 2);
                Ok(())
            }
            Val::Year(y) => {
                push_padded(out, i64::from(y), 4);
                Ok(())
            }
            Val::Week(y, w) => write!(out, "{y:04}-W{w:02}"),
            Val::Weekend(y, w) => write!(out, "{y:04}-W{w:02}-WE"),
            Val::Season(y, s) => write!(out, "{y:04}-{}", s.code()),
            Val::Quarter(y, q) => write!(out, "{y:04}-Q{q}"),
            Val::Half(y, h) => write!(out, "{y:04}-H{h}"),
            Val::Decade(d) => write!(out, "{d:03}X"),
            Val::Century(c) => write!(out, "{c:02}XX"),
            Val::SomeWeekday(w) => write!(out, "XXXX-WXX-{w}"),
            Val::SomeMonthDay(d) => write!(out, "XXXX-XX-{d:02}"),
            Val::SomeDay => write!(out, "XXXX-XX-XX"),
            Val::SomeWeek => write!(out, "XXXX-WXX"),
            Val::SomeMonth => write!(out, "XXXX-XX"),
            Val::Impossible => return false,
        };
        true
    }
}

/// Appends `v` in decimal, padded with zeros to `width` chars (a minus
/// sign counting as one), as `{v:0width$}` writes it.
fn push_padded(out: &mut String, v: i64, width: usize) {
    // The common case: a year, a month, a day.
    if let (Ok(small @ 0..=9999), 0..=4) = (u16::try_from(v), width) {
        let digits = [
            b'0' + (small / 1000) as u8,
            b'0' + (small / 100 % 10) as u8,
            b'0' + (small / 10 % 10) as u8,
            b'0' + (small % 10) as u8,
        ];
        let len = match small {
            0..=9 => 1,
            10..=99 => 2,
            100..=999 => 3,
            _ => 4,
        };
        let from = 4 - len.max(width);
        // ASCII digits: each byte a char, with no UTF-8 check.
        out.extend(digits.iter().skip(from).map(|&d| char::from(d)));
        return;
    }
    // Written right to left into a buffer, then appended at once.
    let mut buf = [b'0'; 40];
    let mut at = buf.len();
    let mut n = v.unsigned_abs();
    loop {
        at -= 1;
        if let Some(d) = buf.get_mut(at) {
            // n % 10 < 10: the cast cannot truncate.
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let sign = usize::from(v < 0);
    // The zeros are already in the buffer.
    let digits = buf.len() - at;
    at = at.saturating_sub(width.saturating_sub(digits + sign).min(at - sign));
    if v < 0 {
        out.push('-');
    }
    out.push_str(std::str::from_utf8(buf.get(at..).unwrap_or(&[])).unwrap_or(""));
}

/// A resolved point: its value, precision and modifier.
struct Resolved {
    value: Option<String>,
    precision: Option<Precision>,
    modifier: Option<Modifier>,
    has_clock: bool,
    dated: bool,
}

/// Resolves an expression found at `span`.
pub(crate) fn resolve(expr: &Expr, span: Span, r: &Reference, dir: Direction) -> Temporal {
    let mut t = Temporal {
        span,
        kind: TemporalKind::Date,
        value: None,
        precision: None,
        modifier: None,
        from: None,
        to: None,
    };
    match *expr {
        Expr::Point(p) => {
            let res = resolve_point(&p, r, dir);
            t.kind = match (res.has_clock, res.dated) {
                (true, true) => TemporalKind::Datetime,
                (true, false) => TemporalKind::Time,
                _ => TemporalKind::Date,
            };
            t.value = res.value;
            t.precision = res.precision;
            t.modifier = res.modifier;
        }
        Expr::Duration {
            amount,
            unit,
            modifier,
        } => {
            t.kind = TemporalKind::Duration;
            t.value = Some(duration_value(amount, unit));
            t.modifier = modifier;
        }
        Expr::Interval { from, to, since } => {
            t.kind = TemporalKind::Interval;
            // "depuis": the start lies in the past.
            let from_dir = if since { Direction::Past } else { dir };
            let f = from.map(|p| resolve_point(&p, r, from_dir));
            let mut to_res = to.map(|p| resolve_point(&p, r, dir));
            // "du 28 décembre au 3 janvier": the end follows the start.
            if let (Some(fp), Some(tp), Some(f)) = (from, to, f.as_ref()) {
                if let (Some(fv), Some(tv)) = (
                    f.value.as_deref(),
                    to_res.as_ref().and_then(|t| t.value.as_deref()),
                ) {
                    if tv < fv && fv.len() == tv.len() && !fv.starts_with('X') {
                        let forward = resolve_point(&tp, r, Direction::Future);
                        if forward.value.as_deref().is_some_and(|v| v >= fv) {
                            to_res = Some(forward);
                        }
                    }
                }
                let _ = fp;
            }
            // The finer precision of the two ends.
            t.precision = f
                .as_ref()
                .and_then(|f| f.precision)
                .max(to_res.as_ref().and_then(|t| t.precision));
            t.from = f.and_then(|f| f.value);
            t.to = to_res.and_then(|t| t.value);
            // Ends that cannot be put in order are no reading of the text
            // ("3/4/47-7"): leave the interval unresolved, as an impossible
            // date is.
            if let Some(b) = t.bounds() {
                if matches!((b.start, b.end), (Some(s), Some(e)) if s > e) {
                    t.from = None;
                    t.to = None;
                }
            }
        }
        Expr::Set(every) => {
            t.kind = TemporalKind::Set;
            let (value, precision) = match every {
                Every::Weekday(w) => (format!("XXXX-WXX-{w}"), Precision::Day),
                Every::Unit(u) => (duration_value(Some(1), u), unit_precision(u)),
                Every::Part(p) => (format!("XXXX-XX-XXT{}", p.code()), Precision::PartOfDay),
            };
            t.value = Some(value);
            t.precision = Some(precision);
        }
        Expr::Ref(w) => {
            t.value = Some(
                match w {
                    RefWord::Present => "PRESENT_REF",
                    RefWord::Past => "PAST_REF",
                    RefWord::Future => "FUTURE_REF",
                }
                .to_owned(),
            );
        }
    }
    t
}

/// Whether `expr` surely resolves the same in both directions against
/// `r`, told from the calendar values of its points before any string is
/// written: the direction reaches a resolution only through
/// [`anchor_value`] and, for a lone clock time, the reference's time of
/// day (a new use of the direction must be added here: the finder checks
/// the claim by a debug assertion, which the tests exercise). False when
/// they may differ (then resolve both ways and compare). `O(1)`, no
/// allocation.
pub(crate) fn same_both_ways(expr: &Expr, r: &Reference) -> bool {
    if r.time().is_some() {
        return false;
    }
    let same = |p: &Point| {
        anchor_value(&p.anchor, r, Direction::Past) == anchor_value(&p.anchor, r, Direction::Future)
    };
    match expr {
        Expr::Point(p) => same(p),
        Expr::Interval { from, to, .. } => {
            from.as_ref().map_or(true, same) && to.as_ref().map_or(true, same)
        }
        Expr::Duration { .. } | Expr::Set(_) | Expr::Ref(_) => true,
    }
}

fn unit_precision(u: Unit) -> Precision {
    match u {
        Unit::Second => Precision::Second,
        Unit::Minute => Precision::Minute,
        Unit::Hour => Precision::Hour,
        Unit::Day => Precision::Day,
        Unit::Week => Precision::Week,
        Unit::Month => Precision::Month,
        Unit::Quarter | Unit::Half => Precision::Quarter,
        Unit::Year => Precision::Year,
        Unit::Decade => Precision::Decade,
        Unit::Century => Precision::Century,
    }
}

/// The TIMEX3 duration value: "P4D", "PT2H", "PXY".
pub(crate) fn duration_value(amount: Option<u32>, unit: Unit) -> String {
    let (time, suffix) = match unit {
        Unit::Second => (true, "S"),
        Unit::Minute => (true, "M"),
        Unit::Hour => (true, "H"),
        Unit::Day => (false, "D"),
        Unit::Week => (false, "W"),
        Unit::Month => (false, "M"),
        Unit::Quarter => (false, "Q"),
        Unit::Half => {
            return match amount.and_then(|n| n.checked_mul(6)) {
                Some(m) => {
                    let mut out = String::with_capacity(16);
                    out.push('P');
                    push_padded(&mut out, i64::from(m), 0);
                    out.push('M');
                    out
                }
                None => "PXM".to_owned(),
            }
        }
        Unit::Year => (false, "Y"),
        Unit::Decade => (false, "DE"),
        Unit::Century => (false, "CE"),
    };
    // As `format!("P{n}{suffix}")` (`PT` for time units) writes it, with
    // one allocation.
    let mut out = String::with_capacity(16);
    out.push_str(if time { "PT" } else { "P" });
    match amount {
        Some(n) => push_padded(&mut out, i64::from(n), 0),
        None => out.push('X'),
    }
    out.push_str(suffix);
    out
}

fn resolve_point(p: &Point, r: &Reference, dir: Direction) -> Resolved {
    let mut val = anchor_value(&p.anchor, r, dir);
    let mut modifier = p.modifier;
    let dated = !matches!(p.anchor, Anchor::Today);
    // A clock time on a day.
    let mut suffix: Option<String> = None;
    let mut precision = val.precision();
    if let Some(c) = p.clock {
        let c = Clock {
            hour: c.hour,
            minute: c.minute,
        };
        let prec = if c.minute.is_some() {
            Precision::Minute
        } else {
            Precision::Hour
        };
        // "à 3 heures cet après-midi", "vers 6h dans la soirée".
        let hour = match p.part {
            Some(PartOfDay::Afternoon | PartOfDay::Evening) if c.hour < 12 => c.hour + 12,
            _ => c.hour,
        };
        let (h, m) = (hour % 24, c.minute.unwrap_or(0));
        // "24h", or the small hours of a night ("dans la nuit de dimanche à
        // lundi vers 3 heures"): the next day.
        let midnight_next = c.hour == 24
            || (p.part == Some(PartOfDay::Night)
                && hour < 12
                && !matches!(p.anchor, Anchor::Today));
        match val {
            Val::Date(d) => {
                let mut d = d;
                if matches!(p.anchor, Anchor::Today) {
                    // A clock alone: today, or the next/previous one by the
                    // reference's time of day.
                    if let Some(now) = r.time() {
                        let t = (h, m);
                        let n = (now.hour(), now.minute());
                        if dir == Direction::Future
                            && (t < n || (t == n && c.minute.is_none() && now.minute() > 0))
                        {
                            d = d.succ_opt().unwrap_or(d);
                        } else if dir == Direction::Past
                            && t > n
                            && p.modifier != Some(Modifier::Before)
                        {
                            d = d.pred_opt().unwrap_or(d);
                        }
                    }
                }
                if midnight_next {
                    d = d.succ_opt().unwrap_or(d);
                }
                match d.and_hms_opt(h, m, 0) {
                    Some(dt) => val = Val::DateTime(dt, prec),
                    None => val = Val::Impossible,
                }
                precision = Some(prec);
            }
            v if v.is_day() => {
                suffix = Some(format!("T{h:02}:{m:02}"));
                precision = Some(prec);
            }
            _ => {}
        }
    } else if let Some(part) = p.part {
        if val.is_day() {
            suffix = Some(format!("T{}", part.code()));
            precision = Some(Precision::PartOfDay);
        }
    }
    if matches!(val, Val::Impossible) {
        precision = None;
        modifier = p.modifier;
    }
    let mut value = String::with_capacity(24);
    let value = if val.write(&mut value) {
        if let Some(s) = suffix {
            value.push_str(&s);
        }
        Some(value)
    } else {
        None
    };
    Resolved {
        value,
        precision,
        modifier,
        has_clock: p.clock.is_some(),
        dated,
    }
}

fn ym_add(y: i32, m: u32, delta: i64) -> Option<(i32, u32)> {
    let idx = i64::from(y).checked_mul(12)? + i64::from(m) - 1 + delta;
    let y = i32::try_from(idx.div_euclid(12)).ok()?;
    let m = u32::try_from(idx.rem_euclid(12)).ok()? + 1;
    Some((y, m))
}

fn iso_week(d: NaiveDate) -> (i32, u32) {
    let w = d.iso_week();
    (w.year(), w.week())
}

fn weekday_num(d: NaiveDate) -> i64 {
    i64::from(d.weekday().number_from_monday())
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(u64::try_from(n).ok()?))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn year_check(y: i32) -> Val {
    if (0..=9999).contains(&y) {
        Val::Year(y)
    } else {
        Val::Impossible
    }
}

fn anchor_value(a: &Anchor, r: &Reference, dir: Direction) -> Val {
    let today = r.date();
    match *a {
        Anchor::Today => today.map_or(Val::SomeDay, Val::Date),
        Anchor::DaysFrom { base, days } => match named_day(base, r, dir) {
            Val::Date(d) => add_days(d, days).map_or(Val::Impossible, Val::Date),
            other => other,
        },
        Anchor::WeekOf(base) => match named_day(base, r, dir) {
            Val::Date(d) => {
                let (y, w) = iso_week(d);
                Val::Week(y, w)
            }
            other => other,
        },
        Anchor::NthOf { n, what, month } => {
            let m = match month {
                MonthSpec::Cal { year, month, rel } => {
                    calendar(year, Some(month), None, None, rel, r, dir)
                }
                MonthSpec::Offset(o) => unit_relative(Unit::Month, o, r),
            };
            match m {
                Val::Month(y, m) => nth_of(y, m, n, what),
                Val::SomeMonth => Val::SomeDay,
                _ => Val::Impossible,
            }
        }
        Anchor::DayOffset(n) => match today {
            Some(d) => add_days(d, n).map_or(Val::Impossible, Val::Date),
            None => Val::SomeDay,
        },
        Anchor::Cal {
            year,
            month,
            day,
            weekday,
            rel,
        } => calendar(year, month, day, weekday, rel, r, dir),
        Anchor::UnitRel { unit, offset } => unit_relative(unit, offset, r),
        Anchor::Shift { unit, amount } => shift(unit, amount, r),
        Anchor::Season { season, year, rel } => match year {
            Some(y) => Val::Season(y, season),
            None => season_value(season, rel, r, dir),
        },
        Anchor::Quarter { n, year, half } => {
            let y = year.unwrap_or(r.year());
            if half {
                Val::Half(y, n)
            } else {
                Val::Quarter(y, n)
            }
        }
        Anchor::Decade(d) => Val::Decade(d),
        Anchor::Century(c) => Val::Century(c),
        Anchor::Easter { days, year, rel } => easter_day(days, year, rel, r, dir),
        Anchor::Weekend(off) => match today.and_then(|d| add_days(d, off * 7)) {
            Some(d) => {
                let (y, w) = iso_week(d);
                Val::Weekend(y, w)
            }
            None => Val::SomeWeek,
        },
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// A day `days` after Easter: of the given year, or the occurrence around
/// the reference in the direction (or the cue's).
fn easter_day(days: i64, year: Option<i32>, rel: Rel, r: &Reference, dir: Direction) -> Val {
    let at = |y: i32| easter(y).and_then(|e| add_days(e, days));
    if let Some(y) = year {
        return at(y).map_or(Val::Impossible, Val::Date);
    }
    let ry = r.year();
    // Without a day, the reference's month stands for "now".
    let now = match (r.date(), r.month()) {
        (Some(d), _) => Some(d),
        (None, Some(m)) => NaiveDate::from_ymd_opt(ry, m, 1),
        (None, None) => None,
    };
    let Some(now) = now else {
        return at(ry).map_or(Val::Impossible, Val::Date);
    };
    let (back, inclusive) = match rel {
        Rel::Last | Rel::Preceding => (true, false),
        Rel::Next | Rel::Following | Rel::InEight | Rel::InFifteen => (false, false),
        Rel::This | Rel::None => (dir == Direction::Past, true),
    };
    let candidates = [ry.checked_sub(1), Some(ry), ry.checked_add(1)];
    let pick = if back {
        candidates
            .iter()
            .rev()
            .filter_map(|y| y.and_then(at))
            .find(|d| *d < now || (inclusive && *d == now))
    } else {
        candidates
            .iter()
            .filter_map(|y| y.and_then(at))
            .find(|d| *d > now || (inclusive && *d == now))
    };
    pick.map_or(Val::Impossible, Val::Date)
}

fn named_day(base: DaySpec, r: &Reference, dir: Direction) -> Val {
    calendar(
        base.year,
        Some(base.month),
        Some(base.day),
        None,
        Rel::None,
        r,
        dir,
    )
}

/// The n-th day, week, weekend or weekday of a month; n < 0 counts from
/// the end. A week belongs to the month of its Monday when counted from the
/// start, of its Sunday when counted from the end; a weekend to the month
/// of its Saturday.
fn nth_of(y: i32, m: u32, n: i32, what: Nth) -> Val {
    let Some(first) = NaiveDate::from_ymd_opt(y, m, 1) else {
        return Val::Impossible;
    };
    let Some(last) = first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
    else {
        return Val::Impossible;
    };
    // The n-th given weekday (1 = Monday) of the month.
    let nth_weekday = |w: i64| -> Option<NaiveDate> {
        if n > 0 {
            let d = add_days(
                first,
                (w - weekday_num(first)).rem_euclid(7) + 7 * (i64::from(n) - 1),
            )?;
            (d <= last).then_some(d)
        } else {
            let d = add_days(
                last,
                -((weekday_num(last) - w).rem_euclid(7)) - 7 * (i64::from(-n) - 1),
            )?;
            (d >= first).then_some(d)
        }
    };
    let found = match what {
        Nth::Day => {
            if n > 0 {
                u32::try_from(n)
                    .ok()
                    .and_then(|d| NaiveDate::from_ymd_opt(y, m, d))
                    .map(Val::Date)
            } else {
                add_days(last, i64::from(n) + 1)
                    .filter(|d| *d >= first)
                    .map(Val::Date)
            }
        }
        Nth::Weekday(w) => nth_weekday(i64::from(w)).map(Val::Date),
        Nth::Week => nth_weekday(if n > 0 { 1 } else { 7 }).map(|d| {
            let (y, w) = iso_week(d);
            Val::Week(y, w)
        }),
        Nth::Weekend => nth_weekday(6).map(|d| {
            let (y, w) = iso_week(d);
            Val::Weekend(y, w)
        }),
    };
    found.unwrap_or(Val::Impossible)
}

fn calendar(
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<u32>,
    rel: Rel,
    r: &Reference,
    dir: Direction,
) -> Val {
    if month.is_some_and(|m| !(1..=12).contains(&m)) || day.is_some_and(|d| !(1..=31).contains(&d))
    {
        return Val::Impossible;
    }
    let (ry, rm, today) = (r.year(), r.month(), r.date());
    // Which way: the cue wins over the direction.
    let (back, inclusive) = match rel {
        Rel::Last | Rel::Preceding => (true, false),
        Rel::Next | Rel::Following | Rel::InEight | Rel::InFifteen => (false, false),
        Rel::This | Rel::None => (dir == Direction::Past, true),
    };
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => {
            NaiveDate::from_ymd_opt(y, m, d).map_or(Val::Impossible, Val::Date)
        }
        (Some(y), Some(m), None) => Val::Month(y, m),
        (Some(y), None, _) => year_check(y),
        (None, Some(m), Some(d)) => {
            // The year of "26 mars": by the reference and the direction.
            let y = match (today, rm) {
                (Some(t), _) => pick_year(ry, (m, d), (t.month(), t.day()), back, inclusive),
                (None, Some(rm)) => pick_year(ry, (m, 0), (rm, 0), back, true),
                (None, None) => ry,
            };
            NaiveDate::from_ymd_opt(y, m, d).map_or(Val::Impossible, Val::Date)
        }
        (None, Some(m), None) => match rm {
            Some(rm) => {
                let y = pick_year(ry, (m, 0), (rm, 0), back, inclusive);
                Val::Month(y, m)
            }
            None => Val::Month(ry, m),
        },
        (None, None, Some(d)) => match (today, rm) {
            (Some(t), _) => month_day(t, d, weekday, back, inclusive),
            (None, Some(rm)) => {
                NaiveDate::from_ymd_opt(ry, rm, d).map_or(Val::Impossible, Val::Date)
            }
            (None, None) => Val::SomeMonthDay(d),
        },
        (None, None, None) => match (weekday, today) {
            (Some(w), Some(t)) => weekday_date(t, i64::from(w), rel, dir),
            (Some(w), None) => Val::SomeWeekday(w),
            (None, _) => Val::Impossible,
        },
    }
}

/// The year of a (month, day) around the reference's: on or before it when
/// looking back, on or after it otherwise (`inclusive` keeps the reference's
/// own period).
fn pick_year(ry: i32, md: (u32, u32), now: (u32, u32), back: bool, inclusive: bool) -> i32 {
    if back {
        if md < now || (inclusive && md == now) {
            ry
        } else {
            ry - 1
        }
    } else if md > now || (inclusive && md == now) {
        ry
    } else {
        ry + 1
    }
}

/// "le 2", "jeudi 15": a day of the month near the reference.
fn month_day(t: NaiveDate, d: u32, weekday: Option<u32>, back: bool, inclusive: bool) -> Val {
    let ok = |c: NaiveDate| weekday.map_or(true, |w| c.weekday().number_from_monday() == w);
    let (y, m) = (t.year(), t.month());
    for k in 0..=i64::from(MONTH_SEARCH) {
        let delta = if back { -k } else { k };
        let Some((cy, cm)) = ym_add(y, m, delta) else {
            return Val::Impossible;
        };
        let Some(c) = NaiveDate::from_ymd_opt(cy, cm, d) else {
            continue;
        };
        let in_dir = if back {
            c < t || (inclusive && c == t)
        } else {
            c > t || (inclusive && c == t)
        };
        if in_dir && ok(c) {
            return Val::Date(c);
        }
    }
    Val::Impossible
}

/// A weekday relative to the reference's day.
fn weekday_date(t: NaiveDate, w: i64, rel: Rel, dir: Direction) -> Val {
    let tw = weekday_num(t);
    let back = (tw - w).rem_euclid(7);
    let fwd = (w - tw).rem_euclid(7);
    let monday = add_days(t, 1 - tw);
    let delta = match rel {
        Rel::None if dir == Direction::Past => -back,
        Rel::None => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Rel::Last => {
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        Rel::Next => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Rel::This | Rel::Following | Rel::Preceding => {
            let week = match rel {
                Rel::Following => 7,
                Rel::Preceding => -7,
                _ => 0,
            };
            return monday
                .and_then(|m| add_days(m, w - 1 + week))
                .map_or(Val::Impossible, Val::Date);
        }
        Rel::InEight | Rel::InFifteen => {
            let base = if rel == Rel::InEight { 7 } else { 14 };
            let from_w = (tw + base - 1).rem_euclid(7) + 1;
            base + (w - from_w).rem_euclid(7)
        }
    };
    add_days(t, delta).map_or(Val::Impossible, Val::Date)
}

fn unit_relative(unit: Unit, offset: i64, r: &Reference) -> Val {
    let ry = r.year();
    let year = |n: i64| i32::try_from(i64::from(ry) + n).map_or(Val::Impossible, year_check);
    match unit {
        Unit::Year => year(offset),
        Unit::Month => match r.month().and_then(|m| ym_add(ry, m, offset)) {
            Some((y, m)) => Val::Month(y, m),
            None => Val::SomeMonth,
        },
        Unit::Week => match r.date().and_then(|d| add_days(d, offset * 7)) {
            Some(d) => {
                let (y, w) = iso_week(d);
                Val::Week(y, w)
            }
            None => Val::SomeWeek,
        },
        Unit::Day => match r.date().and_then(|d| add_days(d, offset)) {
            Some(d) => Val::Date(d),
            None => Val::SomeDay,
        },
        Unit::Quarter | Unit::Half => {
            let Some(m) = r.month() else {
                return year(0);
            };
            let per = if unit == Unit::Quarter { 4 } else { 2 };
            let len = 12 / per;
            let idx = i64::from(ry) * per + i64::from((m - 1) / len as u32) + offset;
            let (y, q) = (idx.div_euclid(per), idx.rem_euclid(per) + 1);
            match (i32::try_from(y), u32::try_from(q)) {
                (Ok(y), Ok(q)) if unit == Unit::Quarter => Val::Quarter(y, q),
                (Ok(y), Ok(q)) => Val::Half(y, q),
                _ => Val::Impossible,
            }
        }
        Unit::Decade => {
            i32::try_from(i64::from(ry) / 10 + offset).map_or(Val::Impossible, Val::Decade)
        }
        Unit::Century => {
            i32::try_from(i64::from(ry) / 100 + offset).map_or(Val::Impossible, Val::Century)
        }
        Unit::Second | Unit::Minute | Unit::Hour => {
            let Some(now) = r.datetime() else {
                return Val::Impossible;
            };
            let (step, precision) = match unit {
                Unit::Second => (1, Precision::Second),
                Unit::Minute => (60, Precision::Minute),
                _ => (3600, Precision::Hour),
            };
            let secs = i64::from(now.num_seconds_from_midnight());
            let base = now.date().and_time(chrono::NaiveTime::MIN);
            secs.checked_sub(secs % step)
                .and_then(|t| offset.checked_mul(step).and_then(|o| t.checked_add(o)))
                .and_then(chrono::TimeDelta::try_seconds)
                .and_then(|d| base.checked_add_signed(d))
                .map_or(Val::Impossible, |dt| Val::DateTime(dt, precision))
        }
    }
}

/// The reference moved by an amount of a unit, at that unit's precision.
fn shift(unit: Unit, amount: i64, r: &Reference) -> Val {
    let months = |n: i64| -> Option<NaiveDate> {
        let d = r.date()?;
        let k = u32::try_from(n.unsigned_abs()).ok()?;
        if n >= 0 {
            d.checked_add_months(Months::new(k))
        } else {
            d.checked_sub_months(Months::new(k))
        }
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => {
            let secs = match unit {
                Unit::Second => Some(amount),
                Unit::Minute => amount.checked_mul(60),
                _ => amount.checked_mul(3600),
            };
            match (r.datetime(), secs) {
                (Some(now), Some(s)) => {
                    let p = if unit == Unit::Second {
                        Precision::Second
                    } else {
                        Precision::Minute
                    };
                    chrono::TimeDelta::try_seconds(s)
                        .and_then(|d| now.checked_add_signed(d))
                        .map_or(Val::Impossible, |dt| Val::DateTime(dt, p))
                }
                _ => r.date().map_or(Val::SomeDay, Val::Date),
            }
        }
        Unit::Day => r.date().map_or(Val::SomeDay, |d| {
            add_days(d, amount).map_or(Val::Impossible, Val::Date)
        }),
        Unit::Week => r.date().map_or(Val::SomeDay, |d| {
            amount
                .checked_mul(7)
                .and_then(|n| add_days(d, n))
                .map_or(Val::Impossible, Val::Date)
        }),
        Unit::Month | Unit::Quarter | Unit::Half => {
            let per = match unit {
                Unit::Quarter => 3,
                Unit::Half => 6,
                _ => 1,
            };
            let Some(n) = amount.checked_mul(per) else {
                return Val::Impossible;
            };
            match (r.date(), r.month()) {
                (Some(_), _) => months(n).map_or(Val::Impossible, Val::Date),
                (None, Some(m)) => {
                    ym_add(r.year(), m, n).map_or(Val::Impossible, |(y, m)| Val::Month(y, m))
                }
                (None, None) => Val::SomeMonth,
            }
        }
        Unit::Year | Unit::Decade | Unit::Century => {
            let per = match unit {
                Unit::Decade => 10,
                Unit::Century => 100,
                _ => 1,
            };
            amount
                .checked_mul(per)
                .and_then(|n| i64::from(r.year()).checked_add(n))
                .and_then(|y| i32::try_from(y).ok())
                .map_or(Val::Impossible, year_check)
        }
    }
}

/// Seasons in calendar order within a year: spring, summer, autumn, winter
/// (the winter that starts in December).
fn season_index(s: Season) -> i64 {
    match s {
        Season::Spring => 0,
        Season::Summer => 1,
        Season::Autumn => 2,
        Season::Winter => 3,
    }
}

fn season_value(season: Season, rel: Rel, r: &Reference, dir: Direction) -> Val {
    let ry = i64::from(r.year());
    let Some(m) = r.month() else {
        return Val::Season(r.year(), season);
    };
    // The season the reference is in, as an ordinal.
    let current = match m {
        3..=5 => ry * 4,
        6..=8 => ry * 4 + 1,
        9..=11 => ry * 4 + 2,
        12 => ry * 4 + 3,
        _ => (ry - 1) * 4 + 3,
    };
    let idx = season_index(season);
    // The occurrence of `season` at or before `current`.
    let at_or_before = current - (current - idx).rem_euclid(4);
    let ord = match rel {
        Rel::Last | Rel::Preceding => {
            if at_or_before == current {
                current - 4
            } else {
                at_or_before
            }
        }
        Rel::Next | Rel::Following | Rel::InEight | Rel::InFifteen => at_or_before + 4,
        // "cet été", "cet hiver": the season the reference is in, else the
        // one of the reference's year, whatever the tense ("cet été" in May
        // is the coming summer; "ce printemps" in November the past one).
        Rel::This => {
            if at_or_before == current {
                current
            } else {
                ry * 4 + idx
            }
        }
        Rel::None => {
            if at_or_before == current || dir == Direction::Past {
                at_or_before
            } else {
                at_or_before + 4
            }
        }
    };
    match i32::try_from(ord.div_euclid(4)) {
        Ok(y) => Val::Season(y, season),
        Err(_) => Val::Impossible,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn durations_as_format_writes_them() {
        let units = [
            Unit::Second,
            Unit::Minute,
            Unit::Hour,
            Unit::Day,
            Unit::Week,
            Unit::Month,
            Unit::Quarter,
            Unit::Half,
            Unit::Year,
            Unit::Decade,
            Unit::Century,
        ];
        for unit in units {
            for amount in [
                None,
                Some(0),
                Some(1),
                Some(4),
                Some(12),
                Some(715_827_883),
                Some(u32::MAX),
            ] {
                let n = amount.map_or("X".to_owned(), |n| n.to_string());
                let expected = match unit {
                    Unit::Half => match amount.and_then(|n| n.checked_mul(6)) {
                        Some(m) => format!("P{m}M"),
                        None => "PXM".to_owned(),
                    },
                    Unit::Second => format!("PT{n}S"),
                    Unit::Minute => format!("PT{n}M"),
                    Unit::Hour => format!("PT{n}H"),
                    Unit::Day => format!("P{n}D"),
                    Unit::Week => format!("P{n}W"),
                    Unit::Month => format!("P{n}M"),
                    Unit::Quarter => format!("P{n}Q"),
                    Unit::Year => format!("P{n}Y"),
                    Unit::Decade => format!("P{n}DE"),
                    Unit::Century => format!("P{n}CE"),
                };
                assert_eq!(duration_value(amount, unit), expected);
            }
        }
    }

    #[test]
    fn padded_numbers_as_format_writes_them() {
        for v in [
            0i64,
            5,
            -5,
            42,
            -42,
            999,
            2024,
            -2024,
            12345,
            -123456,
            i64::MAX,
            i64::MIN,
        ] {
            for width in 0..7 {
                let mut out = String::new();
                push_padded(&mut out, v, width);
                assert_eq!(out, format!("{v:0width$}"), "{v} {width}");
            }
        }
    }

    use super::*;

    #[test]
    fn easter_sundays() {
        for (y, m, d) in [
            (1900, 4, 15),
            (2000, 4, 23),
            (2024, 3, 31),
            (2025, 4, 20),
            (2100, 3, 28),
        ] {
            assert_eq!(easter(y), NaiveDate::from_ymd_opt(y, m, d), "{y}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(duration_value(Some(4), Unit::Day), "P4D");
        assert_eq!(duration_value(Some(2), Unit::Hour), "PT2H");
        assert_eq!(duration_value(None, Unit::Year), "PXY");
        assert_eq!(duration_value(Some(3), Unit::Half), "P18M");
        assert_eq!(duration_value(Some(u32::MAX), Unit::Half), "PXM");
    }
}
