//! Bindings for the exercise planner and calendar export. The shapes are the core's types
//! (`PlanningProfile`, `Plan`, `Finding`, `Exercise`, … in `osteoplan.d.ts`).

use super::{from_js, js_error, to_js, Arg, JsResult};
use crate::calendar::{self, CalendarOptions};
use crate::planning::{
    self, library, rules, ExerciseRef, MoveSession, MoveWorkout, Plan, PlanOptions, Profile,
    ProfileInput, SessionLog, WorkoutLog,
};
use wasm_bindgen::prelude::*;

fn profile(value: JsValue) -> Result<Profile, JsValue> {
    let input: ProfileInput = from_js(value, Arg::Profile)?;
    Profile::from_input(input).map_err(js_error)
}

fn plan(value: JsValue) -> Result<Plan, JsValue> {
    from_js(value, Arg::Plan)
}

/// A new plan to JS, or the error thrown.
fn plan_to_js(result: crate::Result<Plan>) -> JsResult {
    to_js(&result.map_err(js_error)?)
}

/// `listExercises()` → every library entry.
#[wasm_bindgen(js_name = listExercises, unchecked_return_type = "Exercise[]")]
pub fn list_exercises() -> JsResult {
    to_js(library::all())
}

/// `getExercise(id)` → one library entry. Throws `UNKNOWN_EXERCISE`, or `INVALID_INPUT` for a non-string.
#[wasm_bindgen(js_name = getExercise, unchecked_return_type = "Exercise")]
pub fn get_exercise(#[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> JsResult {
    let id: String = from_js(id, Arg::Value("id"))?;
    to_js(library::get(&id).map_err(js_error)?)
}

/// `planningRules()` → `[{ id, title, source }]`, every rule the planner implements.
#[wasm_bindgen(js_name = planningRules, unchecked_return_type = "PlanningRule[]")]
pub fn planning_rules() -> JsResult {
    to_js(rules::RULES)
}

/// `weeklyTargets()` → `[{ kind, minutes, ruleId }]`: the weekly minimums (W3 aerobic, W1
/// resistance, W4 balance) the schedule's chart marks.
#[wasm_bindgen(js_name = weeklyTargets, unchecked_return_type = "WeeklyTarget[]")]
pub fn weekly_targets() -> JsResult {
    to_js(planning::weekly_targets())
}

/// `generatePlan(profile, options?)` → plan. `options: { weeks?: 1–52 (12), deloadEvery?: 3–8 }`.
/// Throws `INVALID_PROFILE` (naming the field) or `INVALID_INPUT` for bad options.
#[wasm_bindgen(js_name = generatePlan, unchecked_return_type = "Plan")]
pub fn generate_plan(
    #[wasm_bindgen(unchecked_param_type = "PlanningProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "PlanOptions | null | undefined")] options: JsValue,
) -> JsResult {
    let profile = self::profile(profile)?;
    let options: Option<PlanOptions> = from_js(options, Arg::Options("options"))?;
    plan_to_js(planning::generate_plan(
        &profile,
        options.unwrap_or_default(),
    ))
}

/// `checkPlan(profile, plan)` → findings for any plan (generated, edited, imported).
/// Throws `INVALID_PROFILE` or `INVALID_PLAN`.
#[wasm_bindgen(js_name = checkPlan, unchecked_return_type = "Finding[]")]
pub fn check_plan(
    #[wasm_bindgen(unchecked_param_type = "PlanningProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
) -> JsResult {
    let profile = self::profile(profile)?;
    let plan = self::plan(plan)?;
    to_js(&planning::check_plan(&profile, &plan).map_err(js_error)?)
}

/// `moveSession(plan, { week, fromDay, sessionIndex, toDay })` → new plan. Throws `INVALID_EDIT`.
#[wasm_bindgen(js_name = moveSession, unchecked_return_type = "Plan")]
pub fn move_session(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MoveSessionEdit")] edit: JsValue,
) -> JsResult {
    let plan = self::plan(plan)?;
    let edit: MoveSession = from_js(edit, Arg::Options("edit"))?;
    plan_to_js(planning::move_session(&plan, edit))
}

/// `moveWorkout(plan, { week, fromDay, toDay })` → new plan with the day's whole workout moved
/// (swapped with `toDay`'s workout if it has one). Throws `INVALID_EDIT`.
#[wasm_bindgen(js_name = moveWorkout, unchecked_return_type = "Plan")]
pub fn move_workout(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "MoveWorkoutEdit")] edit: JsValue,
) -> JsResult {
    let plan = self::plan(plan)?;
    let edit: MoveWorkout = from_js(edit, Arg::Options("edit"))?;
    plan_to_js(planning::move_workout(&plan, edit))
}

/// `swapExercise(plan, { week, day, sessionIndex, exerciseIndex, allWeeks? }, newExerciseId)` → new plan.
/// Throws `UNKNOWN_EXERCISE` or `INVALID_EDIT`.
#[wasm_bindgen(js_name = swapExercise, unchecked_return_type = "Plan")]
pub fn swap_exercise(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExerciseRef")] at: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] replacement: JsValue,
) -> JsResult {
    let plan = self::plan(plan)?;
    let at: ExerciseRef = from_js(at, Arg::Options("at"))?;
    let id: String = from_js(replacement, Arg::Value("newExerciseId"))?;
    plan_to_js(planning::swap_exercise(&plan, at, &id))
}

/// `alternatives(profile, exerciseId)` → library entries of the same movement pattern that the
/// person's gates and equipment allow. Throws `UNKNOWN_EXERCISE`.
#[wasm_bindgen(js_name = alternatives, unchecked_return_type = "Exercise[]")]
pub fn alternatives(
    #[wasm_bindgen(unchecked_param_type = "PlanningProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] exercise: JsValue,
) -> JsResult {
    let profile = self::profile(profile)?;
    let id: String = from_js(exercise, Arg::Value("exerciseId"))?;
    to_js(&planning::alternatives(&profile, &id).map_err(js_error)?)
}

/// `logSession(plan, { week, day, sessionIndex, done, effort?, pain?, results? })` → new plan
/// with the entry in `plan.log`. Throws `INVALID_EDIT` or `INVALID_INPUT`.
#[wasm_bindgen(js_name = logSession, unchecked_return_type = "Plan")]
pub fn log_session(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SessionLogEntry")] entry: JsValue,
) -> JsResult {
    let plan = self::plan(plan)?;
    let entry: SessionLog = from_js(entry, Arg::Options("entry"))?;
    plan_to_js(planning::log_session(&plan, entry))
}

/// `logWorkout(plan, { week, day, done, effort?, pain?, results? })` → new plan with one entry
/// per session of the day's workout in `plan.log`. Throws `INVALID_EDIT` or `INVALID_INPUT`.
#[wasm_bindgen(js_name = logWorkout, unchecked_return_type = "Plan")]
pub fn log_workout(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WorkoutLogEntry")] entry: JsValue,
) -> JsResult {
    let plan = self::plan(plan)?;
    let entry: WorkoutLog = from_js(entry, Arg::Options("entry"))?;
    plan_to_js(planning::log_workout(&plan, entry))
}

/// `progressPlan(profile, plan)` → new plan with the weeks after the last logged one adjusted
/// (P3 2-for-2, P4 reduce, P6 ladders and pain).
#[wasm_bindgen(js_name = progressPlan, unchecked_return_type = "Plan")]
pub fn progress_plan(
    #[wasm_bindgen(unchecked_param_type = "PlanningProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
) -> JsResult {
    let profile = self::profile(profile)?;
    let plan = self::plan(plan)?;
    plan_to_js(planning::progress_plan(&profile, &plan))
}

/// `planToICalendar(plan, startDate "YYYY-MM-DD", options?)` → iCalendar text.
/// Throws `INVALID_DATE`, `INVALID_PLAN` or `INVALID_INPUT`.
#[wasm_bindgen(js_name = planToICalendar, unchecked_return_type = "string")]
pub fn plan_to_icalendar(
    #[wasm_bindgen(unchecked_param_type = "Plan")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] start: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CalendarOptions | null | undefined")] options: JsValue,
) -> JsResult {
    let plan = self::plan(plan)?;
    let start: String = from_js(start, Arg::Value("startDate"))?;
    let options: Option<CalendarOptions> = from_js(options, Arg::Options("options"))?;
    let text = calendar::plan_to_icalendar(&plan, &start, &options.unwrap_or_default())
        .map_err(js_error)?;
    to_js(&text)
}
