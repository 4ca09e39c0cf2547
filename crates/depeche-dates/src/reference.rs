//! The reference date against which relative expressions are resolved.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use core::fmt;
use core::str::FromStr;

/// The smallest and largest years a reference may have.
pub const MIN_YEAR: i32 = 1;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i32 = 9999;

/// A reference date known at some precision: a year, a month, a day or a
/// date with a time (a publication date as a dispatch header gives it).
///
/// ```
/// use depeche_dates::Reference;
/// let r = Reference::parse("2024-03").unwrap();
/// assert_eq!(r.year(), 2024);
/// assert_eq!(r.month(), Some(3));
/// assert_eq!(r.day(), None);
/// assert!(Reference::parse("2024-13").is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reference {
    year: i32,
    month: Option<u32>,
    /// Only set when `month` is.
    date: Option<NaiveDate>,
    /// Only set when `date` is.
    time: Option<NaiveTime>,
}

/// Why a reference could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReferenceError {
    /// The text is not of the form `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
    /// `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    #[error("reference {text:?}: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (byte {at})")]
    Syntax {
        /// The text given.
        text: String,
        /// Byte offset of the first unexpected character.
        at: usize,
    },
    /// The year is outside 1..=9999.
    #[error("reference year {0} is outside 1..=9999")]
    YearOutOfRange(i64),
    /// The month is not 1..=12.
    #[error("reference month {0} is not 1..=12")]
    BadMonth(u32),
    /// The day does not exist in that month ("2024-02-30").
    #[error("reference day {year:04}-{month:02}-{day:02} does not exist")]
    BadDay {
        /// Year.
        year: i32,
        /// Month.
        month: u32,
        /// Day.
        day: u32,
    },
    /// The time of day is not valid ("25:00").
    #[error("reference time {hour:02}:{minute:02}:{second:02} is not a valid time of day")]
    BadTime {
        /// Hour.
        hour: u32,
        /// Minute.
        minute: u32,
        /// Second.
        second: u32,
    },
}

impl Reference {
    /// A reference known to the year.
    pub fn year_only(year: i32) -> Result<Reference, ReferenceError> {
        check_year(i64::from(year))?;
        Ok(Reference {
            year,
            month: None,
            date: None,
            time: None,
        })
    }

    /// A reference known to the month.
    pub fn year_month(year: i32, month: u32) -> Result<Reference, ReferenceError> {
        check_year(i64::from(year))?;
        if !(1..=12).contains(&month) {
            return Err(ReferenceError::BadMonth(month));
        }
        Ok(Reference {
            year,
            month: Some(month),
            date: None,
            time: None,
        })
    }

    /// A reference known to the day.
    pub fn from_date(date: NaiveDate) -> Reference {
        Reference {
            year: date.year(),
            month: Some(date.month()),
            date: Some(date),
            time: None,
        }
    }

    /// A reference known to the second.
    pub fn from_datetime(datetime: NaiveDateTime) -> Reference {
        let date = datetime.date();
        Reference {
            year: date.year(),
            month: Some(date.month()),
            date: Some(date),
            time: Some(datetime.time()),
        }
    }

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or
    /// `YYYY-MM-DDTHH:MM:SS` (a space may stand for the `T`).
    pub fn parse(text: &str) -> Result<Reference, ReferenceError> {
        let syntax = |at: usize| ReferenceError::Syntax {
            text: text.chars().take(64).collect(),
            at,
        };
        let b = text.trim().as_bytes();
        let lead = text.len() - text.trim_start().len();
        let digits = |from: usize, n: usize| -> Result<u32, ReferenceError> {
            let mut v: u32 = 0;
            for k in from..from + n {
                match b.get(k) {
                    Some(c) if c.is_ascii_digit() => v = v * 10 + u32::from(c - b'0'),
                    _ => return Err(syntax(lead + k)),
                }
            }
            Ok(v)
        };
        let expect = |at: usize, c: &[u8]| -> Result<(), ReferenceError> {
            match b.get(at) {
                Some(x) if c.contains(x) => Ok(()),
                _ => Err(syntax(lead + at)),
            }
        };
        let year = digits(0, 4)?;
        let year = i32::try_from(year).map_err(|_| ReferenceError::YearOutOfRange(year.into()))?;
        if b.len() == 4 {
            return Reference::year_only(year);
        }
        expect(4, b"-")?;
        let month = digits(5, 2)?;
        if b.len() == 7 {
            return Reference::year_month(year, month);
        }
        Reference::year_month(year, month)?;
        expect(7, b"-")?;
        let day = digits(8, 2)?;
        let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(ReferenceError::BadDay {
            year,
            month,
            day,
        })?;
        if b.len() == 10 {
            return Ok(Reference::from_date(date));
        }
        expect(10, b"T ")?;
        let hour = digits(11, 2)?;
        expect(13, b":")?;
        let minute = digits(14, 2)?;
        let second = if b.len() == 16 {
            0
        } else {
            expect(16, b":")?;
            let s = digits(17, 2)?;
            if b.len() != 19 {
                return Err(syntax(lead + 19));
            }
            s
        };
        let time =
            NaiveTime::from_hms_opt(hour, minute, second).ok_or(ReferenceError::BadTime {
                hour,
                minute,
                second,
            })?;
        Ok(Reference::from_datetime(date.and_time(time)))
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1-12), if known.
    pub fn month(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<u32> {
        self.date.map(|d| d.day())
    }

    /// The date, if known to the day.
    pub fn date(&self) -> Option<NaiveDate> {
        self.date
    }

    /// The time of day, if known.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }

    /// The date and time, if known to the time of day.
    pub fn datetime(&self) -> Option<NaiveDateTime> {
        Some(self.date?.and_time(self.time?))
    }
}

fn check_year(year: i64) -> Result<(), ReferenceError> {
    if (i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&year) {
        Ok(())
    } else {
        Err(ReferenceError::YearOutOfRange(year))
    }
}

impl FromStr for Reference {
    type Err = ReferenceError;
    fn from_str(s: &str) -> Result<Reference, ReferenceError> {
        Reference::parse(s)
    }
}

impl From<NaiveDate> for Reference {
    fn from(d: NaiveDate) -> Reference {
        Reference::from_date(d)
    }
}

impl From<NaiveDateTime> for Reference {
    fn from(d: NaiveDateTime) -> Reference {
        Reference::from_datetime(d)
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.date, self.time) {
            (_, Some(d), Some(t)) => {
                write!(
                    f,
                    "{}T{:02}:{:02}",
                    d.format("%Y-%m-%d"),
                    t.hour(),
                    t.minute()
                )?;
                if t.second() != 0 {
                    write!(f, ":{:02}", t.second())?;
                }
                Ok(())
            }
            (_, Some(d), None) => write!(f, "{}", d.format("%Y-%m-%d")),
            (Some(m), None, _) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_precision() {
        assert_eq!(Reference::parse("2024").map(|r| r.month()), Ok(None));
        let r = Reference::parse("2024-03").unwrap();
        assert_eq!((r.year(), r.month(), r.day()), (2024, Some(3), None));
        let r = Reference::parse("2024-03-26").unwrap();
        assert_eq!(r.day(), Some(26));
        let r = Reference::parse("2024-03-26T14:30").unwrap();
        assert_eq!(r.to_string(), "2024-03-26T14:30");
        let r = Reference::parse("2013-02-12T04:30:00").unwrap();
        assert_eq!(r.time().map(|t| t.minute()), Some(30));
    }

    #[test]
    fn rejects_bad_references() {
        assert!(matches!(
            Reference::parse("2024-13"),
            Err(ReferenceError::BadMonth(13))
        ));
        assert!(matches!(
            Reference::parse("2024-02-30"),
            Err(ReferenceError::BadDay { .. })
        ));
        assert!(matches!(
            Reference::parse("2024-02-03T25:00"),
            Err(ReferenceError::BadTime { .. })
        ));
        assert!(matches!(
            Reference::parse("mars"),
            Err(ReferenceError::Syntax { at: 0, .. })
        ));
        assert!(matches!(
            Reference::parse("0000"),
            Err(ReferenceError::YearOutOfRange(0))
        ));
        assert!(Reference::parse("2024-03-26T14:30:00Z").is_err());
        assert!(Reference::parse("").is_err());
        assert!(Reference::parse("2024-é").is_err());
    }
}
