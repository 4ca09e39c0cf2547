//! The calendar stretch a TIMEX3 value covers.

use crate::temporal::{Modifier, Precision, Temporal, TemporalKind};
use chrono::{Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};

/// A half-open stretch of time `[start, end)`; `None` is an open end.
///
/// The stretches of fuzzy values follow fixed conventions (those of
/// Duckling where it has one): a morning (`TMO`) is 04:00-12:00, an
/// afternoon 12:00-19:00, an evening 18:00-24:00, a night 22:00-06:00;
/// seasons are astronomical (summer 21 June - 23 September); "début" of a
/// month is its days 1-10, "mi-" days 10-19, "fin" day 21 to the end; the
/// start of a year is January-February, its middle May-August, its end
/// November-December; a weekend is Saturday and Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// First instant, `None` when open.
    pub start: Option<NaiveDateTime>,
    /// First instant after the stretch, `None` when open.
    pub end: Option<NaiveDateTime>,
}

impl Temporal {
    /// The calendar stretch the value covers, if it is a resolved date,
    /// time or interval (not a duration, a set, or a value with `X`s).
    ///
    /// ```
    /// use depeche_dates::{DateFinder, Reference};
    /// let f = DateFinder::new(Reference::parse("2024-03-26").unwrap());
    /// let t = &f.find("Mi-janvier")[0];
    /// let b = t.bounds().unwrap();
    /// assert_eq!(b.start.unwrap().to_string(), "2024-01-10 00:00:00");
    /// assert_eq!(b.end.unwrap().to_string(), "2024-01-20 00:00:00");
    /// ```
    pub fn bounds(&self) -> Option<Bounds> {
        match self.kind {
            TemporalKind::Interval => {
                let from = match self.from.as_deref() {
                    Some(v) => Some(value_bounds(v, self.precision, None)?.0),
                    None => None,
                };
                let to = match self.to.as_deref() {
                    Some(v) => Some(value_bounds(v, self.precision, None)?.1),
                    None => None,
                };
                if from.is_none() && to.is_none() {
                    return None;
                }
                Some(Bounds {
                    start: from,
                    end: to,
                })
            }
            TemporalKind::Date | TemporalKind::Time | TemporalKind::Datetime => {
                let (s, e) = value_bounds(self.value.as_deref()?, self.precision, self.modifier)?;
                Some(match self.modifier {
                    Some(Modifier::Before) => Bounds {
                        start: None,
                        end: Some(s),
                    },
                    Some(Modifier::OnOrBefore) => Bounds {
                        start: None,
                        end: Some(e),
                    },
                    Some(Modifier::After) => Bounds {
                        start: Some(e),
                        end: None,
                    },
                    Some(Modifier::OnOrAfter) => Bounds {
                        start: Some(s),
                        end: None,
                    },
                    _ => Bounds {
                        start: Some(s),
                        end: Some(e),
                    },
                })
            }
            _ => None,
        }
    }
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(y, m, d).map(midnight)
}

fn hours(d: NaiveDate, from: u32, to: u32) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let s = midnight(d).checked_add_signed(TimeDelta::try_hours(i64::from(from))?)?;
    let e = midnight(d).checked_add_signed(TimeDelta::try_hours(i64::from(to))?)?;
    Some((s, e))
}

/// The stretch of one value, with a start/mid/end modifier applied.
fn value_bounds(
    v: &str,
    precision: Option<Precision>,
    modifier: Option<Modifier>,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let sub = |m: Modifier| modifier == Some(m);
    // Decades and centuries.
    if let Some(head) = v.strip_suffix("XX") {
        let c = i32::try_from(num(head)?).ok()?;
        return Some((ymd(c * 100, 1, 1)?, ymd(c * 100 + 100, 1, 1)?));
    }
    if let Some(head) = v.strip_suffix('X') {
        let d = i32::try_from(num(head)?).ok()?;
        return Some((ymd(d * 10, 1, 1)?, ymd(d * 10 + 10, 1, 1)?));
    }
    let y = i32::try_from(num(v.get(..4)?)?).ok()?;
    let rest = v.get(4..)?;
    if rest.is_empty() {
        let (m1, m2) = if sub(Modifier::Start) {
            (1, 3)
        } else if sub(Modifier::Mid) {
            (5, 9)
        } else if sub(Modifier::End) {
            (11, 13)
        } else {
            (1, 13)
        };
        let end = if m2 == 13 {
            ymd(y + 1, 1, 1)?
        } else {
            ymd(y, m2, 1)?
        };
        return Some((ymd(y, m1, 1)?, end));
    }
    let rest = rest.strip_prefix('-')?;
    let season = match rest {
        "SP" => Some(((3, 20), (6, 21), 0)),
        "SU" => Some(((6, 21), (9, 24), 0)),
        "FA" => Some(((9, 24), (12, 21), 0)),
        "WI" => Some(((12, 21), (3, 21), 1)),
        _ => None,
    };
    if let Some(((m1, d1), (m2, d2), next)) = season {
        return Some((ymd(y, m1, d1)?, ymd(y + next, m2, d2)?));
    }
    if let Some(w) = rest.strip_prefix('W') {
        let (wn, we) = match w.split_once('-') {
            Some((n, "WE")) => (num(n)?, true),
            None => (num(w)?, false),
            _ => return None,
        };
        let monday = NaiveDate::from_isoywd_opt(y, wn, Weekday::Mon)?;
        let (a, b) = if we {
            (5, 7)
        } else if sub(Modifier::Start) {
            (0, 2)
        } else if sub(Modifier::Mid) {
            (2, 4)
        } else if sub(Modifier::End) {
            (3, 7)
        } else {
            (0, 7)
        };
        return Some((
            midnight(monday.checked_add_days(Days::new(a))?),
            midnight(monday.checked_add_days(Days::new(b))?),
        ));
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q = num(q)?;
        let s = ymd(y, 3 * q.checked_sub(1)? + 1, 1)?;
        return Some((s, s.checked_add_months(Months::new(3))?));
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h = num(h)?;
        let s = ymd(y, 6 * h.checked_sub(1)? + 1, 1)?;
        return Some((s, s.checked_add_months(Months::new(6))?));
    }
    let m = num(rest.get(..2)?)?;
    let rest = rest.get(2..)?;
    if rest.is_empty() {
        let s = ymd(y, m, 1)?;
        let e = s.checked_add_months(Months::new(1))?;
        let d = |n: u32| ymd(y, m, n);
        return Some(if sub(Modifier::Start) {
            (s, d(11)?)
        } else if sub(Modifier::Mid) {
            (d(10)?, d(20)?)
        } else if sub(Modifier::End) {
            (d(21)?, e)
        } else {
            (s, e)
        });
    }
    let rest = rest.strip_prefix('-')?;
    let day = NaiveDate::from_ymd_opt(y, m, num(rest.get(..2)?)?)?;
    let rest = rest.get(2..)?;
    if rest.is_empty() {
        return if sub(Modifier::Start) {
            hours(day, 6, 10)
        } else if sub(Modifier::Mid) {
            hours(day, 11, 16)
        } else if sub(Modifier::End) {
            hours(day, 17, 21)
        } else {
            hours(day, 0, 24)
        };
    }
    let t = rest.strip_prefix('T')?;
    let (start_mid_end, base) = match t {
        "MO" => ([(7, 9), (9, 11), (10, 12)], (4, 12)),
        "AF" => ([(12, 14), (14, 17), (17, 19)], (12, 19)),
        "EV" => ([(18, 21), (20, 22), (21, 24)], (18, 24)),
        "NI" => ([(22, 24), (0, 3), (3, 6)], (22, 30)),
        _ => {
            let h = num(t.get(..2)?)?;
            let mi = num(t.get(3..5)?)?;
            let sec = match t.get(5..) {
                Some("") | None => 0,
                Some(s) => num(s.strip_prefix(':')?)?,
            };
            let s = day.and_hms_opt(h, mi, sec)?;
            let len = match precision {
                Some(Precision::Hour) => TimeDelta::try_hours(1)?,
                Some(Precision::Second) => TimeDelta::try_seconds(1)?,
                _ => TimeDelta::try_minutes(1)?,
            };
            return Some((s, s.checked_add_signed(len)?));
        }
    };
    // Constant indices into a three-item array.
    let (a, b) = if sub(Modifier::Start) {
        start_mid_end[0]
    } else if sub(Modifier::Mid) {
        start_mid_end[1]
    } else if sub(Modifier::End) {
        start_mid_end[2]
    } else {
        base
    };
    hours(day, a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: &str, p: Option<Precision>, m: Option<Modifier>) -> Option<(String, String)> {
        value_bounds(v, p, m).map(|(s, e)| (s.to_string(), e.to_string()))
    }

    #[test]
    fn bounds_of_values() {
        let s = |a: &str, z: &str| Some((a.to_owned(), z.to_owned()));
        assert_eq!(
            b("2024", None, None),
            s("2024-01-01 00:00:00", "2025-01-01 00:00:00")
        );
        assert_eq!(
            b("2024-01", None, Some(Modifier::End)),
            s("2024-01-21 00:00:00", "2024-02-01 00:00:00")
        );
        assert_eq!(
            b("199X", None, None),
            s("1990-01-01 00:00:00", "2000-01-01 00:00:00")
        );
        assert_eq!(
            b("19XX", None, None),
            s("1900-01-01 00:00:00", "2000-01-01 00:00:00")
        );
        assert_eq!(
            b("2012-WI", None, None),
            s("2012-12-21 00:00:00", "2013-03-21 00:00:00")
        );
        assert_eq!(
            b("2013-02-12T15:00", Some(Precision::Hour), None),
            s("2013-02-12 15:00:00", "2013-02-12 16:00:00")
        );
        assert_eq!(
            b("2013-02-12TEV", None, None),
            s("2013-02-12 18:00:00", "2013-02-13 00:00:00")
        );
        assert_eq!(
            b("2024-W13", None, None),
            s("2024-03-25 00:00:00", "2024-04-01 00:00:00")
        );
        assert_eq!(b("XXXX-WXX-2", None, None), None);
        assert_eq!(b("2024-02-30", None, None), None);
    }
}
