//! Publication dates: ISO 8601 calendar dates at any precision.

use crate::Error;
use chrono::{NaiveDate, NaiveTime};
use core::fmt;

/// A publication or reference date, at the precision it is known:
/// "2024", "2024-03", "2024-03-26", "2024-03-26T14:30" or
/// "2024-03-26T14:30:05". Validated on construction (months 1 to 12, real
/// days, real times).
///
/// ```
/// use depeche::IsoDate;
/// let d: IsoDate = "2024-03".parse().unwrap();
/// assert_eq!(d.as_str(), "2024-03");
/// assert!("2024-02-30".parse::<IsoDate>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoDate(String);

impl IsoDate {
    /// Reads and validates an ISO 8601 date of any precision (surrounding
    /// white space ignored).
    pub fn parse(input: &str) -> Result<IsoDate, Error> {
        let s = input.trim();
        if is_valid(s) {
            Ok(IsoDate(s.to_owned()))
        } else {
            Err(Error::InvalidDate {
                input: input.to_owned(),
            })
        }
    }

    /// The date as written, e.g. "2024-03".
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Builds a day date from its parts, if they make a real day.
    pub(crate) fn from_ymd(year: i32, month: u32, day: u32) -> Option<IsoDate> {
        NaiveDate::from_ymd_opt(year, month, day)?;
        Some(IsoDate(format!("{year:04}-{month:02}-{day:02}")))
    }

    /// The year, when the date states one.
    pub(crate) fn year(&self) -> Option<i32> {
        self.0.get(..4)?.parse().ok()
    }
}

impl core::str::FromStr for IsoDate {
    type Err = Error;
    fn from_str(s: &str) -> Result<IsoDate, Error> {
        IsoDate::parse(s)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn digits(s: &str, n: usize) -> Option<u32> {
    if s.len() == n && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn is_valid(s: &str) -> bool {
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let mut parts = date.split('-');
    let Some(year) = parts.next().and_then(|y| digits(y, 4)) else {
        return false;
    };
    let month = match parts.next() {
        None => return time.is_none(),
        Some(m) => match digits(m, 2) {
            Some(m @ 1..=12) => m,
            _ => return false,
        },
    };
    let day = match parts.next() {
        None => return time.is_none(),
        Some(d) => match digits(d, 2) {
            Some(d) => d,
            None => return false,
        },
    };
    if parts.next().is_some() {
        return false;
    }
    // The year has four digits, so it fits an i32.
    if NaiveDate::from_ymd_opt(year as i32, month, day).is_none() {
        return false;
    }
    match time {
        None => true,
        Some(t) => {
            NaiveTime::parse_from_str(t, "%H:%M").is_ok()
                || NaiveTime::parse_from_str(t, "%H:%M:%S").is_ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_every_precision() {
        for ok in [
            "2024",
            "2024-03",
            "2024-03-26",
            "2024-03-26T14:30",
            "2024-02-29T23:59:59",
        ] {
            assert!(IsoDate::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in [
            "",
            "24",
            "2024-13",
            "2023-02-29",
            "2024-3",
            "mardi",
            "2024-03-26T25:00",
            "2024-03T10:00",
        ] {
            assert!(IsoDate::parse(bad).is_err(), "{bad}");
        }
    }
}
