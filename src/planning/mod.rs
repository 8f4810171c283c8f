//! Planning: the exercise library, the planning profile, the plan generator, the rule checker
//! (`checkPlan`), edits, and progression from the log. Every rule is described, with what the
//! planner does and its citation, in `docs/evidence.md`, and listed in [`rules::RULES`].
//!
//! ```
//! use osteoplan::planning::{generate_plan, check_plan, PlanOptions, Profile, FitnessLevel, Weekday};
//! let p = Profile::basic(&[Weekday::Mon, Weekday::Wed, Weekday::Fri], 45, FitnessLevel::Beginner);
//! let plan = generate_plan(&p, PlanOptions::default()).unwrap();
//! assert_eq!(plan.weeks.len(), 12);
//! assert!(check_plan(&p, &plan).unwrap().iter().any(|f| f.rule_id == "G5"));
//! ```

pub mod checks;
pub mod edit;
pub mod gates;
pub mod generate;
pub mod library;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod rules;
pub mod targets;

/// Appends `n` in decimal, zero-padded to at least `width` digits.
/// (Kept for the callers in `rules`, `progress`; new code writes `format!("{n:0width$}")`.)
pub(crate) fn push_num(out: &mut String, n: u32, width: u32) {
    let width = width as usize;
    out.push_str(&format!("{n:0width$}"));
}

/// Appends `items` separated by ", ".
/// (Kept for the callers in `rules`; new code writes `items.join(", ")`.)
pub(crate) fn push_list(out: &mut String, items: &[&str]) {
    out.push_str(&items.join(", "));
}

/// Sorts `v` by `key`, stable. (Kept for the callers in `generate`, `rules`, `progress`; new
/// code calls `slice::sort_by_key`.)
pub(crate) fn sort_small<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    v.sort_by_key(key);
}

pub use edit::{
    log_session, log_workout, move_session, move_workout, swap_exercise, ExerciseRef, MoveSession,
    MoveWorkout, SessionLog, WorkoutLog,
};
pub use generate::{generate_plan, PlanOptions};
pub use library::Exercise;
pub use plan::{workout_title_kinds, Finding, Kind, Plan, Severity};
pub use profile::{FitnessLevel, PainGrade, Profile, ProfileInput, Weekday};
pub use progress::progress_plan;
pub use rules::{alternatives, check_plan};
pub use targets::{weekly_targets, WeeklyTarget};
