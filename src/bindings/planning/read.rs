//! Reads plans, edits and options from JS objects by hand, key by key (`Reflect.get`), instead
//! of through serde-wasm-bindgen: far less wasm for these nested shapes, and errors that name
//! the exact place (`weeks[2].days[0].sessions[1].minutes must be a whole number`).

use crate::bindings::{absent, get};
use crate::calendar::CalendarOptions;
use crate::planning::edit::{ExerciseRef, MoveSession, SessionLog};
use crate::planning::plan::{
    Day, ExerciseResult, Finding, Kind, LogEntry, Plan, Prescription, Session, Severity, Week,
};
use crate::planning::{PlanOptions, Weekday};
use wasm_bindgen::JsValue;

/// Where a value is wrong and why; the caller turns it into `INVALID_PLAN` or `INVALID_INPUT`.
pub(crate) struct Bad {
    pub path: String,
    pub reason: &'static str,
}

type R<T> = Result<T, Bad>;

/// Longest list read from JS (a plan's own limits are checked afterwards by `Plan::validate`).
const MAX_LIST: u32 = 10_000;

/// `parent.key`, or `key` at the top.
fn join(parent: &str, key: &str) -> String {
    let mut path = String::from(parent);
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
    path
}

fn bad<T>(parent: &str, key: &'static str, reason: &'static str) -> R<T> {
    Err(Bad {
        path: join(parent, key),
        reason,
    })
}

/// Whether `v` is a plain object (not an array, function or primitive).
pub(crate) fn is_object(v: &JsValue) -> bool {
    v.is_object() && !js_sys::Array::is_array(v)
}

fn whole_value(v: &JsValue) -> Option<u32> {
    v.as_f64()
        .filter(|n| n.is_finite() && n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX))
        // Whole and in range, so the cast is exact.
        .map(|n| n as u32)
}

fn whole(obj: &JsValue, key: &'static str, parent: &str) -> R<u32> {
    whole_value(&get(obj, key)).map_or_else(|| bad(parent, key, "must be a whole number"), Ok)
}

fn opt_whole(obj: &JsValue, key: &'static str, parent: &str) -> R<Option<u32>> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(None);
    }
    whole_value(&v).map_or_else(
        || bad(parent, key, "must be a whole number"),
        |n| Ok(Some(n)),
    )
}

fn opt_number(obj: &JsValue, key: &'static str, parent: &str) -> R<Option<f64>> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(None);
    }
    v.as_f64()
        .filter(|n| n.is_finite())
        .map_or_else(|| bad(parent, key, "must be a number"), |n| Ok(Some(n)))
}

fn text(obj: &JsValue, key: &'static str, parent: &str) -> R<String> {
    get(obj, key)
        .as_string()
        .map_or_else(|| bad(parent, key, "must be text"), Ok)
}

fn opt_text(obj: &JsValue, key: &'static str, parent: &str) -> R<Option<String>> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(None);
    }
    v.as_string()
        .map_or_else(|| bad(parent, key, "must be text"), |s| Ok(Some(s)))
}

fn flag(obj: &JsValue, key: &'static str, parent: &str) -> R<bool> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(false);
    }
    v.as_bool()
        .map_or_else(|| bad(parent, key, "must be true or false"), Ok)
}

fn day_value(v: &JsValue) -> Option<Weekday> {
    v.as_string().and_then(|s| Weekday::from_id(&s))
}

fn day(obj: &JsValue, key: &'static str, parent: &str) -> R<Weekday> {
    day_value(&get(obj, key)).map_or_else(|| bad(parent, key, "must be a day id (mon … sun)"), Ok)
}

fn opt_day(obj: &JsValue, key: &'static str, parent: &str) -> R<Option<Weekday>> {
    let v = get(obj, key);
    if absent(&v) {
        return Ok(None);
    }
    day_value(&v).map_or_else(
        || bad(parent, key, "must be a day id (mon … sun)"),
        |d| Ok(Some(d)),
    )
}

/// The objects of list `key` (absent → empty unless `required`), each with its path.
fn list(
    obj: &JsValue,
    key: &'static str,
    parent: &str,
    required: bool,
) -> R<Vec<(JsValue, String)>> {
    let v = get(obj, key);
    if absent(&v) && !required {
        return Ok(Vec::new());
    }
    if !js_sys::Array::is_array(&v) {
        return bad(parent, key, "must be a list");
    }
    let arr = js_sys::Array::from(&v);
    if arr.length() > MAX_LIST {
        return bad(parent, key, "is too long");
    }
    let base = join(parent, key);
    let mut out = Vec::new();
    for (i, item) in (0u32..).zip(arr.iter()) {
        let mut path = base.clone();
        path.push('[');
        crate::planning::push_num(&mut path, i, 1);
        path.push(']');
        if !is_object(&item) {
            return Err(Bad {
                path,
                reason: "must be an object",
            });
        }
        out.push((item, path));
    }
    Ok(out)
}

fn prescription(o: &JsValue, p: &str) -> R<Prescription> {
    Ok(Prescription {
        exercise_id: text(o, "exerciseId", p)?,
        sets: whole(o, "sets", p)?,
        reps: opt_whole(o, "reps", p)?,
        seconds: opt_whole(o, "seconds", p)?,
        impacts: opt_whole(o, "impacts", p)?,
        load: opt_number(o, "load", p)?,
        effort: opt_whole(o, "effort", p)?,
    })
}

fn session(o: &JsValue, p: &str) -> R<Session> {
    let kind = get(o, "kind").as_string().and_then(|k| Kind::from_id(&k));
    let Some(kind) = kind else {
        return bad(
            p,
            "kind",
            "must be resistance, aerobic, impact, balance or flexibility",
        );
    };
    let mut exercises = Vec::new();
    for (x, xp) in list(o, "exercises", p, true)? {
        exercises.push(prescription(&x, &xp)?);
    }
    Ok(Session {
        id: text(o, "id", p)?,
        kind,
        minutes: whole(o, "minutes", p)?,
        exercises,
    })
}

fn finding(o: &JsValue, p: &str) -> R<Finding> {
    let severity = get(o, "severity")
        .as_string()
        .and_then(|s| Severity::from_id(&s));
    let Some(severity) = severity else {
        return bad(p, "severity", "must be stop, warning or info");
    };
    Ok(Finding {
        rule_id: text(o, "ruleId", p)?,
        severity,
        message: text(o, "message", p)?,
        week: opt_whole(o, "week", p)?,
        day: opt_day(o, "day", p)?,
        source: opt_text(o, "source", p)?.unwrap_or_default(),
    })
}

fn results(o: &JsValue, p: &str) -> R<Vec<ExerciseResult>> {
    let mut out = Vec::new();
    for (r, rp) in list(o, "results", p, false)? {
        out.push(ExerciseResult {
            exercise_id: text(&r, "exerciseId", &rp)?,
            reps: opt_whole(&r, "reps", &rp)?,
            load: opt_number(&r, "load", &rp)?,
        });
    }
    Ok(out)
}

/// A plan (`{ weeks, findings?, log? }`).
pub(crate) fn plan(v: &JsValue) -> R<Plan> {
    if !is_object(v) {
        return Err(Bad {
            path: "plan".into(),
            reason: "must be an object with weeks",
        });
    }
    let mut weeks = Vec::new();
    for (w, wp) in list(v, "weeks", "", true)? {
        let mut days = Vec::new();
        for (d, dp) in list(&w, "days", &wp, true)? {
            let mut sessions = Vec::new();
            for (s, sp) in list(&d, "sessions", &dp, true)? {
                sessions.push(session(&s, &sp)?);
            }
            days.push(Day {
                day: day(&d, "day", &dp)?,
                sessions,
            });
        }
        weeks.push(Week {
            index: whole(&w, "index", &wp)?,
            deload: flag(&w, "deload", &wp)?,
            days,
        });
    }
    let mut findings = Vec::new();
    for (f, fp) in list(v, "findings", "", false)? {
        findings.push(finding(&f, &fp)?);
    }
    let mut log = Vec::new();
    for (e, ep) in list(v, "log", "", false)? {
        log.push(LogEntry {
            session_id: text(&e, "sessionId", &ep)?,
            done: flag(&e, "done", &ep)?,
            effort: opt_whole(&e, "effort", &ep)?,
            pain: opt_whole(&e, "pain", &ep)?,
            results: results(&e, &ep)?,
        });
    }
    Ok(Plan {
        weeks,
        findings,
        log,
    })
}

fn index(o: &JsValue, key: &'static str, parent: &str) -> R<usize> {
    whole(o, key, parent).map(|n| n as usize)
}

/// `{ week, fromDay, sessionIndex, toDay }`.
pub(crate) fn move_session(o: &JsValue) -> R<MoveSession> {
    Ok(MoveSession {
        week: whole(o, "week", "edit")?,
        from_day: day(o, "fromDay", "edit")?,
        session_index: index(o, "sessionIndex", "edit")?,
        to_day: day(o, "toDay", "edit")?,
    })
}

/// `{ week, day, sessionIndex, exerciseIndex, allWeeks? }`.
pub(crate) fn exercise_ref(o: &JsValue) -> R<ExerciseRef> {
    Ok(ExerciseRef {
        week: whole(o, "week", "at")?,
        day: day(o, "day", "at")?,
        session_index: index(o, "sessionIndex", "at")?,
        exercise_index: index(o, "exerciseIndex", "at")?,
        all_weeks: flag(o, "allWeeks", "at")?,
    })
}

/// `{ week, day, sessionIndex, done, effort?, pain?, results? }`.
pub(crate) fn session_log(o: &JsValue) -> R<SessionLog> {
    Ok(SessionLog {
        week: whole(o, "week", "entry")?,
        day: day(o, "day", "entry")?,
        session_index: index(o, "sessionIndex", "entry")?,
        done: flag(o, "done", "entry")?,
        effort: opt_whole(o, "effort", "entry")?,
        pain: opt_whole(o, "pain", "entry")?,
        results: results(o, "entry")?,
    })
}

/// `{ weeks?, deloadEvery? }`.
pub(crate) fn plan_options(o: &JsValue) -> R<PlanOptions> {
    Ok(PlanOptions {
        weeks: opt_whole(o, "weeks", "options")?,
        deload_every: opt_whole(o, "deloadEvery", "options")?,
    })
}

/// `{ lang?, weekStart?, time? }`.
pub(crate) fn calendar_options(o: &JsValue) -> R<CalendarOptions> {
    Ok(CalendarOptions {
        lang: opt_text(o, "lang", "options")?,
        week_start: opt_day(o, "weekStart", "options")?,
        time: opt_text(o, "time", "options")?,
    })
}
