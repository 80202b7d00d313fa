//! The calendar: month, week and weekday arithmetic (chrono's own, checked, so a date near
//! the ends of the range gives `None`, never a panic), the public holidays of Korea, and the
//! Korean lunar calendar for the lunar holidays.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::lunar_table::{FIRST_YEAR, YEARS};

/// `d` plus `k` days (negative: earlier).
pub(super) fn add_days(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    let n = Days::new(k.unsigned_abs());
    if k >= 0 {
        d.checked_add_days(n)
    } else {
        d.checked_sub_days(n)
    }
}

/// `d` plus `k` months, the day clamped to the month's end (chrono's rule).
pub(super) fn add_months(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    let n = Months::new(u32::try_from(k.unsigned_abs()).ok()?);
    if k >= 0 {
        d.checked_add_months(n)
    } else {
        d.checked_sub_months(n)
    }
}

/// The first day of the month `k` months after `d`'s month.
pub(super) fn month_start(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    add_months(d.with_day(1)?, k)
}

/// The last day of the month of `d`.
pub(super) fn month_end(d: NaiveDate) -> Option<NaiveDate> {
    add_days(month_start(d, 1)?, -1)
}

/// The Monday of `d`'s week: weeks print their first day.
pub(super) fn monday_of(d: NaiveDate) -> Option<NaiveDate> {
    d.week(Weekday::Mon).checked_first_day()
}

/// The `wd` of the week `k` weeks after `d`'s (Monday-first) week.
pub(super) fn weekday_in_week(d: NaiveDate, k: i64, wd: Weekday) -> Option<NaiveDate> {
    let monday = add_days(monday_of(d)?, k.checked_mul(7)?)?;
    add_days(monday, i64::from(wd.num_days_from_monday()))
}

/// The latest `wd` strictly before `d`.
pub(super) fn weekday_before(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let back = (7 + d.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    add_days(d, -i64::from(if back == 0 { 7 } else { back }))
}

/// The first `wd` strictly after `d`.
pub(super) fn weekday_after(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + wd.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    add_days(d, i64::from(if ahead == 0 { 7 } else { ahead }))
}

/// The `n`th `wd` of the month of `d` (`5월 둘째 목요일`).
pub(super) fn nth_weekday(d: NaiveDate, wd: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(d.year(), d.month(), wd, n)
}

/// The last `wd` of the month of `d` (`5월 마지막 금요일`).
pub(super) fn last_weekday(d: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let end = month_end(d)?;
    let back = (7 + end.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    add_days(end, -i64::from(back))
}

/// The Monday of the `n`th week of the month of `d`: the first week is the one holding the
/// 1st, as on a wall calendar (`11월 둘째 주`).
pub(super) fn nth_week(d: NaiveDate, n: u8) -> Option<NaiveDate> {
    let first = monday_of(d.with_day(1)?)?;
    add_days(first, 7 * (i64::from(n) - 1))
}

/// The Monday of the week holding the last day of the month of `d` (`마지막 주`).
pub(super) fn last_week(d: NaiveDate) -> Option<NaiveDate> {
    monday_of(month_end(d)?)
}

/// A day that recurs every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holiday {
    /// A solar month and day (`광복절` 8-15).
    Solar(u32, u32),
    /// A lunar month and day (`추석` 8-15).
    Lunar(u32, u32),
    /// The last day of the lunar year (`섣달그믐`): the day before 설날.
    LunarYearEnd,
}

impl Holiday {
    /// Its solar date in the (solar) year `year`.
    pub(super) fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            Holiday::Solar(m, d) => NaiveDate::from_ymd_opt(year, m, d),
            // A lunar holiday of solar year Y is the one of lunar year Y: even 설날
            // (late January to mid-February) falls in its own solar year.
            Holiday::Lunar(m, d) => lunar_to_solar(year, m, d),
            Holiday::LunarYearEnd => add_days(lunar_to_solar(year, 1, 1)?, -1),
        }
    }
}

/// The solar date of the lunar date `year-month-day` (a regular month, not a leap one), for
/// the lunar years of the table (1900–2049).
pub(super) fn lunar_to_solar(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let k = usize::try_from(year.checked_sub(FIRST_YEAR)?).ok()?;
    let &(ny_month, ny_day, leap, lengths) = YEARS.get(k)?;
    let new_year = NaiveDate::from_ymd_opt(year, u32::from(ny_month), u32::from(ny_day))?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let leap = u32::from(leap);
    // Months before `month` in order, the leap month (which follows its regular month)
    // included when it comes before.
    let before = month - 1 + u32::from(leap != 0 && leap < month);
    let length = |i: u32| if lengths & (1 << i) != 0 { 30 } else { 29 };
    if day == 0 || day > length(before) {
        return None;
    }
    let offset: u32 = (0..before).map(length).sum::<u32>() + day - 1;
    add_days(new_year, i64::from(offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// Published public-holiday dates (the government's holiday calendars).
    #[test]
    fn lunar_holidays_match_published_dates() {
        let seollal = Holiday::Lunar(1, 1);
        let chuseok = Holiday::Lunar(8, 15);
        let buddha = Holiday::Lunar(4, 8);
        let cases = [
            (seollal, 2020, ymd(2020, 1, 25)),
            (seollal, 2023, ymd(2023, 1, 22)),
            (seollal, 2024, ymd(2024, 2, 10)),
            (seollal, 2025, ymd(2025, 1, 29)),
            (seollal, 2026, ymd(2026, 2, 17)),
            (chuseok, 2020, ymd(2020, 10, 1)),
            (chuseok, 2023, ymd(2023, 9, 29)),
            (chuseok, 2024, ymd(2024, 9, 17)),
            (chuseok, 2025, ymd(2025, 10, 6)),
            (chuseok, 2026, ymd(2026, 9, 25)),
            (buddha, 2023, ymd(2023, 5, 27)),
            (buddha, 2024, ymd(2024, 5, 15)),
            (buddha, 2025, ymd(2025, 5, 5)),
            (Holiday::Lunar(1, 15), 2024, ymd(2024, 2, 24)),
            (Holiday::LunarYearEnd, 2024, ymd(2024, 2, 9)),
            (Holiday::Solar(8, 15), 2024, ymd(2024, 8, 15)),
        ];
        for (h, year, want) in cases {
            assert_eq!(h.in_year(year), want, "{h:?} {year}");
        }
        assert_eq!(lunar_to_solar(1899, 1, 1), None);
        assert_eq!(lunar_to_solar(2050, 1, 1), None);
        assert_eq!(lunar_to_solar(2024, 13, 1), None);
        assert_eq!(lunar_to_solar(2024, 1, 31), None);
    }

    /// Every year of the table: months are 29 or 30 days, and each lunar year ends where the
    /// next begins.
    #[test]
    fn lunar_years_are_contiguous() {
        for y in FIRST_YEAR..FIRST_YEAR + YEARS.len() as i32 - 1 {
            let k = (y - FIRST_YEAR) as usize;
            let (_, _, leap, lengths) = YEARS[k];
            let months = 12 + u32::from(leap != 0);
            let days: u32 = (0..months)
                .map(|i| if lengths & (1 << i) != 0 { 30 } else { 29 })
                .sum();
            let this = lunar_to_solar(y, 1, 1);
            let next = lunar_to_solar(y + 1, 1, 1);
            assert_eq!(this.and_then(|d| add_days(d, i64::from(days))), next, "{y}");
        }
    }

    #[test]
    fn weekday_arithmetic() {
        let d = ymd(2024, 11, 27).unwrap(); // a Wednesday
        assert_eq!(weekday_before(d, Weekday::Mon), ymd(2024, 11, 25));
        assert_eq!(weekday_before(d, Weekday::Wed), ymd(2024, 11, 20));
        assert_eq!(weekday_after(d, Weekday::Wed), ymd(2024, 12, 4));
        assert_eq!(weekday_after(d, Weekday::Fri), ymd(2024, 11, 29));
        assert_eq!(weekday_in_week(d, -1, Weekday::Tue), ymd(2024, 11, 19));
        assert_eq!(nth_weekday(d, Weekday::Thu, 2), ymd(2024, 11, 14));
        assert_eq!(last_weekday(d, Weekday::Fri), ymd(2024, 11, 29));
        assert_eq!(nth_week(d, 2), ymd(2024, 11, 4));
        assert_eq!(last_week(d), ymd(2024, 11, 25));
        assert_eq!(month_end(ymd(2024, 2, 10).unwrap()), ymd(2024, 2, 29));
        assert_eq!(monday_of(NaiveDate::MIN), None);
        assert_eq!(add_months(NaiveDate::MAX, 1), None);
    }
}
