//! Edits a person makes to a plan. Each returns a new plan and leaves the input alone; none
//! re-checks the rules — call `checkPlan` afterwards (the widget does) to see what changed.

use super::library;
use super::plan::{validate_log_values, ExerciseResult, LogEntry, Plan, Prescription, Week};
use super::profile::Weekday;
use crate::error::{Error, Result};
use crate::input::{null_as_empty, null_as_false};
use serde::Deserialize;
use tsify::Tsify;

/// `moveSession` argument: move one session of `week` from `fromDay` to `toDay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "MoveSessionEdit")]
pub struct MoveSession {
    pub week: u32,
    pub from_day: Weekday,
    pub session_index: usize,
    pub to_day: Weekday,
}

/// `moveWorkout` argument: move the workout (every session) of `week` from `fromDay` to `toDay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(rename = "MoveWorkoutEdit")]
pub struct MoveWorkout {
    pub week: u32,
    pub from_day: Weekday,
    pub to_day: Weekday,
}

/// `swapExercise` location: one exercise of one session. With `allWeeks`, the exercise is
/// also replaced wherever it appears in the later weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct ExerciseRef {
    pub week: u32,
    pub day: Weekday,
    pub session_index: usize,
    pub exercise_index: usize,
    #[serde(default, deserialize_with = "null_as_false")]
    pub all_weeks: bool,
}

/// `logSession` argument: what happened in one session.
#[derive(Debug, Clone, PartialEq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, rename = "SessionLogEntry")]
pub struct SessionLog {
    pub week: u32,
    pub day: Weekday,
    pub session_index: usize,
    #[serde(default, deserialize_with = "null_as_false")]
    pub done: bool,
    /// Effort 0–10.
    #[serde(default)]
    pub effort: Option<u32>,
    /// Pain 0–10.
    #[serde(default)]
    pub pain: Option<u32>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub results: Vec<ExerciseResult>,
}

/// `logWorkout` argument: what happened in the workout of one day. `done`, `effort` and `pain`
/// apply to every part; each result goes to the part that holds its exercise.
#[derive(Debug, Clone, PartialEq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, rename = "WorkoutLogEntry")]
pub struct WorkoutLog {
    pub week: u32,
    pub day: Weekday,
    #[serde(default, deserialize_with = "null_as_false")]
    pub done: bool,
    /// Effort 0–10.
    #[serde(default)]
    pub effort: Option<u32>,
    /// Pain 0–10.
    #[serde(default)]
    pub pain: Option<u32>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub results: Vec<ExerciseResult>,
}

fn missing(what: String) -> Error {
    Error::InvalidEdit(what)
}

fn session_id(plan: &Plan, week: u32, day: Weekday, index: usize) -> Result<String> {
    plan.weeks
        .iter()
        .find(|w| w.index == week)
        .ok_or_else(|| missing(format!("the plan has no week {week}")))?
        .days
        .iter()
        .find(|d| d.day == day)
        .and_then(|d| d.sessions.get(index))
        .map(|s| s.id.clone())
        .ok_or_else(|| {
            missing(format!(
                "week {week} has no session {} on {}",
                index + 1,
                day.id()
            ))
        })
}

/// After a move: no empty days, and the days in weekday order.
fn tidy(week: &mut Week) {
    week.days.retain(|d| !d.sessions.is_empty());
    week.days.sort_by_key(|d| d.day);
}

/// `moveSession(plan, { week, fromDay, sessionIndex, toDay })`: the session keeps its id (and
/// so its log and calendar UID) and goes after the sessions already on `toDay`.
pub fn move_session(plan: &Plan, edit: MoveSession) -> Result<Plan> {
    plan.validate()?;
    let mut out = plan.clone();
    session_id(&out, edit.week, edit.from_day, edit.session_index)?;
    let week = out
        .weeks
        .iter_mut()
        .find(|w| w.index == edit.week)
        .ok_or_else(|| missing("no such week".into()))?;
    let from = week
        .days
        .iter_mut()
        .find(|d| d.day == edit.from_day)
        .ok_or_else(|| missing("no such day".into()))?;
    if edit.session_index >= from.sessions.len() {
        return Err(missing("no such session".into()));
    }
    let session = from.sessions.remove(edit.session_index);
    match week.days.iter_mut().find(|d| d.day == edit.to_day) {
        Some(to) => to.sessions.push(session),
        None => week.days.push(super::plan::Day {
            day: edit.to_day,
            sessions: vec![session],
        }),
    }
    tidy(week);
    Ok(out)
}

/// `moveWorkout(plan, { week, fromDay, toDay })`: every session of `fromDay` goes to `toDay`,
/// in order and keeping its id (and so its log and calendar UID). When `toDay` already has a
/// workout, the two days swap, so a day never holds two workouts. `fromDay == toDay` changes
/// nothing.
pub fn move_workout(plan: &Plan, edit: MoveWorkout) -> Result<Plan> {
    plan.validate()?;
    let mut out = plan.clone();
    let week = out
        .weeks
        .iter_mut()
        .find(|w| w.index == edit.week)
        .ok_or_else(|| missing(format!("the plan has no week {}", edit.week)))?;
    if !week
        .days
        .iter()
        .any(|d| d.day == edit.from_day && !d.sessions.is_empty())
    {
        return Err(missing(format!(
            "week {} has no workout on {}",
            edit.week,
            edit.from_day.id()
        )));
    }
    if edit.from_day == edit.to_day {
        return Ok(out);
    }
    for d in week.days.iter_mut() {
        if d.day == edit.from_day {
            d.day = edit.to_day;
        } else if d.day == edit.to_day {
            d.day = edit.from_day;
        }
    }
    tidy(week);
    Ok(out)
}

/// `swapExercise(plan, { week, day, sessionIndex, exerciseIndex, allWeeks? }, newExerciseId)`:
/// the dose carries over, converted when the new exercise is dosed differently (reps ↔ seconds).
pub fn swap_exercise(plan: &Plan, at: ExerciseRef, new_id: &str) -> Result<Plan> {
    plan.validate()?;
    let mut out = plan.clone();
    let new = library::get(new_id)?;
    let sid = session_id(&out, at.week, at.day, at.session_index)?;
    let old_id = out
        .session_by_id(&sid)
        .and_then(|(_, _, s)| s.exercises.get(at.exercise_index))
        .map(|p| p.exercise_id.clone())
        .ok_or_else(|| {
            missing(format!(
                "that session has no exercise {}",
                at.exercise_index + 1
            ))
        })?;
    for week in out
        .weeks
        .iter_mut()
        .filter(|w| w.index == at.week || (at.all_weeks && w.index > at.week))
    {
        for day in week.days.iter_mut() {
            for (si, s) in day.sessions.iter_mut().enumerate() {
                for (ei, p) in s.exercises.iter_mut().enumerate() {
                    let here = week.index == at.week
                        && day.day == at.day
                        && si == at.session_index
                        && ei == at.exercise_index;
                    let later = at.all_weeks && week.index > at.week && p.exercise_id == old_id;
                    if here || later {
                        *p = converted(p, new);
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The same dose for another exercise, converted to its dose unit.
pub fn converted(p: &Prescription, new: &library::Exercise) -> Prescription {
    use library::Dose;
    let mut q = Prescription {
        exercise_id: new.id.to_owned(),
        sets: p.sets,
        reps: None,
        seconds: None,
        impacts: None,
        load: None,
        effort: p.effort,
    };
    let same_unit = library::find(&p.exercise_id).is_some_and(|old| old.dose == new.dose);
    match new.dose {
        Dose::Reps => q.reps = Some(p.reps.or(p.impacts).unwrap_or(10)),
        Dose::Seconds | Dose::Minutes => q.seconds = Some(p.seconds.unwrap_or(30)),
        Dose::Impacts => q.impacts = Some(p.impacts.or(p.reps).unwrap_or(10)),
    }
    if same_unit && library::find(&p.exercise_id).is_some_and(|old| old.equipment == new.equipment)
    {
        q.load = p.load;
    }
    q
}

/// `logSession(plan, { week, day, sessionIndex, done, effort?, pain?, results? })`: stores the
/// entry in `plan.log`, replacing an earlier entry for the same session.
pub fn log_session(plan: &Plan, log: SessionLog) -> Result<Plan> {
    plan.validate()?;
    let mut out = plan.clone();
    let sid = session_id(&out, log.week, log.day, log.session_index)?;
    let entry = LogEntry {
        session_id: sid.clone(),
        done: log.done,
        effort: log.effort,
        pain: log.pain,
        results: log.results,
    };
    validate_log_values(&entry)?;
    if let Some((_, _, s)) = out.session_by_id(&sid) {
        if let Some(r) = entry
            .results
            .iter()
            .find(|r| !s.exercises.iter().any(|p| p.exercise_id == r.exercise_id))
        {
            return Err(missing(format!(
                "exercise \"{}\" is not in that session",
                r.exercise_id.chars().take(64).collect::<String>()
            )));
        }
    }
    out.log.retain(|e| e.session_id != sid);
    out.log.push(entry);
    Ok(out)
}

/// `logWorkout(plan, { week, day, done, effort?, pain?, results? })`: one log entry per session
/// of the day's workout (replacing earlier entries of those sessions), each with the same
/// `done`, `effort` and `pain`; each result goes to the first session that holds its exercise.
pub fn log_workout(plan: &Plan, log: WorkoutLog) -> Result<Plan> {
    plan.validate()?;
    let check = LogEntry {
        session_id: String::new(),
        done: log.done,
        effort: log.effort,
        pain: log.pain,
        results: log.results,
    };
    validate_log_values(&check)?;
    let sessions = plan
        .weeks
        .iter()
        .find(|w| w.index == log.week)
        .ok_or_else(|| missing(format!("the plan has no week {}", log.week)))?
        .days
        .iter()
        .find(|d| d.day == log.day)
        .map(|d| d.sessions.as_slice())
        .unwrap_or_default();
    if sessions.is_empty() {
        return Err(missing(format!(
            "week {} has no workout on {}",
            log.week,
            log.day.id()
        )));
    }
    let mut entries: Vec<LogEntry> = sessions
        .iter()
        .map(|s| LogEntry {
            session_id: s.id.clone(),
            done: check.done,
            effort: check.effort,
            pain: check.pain,
            results: Vec::new(),
        })
        .collect();
    for r in check.results {
        let at = sessions
            .iter()
            .position(|s| s.exercises.iter().any(|p| p.exercise_id == r.exercise_id));
        match at.and_then(|i| entries.get_mut(i)) {
            Some(entry) => entry.results.push(r),
            None => {
                return Err(missing(format!(
                    "exercise \"{}\" is not in that workout",
                    r.exercise_id.chars().take(64).collect::<String>()
                )))
            }
        }
    }
    let mut out = plan.clone();
    out.log
        .retain(|e| !sessions.iter().any(|s| s.id == e.session_id));
    out.log.extend(entries);
    Ok(out)
}
