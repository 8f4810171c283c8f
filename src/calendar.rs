//! Calendar export: a plan as RFC 5545 iCalendar text, one all-day (or timed) VEVENT per
//! workout (a training day's sessions, done in order), for any calendar app. No clocks: DTSTAMP
//! derives from the start date, UIDs from the id of the workout's first session (kept when
//! the workout moves), so exporting the same plan twice gives the same file and re-importing
//! updates events instead of duplicating them.
//!
//! Dates are computed by hand (days since 1970-01-01, Hinnant's civil-date algorithms); bad
//! dates are [`Error::InvalidDate`]. Lines end in CRLF, TEXT values are escaped, and lines are
//! folded at 75 octets without splitting a UTF-8 character.

use crate::error::{Error, Result};
use crate::planning::library;
use crate::planning::plan::{workout_title_kinds, Day, Kind, Plan};
use crate::planning::profile::Weekday;

/// A calendar date (proleptic Gregorian), years 1900–9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses strict `YYYY-MM-DD`; anything else, or a day that does not exist, is `INVALID_DATE`.
    pub fn parse(s: &str) -> Result<Date> {
        let bad = || Error::InvalidDate(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| s.get(r).and_then(digits).ok_or_else(bad);
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let year = i32::try_from(year).map_err(|_| bad())?;
        if !(1900..=9999).contains(&year)
            || !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
        {
            return Err(bad());
        }
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later.
    pub fn plus(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        let i = (self.to_days() + 3).rem_euclid(7) as u32;
        Weekday::Mon.plus(i)
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// The number the ASCII digits of `s` write (`None` if `s` is empty or holds anything else).
/// Used instead of `str::parse`, which also takes a sign and costs more wasm.
fn digits(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut n: u32 = 0;
    for c in s.bytes() {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n.saturating_mul(10).saturating_add(u32::from(c - b'0'));
    }
    Some(n)
}

fn leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// `planToICalendar` options. `lang` `"en"` (default) or `"es"`; `weekStart` makes week 1
/// begin on the first such weekday on or after the start date (default: week 1 is the seven
/// days from the start date); `time` `"HH:MM"` gives timed events of the workout's length
/// (floating local time) instead of all-day events.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", default)]
#[tsify(missing_as_null)]
pub struct CalendarOptions {
    pub lang: Option<String>,
    pub week_start: Option<Weekday>,
    pub time: Option<String>,
}

fn parse_time(t: &str) -> Result<(u32, u32)> {
    let bad = || Error::input("options.time", "must be HH:MM (24-hour)");
    let b = t.as_bytes();
    if b.len() != 5
        || b.get(2) != Some(&b':')
        || !t
            .bytes()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return Err(bad());
    }
    let h = t.get(0..2).and_then(digits).ok_or_else(bad)?;
    let m = t.get(3..5).and_then(digits).ok_or_else(bad)?;
    if h > 23 || m > 59 {
        return Err(bad());
    }
    Ok((h, m))
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newline.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (continuations start with a space, which
/// counts), never inside a UTF-8 character, ended by CRLF.
pub fn push_line(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// The short name of a kind, for workout titles and part headings.
fn kind_name(kind: Kind, es: bool) -> &'static str {
    match (kind, es) {
        (Kind::Resistance, false) => "Strength",
        (Kind::Resistance, true) => "Fuerza",
        (Kind::Aerobic, false) => "Aerobic",
        (Kind::Aerobic, true) => "Aeróbico",
        (Kind::Impact, false) => "Impact",
        (Kind::Impact, true) => "Impacto",
        (Kind::Balance, false) => "Balance",
        (Kind::Balance, true) => "Equilibrio",
        (Kind::Flexibility, false) => "Flexibility",
        (Kind::Flexibility, true) => "Flexibilidad",
    }
}

/// The workout's title: its two main kinds (see [`workout_title_kinds`]), the first
/// capitalized, joined by " + " ("Strength + balance").
pub fn workout_title(day: &Day, es: bool) -> String {
    let mut title = String::new();
    for (i, kind) in workout_title_kinds(day).into_iter().enumerate() {
        let name = kind_name(kind, es);
        if i == 0 {
            title.push_str(name);
        } else {
            title.push_str(" + ");
            // The names are one capitalised word each, non-ASCII letters already lower case
            // ("Aeróbico"): ASCII lower-casing is exact and keeps Unicode's case tables out of the
            // wasm (≈ 5 KB).
            title.push_str(&name.to_ascii_lowercase());
        }
    }
    title
}

fn category(kind: Kind) -> &'static str {
    match kind {
        Kind::Resistance => "RESISTANCE",
        Kind::Aerobic => "AEROBIC",
        Kind::Impact => "IMPACT",
        Kind::Balance => "BALANCE",
        Kind::Flexibility => "FLEXIBILITY",
    }
}

fn dose_text(p: &crate::planning::plan::Prescription, es: bool) -> String {
    let mut out = p.sets.to_string();
    if let Some(r) = p.reps {
        out.push_str(" × ");
        out.push_str(&r.to_string());
    } else if let Some(i) = p.impacts {
        out.push_str(" × ");
        out.push_str(&i.to_string());
        out.push_str(if es { " impactos" } else { " impacts" });
    } else if let Some(s) = p.seconds {
        if s >= 120 && s % 60 == 0 {
            out = (s / 60 * p.sets).to_string();
            out.push_str(" min");
        } else {
            out.push_str(" × ");
            out.push_str(&s.to_string());
            out.push_str(" s");
        }
    }
    match p.load {
        Some(kg) if kg > 0.0 => {
            // A valid load is at most 1000 kg, so the half-kilograms fit a u32.
            let halves = (kg * 2.0).round() as u32;
            out.push_str(&format!(", {} kg", f64::from(halves) / 2.0));
        }
        _ => {}
    }
    out
}

/// Appends one content line made of `parts` (see [`push_line`]).
fn push_parts(out: &mut String, parts: &[&str]) {
    push_line(out, &parts.concat());
}

/// `planToICalendar(plan, startDate, options)`: the plan as an iCalendar file.
pub fn plan_to_icalendar(plan: &Plan, start: &str, options: &CalendarOptions) -> Result<String> {
    plan.validate()?;
    let start = Date::parse(start)?;
    let es = options.lang.as_deref().is_some_and(|l| l.starts_with("es"));
    let time = options.time.as_deref().map(parse_time).transpose()?;
    let first = match options.week_start {
        Some(ws) => start.plus(i64::from(start.weekday().days_until(ws))),
        None => start,
    };
    let start_day = start.compact();
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//osteoplan//exercise plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    push_parts(
        &mut out,
        &[
            "X-WR-CALNAME:",
            &escape_text(if es {
                "osteoplan: plan de ejercicio"
            } else {
                "osteoplan: exercise plan"
            }),
        ],
    );
    for week in &plan.weeks {
        let week_first = first.plus(7 * i64::from(week.index.saturating_sub(1)));
        for day in &week.days {
            let date = week_first.plus(i64::from(week_first.weekday().days_until(day.day)));
            let Some(first_session) = day.sessions.first() else {
                continue;
            };
            push_line(&mut out, "BEGIN:VEVENT");
            push_parts(
                &mut out,
                &[
                    "UID:",
                    &escape_text(&first_session.id),
                    "-",
                    &start_day,
                    "@osteoplan",
                ],
            );
            push_parts(&mut out, &["DTSTAMP:", &start_day, "T000000Z"]);
            match time {
                Some((h, m)) => {
                    let hhmm = format!("{h:02}{m:02}");
                    push_parts(&mut out, &["DTSTART:", &date.compact(), "T", &hhmm, "00"]);
                    push_parts(
                        &mut out,
                        &["DURATION:PT", &day.minutes().max(1).to_string(), "M"],
                    );
                }
                None => {
                    push_parts(&mut out, &["DTSTART;VALUE=DATE:", &date.compact()]);
                    push_parts(&mut out, &["DTEND;VALUE=DATE:", &date.plus(1).compact()]);
                    push_line(&mut out, "TRANSP:TRANSPARENT");
                }
            }
            let deload = match (week.deload, es) {
                (false, _) => "",
                (true, true) => " (semana suave)",
                (true, false) => " (deload week)",
            };
            let summary = format!("{} · {} min{deload}", workout_title(day, es), day.minutes());
            push_parts(&mut out, &["SUMMARY:", &escape_text(&summary)]);
            // Per part in order: its heading, then one line per exercise; a blank line, then
            // the reminder.
            let mut desc = String::new();
            for s in &day.sessions {
                desc.push_str(&format!("{} ({} min)\n", kind_name(s.kind, es), s.minutes));
                for p in &s.exercises {
                    let name = library::find(&p.exercise_id)
                        .map(|e| e.name(if es { "es" } else { "en" }))
                        .unwrap_or(p.exercise_id.as_str());
                    desc.push_str(name);
                    desc.push_str(": ");
                    desc.push_str(&dose_text(p, es));
                    desc.push('\n');
                }
            }
            desc.push('\n');
            desc.push_str(if es {
                "Educación para la salud, no consejo médico: consulte con su equipo de atención médica."
            } else {
                "Health education, not medical advice: check with your care team."
            });
            push_parts(&mut out, &["DESCRIPTION:", &escape_text(&desc)]);
            let mut categories: Vec<&str> = Vec::new();
            for s in &day.sessions {
                if !categories.contains(&category(s.kind)) {
                    categories.push(category(s.kind));
                }
            }
            push_parts(&mut out, &["CATEGORIES:", &categories.join(",")]);
            push_line(&mut out, "END:VEVENT");
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        for days in -25_567..40_000 {
            let d = Date::from_days(days);
            assert_eq!(d.to_days(), days);
        }
        assert_eq!(
            Date::parse("2026-11-27").map(|d| d.weekday()),
            Ok(Weekday::Fri)
        );
        assert_eq!(
            Date::parse("2000-02-29").map(|d| d.weekday()),
            Ok(Weekday::Tue)
        );
        assert_eq!(
            Date::parse("2026-12-28").map(|d| d.plus(7).compact()),
            Ok("20270104".to_owned())
        );
    }

    #[test]
    fn impossible_or_malformed_dates_are_invalid_date() {
        for bad in [
            "2026-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "26-01-01",
            "2026/01/01",
            "2026-1-01",
            "+026-01-01",
            "2026-01-0a",
            "",
            "2026-01-01T00",
        ] {
            assert_eq!(
                Date::parse(bad).map_err(|e| e.code()),
                Err("INVALID_DATE"),
                "{bad}"
            );
        }
        assert!(Date::parse("2000-02-29").is_ok() && Date::parse("2024-02-29").is_ok());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!(
            "DESCRIPTION:{}",
            "Elevación de talón a una pierna ñ€😀 ".repeat(8)
        );
        push_line(&mut out, &line);
        for l in out.split_terminator("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn time_must_be_hh_mm() {
        assert_eq!(parse_time("07:30"), Ok((7, 30)));
        for bad in ["7:30", "24:00", "12:60", "ab:cd", "12-30"] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }
}
