//! Bindings for the exercise planner and calendar export. Shapes (camelCase JSON):
//!
//! - profile: `{ age, sex?, availableDays: ["mon", …], minutesPerSession, equipment?: ["none"|"bands"|"dumbbells"|"gym"],
//!   fitnessLevel?: "beginner"|"intermediate"|"advanced", boneMetastases?, vertebralFracture?, multipleFractures?,
//!   osteoporosis?, fallRisk?, jointPain?: 0–10, lymphedema? }`
//! - plan: `{ weeks: [{ index, deload, days: [{ day, sessions: [{ id, kind, minutes, exercises: [{ exerciseId, sets,
//!   reps, seconds, impacts, load, effort }] }] }] }], findings: [Finding], log: [{ sessionId, done, effort, pain,
//!   results: [{ exerciseId, reps, load }] }] }`
//! - finding: `{ ruleId, severity: "stop"|"warning"|"info", message, week, day, source }`

mod read;
mod write;

use super::{js_error, string, JsResult};
use crate::calendar::{self, CalendarOptions};
use crate::error::Error;
use crate::planning::profile::Loose;
use crate::planning::{
    self, library, rules, ExerciseRef, MoveSession, Plan, PlanOptions, Profile, ProfileInput,
    SessionLog,
};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const PLANNING_TYPES: &'static str = r#"
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type SessionKind = "resistance" | "aerobic" | "impact" | "balance" | "flexibility";
/** The planning profile. Booleans default to false; `jointPain` 0–10 defaults to 0. */
export interface PlanningProfile {
  age: number;
  sex?: "female" | "male" | "other";
  availableDays: Weekday[];
  /** Minutes on a training day, all that day's sessions together (10–180). */
  minutesPerSession: number;
  equipment?: ("none" | "bands" | "dumbbells" | "gym")[];
  fitnessLevel?: "beginner" | "intermediate" | "advanced";
  boneMetastases?: boolean; vertebralFracture?: boolean; multipleFractures?: boolean;
  osteoporosis?: boolean; fallRisk?: boolean; jointPain?: number; lymphedema?: boolean;
}
/** `generatePlan` options: 1–52 weeks (12); optional deload every 3–8 weeks (practice, not evidence). */
export interface PlanOptions { weeks?: number; deloadEvery?: number; }
/** A finding: a rule the plan explains, misses (`warning`) or breaks (`stop`). */
export interface Finding {
  ruleId: string; severity: "stop" | "warning" | "info"; message: string;
  week: number | null; day: Weekday | null; source: string;
}
/** One exercise with its dose: sets × reps, sets × seconds, or sets × impacts. `load` in kg once logged. */
export interface Prescription {
  exerciseId: string; sets: number; reps: number | null; seconds: number | null;
  impacts: number | null; load: number | null; effort: number | null;
}
export interface Session { id: string; kind: SessionKind; minutes: number; exercises: Prescription[]; }
export interface PlanDay { day: Weekday; sessions: Session[]; }
export interface PlanWeek { index: number; deload: boolean; days: PlanDay[]; }
export interface ExerciseResult { exerciseId: string; reps?: number | null; load?: number | null; }
export interface LogEntry { sessionId: string; done: boolean; effort: number | null; pain: number | null; results: ExerciseResult[]; }
export interface Plan { weeks: PlanWeek[]; findings: Finding[]; log: LogEntry[]; }
/** An exercise of the library. */
export interface Exercise {
  id: string; nameEn: string; nameEs: string;
  category: "resistance" | "impact" | "weight-bearing-aerobic" | "non-weight-bearing-aerobic" | "balance" | "posture" | "flexibility";
  pattern: string; muscles: string[]; boneSites: ("hip" | "spine" | "wrist")[];
  impact: "none" | "lower" | "moderate" | "high"; equipment: "none" | "bands" | "dumbbells" | "gym";
  spinalFlexion: boolean; jointFriendly: boolean; recommended: boolean; level: number;
  dose: "reps" | "seconds" | "impacts" | "minutes"; cueEn: string; cueEs: string;
  regression: string | null; progression: string | null; source: string;
}
export interface PlanningRule { id: string; title: string; source: string; }
export interface MoveSessionEdit { week: number; fromDay: Weekday; sessionIndex: number; toDay: Weekday; }
export interface ExerciseRef { week: number; day: Weekday; sessionIndex: number; exerciseIndex: number; allWeeks?: boolean; }
export interface SessionLogEntry {
  week: number; day: Weekday; sessionIndex: number; done: boolean;
  effort?: number; pain?: number; results?: ExerciseResult[];
}
export interface CalendarOptions { lang?: "en" | "es"; weekStart?: Weekday; time?: string; }
"#;

/// A JS value as a [`Loose`] value (`None` for undefined and null), so the core can name the
/// field of a wrong type.
fn loose(v: &JsValue) -> Option<Loose> {
    if super::absent(v) {
        None
    } else if let Some(b) = v.as_bool() {
        Some(Loose::Bool(b))
    } else if let Some(n) = v.as_f64() {
        Some(Loose::Num(n))
    } else if let Some(s) = v.as_string() {
        Some(Loose::Str(s))
    } else if js_sys::Array::is_array(v) {
        let mut items = Vec::new();
        for x in js_sys::Array::from(v).iter() {
            items.push(loose(&x).unwrap_or(Loose::Other));
        }
        Some(Loose::List(items))
    } else {
        Some(Loose::Other)
    }
}

fn profile_from(value: JsValue) -> Result<Profile, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(js_error(Error::profile("profile", "must be an object")));
    }
    // Field by field rather than through `ProfileInput::set`: no string match in the wasm.
    let field = |name: &'static str| loose(&super::get(&value, name));
    let input = ProfileInput {
        age: field("age"),
        sex: field("sex"),
        available_days: field("availableDays"),
        minutes_per_session: field("minutesPerSession"),
        equipment: field("equipment"),
        fitness_level: field("fitnessLevel"),
        bone_metastases: field("boneMetastases"),
        vertebral_fracture: field("vertebralFracture"),
        multiple_fractures: field("multipleFractures"),
        osteoporosis: field("osteoporosis"),
        fall_risk: field("fallRisk"),
        joint_pain: field("jointPain"),
        lymphedema: field("lymphedema"),
    };
    Profile::from_input(&input).map_err(js_error)
}

fn plan_from(value: JsValue) -> Result<Plan, JsValue> {
    read::plan(&value).map_err(|b| js_error(Error::InvalidPlan(format!("{} {}", b.path, b.reason))))
}

/// A new plan to JS, or the error thrown.
fn plan_to_js(result: crate::error::Result<Plan>) -> JsResult {
    result.map(|p| write::plan(&p)).map_err(js_error)
}

/// A reader of one argument shape (see `read`).
type Reader<T> = fn(&JsValue) -> Result<T, read::Bad>;

/// Rejects anything but a plain object with only the `known` keys (a typo must not pass
/// silently), then reads it with `reader`.
fn object<T>(
    value: &JsValue,
    field: &str,
    known: &[&str],
    reader: Reader<T>,
) -> Result<T, JsValue> {
    super::known_keys_only(value, field, known, "key", 40)?;
    reader(value).map_err(|b| js_error(Error::input(b.path, b.reason)))
}

/// An optional object argument: `undefined` and `null` mean the defaults.
fn optional<T: Default>(
    value: &JsValue,
    field: &str,
    known: &[&str],
    reader: Reader<T>,
) -> Result<T, JsValue> {
    if super::absent(value) {
        Ok(T::default())
    } else {
        object(value, field, known, reader)
    }
}

/// `listExercises()` → every library entry: `{ id, nameEn, nameEs, category, pattern, muscles, boneSites, impact,
/// equipment, spinalFlexion, jointFriendly, recommended, level, dose, cueEn, cueEs, regression, progression, source }`.
#[wasm_bindgen(js_name = listExercises, unchecked_return_type = "Exercise[]")]
pub fn list_exercises() -> JsResult {
    Ok(write::exercises(library::all()))
}

/// `getExercise(id)` → one library entry. Throws `UNKNOWN_EXERCISE`, or `INVALID_INPUT` for a non-string.
#[wasm_bindgen(js_name = getExercise, unchecked_return_type = "Exercise")]
pub fn get_exercise(#[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> JsResult {
    let id = string(&id, "id")?;
    library::get(&id).map(write::exercise).map_err(js_error)
}

/// `planningRules()` → `[{ id, title, source }]`, every rule the planner implements.
#[wasm_bindgen(js_name = planningRules, unchecked_return_type = "PlanningRule[]")]
pub fn planning_rules() -> JsResult {
    Ok(write::rules(rules::RULES))
}

/// `generatePlan(profile, options?)` → plan. `options: { weeks?: 1–52 (12), deloadEvery?: 3–8 }`.
/// Throws `INVALID_PROFILE` (with the field in the message) or `INVALID_INPUT` for bad options.
#[wasm_bindgen(js_name = generatePlan, unchecked_return_type = "Plan")]
pub fn generate_plan(
    #[wasm_bindgen(unchecked_param_type = "PlanningProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "PlanOptions | undefined")] options: JsValue,
) -> JsResult {
    let profile = profile_from(profile)?;
    let options: PlanOptions = optional(
        &options,
        "options",
        &["weeks", "deloadEvery"],
        read::plan_options,
    )?;
    plan_to_js(planning::generate_plan(&profile, options))
}

/// `checkPlan(profile, plan)` → findings for any plan (generated, edited, imported).
/// Throws `INVALID_PROFILE` or `INVALID_PLAN`.
#[wasm_bindgen(js_name = checkPlan, unchecked_return_type = "Finding[]")]
pub fn check_plan(
    #[wasm_bindgen(unchecked_param_type = "PlanningProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
) -> JsResult {
    let profile = profile_from(profile)?;
    let plan = plan_from(plan)?;
    planning::check_plan(&profile, &plan)
        .map(|f| write::findings(&f))
        .map_err(js_error)
}

/// `moveSession(plan, { week, fromDay, sessionIndex, toDay })` → new plan. Throws `INVALID_EDIT`.
#[wasm_bindgen(js_name = moveSession, unchecked_return_type = "Plan")]
pub fn move_session(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MoveSessionEdit")] edit: JsValue,
) -> JsResult {
    let plan = plan_from(plan)?;
    let edit: MoveSession = object(
        &edit,
        "edit",
        &["week", "fromDay", "sessionIndex", "toDay"],
        read::move_session,
    )?;
    plan_to_js(planning::move_session_owned(plan, edit))
}

/// `swapExercise(plan, { week, day, sessionIndex, exerciseIndex, allWeeks? }, newExerciseId)` → new plan.
/// Throws `UNKNOWN_EXERCISE` or `INVALID_EDIT`.
#[wasm_bindgen(js_name = swapExercise, unchecked_return_type = "Plan")]
pub fn swap_exercise(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExerciseRef")] at: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] replacement: JsValue,
) -> JsResult {
    let plan = plan_from(plan)?;
    let at: ExerciseRef = object(
        &at,
        "at",
        &["week", "day", "sessionIndex", "exerciseIndex", "allWeeks"],
        read::exercise_ref,
    )?;
    let id = string(&replacement, "newExerciseId")?;
    plan_to_js(planning::swap_exercise_owned(plan, at, &id))
}

/// `alternatives(profile, exerciseId)` → library entries of the same movement pattern that the
/// person's gates and equipment allow. Throws `UNKNOWN_EXERCISE`.
#[wasm_bindgen(js_name = alternatives, unchecked_return_type = "Exercise[]")]
pub fn alternatives(
    #[wasm_bindgen(unchecked_param_type = "PlanningProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] exercise: JsValue,
) -> JsResult {
    let profile = profile_from(profile)?;
    let id = string(&exercise, "exerciseId")?;
    planning::alternatives(&profile, &id)
        .map(write::exercises)
        .map_err(js_error)
}

/// `logSession(plan, { week, day, sessionIndex, done, effort?: 0–10, pain?: 0–10, results?: [{ exerciseId, reps?, load? }] })`
/// → new plan with the entry in `plan.log`. Throws `INVALID_EDIT` or `INVALID_INPUT`.
#[wasm_bindgen(js_name = logSession, unchecked_return_type = "Plan")]
pub fn log_session(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SessionLogEntry")] entry: JsValue,
) -> JsResult {
    let plan = plan_from(plan)?;
    let entry: SessionLog = object(
        &entry,
        "entry",
        &[
            "week",
            "day",
            "sessionIndex",
            "done",
            "effort",
            "pain",
            "results",
        ],
        read::session_log,
    )?;
    plan_to_js(planning::log_session_owned(plan, entry))
}

/// `progressPlan(profile, plan)` → new plan with the weeks after the last logged one adjusted
/// (P3 2-for-2, P4 reduce, P6 ladders and pain).
#[wasm_bindgen(js_name = progressPlan, unchecked_return_type = "Plan")]
pub fn progress_plan(
    #[wasm_bindgen(unchecked_param_type = "PlanningProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
) -> JsResult {
    let profile = profile_from(profile)?;
    let plan = plan_from(plan)?;
    plan_to_js(planning::progress_plan_owned(&profile, plan))
}

/// `planToICalendar(plan, startDate "YYYY-MM-DD", options?: { lang?: "en"|"es", weekStart?: "mon"…, time?: "HH:MM" })`
/// → iCalendar text. Throws `INVALID_DATE`, `INVALID_PLAN` or `INVALID_INPUT`.
#[wasm_bindgen(js_name = planToICalendar, unchecked_return_type = "string")]
pub fn plan_to_icalendar(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] start: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CalendarOptions | undefined")] options: JsValue,
) -> JsResult {
    let plan = plan_from(plan)?;
    let start = string(&start, "startDate")?;
    let options: CalendarOptions = optional(
        &options,
        "options",
        &["lang", "weekStart", "time"],
        read::calendar_options,
    )?;
    calendar::plan_to_icalendar(&plan, &start, &options)
        .map(|text| JsValue::from_str(&text))
        .map_err(js_error)
}
