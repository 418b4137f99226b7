//! The service's clock, a parameter like everything the core reads: the server asks it for the
//! time, and the tests give it one they control (retention, dates of receipt).

use std::sync::atomic::{AtomicI64, Ordering};

use kz_iin::Date;

/// Milliseconds since 1970-01-01 UTC.
///
/// # Example
/// ```
/// use kz_iin_server::clock::{Clock, ManualClock};
/// let clock = ManualClock::new(1_000);
/// clock.advance(500);
/// assert_eq!(clock.now_ms(), 1_500);
/// ```
pub trait Clock: Send + Sync + 'static {
    /// Now.
    fn now_ms(&self) -> i64;
}

/// The machine's clock.
///
/// # Example
/// ```
/// use kz_iin_server::clock::{Clock, SystemClock};
/// assert!(SystemClock.now_ms() > 1_700_000_000_000);
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
    }
}

/// A clock that moves only when told (tests); see [`Clock`] for an example.
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock showing `ms`.
    pub fn new(ms: i64) -> ManualClock {
        ManualClock(AtomicI64::new(ms))
    }

    /// Moves it on by `ms`.
    pub fn advance(&self, ms: i64) {
        self.0.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// The UTC date of a time, for the core's `today`.
///
/// # Example
/// ```
/// assert_eq!(kz_iin_server::clock::utc_date(0).to_iso(), "1970-01-01");
/// assert_eq!(kz_iin_server::clock::utc_date(1_795_000_000_000).to_iso(), "2026-11-18");
/// ```
pub fn utc_date(ms: i64) -> Date {
    // Days to a civil date (Howard Hinnant's algorithm, proleptic Gregorian).
    let days = ms.div_euclid(86_400_000) + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let clamp = |n: i64, max: i64| u16::try_from(n.clamp(1, max)).unwrap_or(1);
    Date::new(
        clamp(year, 9999),
        clamp(month, 12) as u8,
        clamp(day, 31) as u8,
    )
    .unwrap_or(Date::new(1970, 1, 1).expect("a real date"))
}

/// A time as RFC 3339 in UTC with milliseconds, as events and the command line write it.
///
/// # Example
/// ```
/// assert_eq!(kz_iin_server::clock::iso_utc(0), "1970-01-01T00:00:00.000Z");
/// assert_eq!(kz_iin_server::clock::iso_utc(1_795_000_000_123), "2026-11-18T11:06:40.123Z");
/// ```
pub fn iso_utc(ms: i64) -> String {
    let in_day = ms.rem_euclid(86_400_000);
    format!(
        "{}T{:02}:{:02}:{:02}.{:03}Z",
        utc_date(ms).to_iso(),
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000
    )
}
