//! The plan: weeks of days of sessions of prescribed exercises, the findings that explain it,
//! and the person's log. The same shape is generated, edited, logged, progressed, saved by the
//! widget and imported back, so [`Plan::validate`] checks any plan before it is used.

use super::library;
use super::profile::Weekday;
use crate::error::{Error, Result};
use crate::input::{capped, null_as_empty, null_as_false};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// What a session trains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Resistance,
    Aerobic,
    Impact,
    Balance,
    Flexibility,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 5] = [
        Kind::Resistance,
        Kind::Aerobic,
        Kind::Impact,
        Kind::Balance,
        Kind::Flexibility,
    ];

    /// Parses a kind id.
    pub fn from_id(id: &str) -> Option<Kind> {
        crate::ids::parse_id(id)
    }

    /// The stable id (`"resistance"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// How serious a finding is: `stop` (a safety gate is broken), `warning` (a rule is not met),
/// `info` (why the plan looks the way it does, and the standing advice).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Tsify,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Stop,
    Warning,
    Info,
}

impl Severity {
    /// Parses `"stop"`, `"warning"` or `"info"`.
    pub fn from_id(id: &str) -> Option<Severity> {
        crate::ids::parse_id(id)
    }

    /// The stable id (`"warning"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// A rule the plan meets, breaks or explains, with the rule id and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Finding {
    /// Rule id from the evidence file (`"G2"`, `"W3"`, `"P8"`).
    pub rule_id: String,
    pub severity: Severity,
    /// English text a person can act on; the UI may translate by `ruleId`.
    pub message: String,
    /// 1-based week the finding is about, if any.
    #[serde(default)]
    pub week: Option<u32>,
    #[serde(default)]
    pub day: Option<Weekday>,
    /// The source(s) behind the rule.
    #[serde(default)]
    pub source: String,
}

/// One exercise in a session with its dose. Sets × reps, sets × seconds (holds, and minutes
/// of aerobic work as seconds), or sets × impacts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Prescription {
    pub exercise_id: String,
    pub sets: u32,
    #[serde(default)]
    pub reps: Option<u32>,
    #[serde(default)]
    pub seconds: Option<u32>,
    #[serde(default)]
    pub impacts: Option<u32>,
    /// Kilograms, once the person has logged a load (`null` until then: pick a load that
    /// allows 8–12 reps, P2).
    #[serde(default)]
    pub load: Option<f64>,
    /// Target effort 0–10 (P1: 5–8).
    #[serde(default)]
    pub effort: Option<u32>,
}

/// A block of training on one day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Session {
    /// Stable id (`"w3-thu-0"`), kept through moves; logs and calendar UIDs use it.
    pub id: String,
    pub kind: Kind,
    pub minutes: u32,
    #[serde(deserialize_with = "capped")]
    pub exercises: Vec<Prescription>,
}

/// The sessions of one weekday.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Day {
    pub day: Weekday,
    #[serde(deserialize_with = "capped")]
    pub sessions: Vec<Session>,
}

impl Day {
    /// The workout's length: the minutes of all its sessions.
    pub fn minutes(&self) -> u32 {
        self.sessions.iter().map(|s| s.minutes).sum()
    }
}

/// The kinds a workout's title names: the two kinds with the most minutes in the day (one if
/// the day has only one), ties broken by resistance, impact, aerobic, balance, flexibility.
/// Sessions of the same kind count together. A day with no sessions names none.
pub fn workout_title_kinds(day: &Day) -> Vec<Kind> {
    const PRIORITY: [Kind; 5] = [
        Kind::Resistance,
        Kind::Impact,
        Kind::Aerobic,
        Kind::Balance,
        Kind::Flexibility,
    ];
    let minutes = |k: Kind| -> u32 {
        day.sessions
            .iter()
            .filter(|s| s.kind == k)
            .map(|s| s.minutes)
            .sum()
    };
    let mut totals: Vec<(Kind, u32)> = PRIORITY
        .into_iter()
        .filter(|&k| day.sessions.iter().any(|s| s.kind == k))
        .map(|k| (k, minutes(k)))
        .collect();
    // Stable sort: equal minutes keep the priority order.
    totals.sort_by_key(|&(_, minutes)| std::cmp::Reverse(minutes));
    totals.into_iter().take(2).map(|(k, _)| k).collect()
}

/// One week; `deload` marks an optional lighter week (P8: practice, not evidence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Week {
    /// 1-based.
    pub index: u32,
    #[serde(default, deserialize_with = "null_as_false")]
    pub deload: bool,
    #[serde(deserialize_with = "capped")]
    pub days: Vec<Day>,
}

/// What the person logged for one exercise of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct ExerciseResult {
    pub exercise_id: String,
    /// Reps done on the last set.
    #[serde(default)]
    pub reps: Option<u32>,
    /// Kilograms used.
    #[serde(default)]
    pub load: Option<f64>,
}

/// One logged session. The log lives in the plan (`plan.log`), so saving or exporting the plan
/// keeps it; logging the same session again replaces the entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct LogEntry {
    pub session_id: String,
    #[serde(default, deserialize_with = "null_as_false")]
    pub done: bool,
    /// Effort 0–10 (RPE-like).
    #[serde(default)]
    pub effort: Option<u32>,
    /// Pain 0–10 during or after the session.
    #[serde(default)]
    pub pain: Option<u32>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub results: Vec<ExerciseResult>,
}

/// A whole plan. `findings` explain the generated plan; call `checkPlan` after edits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Plan {
    #[serde(deserialize_with = "capped")]
    pub weeks: Vec<Week>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub findings: Vec<Finding>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub log: Vec<LogEntry>,
}

/// Limits that keep an imported plan sane (and bound the work on it).
const MAX_WEEKS: usize = 104;
const MAX_SESSIONS_PER_DAY: usize = 8;
const MAX_EXERCISES: usize = 30;
const MAX_MINUTES: u32 = 600;
const MAX_COUNT: u32 = 10_000;
const MAX_LOAD_KG: f64 = 1000.0;
const MAX_ID: usize = 64;

fn bad(msg: String) -> Error {
    Error::InvalidPlan(msg)
}

/// Checks a load in kilograms: finite, not negative, at most 1000.
pub fn valid_load(load: Option<f64>) -> bool {
    match load {
        None => true,
        Some(l) => l.is_finite() && (0.0..=MAX_LOAD_KG).contains(&l),
    }
}

impl Plan {
    /// Checks the structure: week indices 1, 2, 3… in order, each weekday at most once a week,
    /// known exercise ids, doses in range, unique session ids, log entries that point at sessions.
    pub fn validate(&self) -> Result<()> {
        if self.weeks.len() > MAX_WEEKS {
            return Err(bad(format!("it has more than {MAX_WEEKS} weeks")));
        }
        let mut ids: Vec<&str> = Vec::new();
        for (i, week) in self.weeks.iter().enumerate() {
            let n = week.index;
            if n as usize != i + 1 {
                return Err(bad(format!(
                    "week {} is numbered {n}; weeks must be numbered 1, 2, 3… in order",
                    i + 1
                )));
            }
            for (j, day) in week.days.iter().enumerate() {
                if week.days.iter().take(j).any(|d| d.day == day.day) {
                    return Err(bad(format!("week {n} lists {} twice", day.day.id())));
                }
                if day.sessions.len() > MAX_SESSIONS_PER_DAY {
                    return Err(bad(format!(
                        "week {n} {} has too many sessions",
                        day.day.id()
                    )));
                }
                for s in &day.sessions {
                    let at = format!("week {n} {}", day.day.id());
                    if s.id.is_empty() || s.id.len() > MAX_ID {
                        return Err(bad(format!("a session in {at} has no usable id")));
                    }
                    if ids.contains(&s.id.as_str()) {
                        return Err(bad(format!("session id \"{}\" is used twice", clip(&s.id))));
                    }
                    ids.push(&s.id);
                    if s.minutes > MAX_MINUTES {
                        return Err(bad(format!(
                            "a session in {at} lasts more than {MAX_MINUTES} minutes"
                        )));
                    }
                    if s.exercises.len() > MAX_EXERCISES {
                        return Err(bad(format!("a session in {at} has too many exercises")));
                    }
                    for p in &s.exercises {
                        if library::find(&p.exercise_id).is_none() {
                            return Err(bad(format!(
                                "exercise \"{}\" in {at} is not in the library",
                                clip(&p.exercise_id)
                            )));
                        }
                        let counts = [Some(p.sets), p.reps, p.seconds, p.impacts];
                        if p.sets == 0 || counts.into_iter().flatten().any(|c| c > MAX_COUNT) {
                            return Err(bad(format!(
                                "the dose of {} in {at} is out of range",
                                p.exercise_id
                            )));
                        }
                        if !valid_load(p.load) || p.effort.is_some_and(|e| e > 10) {
                            return Err(bad(format!(
                                "the load or effort of {} in {at} is out of range",
                                p.exercise_id
                            )));
                        }
                    }
                }
            }
        }
        for entry in &self.log {
            if !ids.contains(&entry.session_id.as_str()) {
                return Err(bad(format!(
                    "a log entry points at session \"{}\", which is not in the plan",
                    clip(&entry.session_id)
                )));
            }
            validate_log_values(entry).map_err(|e| bad(e.to_string()))?;
        }
        Ok(())
    }

    /// The session with this id and where it sits: (week index, weekday, session).
    pub fn session_by_id(&self, id: &str) -> Option<(u32, Weekday, &Session)> {
        for w in &self.weeks {
            for d in &w.days {
                for s in &d.sessions {
                    if s.id == id {
                        return Some((w.index, d.day, s));
                    }
                }
            }
        }
        None
    }

    /// Every session in order: (week index, weekday, session).
    pub fn sessions(&self) -> impl Iterator<Item = (u32, Weekday, &Session)> {
        self.weeks.iter().flat_map(|w| {
            w.days
                .iter()
                .flat_map(move |d| d.sessions.iter().map(move |s| (w.index, d.day, s)))
        })
    }
}

/// Range checks for one log entry's numbers (effort and pain 0–10, reps, loads).
pub fn validate_log_values(entry: &LogEntry) -> Result<()> {
    if entry.effort.is_some_and(|e| e > 10) {
        return Err(Error::input("effort", "must be from 0 to 10"));
    }
    if entry.pain.is_some_and(|e| e > 10) {
        return Err(Error::input("pain", "must be from 0 to 10"));
    }
    if entry.results.len() > MAX_EXERCISES {
        return Err(Error::input("results", "too many results"));
    }
    for r in &entry.results {
        if r.reps.is_some_and(|n| n > MAX_COUNT) {
            return Err(Error::input("reps", "must be from 0 to 10000"));
        }
        if !valid_load(r.load) {
            return Err(Error::input(
                "load",
                "must be a number of kilograms from 0 to 1000",
            ));
        }
    }
    Ok(())
}

fn clip(s: &str) -> String {
    s.chars().take(MAX_ID).collect()
}
