//! Where the law binds (pure; no browser API). The data comes from `content/treaties.toml` and
//! `content/deadlines.toml` (checked by `crates/contentc/src/check_law.rs`) as the statics
//! [`INSTRUMENTS`], [`DEADLINES`] and [`LAW_REFS`].
//!
//! - [`cell`]: the status of an instrument for a country, with its source;
//! - [`status_line`] / [`basis_status_lines`]: the sentence shown under a legal-basis line
//!   ("Mexico: party since 1981"; without a country, where it binds);
//! - [`rests_only_on_unaccepted`]: whether a right's binding basis is made only of instruments
//!   the country has not accepted (so her view can say so plainly);
//! - [`deadline`] and [`last_day`]: the asylum time limit and the last day from a date of entry.
//!
//! Last day, and how holidays are treated: working days are Monday to Friday; public holidays are
//! NOT skipped (no holiday calendar is bundled). Skipping them would only push the real limit
//! later, so the computed day is the last day *at the latest* — never later than the law's. When
//! the law's counting could be read two ways (months, a year) the earlier reading is taken. The
//! app says this in plain words next to the date (`law-caveat-*`).

pub use crate::data::{DEADLINES, INSTRUMENTS, LAW_REFS};
use crate::i18n::{tr, tr_args, Arg};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Treaty,
    Declaration,
}

/// A cell's status. Treaties: party / signed / not a party; declarations and compacts:
/// incorporated in national law / endorsed / not. `Unconfirmed`: no source read confirms it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Party,
    Signed,
    NotParty,
    Incorporated,
    Endorsed,
    Not,
    Unconfirmed,
}

impl Status {
    /// Legally binds the country (a treaty it is party to, or a definition written into its law).
    pub fn binds(self) -> bool {
        matches!(self, Status::Party | Status::Incorporated)
    }
    /// The country accepted it (binding, or a political commitment it endorsed).
    pub fn accepted(self) -> bool {
        matches!(self, Status::Party | Status::Incorporated | Status::Endorsed)
    }
    /// Known NOT accepted (an unconfirmed status is neither accepted nor refused).
    pub fn refused(self) -> bool {
        matches!(self, Status::Signed | Status::NotParty | Status::Not)
    }
    pub fn id(self) -> &'static str {
        match self {
            Status::Party => "party",
            Status::Signed => "signed",
            Status::NotParty => "not-party",
            Status::Incorporated => "incorporated",
            Status::Endorsed => "endorsed",
            Status::Not => "not",
            Status::Unconfirmed => "unconfirmed",
        }
    }
}

/// How a source was read (see the header of content/treaties.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    Official,
    OfficialCopy,
    Derived,
    Secondary,
    None,
}

impl Read {
    /// The message that says how the source was read, if it was read at all.
    pub fn msg_id(self) -> Option<&'static str> {
        match self {
            Read::Official => Some("law-read-official"),
            Read::OfficialCopy => Some("law-read-official-copy"),
            Read::Derived => Some("law-read-derived"),
            Read::Secondary => Some("law-read-secondary"),
            Read::None => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ref {
    pub id: &'static str,
    pub title: &'static str,
    pub url: Option<&'static str>,
    pub read: Read,
    pub as_of: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub country: &'static str,
    pub status: Status,
    pub year: Option<u16>,
    pub reference: &'static str,
    pub date_read: &'static str,
}

impl Cell {
    pub fn source(&self) -> Option<&'static Ref> {
        LAW_REFS.iter().find(|r| r.id == self.reference)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instrument {
    pub id: &'static str,
    pub kind: Kind,
    /// Ids in content/sources.toml whose legal-basis lines cite this instrument.
    pub sources: &'static [&'static str],
    pub cells: &'static [Cell],
}

impl Instrument {
    /// Message id of the instrument's short name.
    pub fn name_id(&self) -> String {
        format!("law-instrument-{}", self.id)
    }
    pub fn cell(&self, country: &str) -> Option<&'static Cell> {
        self.cells.iter().find(|c| c.country == country)
    }
    /// Countries (in content order) where it binds.
    pub fn binding_countries(&self) -> Vec<&'static str> {
        self.cells.iter().filter(|c| c.status.binds()).map(|c| c.country).collect()
    }
}

pub fn instrument(id: &str) -> Option<&'static Instrument> {
    INSTRUMENTS.iter().find(|i| i.id == id)
}

/// The cell for `instrument` × `country`.
pub fn cell(instrument_id: &str, country: &str) -> Option<&'static Cell> {
    instrument(instrument_id).and_then(|i| i.cell(country))
}

/// Instruments that a legal-basis source (an id in content/sources.toml) cites; empty for
/// guidance, reports and practice standards, which bind no one.
pub fn instruments_for_source(source: &str) -> Vec<&'static Instrument> {
    INSTRUMENTS.iter().filter(|i| i.sources.contains(&source)).collect()
}

fn country_name(lang: &str, code: &str) -> String {
    tr(lang, &format!("country-{code}"))
}

/// The sentence for one instrument: with a country, its status there ("Mexico: party since
/// 1981"); without, where it binds ("Binds 9 of the 11 countries: …").
pub fn status_line(lang: &str, ins: &Instrument, country: Option<&str>) -> String {
    match country {
        Some(cc) => {
            let name = country_name(lang, cc);
            let Some(c) = ins.cell(cc) else {
                return tr_args(lang, "law-status-unconfirmed", &[("country", Arg::Str(&name))]);
            };
            match (c.status, c.year) {
                (Status::Party, Some(y)) => tr_args(lang, "law-status-party", &[("country", Arg::Str(&name)), ("year", Arg::Num(y as i64))]),
                (Status::Party, None) => tr_args(lang, "law-status-party-noyear", &[("country", Arg::Str(&name))]),
                (s, _) => tr_args(lang, &format!("law-status-{}", s.id()), &[("country", Arg::Str(&name))]),
            }
        }
        None if ins.kind == Kind::Declaration => {
            let accepted: Vec<&str> = ins.cells.iter().filter(|c| c.status.accepted()).map(|c| c.country).collect();
            let names: Vec<String> = accepted.iter().map(|c| country_name(lang, c)).collect();
            tr_args(
                lang,
                "law-declaration-where",
                &[("count", Arg::Num(accepted.len() as i64)), ("total", Arg::Num(ins.cells.len() as i64)), ("countries", Arg::Str(&names.join(", ")))],
            )
        }
        None => {
            let binding = ins.binding_countries();
            if binding.is_empty() {
                return tr(lang, "law-binds-nowhere");
            }
            let names: Vec<String> = binding.iter().map(|c| country_name(lang, c)).collect();
            tr_args(
                lang,
                "law-binds-where",
                &[("count", Arg::Num(binding.len() as i64)), ("total", Arg::Num(ins.cells.len() as i64)), ("countries", Arg::Str(&names.join(", ")))],
            )
        }
    }
}

/// One status sentence under a legal-basis line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLine {
    pub instrument: &'static Instrument,
    /// The instrument's short name (shown when a source covers more than one instrument).
    pub name: String,
    pub text: String,
    /// `None` without a country.
    pub cell: Option<&'static Cell>,
}

/// The status sentences for a legal-basis source: one per instrument it cites (the 1951
/// Convention and its 1967 Protocol are two). Empty for sources that are not instruments.
pub fn basis_status_lines(lang: &str, source: &str, country: Option<&str>) -> Vec<StatusLine> {
    instruments_for_source(source)
        .into_iter()
        .map(|ins| StatusLine {
            instrument: ins,
            name: tr(lang, &ins.name_id()),
            text: status_line(lang, ins, country),
            cell: country.and_then(|c| ins.cell(c)),
        })
        .collect()
}

/// True when every instrument among `sources` (legal-basis source ids) is known NOT accepted by
/// `country`, and there is at least one. Guidance cited alongside does not change this (it binds
/// no one); an unconfirmed status makes the answer false (we do not claim what we do not know).
pub fn rests_only_on_unaccepted<'a>(sources: impl IntoIterator<Item = &'a str>, country: &str) -> bool {
    let mut any = false;
    for s in sources {
        for ins in instruments_for_source(s) {
            any = true;
            match ins.cell(country).map(|c| c.status) {
                Some(st) if st.refused() => {}
                _ => return false,
            }
        }
    }
    any
}

// ---- deadlines ---------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactStatus {
    Confirmed,
    Unconfirmed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    WorkingDays,
    Days,
    Months,
    Years,
    None,
}

/// When counting starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountFrom {
    /// Day 0 is the day of entry (calendar days: last day = entry + n).
    Entry,
    /// The day of entry is not counted.
    DayAfterEntry,
    /// Counting starts on the first working day after entry.
    FirstWorkingDayAfterEntry,
}

/// One fact about asking for asylum in a country. Only `Confirmed` facts are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact {
    pub status: FactStatus,
    pub unit: Option<Unit>,
    pub amount: u32,
    pub from: Option<CountFrom>,
    /// authority: the message id of the office's name.
    pub message: Option<&'static str>,
    /// border, detention: accepted or not.
    pub value: Option<bool>,
    pub source: Option<&'static str>,
    pub url: Option<&'static str>,
    pub read: Read,
    pub date_read: Option<&'static str>,
}

impl Fact {
    pub fn confirmed(&self) -> bool {
        self.status == FactStatus::Confirmed
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub country: &'static str,
    pub limit: Fact,
    pub authority: Fact,
    pub border: Fact,
    pub detention: Fact,
}

pub fn deadline(country: &str) -> Option<&'static Deadline> {
    DEADLINES.iter().find(|d| d.country == country)
}

/// The time limit in plain words, if confirmed: "You have 30 working days after you enter
/// Mexico…". `None` when the limit is not confirmed (the caller shows `law-deadline-unknown`).
pub fn limit_text(lang: &str, d: &Deadline) -> Option<String> {
    let l = &d.limit;
    if !l.confirmed() {
        return None;
    }
    let id = match l.unit? {
        Unit::WorkingDays => "law-deadline-working-days",
        Unit::Days => "law-deadline-days",
        Unit::Months => "law-deadline-months",
        Unit::Years => "law-deadline-years",
        Unit::None => return None,
    };
    let name = country_name(lang, d.country);
    Some(tr_args(lang, id, &[("amount", Arg::Num(l.amount as i64)), ("country", Arg::Str(&name))]))
}

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_len(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if leap(y) {
                29
            } else {
                28
            }
        }
    }
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1900..=2200).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= month_len(year, month)).then_some(Date { year, month, day })
    }

    /// `YYYY-MM-DD` (what `<input type=date>` gives). Anything else is `None`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()) {
            return None;
        }
        let t = s.trim();
        Date::new(t[0..4].parse().ok()?, t[5..7].parse().ok()?, t[8..10].parse().ok()?)
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    pub fn days(&self) -> i64 {
        let y = if self.month <= 2 { self.year - 1 } else { self.year } as i64;
        let m = self.month as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
        Date { year: y, month: m, day: d }
    }

    pub fn add_days(&self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u32
    }

    pub fn is_working_day(&self) -> bool {
        self.weekday() < 5
    }

    /// Same day `n` months later; a day that does not exist (31 April) becomes the month's last.
    pub fn add_months(&self, n: u32) -> Date {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n as i64;
        let (y, m) = ((total / 12) as i32, (total % 12) as u32 + 1);
        Date { year: y, month: m, day: self.day.min(month_len(y, m)) }
    }

    fn next_working_day(&self) -> Date {
        let mut d = self.add_days(1);
        while !d.is_working_day() {
            d = d.add_days(1);
        }
        d
    }
}

/// The last day to ask, from the date of entry, for a confirmed limit; `None` when the limit is
/// not confirmed or there is none. Public holidays are not skipped: the result is the last day
/// at the latest (see the module documentation).
pub fn last_day(limit: &Fact, entry: Date) -> Option<Date> {
    if !limit.confirmed() || limit.amount == 0 {
        return None;
    }
    let n = limit.amount;
    let from = limit.from?;
    Some(match limit.unit? {
        Unit::None => return None,
        Unit::WorkingDays => {
            // Counting starts after the day of entry in every form the data uses: the n-th working
            // day after entry is the last day.
            let mut d = entry;
            for _ in 0..n {
                d = d.next_working_day();
            }
            d
        }
        Unit::Days => match from {
            CountFrom::Entry | CountFrom::DayAfterEntry => entry.add_days(n as i64),
            CountFrom::FirstWorkingDayAfterEntry => entry.next_working_day().add_days(n as i64 - 1),
        },
        Unit::Months => {
            // n months from the start, the start day counted: the day before the same date n
            // months later (the earlier of the two usual readings).
            let start = match from {
                CountFrom::FirstWorkingDayAfterEntry => entry.next_working_day(),
                CountFrom::Entry | CountFrom::DayAfterEntry => entry.add_days(1),
            };
            start.add_months(n).add_days(-1)
        }
        Unit::Years => {
            // "within n years after the date of arrival": the anniversary (29 Feb → 28 Feb).
            entry.add_months(n * 12)
        }
    })
}

/// `law-date`: the date in words in `lang` ("15 January 2027").
pub fn format_date(lang: &str, d: Date) -> String {
    let month = tr(lang, &format!("law-month-{}", d.month));
    tr_args(lang, "law-date", &[("day", Arg::Num(d.day as i64)), ("month", Arg::Str(&month)), ("year", Arg::Num(d.year as i64))])
}

/// What the deadline block says about a date of entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryResult {
    /// The last day (at the latest) and whether it has already passed on `today`.
    LastDay { date: Date, passed: bool },
    /// The text was not a real date.
    Invalid,
    /// The date of entry is after today.
    Future,
    /// No confirmed limit to compute from.
    NoLimit,
}

/// Evaluate a date of entry typed by her (kept in memory only by the caller).
pub fn evaluate_entry(d: &Deadline, entry: &str, today: Date) -> EntryResult {
    let Some(e) = Date::parse(entry) else { return EntryResult::Invalid };
    if e > today {
        return EntryResult::Future;
    }
    match last_day(&d.limit, e) {
        Some(date) => EntryResult::LastDay { date, passed: date < today },
        None => EntryResult::NoLimit,
    }
}

/// The plain caveat that goes with a computed day.
pub fn caveat_id(limit: &Fact) -> &'static str {
    if limit.unit == Some(Unit::WorkingDays) {
        "law-caveat-working-days"
    } else {
        "law-caveat-calendar"
    }
}
