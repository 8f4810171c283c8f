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

/// Appends `n` in decimal, zero-padded to at least `width` digits (no `format!`: less wasm).
pub(crate) fn push_num(out: &mut String, n: u32, width: u32) {
    if n >= 10 || width > 1 {
        push_num(out, n / 10, width.saturating_sub(1));
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Appends `items` separated by ", " (`[T]::join` costs a generic copy routine in the wasm).
pub(crate) fn push_list(out: &mut String, items: &[&str]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
}

/// A stable insertion sort for the planner's short lists (days, candidates, findings): one
/// small function instead of a full `slice::sort` instantiation per use, which costs several
/// KB of wasm each.
pub(crate) fn sort_small<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            let (Some(a), Some(b)) = (v.get(j - 1), v.get(j)) else {
                break;
            };
            if key(a) <= key(b) {
                break;
            }
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

pub use edit::{
    log_session, log_session_owned, move_session, move_session_owned, swap_exercise,
    swap_exercise_owned, ExerciseRef, MoveSession, SessionLog,
};
pub use generate::{generate_plan, PlanOptions};
pub use library::Exercise;
pub use plan::{Finding, Kind, Plan, Severity};
pub use profile::{FitnessLevel, PainGrade, Profile, ProfileInput, Weekday};
pub use progress::{progress_plan, progress_plan_owned};
pub use rules::{alternatives, check_plan};
