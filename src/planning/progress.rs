//! Progression from the log: `progressPlan` re-plans the weeks after the last logged week.
//!
//! Per exercise, from its logged results in order (reps on the last set, load, session pain):
//! - pain ≥ [`PAIN_FROM`] in the latest session → regress: the easier rung of its ladder (P6),
//!   else ~10% less load, else one set fewer (P10 keeps the programme going, gentler);
//! - target + 2 reps in the last two workouts → increase: ~+5% load rounded to 0.5 kg with at
//!   least one 0.5 kg step (P3), or the harder rung when there is no load (P6);
//! - below the bottom of the 8–12 range in the last two workouts → reduce ~10% or the easier
//!   rung (P4);
//! - otherwise hold, carrying the latest load forward.

use super::edit::converted;
use super::gates::upper_body;
use super::library;
use super::plan::{Finding, Plan, Severity};
use super::profile::{PainGrade, Profile};
use super::rules::{finding, Gates};
use crate::error::Result;

/// Pain (0–10) from which a session counts as painful. A practice threshold (no trial gives
/// one); HOPE enrolled worst pain ≥ 3, and moderate pain is commonly taken as 4+.
pub const PAIN_FROM: u32 = 4;

/// One logged result of an exercise, with the reps the plan asked for.
struct LoggedSet {
    target: u32,
    reps: u32,
    load: Option<f64>,
    pain: u32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Decision {
    Regress,
    Increase,
    Reduce,
    Hold,
}

fn round_half(kg: f64) -> f64 {
    (kg * 2.0).round() / 2.0
}

/// `progressPlan(profile, plan)`: the plan with the weeks after the last logged one adjusted.
/// The log is read first, the weeks changed after.
pub fn progress_plan(profile: &Profile, plan: &Plan) -> Result<Plan> {
    plan.validate()?;
    let mut plan = plan.clone();
    let (last_week, changes, notes) = decide(profile, &plan);
    plan.findings
        .retain(|f| !matches!(f.rule_id.as_str(), "P3" | "P4" | "P6"));
    let Some(last_week) = last_week else {
        plan.findings.push(finding(
            "P3",
            Severity::Info,
            "Nothing is logged yet: log a few sessions and osteoplan adjusts the coming weeks.",
            None,
            None,
        ));
        return Ok(plan);
    };
    for change in &changes {
        for week in plan.weeks.iter_mut().filter(|w| w.index > last_week) {
            for day in week.days.iter_mut() {
                for session in day.sessions.iter_mut() {
                    for p in session.exercises.iter_mut() {
                        if p.exercise_id != change.id {
                            continue;
                        }
                        if let Some(e) = change.new_ex {
                            *p = converted(p, e);
                        } else if let Some(l) = change.new_load {
                            p.load = Some(l);
                        }
                        if change.sets_delta < 0 {
                            p.sets = p.sets.saturating_sub(1).max(1);
                        }
                    }
                }
            }
        }
    }
    plan.findings.extend(notes);
    Ok(plan)
}

/// What the log says for one exercise in the weeks after the last logged one.
struct Change {
    id: String,
    new_ex: Option<&'static library::Exercise>,
    new_load: Option<f64>,
    sets_delta: i32,
}

/// Reads the log: the last logged week (`None`: nothing logged), the changes in exercise order
/// and the findings that explain them.
fn decide(profile: &Profile, plan: &Plan) -> (Option<u32>, Vec<Change>, Vec<Finding>) {
    let gates = Gates::of(profile);
    let mut changes: Vec<Change> = Vec::new();
    // Logged sessions in plan order (week, day, position).
    let mut order: Vec<&str> = Vec::new();
    for w in &plan.weeks {
        for d in &w.days {
            for s in &d.sessions {
                order.push(&s.id);
            }
        }
    }
    let mut entries = Vec::new();
    for e in plan.log.iter().filter(|e| e.done) {
        if let Some(pos) = order.iter().position(|id| *id == e.session_id) {
            entries.push((pos, e));
        }
    }
    super::sort_small(&mut entries, |(pos, _)| *pos);
    let mut last_week = None;
    for (_, e) in &entries {
        if let Some((w, _, _)) = plan.session_by_id(&e.session_id) {
            last_week = last_week.max(Some(w));
        }
    }
    let Some(last_week) = last_week else {
        return (None, changes, Vec::new());
    };
    let mut ids: Vec<&str> = Vec::new();
    for (_, e) in &entries {
        for r in &e.results {
            if !ids.contains(&r.exercise_id.as_str()) {
                ids.push(&r.exercise_id);
            }
        }
    }
    let mut notes: Vec<Finding> = Vec::new();
    let from = Some(last_week + 1);
    for id in ids {
        let mut history: Vec<LoggedSet> = Vec::new();
        for (_, e) in &entries {
            let result = || {
                let r = e.results.iter().find(|r| r.exercise_id == id)?;
                let (_, _, s) = plan.session_by_id(&e.session_id)?;
                let target = s.exercises.iter().find(|p| p.exercise_id == id)?.reps?;
                Some(LoggedSet {
                    target,
                    reps: r.reps?,
                    load: r.load,
                    pain: e.pain.unwrap_or(0),
                })
            };
            history.extend(result());
        }
        let Some(latest) = history.last() else {
            continue;
        };
        let last_two: Vec<&LoggedSet> = history.iter().rev().take(2).collect();
        let Some(ex) = library::find(id) else {
            continue;
        };
        // Lymphoedema (PAL trial): arm load rises only after two sessions without symptoms.
        let pal = profile.lymphedema && upper_body(ex.pattern);
        let decision = if latest.pain >= PAIN_FROM {
            Decision::Regress
        } else if last_two.len() == 2
            && last_two.iter().all(|r| r.reps >= r.target + 2)
            && (!pal || last_two.iter().all(|r| r.pain == 0))
        {
            Decision::Increase
        } else if last_two.len() == 2 && last_two.iter().all(|r| r.reps < r.target.min(8)) {
            Decision::Reduce
        } else {
            Decision::Hold
        };
        let load = latest.load.filter(|l| *l > 0.0);
        let rung = |next: Option<&str>| {
            next.and_then(library::find)
                .filter(|e| gates.allows(profile, e))
        };
        let name = ex.name_en();
        let (new_load, new_ex, sets_delta, note) = match decision {
            Decision::Regress => match (rung(ex.regression()), load) {
                (Some(easier), _) => (None, Some(easier), 0, finding("P6", Severity::Warning, format!("Pain {}/10 logged with {name}: the coming weeks use {} instead. If pain persists or is new bone pain, check with your care team (G6).", latest.pain, easier.name_en()), from, None)),
                (None, Some(l)) => (Some(round_half(l * 0.9)), None, 0, finding("P6", Severity::Warning, format!("Pain {}/10 logged with {name}: load reduced ~10% to {} kg. If pain persists, check with your care team (G6).", latest.pain, fmt_kg(round_half(l * 0.9))), from, None)),
                (None, None) => (None, None, -1, finding("P6", Severity::Warning, format!("Pain {}/10 logged with {name}: one set fewer in the coming weeks. If pain persists, check with your care team (G6).", latest.pain), from, None)),
            },
            Decision::Increase => match (load, rung(ex.progression())) {
                (Some(l), _) if pal => {
                    let next = l + 0.5;
                    (Some(next), None, 0, finding("P3", Severity::Info, format!("{name}: two sessions with 2 reps to spare and no symptoms: +0.5 kg to {} kg (lymphoedema, PAL trial).", fmt_kg(next)), from, None))
                }
                (Some(l), _) => {
                    let next = round_half(l * 1.05).max(l + 0.5);
                    (Some(next), None, 0, finding("P3", Severity::Info, format!("{name}: two workouts running with 2 reps to spare, so the load goes up ~5% to {} kg.", fmt_kg(next)), from, None))
                }
                (None, Some(harder)) => (None, Some(harder), 0, finding("P6", Severity::Info, format!("{name}: two workouts running with 2 reps to spare, so the coming weeks use the next rung, {}.", harder.name_en()), from, None)),
                (None, None) => (None, None, 0, finding("P3", Severity::Info, format!("{name}: two workouts running with 2 reps to spare; add a band or a light weight if you have one."), from, None)),
            },
            Decision::Reduce => match (load, rung(ex.regression())) {
                (Some(l), _) => (Some(round_half(l * 0.9)), None, 0, finding("P4", Severity::Info, format!("{name}: the bottom of the rep range was missed twice, so the load drops ~10% to {} kg.", fmt_kg(round_half(l * 0.9))), from, None)),
                (None, Some(easier)) => (None, Some(easier), 0, finding("P4", Severity::Info, format!("{name}: the bottom of the rep range was missed twice, so the coming weeks use {}.", easier.name_en()), from, None)),
                (None, None) => (None, None, 0, finding("P4", Severity::Info, format!("{name}: the bottom of the rep range was missed twice; keep this level until it feels easier."), from, None)),
            },
            Decision::Hold => (load, None, 0, finding("P3", Severity::Info, String::new(), None, None)),
        };
        if decision != Decision::Hold {
            notes.push(note);
        }
        changes.push(Change {
            id: id.to_owned(),
            new_ex,
            new_load,
            sets_delta,
        });
    }
    let mut pains: Vec<u32> = Vec::new();
    for (_, e) in &entries {
        pains.extend(e.pain);
    }
    let worsening = pains.len() >= 3
        && pains
            .iter()
            .rev()
            .take(3)
            .zip(pains.iter().rev().skip(1).take(2))
            .all(|(later, earlier)| later > earlier);
    if let Some(&last) = pains.last() {
        if last >= u32::from(PainGrade::SEVERE_FROM) || worsening {
            notes.push(finding("P6", Severity::Warning, format!("Pain {last}/10 in your last session{}: tell your oncology team; joint pain can be treated and new bone pain needs checking (G6).", if worsening { ", worse each time" } else { "" }), from, None));
        }
    }
    (Some(last_week), changes, notes)
}

/// Kilograms as "12.5" or "12" without float formatting machinery.
fn fmt_kg(kg: f64) -> String {
    let halves = (kg * 2.0).round() as i64;
    let whole = halves / 2;
    let mut out = String::new();
    if whole < 0 {
        out.push('-');
    }
    // Loads are at most 1000 kg (`Plan::validate`), far inside u32.
    super::push_num(
        &mut out,
        u32::try_from(whole.unsigned_abs()).unwrap_or(u32::MAX),
        1,
    );
    if halves % 2 != 0 {
        out.push_str(".5");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fmt_kg;

    #[test]
    fn kilograms_read_like_whole_or_half_numbers() {
        for kg in [0.0, 0.5, 1.0, 2.5, 12.0, 12.5, 99.75, 1000.0, 1102.5] {
            let halves = (kg * 2.0_f64).round() as i64;
            let want = if halves % 2 == 0 {
                format!("{}", halves / 2)
            } else {
                format!("{}.5", halves / 2)
            };
            assert_eq!(fmt_kg(kg), want, "{kg}");
        }
    }
}
