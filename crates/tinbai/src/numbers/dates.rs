//! Calendar helpers: partial dates, ISO output, year inference, Roman numerals.

/// A date as written: any part may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Partial {
    pub y: Option<i32>,
    pub m: Option<u32>,
    pub d: Option<u32>,
}

impl Partial {
    pub fn ymd(y: Option<i32>, m: u32, d: u32) -> Self {
        Partial {
            y,
            m: Some(m),
            d: Some(d),
        }
    }

    pub fn ym(y: Option<i32>, m: u32) -> Self {
        Partial {
            y,
            m: Some(m),
            d: None,
        }
    }

    pub fn year(y: i32) -> Self {
        Partial {
            y: Some(y),
            m: None,
            d: None,
        }
    }

    /// Whether the day exists: `29/2` only in a leap year (when the year
    /// is known), `31/4` never.
    pub fn valid(&self) -> bool {
        match (self.m, self.d) {
            (Some(m), Some(d)) => {
                valid_dm(d, m) && !(m == 2 && d == 29 && self.y.is_some_and(|y| !is_leap(y)))
            }
            (Some(m), None) => (1..=12).contains(&m),
            _ => true,
        }
    }

    /// Whether `self` does not come after `other`, as far as both are
    /// known: years compared when both are written, then months, then days.
    pub fn not_after(&self, other: &Partial) -> bool {
        let (Some(a), Some(b)) = (self.y, other.y) else {
            return true;
        };
        if a != b {
            return a < b;
        }
        let (Some(am), Some(bm)) = (self.m, other.m) else {
            return true;
        };
        if am != bm {
            return am < bm;
        }
        match (self.d, other.d) {
            (Some(ad), Some(bd)) => ad <= bd,
            _ => true,
        }
    }

    /// ISO 8601: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or `--MM`.
    pub fn iso(&self) -> String {
        // the usual case, written without the formatting machinery
        let two = |s: &mut String, n: u32| {
            s.push(char::from(b'0' + (n / 10) as u8));
            s.push(char::from(b'0' + (n % 10) as u8));
        };
        let small = |n: Option<u32>| n.map_or(true, |n| n < 100);
        if let Some(y) = self.y.filter(|y| (0..10_000).contains(y)) {
            if small(self.m) && small(self.d) {
                let y = y as u32;
                let mut s = String::with_capacity(10);
                two(&mut s, y / 100);
                two(&mut s, y % 100);
                if let Some(m) = self.m {
                    s.push('-');
                    two(&mut s, m);
                    if let Some(d) = self.d {
                        s.push('-');
                        two(&mut s, d);
                    }
                }
                return s;
            }
        }
        self.iso_formatted()
    }

    fn iso_formatted(&self) -> String {
        match (self.y, self.m, self.d) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (None, None, _) => String::new(),
        }
    }
}

/// Days in a month (February has 29: the year may be unknown).
pub(crate) fn days_in_month(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether `d`/`m` is a possible day and month.
pub(crate) fn valid_dm(d: u32, m: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(m)
}

/// Whether `y` is a leap year of the Gregorian calendar.
pub(crate) fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Whether `y` reads as a year in news text.
pub(crate) fn is_year(y: i64) -> bool {
    (1900..=2100).contains(&y)
}

/// Whether `y` reads as a year where the form says it is one (`19/5/1890`,
/// `năm 1858`, `tháng 8/1945`): older years than a bare number allows.
pub(crate) fn is_written_year(y: i64) -> bool {
    (1000..=2100).contains(&y)
}

/// The article's date: year, month and day when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ArticleDate {
    pub y: i32,
    pub m: Option<u32>,
    pub d: Option<u32>,
}

impl ArticleDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Self> {
        let mut it = s.trim().split('-');
        let y: i32 = it.next()?.parse().ok()?;
        if !is_year(y as i64) {
            return None;
        }
        let m = it
            .next()
            .and_then(|m| m.parse().ok())
            .filter(|m| (1..=12).contains(m));
        let d = it
            .next()
            .and_then(|d| d.parse().ok())
            .filter(|d| (1..=31).contains(d));
        Some(ArticleDate { y, m, d: m.and(d) })
    }

    /// The year that puts month `m` (day `d`) nearest this date.
    pub fn year_for(&self, m: u32, d: Option<u32>) -> i32 {
        let Some(am) = self.m else {
            return self.y;
        };
        let at = |y: i32, m: u32, d: u32| (y as i64 * 12 + m as i64) * 31 + d as i64;
        let here = at(self.y, am, self.d.unwrap_or(15));
        let day = d.unwrap_or(15);
        let mut best = self.y;
        let mut best_gap = i64::MAX;
        for y in [self.y - 1, self.y, self.y + 1] {
            let gap = (at(y, m, day) - here).abs();
            if gap < best_gap {
                best_gap = gap;
                best = y;
            }
        }
        best
    }
}

/// The value of a Roman numeral in capitals, if it is one (1..=399).
pub(crate) fn roman_value(w: &str) -> Option<u32> {
    let val = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let vals: Vec<u32> = w.chars().map(val).collect::<Option<_>>()?;
    if vals.is_empty() || vals.len() > 9 {
        return None;
    }
    let mut total = 0i64;
    for (k, &v) in vals.iter().enumerate() {
        match vals.get(k + 1) {
            Some(&n) if n > v => total -= v as i64,
            _ => total += v as i64,
        }
    }
    let total = u32::try_from(total).ok().filter(|&t| t > 0)?;
    // Only the canonical spelling (rejects `IIII`, `VX`, `IC`).
    (to_roman(total) == w).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const T: [(u32, &str); 9] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_fast_path_agrees_with_formatting() {
        for y in [
            None,
            Some(0),
            Some(7),
            Some(999),
            Some(1962),
            Some(2025),
            Some(9999),
            Some(10_000),
            Some(-5),
        ] {
            for m in [None, Some(1), Some(9), Some(12), Some(99), Some(100)] {
                for d in [None, Some(1), Some(22), Some(31), Some(100)] {
                    let p = Partial { y, m, d };
                    assert_eq!(p.iso(), p.iso_formatted(), "{p:?}");
                }
            }
        }
    }

    #[test]
    fn iso_forms() {
        assert_eq!(Partial::ymd(Some(2025), 5, 22).iso(), "2025-05-22");
        assert_eq!(Partial::ym(Some(2023), 7).iso(), "2023-07");
        assert_eq!(Partial::year(2024).iso(), "2024");
        assert_eq!(Partial::ymd(None, 9, 2).iso(), "--09-02");
    }

    #[test]
    fn year_nearest_the_article_date_across_new_year() {
        let a = ArticleDate::parse("2025-01-03").unwrap();
        assert_eq!(a.year_for(12, Some(28)), 2024);
        assert_eq!(a.year_for(1, Some(2)), 2025);
        let b = ArticleDate::parse("2024-12-30").unwrap();
        assert_eq!(b.year_for(1, Some(2)), 2025);
        let c = ArticleDate::parse("2025-05").unwrap();
        assert_eq!(c.year_for(5, Some(22)), 2025);
        assert_eq!(ArticleDate::parse("2025").unwrap().year_for(12, None), 2025);
        assert!(ArticleDate::parse("hôm qua").is_none());
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert!(Partial::ymd(Some(2024), 2, 29).valid());
        assert!(Partial::ymd(Some(2000), 2, 29).valid());
        assert!(!Partial::ymd(Some(2023), 2, 29).valid());
        assert!(!Partial::ymd(Some(1900), 2, 29).valid());
        // with no year known, 29/2 may still exist
        assert!(Partial::ymd(None, 2, 29).valid());
        assert!(!Partial::ymd(Some(2025), 4, 31).valid());
        assert!(!Partial::ymd(Some(2025), 2, 30).valid());
    }

    #[test]
    fn order_of_partial_dates() {
        let y = |y| Partial::year(y);
        assert!(y(2021).not_after(&y(2025)));
        assert!(y(2025).not_after(&y(2025)));
        assert!(!y(2025).not_after(&y(2021)));
        assert!(Partial::ymd(Some(2024), 12, 28).not_after(&Partial::ymd(Some(2025), 1, 3)));
        assert!(!Partial::ymd(Some(2025), 3, 9).not_after(&Partial::ymd(Some(2025), 3, 2)));
        // a missing year leaves the order open
        assert!(Partial::ymd(None, 12, 28).not_after(&Partial::ymd(Some(2025), 1, 3)));
    }

    #[test]
    fn years_written_as_dates_reach_further_back() {
        assert!(!is_year(1890) && is_written_year(1890));
        assert!(is_written_year(2025) && !is_written_year(999) && !is_written_year(2101));
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman_value("XXXII"), Some(32));
        assert_eq!(roman_value("XIII"), Some(13));
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("ABC"), None);
    }
}
