//! Writes planning results to JS key by key (`Reflect.set`) instead of through a derived
//! `Serialize` and serde-wasm-bindgen: far less wasm. The shapes are those in the module docs
//! of `bindings::planning` (camelCase keys in this order, `null` for unknown).

use crate::bindings::{array, opt_num, strings, Obj as W};
use crate::planning::library::Exercise;
use crate::planning::plan::{Finding, LogEntry, Plan, Prescription, Session};
use crate::planning::rules::Rule;
use wasm_bindgen::JsValue;

/// `{ id, nameEn, nameEs, category, pattern, muscles, boneSites, impact, equipment, spinalFlexion,
/// jointFriendly, recommended, level, dose, cueEn, cueEs, regression, progression, source }`.
pub(crate) fn exercise(e: &Exercise) -> JsValue {
    W::new()
        .str("id", e.id)
        .str("nameEn", e.name_en())
        .str("nameEs", e.name_es())
        .str("category", e.category.id())
        .str("pattern", e.pattern.id())
        .set("muscles", &strings(e.muscles.iter().map(|m| m.id())))
        .set("boneSites", &strings(e.bone_sites.iter().map(|b| b.id())))
        .str("impact", e.impact.id())
        .str("equipment", e.equipment.id())
        .bool("spinalFlexion", e.spinal_flexion)
        .bool("jointFriendly", e.joint_friendly)
        .bool("recommended", e.recommended)
        .whole("level", u32::from(e.level))
        .str("dose", e.dose.id())
        .str("cueEn", e.cue_en())
        .str("cueEs", e.cue_es())
        .opt_str("regression", e.regression())
        .opt_str("progression", e.progression())
        .str("source", e.source())
        .js()
}

/// `[Exercise]`.
pub(crate) fn exercises<'a>(list: impl IntoIterator<Item = &'a Exercise>) -> JsValue {
    array(list.into_iter().map(exercise))
}

/// `[{ id, title, source }]`.
pub(crate) fn rules(list: &[Rule]) -> JsValue {
    array(list.iter().map(|r| {
        W::new()
            .str("id", r.id)
            .str("title", r.title)
            .str("source", r.source)
            .js()
    }))
}

fn finding(f: &Finding) -> JsValue {
    W::new()
        .str("ruleId", &f.rule_id)
        .str("severity", f.severity.id())
        .str("message", &f.message)
        .opt_whole("week", f.week)
        .opt_str("day", f.day.map(|d| d.id()))
        .str("source", &f.source)
        .js()
}

/// `[{ ruleId, severity, message, week, day, source }]`.
pub(crate) fn findings(list: &[Finding]) -> JsValue {
    array(list.iter().map(finding))
}

fn prescription(p: &Prescription) -> JsValue {
    W::new()
        .str("exerciseId", &p.exercise_id)
        .whole("sets", p.sets)
        .opt_whole("reps", p.reps)
        .opt_whole("seconds", p.seconds)
        .opt_whole("impacts", p.impacts)
        .set("load", &opt_num(p.load))
        .opt_whole("effort", p.effort)
        .js()
}

fn session(s: &Session) -> JsValue {
    W::new()
        .str("id", &s.id)
        .str("kind", s.kind.id())
        .whole("minutes", s.minutes)
        .set("exercises", &array(s.exercises.iter().map(prescription)))
        .js()
}

fn log_entry(l: &LogEntry) -> JsValue {
    let results = l.results.iter().map(|r| {
        W::new()
            .str("exerciseId", &r.exercise_id)
            .opt_whole("reps", r.reps)
            .set("load", &opt_num(r.load))
            .js()
    });
    W::new()
        .str("sessionId", &l.session_id)
        .bool("done", l.done)
        .opt_whole("effort", l.effort)
        .opt_whole("pain", l.pain)
        .set("results", &array(results))
        .js()
}

/// `{ weeks: [{ index, deload, days: [{ day, sessions }] }], findings, log }`.
pub(crate) fn plan(p: &Plan) -> JsValue {
    let weeks = p.weeks.iter().map(|w| {
        let days = w.days.iter().map(|d| {
            W::new()
                .str("day", d.day.id())
                .set("sessions", &array(d.sessions.iter().map(session)))
                .js()
        });
        W::new()
            .whole("index", w.index)
            .bool("deload", w.deload)
            .set("days", &array(days))
            .js()
    });
    W::new()
        .set("weeks", &array(weeks))
        .set("findings", &findings(&p.findings))
        .set("log", &array(p.log.iter().map(log_entry)))
        .js()
}
