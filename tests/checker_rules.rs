//! One test pair per checker rule, through the public `check_plan` only (rule id, severity,
//! week, day): a hand-built week that meets every rule gets none of that rule's findings, and
//! the same week with exactly one thing changed gets the finding — and nothing else new.
//! Each test fails when its rule is taken out of the checker (checked by disabling each rule).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::planning::library::Equipment;
use osteoplan::planning::plan::{Day, Prescription, Session, Week};
use osteoplan::planning::{
    check_plan, Finding, FitnessLevel, Kind, Plan, Profile, Severity, Weekday,
};
use Weekday::*;

// ---- building plans -----------------------------------------------------------------------

fn reps(id: &str, sets: u32, n: u32) -> Prescription {
    Prescription {
        exercise_id: id.into(),
        sets,
        reps: Some(n),
        seconds: None,
        impacts: None,
        load: None,
        effort: Some(6),
    }
}

fn secs(id: &str, sets: u32, seconds: u32) -> Prescription {
    Prescription {
        exercise_id: id.into(),
        sets,
        reps: None,
        seconds: Some(seconds),
        impacts: None,
        load: None,
        effort: None,
    }
}

fn impacts(id: &str, sets: u32, n: u32) -> Prescription {
    Prescription {
        exercise_id: id.into(),
        sets,
        reps: None,
        seconds: None,
        impacts: Some(n),
        load: None,
        effort: None,
    }
}

/// The body-weight strength session: legs, chest, shoulders, arms, back, back extensors and
/// abdominals (W2), 2 × 10 (P1, P2, P5), effort 6 (G4).
fn strength() -> Vec<Prescription> {
    vec![
        reps("bodyweight-squat", 2, 10),
        reps("push-up", 2, 10),
        reps("towel-pulldown", 2, 10),
        reps("bird-dog", 2, 10),
    ]
}

/// One day's sessions as (kind, minutes, exercises).
type DayPlan = Vec<(Kind, u32, Vec<Prescription>)>;

/// The compliant week for a body-weight person free Monday to Saturday, 60 min a day:
/// strength Mon/Wed/Fri (W1), a 30-min brisk walk every day (W3: 180 min), balance and a
/// posture drill every day (W4, W6), heel drops on the other days (W5, lower tier), Sunday off (W7).
/// `impact: false` leaves the heel drops out (for a fall risk, G3).
fn compliant_week(impact: bool) -> Vec<(Weekday, DayPlan)> {
    [Mon, Tue, Wed, Thu, Fri, Sat]
        .into_iter()
        .map(|d| {
            let mut sessions: DayPlan = Vec::new();
            if matches!(d, Mon | Wed | Fri) {
                sessions.push((Kind::Resistance, 20, strength()));
            } else if impact {
                sessions.push((Kind::Impact, 5, vec![impacts("heel-drop", 2, 10)]));
            }
            // With a fall risk (no impact), walking is at a comfortable pace (G3).
            // and balance takes about 2 h a week first, the walk what is left.
            let (walk, walk_min, balance_min) = if impact {
                ("brisk-walk", 30, 5)
            } else {
                ("comfortable-walk", 20, 20)
            };
            sessions.push((Kind::Aerobic, walk_min, vec![secs(walk, 1, walk_min * 60)]));
            sessions.push((
                Kind::Balance,
                balance_min,
                vec![secs("single-leg-stand", 2, 30), reps("chin-tuck", 1, 10)],
            ));
            (d, sessions)
        })
        .collect()
}

/// The compliant week for a fall risk (G3): no impact snacks, walking at a comfortable pace,
/// and balance first, 20 min a day (2 h a week), the walk in the time left (20 min). W3's
/// "no room for 150 min" warning stands in it: balance took the time, as G3 asks.
fn fall_risk_week() -> Vec<(Weekday, DayPlan)> {
    let mut week = compliant_week(false);
    for (_, sessions) in &mut week {
        for (kind, minutes, exercises) in sessions.iter_mut() {
            match kind {
                Kind::Aerobic => {
                    *minutes = 20;
                    *exercises = vec![secs("comfortable-walk", 1, 1200)];
                }
                Kind::Balance => *minutes = 20,
                _ => {}
            }
        }
    }
    week
}

/// A plan of `weeks` copies of `week` (session ids unique per plan).
fn plan_of(weeks: &[Vec<(Weekday, DayPlan)>]) -> Plan {
    Plan {
        weeks: weeks
            .iter()
            .enumerate()
            .map(|(i, days)| {
                let index = i as u32 + 1;
                Week {
                    index,
                    deload: false,
                    days: days
                        .iter()
                        .map(|(d, sessions)| Day {
                            day: *d,
                            sessions: sessions
                                .iter()
                                .enumerate()
                                .map(|(j, (kind, minutes, exercises))| Session {
                                    id: format!("w{index}-{}-{j}", d.id()),
                                    kind: *kind,
                                    minutes: *minutes,
                                    exercises: exercises.clone(),
                                })
                                .collect(),
                        })
                        .collect(),
                }
            })
            .collect(),
        findings: Vec::new(),
        log: Vec::new(),
    }
}

fn one_week(week: Vec<(Weekday, DayPlan)>) -> Plan {
    plan_of(&[week])
}

/// The sessions of `day` in a week built by [`compliant_week`].
fn day_mut(week: &mut [(Weekday, DayPlan)], day: Weekday) -> &mut DayPlan {
    &mut week.iter_mut().find(|(d, _)| *d == day).unwrap().1
}

/// The strength session's exercises on `day`.
fn strength_mut(week: &mut [(Weekday, DayPlan)], day: Weekday) -> &mut Vec<Prescription> {
    &mut day_mut(week, day)
        .iter_mut()
        .find(|(k, _, _)| *k == Kind::Resistance)
        .unwrap()
        .2
}

// ---- profiles -------------------------------------------------------------------------------

fn person() -> Profile {
    Profile::basic(
        &[Mon, Tue, Wed, Thu, Fri, Sat],
        60,
        FitnessLevel::Intermediate,
    )
}

fn with(f: impl FnOnce(&mut Profile)) -> Profile {
    let mut p = person();
    f(&mut p);
    p
}

// ---- reading findings -----------------------------------------------------------------------

/// (rule, severity, week, day) of each finding: what these tests assert on (not the wording).
type Key = (String, Severity, Option<u32>, Option<Weekday>);

fn keys(findings: &[Finding]) -> Vec<Key> {
    findings
        .iter()
        .map(|f| (f.rule_id.clone(), f.severity, f.week, f.day))
        .collect()
}

/// The findings of `plan`, less P9's warm-up note: these hand-built weeks walk after strength
/// rather than before, and P9 has tests of its own (`tests/clinical.rs`).
fn check(profile: &Profile, plan: &Plan) -> Vec<Key> {
    let found = keys(&check_plan(profile, plan).expect("a well-formed plan"));
    found.into_iter().filter(|k| k.0 != "P9").collect()
}

fn key(rule: &str, severity: Severity, week: Option<u32>, day: Option<Weekday>) -> Key {
    (rule.into(), severity, week, day)
}

fn of_rule(found: &[Key], rule: &str) -> Vec<Key> {
    found.iter().filter(|k| k.0 == rule).cloned().collect()
}

/// Checks `compliant` and `broken` for `profile`: `compliant` has no finding of `rule` other
/// than `standing` (advice every plan carries), and `broken` adds `expected` and nothing of any
/// other rule. Returns `broken`'s findings of `rule`.
fn pair(
    profile: &Profile,
    compliant: &Plan,
    broken: &Plan,
    rule: &str,
    expected: &[Key],
) -> Vec<Key> {
    let before = check(profile, compliant);
    let after = check(profile, broken);
    let standing: Vec<Key> = of_rule(&before, rule);
    assert!(
        standing
            .iter()
            .all(|k| k.2.is_none() && k.1 == Severity::Info),
        "the compliant plan breaks {rule}: {before:?}"
    );
    for k in expected {
        assert!(after.contains(k), "expected {k:?} in {after:?}");
    }
    let others =
        |found: &[Key]| -> Vec<Key> { found.iter().filter(|k| k.0 != rule).cloned().collect() };
    assert_eq!(
        others(&before),
        others(&after),
        "breaking {rule} must change only {rule}'s findings"
    );
    of_rule(&after, rule)
}

// ---- the compliant week -----------------------------------------------------------------------

#[test]
fn the_compliant_week_has_only_the_standing_advice() {
    let found = check(&person(), &one_week(compliant_week(true)));
    assert_eq!(
        found,
        vec![
            key("G5", Severity::Info, None, None),
            key("G6", Severity::Info, None, None)
        ]
    );
    // Also for a fall risk without the impact snacks, apart from the G3 note.
    let fall = with(|p| p.fall_risk = true);
    let found = check(&fall, &one_week(fall_risk_week()));
    assert_eq!(
        found,
        vec![
            key("W3", Severity::Warning, Some(1), None),
            key("G5", Severity::Info, None, None),
            key("G6", Severity::Info, None, None),
            key("G3", Severity::Info, None, None),
        ]
    );
}

// ---- W1 ---------------------------------------------------------------------------------------

#[test]
fn w1_more_than_three_strength_days() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    // A fourth strength day (Saturday, after Friday).
    day_mut(&mut week, Sat).push((Kind::Resistance, 20, strength()));
    let found = pair(
        &person(),
        &compliant,
        &one_week(week),
        "W1",
        &[key("W1", Severity::Warning, Some(1), None)],
    );
    // The count finding (no day) and the 48-h finding for Fri–Sat (on the later day).
    assert_eq!(
        found,
        vec![
            key("W1", Severity::Warning, Some(1), None),
            key("W1", Severity::Warning, Some(1), Some(Sat))
        ]
    );
}

#[test]
fn w1_fewer_than_two_strength_days() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    // Wednesday and Friday lose their strength sessions (the time goes to nothing else).
    for d in [Wed, Fri] {
        day_mut(&mut week, d).retain(|(k, _, _)| *k != Kind::Resistance);
    }
    // One strength day still covers every muscle group (W2), so only W1 changes.
    let found = pair(&person(), &compliant, &one_week(week), "W1", &[]);
    assert_eq!(found, vec![key("W1", Severity::Warning, Some(1), None)]);
}

#[test]
fn w1_strength_on_consecutive_days() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    // Friday's strength moves to Thursday: Wed–Thu are less than 48 h apart.
    let fri = day_mut(&mut week, Fri);
    fri.retain(|(k, _, _)| *k != Kind::Resistance);
    fri.push((Kind::Impact, 5, vec![impacts("heel-drop", 2, 10)]));
    let thu = day_mut(&mut week, Thu);
    thu.retain(|(k, _, _)| *k != Kind::Impact);
    thu.push((Kind::Resistance, 20, strength()));
    let found = pair(&person(), &compliant, &one_week(week), "W1", &[]);
    assert_eq!(
        found,
        vec![key("W1", Severity::Warning, Some(1), Some(Thu))]
    );
}

#[test]
fn w1_sunday_and_monday_are_adjacent() {
    let p = Profile::basic(&Weekday::ALL, 60, FitnessLevel::Intermediate);
    // Strength Mon, Wed, Fri and Sunday: Sun–Mon wraps round the week (reported on Sunday).
    let mut week = compliant_week(true);
    week.push((Sun, vec![(Kind::Resistance, 20, strength())]));
    let found = of_rule(&check(&p, &one_week(week)), "W1");
    assert_eq!(
        found,
        vec![
            key("W1", Severity::Warning, Some(1), None),
            key("W1", Severity::Warning, Some(1), Some(Sun))
        ]
    );
    // Wed, Fri, Sun: every pair 48 h apart.
    let mut week = compliant_week(true);
    day_mut(&mut week, Mon).retain(|(k, _, _)| *k != Kind::Resistance);
    week.push((Sun, vec![(Kind::Resistance, 20, strength())]));
    assert!(of_rule(&check(&p, &one_week(week)), "W1").is_empty());
}

// ---- W2 ---------------------------------------------------------------------------------------

#[test]
fn w2_a_major_muscle_group_missing() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    // No push-ups: chest is trained nowhere (rows still cover back, arms, shoulders).
    for d in [Mon, Wed, Fri] {
        strength_mut(&mut week, d).retain(|p| p.exercise_id != "push-up");
    }
    let found = pair(&person(), &compliant, &one_week(week.clone()), "W2", &[]);
    assert_eq!(found, vec![key("W2", Severity::Warning, Some(1), None)]);
    // The message names the group (found by mutation testing, `make mutants`).
    let w2 = check_plan(&person(), &one_week(week))
        .unwrap()
        .into_iter()
        .find(|f| f.rule_id == "W2")
        .unwrap();
    assert_eq!(w2.message, "This week's resistance work misses: chest.");
}

#[test]
fn w2_the_abdominals_and_back_extensors_count() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    // Bird dogs are the only trunk work: without them, abdominals and back extensors are missed.
    for d in [Mon, Wed, Fri] {
        strength_mut(&mut week, d).retain(|p| p.exercise_id != "bird-dog");
    }
    let found = pair(&person(), &compliant, &one_week(week), "W2", &[]);
    assert_eq!(found, vec![key("W2", Severity::Warning, Some(1), None)]);
}

// ---- W5 ---------------------------------------------------------------------------------------

#[test]
fn w5_no_impact_snacks_in_a_week() {
    let compliant = one_week(compliant_week(true));
    // Without the snacks, the walk takes their 5 minutes (else W3 would say time is free).
    let mut week = compliant_week(false);
    for (day, sessions) in &mut week {
        if matches!(day, Tue | Thu | Sat) {
            sessions[0].1 = 35;
            sessions[0].2 = vec![secs("brisk-walk", 1, 2100)];
        }
    }
    let broken = one_week(week);
    let found = pair(&person(), &compliant, &broken, "W5", &[]);
    assert_eq!(found, vec![key("W5", Severity::Info, Some(1), None)]);
    // With a fall risk no impact snacks is what G3 asks for: no W5.
    let fall = with(|p| p.fall_risk = true);
    assert!(of_rule(&check(&fall, &broken), "W5").is_empty());
}

#[test]
fn w5_more_than_fifty_impacts_in_a_session() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    // 3 × 17 = 51 on Tuesday; 50 (5 × 10) on Thursday is still fine.
    day_mut(&mut week, Tue)[0].2 = vec![impacts("heel-drop", 3, 17)];
    day_mut(&mut week, Thu)[0].2 = vec![impacts("heel-drop", 5, 10)];
    let found = pair(&person(), &compliant, &one_week(week), "W5", &[]);
    assert_eq!(found, vec![key("W5", Severity::Info, Some(1), Some(Tue))]);
}

// ---- W7 ---------------------------------------------------------------------------------------

#[test]
fn w7_equipment_the_person_does_not_have() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    // Goblet squats need dumbbells; this person has body weight only.
    strength_mut(&mut week, Wed)[0] = reps("goblet-squat", 2, 10);
    let broken = one_week(week);
    let found = pair(&person(), &compliant, &broken, "W7", &[]);
    assert_eq!(
        found,
        vec![key("W7", Severity::Warning, Some(1), Some(Wed))]
    );
    // With dumbbells, or a gym (which has dumbbells), the same plan is fine.
    for eq in [Equipment::Dumbbells, Equipment::Gym] {
        let p = with(|p| p.equipment = vec![eq]);
        assert!(of_rule(&check(&p, &broken), "W7").is_empty(), "{eq:?}");
    }
    let bands = with(|p| p.equipment = vec![Equipment::Bands]);
    assert_eq!(of_rule(&check(&bands, &broken), "W7"), found);
}

#[test]
fn w7_a_day_that_is_not_available() {
    let p = Profile::basic(&[Mon, Tue, Wed, Thu, Fri], 60, FitnessLevel::Intermediate);
    let mut week = compliant_week(true);
    let compliant = {
        let mut w = week.clone();
        w.retain(|(d, _)| *d != Sat);
        one_week(w)
    };
    // Saturday holds a walk only; it is not one of the available days.
    day_mut(&mut week, Sat).retain(|(k, _, _)| *k == Kind::Aerobic);
    let broken = one_week(week);
    let before = check(&p, &compliant);
    let after = check(&p, &broken);
    assert!(of_rule(&before, "W7").is_empty(), "{before:?}");
    assert_eq!(
        of_rule(&after, "W7"),
        vec![key("W7", Severity::Warning, Some(1), Some(Sat))]
    );
}

#[test]
fn w7_more_minutes_than_the_person_has() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    // Monday: 20 + 30 + 5 = 55 min; a 36-min walk makes it 61 of 60. Tuesday at exactly 60 is fine.
    day_mut(&mut week, Mon)[1].1 = 36;
    day_mut(&mut week, Tue)[1].1 = 50;
    let found = pair(&person(), &compliant, &one_week(week), "W7", &[]);
    assert_eq!(
        found,
        vec![key("W7", Severity::Warning, Some(1), Some(Mon))]
    );
}

#[test]
fn w7_no_rest_day() {
    let every_day = Profile::basic(&Weekday::ALL, 60, FitnessLevel::Intermediate);
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    week.push((
        Sun,
        vec![(Kind::Aerobic, 30, vec![secs("brisk-walk", 1, 1800)])],
    ));
    let broken = one_week(week);
    let before = check(&every_day, &compliant);
    let after = check(&every_day, &broken);
    assert!(of_rule(&before, "W7").is_empty(), "{before:?}");
    assert_eq!(
        of_rule(&after, "W7"),
        vec![key("W7", Severity::Info, Some(1), None)]
    );
}

// ---- W9 ---------------------------------------------------------------------------------------

#[test]
fn w9_cycling_or_swimming_in_strength_or_impact_work() {
    let gym = with(|p| p.equipment = vec![Equipment::Gym]);
    let compliant = {
        let mut week = compliant_week(true);
        // Cycling as aerobic exercise is fine (it just does not count as weight-bearing).
        day_mut(&mut week, Tue).push((Kind::Aerobic, 10, vec![secs("cycling", 1, 600)]));
        one_week(week)
    };
    let mut week = compliant_week(true);
    day_mut(&mut week, Tue).push((Kind::Aerobic, 10, vec![secs("cycling", 1, 600)]));
    strength_mut(&mut week, Wed).push(secs("cycling", 1, 60));
    day_mut(&mut week, Thu)[0].2.push(secs("swimming", 1, 60));
    let found = pair(&gym, &compliant, &one_week(week), "W9", &[]);
    assert_eq!(
        found,
        vec![
            key("W9", Severity::Warning, Some(1), Some(Wed)),
            key("W9", Severity::Warning, Some(1), Some(Thu))
        ]
    );
}

// ---- P2 ---------------------------------------------------------------------------------------

#[test]
fn p2_reps_outside_eight_to_twelve() {
    let mut edges = compliant_week(true);
    // 8 and 12 are inside the range.
    strength_mut(&mut edges, Mon)[0].reps = Some(8);
    strength_mut(&mut edges, Wed)[0].reps = Some(12);
    let compliant = one_week(edges.clone());
    for (n, day) in [(7, Mon), (13, Wed)] {
        let mut week = edges.clone();
        strength_mut(&mut week, day)[0].reps = Some(n);
        let found = pair(&person(), &compliant, &one_week(week), "P2", &[]);
        assert_eq!(
            found,
            vec![key("P2", Severity::Info, Some(1), Some(day))],
            "{n} reps"
        );
    }
}

#[test]
fn p2_does_not_apply_to_posture_or_avoided_moves() {
    let mut week = compliant_week(true);
    // Bird dogs (posture) at 20 reps: not a resistance exercise, no P2.
    strength_mut(&mut week, Mon)[3].reps = Some(20);
    assert!(of_rule(&check(&person(), &one_week(week)), "P2").is_empty());
}

// ---- P5 ---------------------------------------------------------------------------------------

#[test]
fn p5_more_than_three_sets() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    strength_mut(&mut week, Fri)[1].sets = 4;
    let found = pair(&person(), &compliant, &one_week(week), "P5", &[]);
    assert_eq!(
        found,
        vec![key("P5", Severity::Warning, Some(1), Some(Fri))]
    );
}

#[test]
fn p5_three_sets_only_after_week_four() {
    let base = compliant_week(true);
    let compliant = plan_of(&vec![base.clone(); 5]);
    let mut three = base.clone();
    strength_mut(&mut three, Mon)[0].sets = 3;
    // Week 4 with 3 sets: too soon (info); week 5: fine.
    let mut weeks = vec![base.clone(); 5];
    weeks[3] = three.clone();
    let found = pair(&person(), &compliant, &plan_of(&weeks), "P5", &[]);
    assert_eq!(found, vec![key("P5", Severity::Info, Some(4), Some(Mon))]);
    let mut weeks = vec![base; 5];
    weeks[4] = three;
    assert!(of_rule(&check(&person(), &plan_of(&weeks)), "P5").is_empty());
}

// ---- G2 ---------------------------------------------------------------------------------------

#[test]
fn g2_weights_after_a_fracture() {
    for fracture in [
        |p: &mut Profile| p.vertebral_fracture = true,
        |p: &mut Profile| p.multiple_fractures = true,
    ] {
        let p = with(|p| {
            fracture(p);
            p.equipment = vec![Equipment::Dumbbells, Equipment::Gym];
        });
        let compliant = one_week(compliant_week(true));
        // Dumbbell rows: weights → see a physiotherapist first (warning).
        let mut week = compliant_week(true);
        strength_mut(&mut week, Wed)[2] = reps("dumbbell-row", 2, 10);
        let found = pair(&p, &compliant, &one_week(week), "G2", &[]);
        assert_eq!(
            found,
            vec![
                key("G2", Severity::Warning, Some(1), Some(Wed)),
                key("G2", Severity::Info, None, None)
            ]
        );
        // A loaded deadlift: stop.
        let mut week = compliant_week(true);
        strength_mut(&mut week, Fri).push(reps("deadlift", 2, 10));
        let found = pair(&p, &compliant, &one_week(week), "G2", &[]);
        assert_eq!(
            found,
            vec![
                key("G2", Severity::Stop, Some(1), Some(Fri)),
                key("G2", Severity::Info, None, None)
            ]
        );
    }
    // Without a fracture, the same weights are fine.
    let p = with(|p| p.equipment = vec![Equipment::Dumbbells]);
    let mut week = compliant_week(true);
    strength_mut(&mut week, Wed)[2] = reps("dumbbell-row", 2, 10);
    assert!(of_rule(&check(&p, &one_week(week)), "G2").is_empty());
}

#[test]
fn g2_impact_above_the_lower_tier_and_spinal_flexion_after_a_fracture() {
    let p = with(|p| p.vertebral_fracture = true);
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    day_mut(&mut week, Tue)[0].2 = vec![impacts("hop", 2, 10)];
    let found = check(&p, &one_week(week));
    assert!(
        found.contains(&key("G2", Severity::Stop, Some(1), Some(Tue))),
        "{found:?}"
    );
    let mut week = compliant_week(true);
    strength_mut(&mut week, Mon).push(reps("crunch", 2, 10));
    let found = check(&p, &one_week(week));
    assert!(
        found.contains(&key("G2", Severity::Stop, Some(1), Some(Mon))),
        "{found:?}"
    );
    assert!(of_rule(&check(&p, &compliant), "G2")
        .iter()
        .all(|k| k.1 == Severity::Info));
}

// ---- G3 ---------------------------------------------------------------------------------------

#[test]
fn g3_impact_with_a_fall_risk() {
    let fall = with(|p| p.fall_risk = true);
    let compliant = one_week(fall_risk_week());
    // Heel drops are impact work: stop with a fall risk (they are fine without one).
    let mut week = fall_risk_week();
    day_mut(&mut week, Tue).push((Kind::Impact, 5, vec![impacts("heel-drop", 2, 10)]));
    let with_impact = one_week(week);
    let found = pair(&fall, &compliant, &with_impact, "G3", &[]);
    assert_eq!(
        found,
        vec![
            key("G3", Severity::Stop, Some(1), Some(Tue)),
            key("G3", Severity::Info, None, None)
        ]
    );
    assert!(of_rule(&check(&person(), &with_impact), "G3").is_empty());
    // Jogging is above the lower tier: stop too.
    let mut week = fall_risk_week();
    day_mut(&mut week, Wed)[1].2 = vec![secs("jog", 1, 1800)];
    let found = pair(&fall, &compliant, &one_week(week), "G3", &[]);
    assert_eq!(
        found,
        vec![
            key("G3", Severity::Stop, Some(1), Some(Wed)),
            key("G3", Severity::Info, None, None)
        ]
    );
}

#[test]
fn g3_a_week_without_balance_or_strength_with_a_fall_risk() {
    let fall = with(|p| p.fall_risk = true);
    let compliant = one_week(fall_risk_week());
    let mut week = fall_risk_week();
    for (_, sessions) in &mut week {
        sessions.retain(|(k, _, _)| *k != Kind::Resistance);
    }
    let found = check(&fall, &one_week(week));
    assert!(
        found.contains(&key("G3", Severity::Warning, Some(1), None)),
        "{found:?}"
    );
    assert!(!check(&fall, &compliant)
        .iter()
        .any(|k| k.0 == "G3" && k.1 == Severity::Warning));
}

// ---- G4 ---------------------------------------------------------------------------------------

#[test]
fn g4_effort_above_eight() {
    let mut edge = compliant_week(true);
    strength_mut(&mut edge, Mon)[0].effort = Some(8);
    let compliant = one_week(edge.clone());
    let mut week = edge;
    strength_mut(&mut week, Fri)[1].effort = Some(9);
    let found = pair(&person(), &compliant, &one_week(week), "G4", &[]);
    assert_eq!(
        found,
        vec![key("G4", Severity::Warning, Some(1), Some(Fri))]
    );
}

#[test]
fn g4_high_impact() {
    // Week 3, after the first two weeks' moderate-impact note (P7).
    let base = compliant_week(true);
    let compliant = plan_of(&vec![base.clone(); 3]);
    let mut jumps = base.clone();
    day_mut(&mut jumps, Sat)[0].2 = vec![impacts("star-jump", 2, 10)];
    let mut weeks = vec![base; 3];
    weeks[2] = jumps;
    let broken = plan_of(&weeks);
    // Information for most people; a warning with osteoporosis.
    let found = pair(&person(), &compliant, &broken, "G4", &[]);
    assert_eq!(found, vec![key("G4", Severity::Info, Some(3), Some(Sat))]);
    let op = with(|p| p.osteoporosis = true);
    let found = pair(&op, &compliant, &broken, "G4", &[]);
    assert_eq!(
        found,
        vec![
            key("G4", Severity::Warning, Some(3), Some(Sat)),
            key("G4", Severity::Info, None, None)
        ]
    );
    // Moderate impact (hops) is not high impact.
    let mut hops = compliant_week(true);
    day_mut(&mut hops, Sat)[0].2 = vec![impacts("hop", 2, 10)];
    let weeks = vec![compliant_week(true), compliant_week(true), hops];
    assert!(of_rule(&check(&op, &plan_of(&weeks)), "G4")
        .iter()
        .all(|k| k.2.is_none()));
}

// ---- G6 ---------------------------------------------------------------------------------------

#[test]
fn g6_stop_for_new_bone_pain_is_on_every_plan() {
    let g6 = key("G6", Severity::Info, None, None);
    let profiles = [
        person(),
        with(|p| p.vertebral_fracture = true),
        with(|p| p.fall_risk = true),
        with(|p| p.osteoporosis = true),
        with(|p| p.joint_pain = 7),
        // Bone metastases: no plan is made, and the advice still stands.
        with(|p| p.bone_metastases = true),
    ];
    let plans = [
        one_week(compliant_week(true)),
        one_week(compliant_week(false)),
        plan_of(&[]),
    ];
    for p in &profiles {
        for plan in &plans {
            let found = check(p, plan);
            assert_eq!(of_rule(&found, "G6"), vec![g6.clone()], "{p:?}");
        }
    }
    // Its text says what to do, and it names its source.
    let f = check_plan(&person(), &plans[0]).unwrap();
    let g6 = f.iter().find(|f| f.rule_id == "G6").unwrap();
    assert!(g6.message.contains("bone pain"), "{}", g6.message);
    assert!(!g6.source.is_empty());
}

// ---- the gates behind the generator ---------------------------------------------------------

/// Joint pain alone (no fracture, no fall risk) caps impact at the lower tier (P10): the
/// impact snacks stay heel drops and stamps through all twelve weeks, also for an advanced
/// person whose snacks would otherwise reach hops.
#[test]
fn joint_pain_keeps_impact_snacks_at_the_lower_tier_every_week() {
    use osteoplan::planning::library::{self, Category, Impact};
    use osteoplan::planning::{generate_plan, PlanOptions};
    for level in [FitnessLevel::Beginner, FitnessLevel::Advanced] {
        let mut p = Profile::basic(&[Mon, Wed, Fri], 60, level);
        p.joint_pain = 5;
        let plan = generate_plan(&p, PlanOptions::default()).unwrap();
        for week in &plan.weeks {
            let impact: Vec<_> = week
                .days
                .iter()
                .flat_map(|d| d.sessions.iter())
                .flat_map(|s| s.exercises.iter())
                .map(|x| library::get(&x.exercise_id).unwrap())
                .filter(|e| e.category == Category::Impact)
                .collect();
            assert!(
                !impact.is_empty(),
                "{level:?}: no impact snacks in week {}",
                week.index
            );
            assert!(
                impact.iter().all(|e| e.impact <= Impact::Lower),
                "{level:?} week {}",
                week.index
            );
        }
    }
}

// ---- the other weekly rules (W3, W4, W6, W8), dose rules (P7, P8, P10) and A1 -----------------

#[test]
fn w3_weight_bearing_minutes_below_150() {
    let compliant = one_week(compliant_week(true));
    // 25-min walks: 6 × 25 = 150 min, exactly enough.
    let mut edge = compliant_week(true);
    for (_, s) in &mut edge {
        s.iter_mut().find(|x| x.0 == Kind::Aerobic).unwrap().2 = vec![secs("brisk-walk", 1, 1500)];
    }
    assert!(of_rule(&check(&person(), &one_week(edge.clone())), "W3").is_empty());
    // One walk 1 min shorter: 149 min, with free minutes left to add a walk (warning).
    day_mut(&mut edge, Sat)[1].2 = vec![secs("brisk-walk", 1, 1440)];
    let found = pair(&person(), &compliant, &one_week(edge.clone()), "W3", &[]);
    assert_eq!(found, vec![key("W3", Severity::Warning, Some(1), None)]);
    // 149 min and no room left in the days (10-min days, all used): information only.
    let tight = Profile::basic(
        &[Mon, Tue, Wed, Thu, Fri, Sat],
        40,
        FitnessLevel::Intermediate,
    );
    let mut full = edge;
    for (_, s) in &mut full {
        let used: u32 = s.iter().map(|x| x.1).sum();
        s.iter_mut().find(|x| x.0 == Kind::Aerobic).unwrap().1 += 40u32.saturating_sub(used);
    }
    let found = check(&tight, &one_week(full));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
}

#[test]
fn w4_balance_on_too_few_days() {
    let compliant = one_week(compliant_week(true));
    let without_balance = |days: &[Weekday]| {
        let mut week = compliant_week(true);
        for d in days {
            // The posture drill stays (W6); only the balance exercise goes.
            let s = day_mut(&mut week, *d)
                .iter_mut()
                .find(|x| x.0 == Kind::Balance)
                .unwrap();
            s.2.retain(|p| p.exercise_id != "single-leg-stand");
        }
        one_week(week)
    };
    // Balance on 5 of 6 training days: fine. On 4: "best daily" (info). On 1: warning.
    assert!(of_rule(&check(&person(), &without_balance(&[Sat])), "W4").is_empty());
    let found = pair(
        &person(),
        &compliant,
        &without_balance(&[Fri, Sat]),
        "W4",
        &[],
    );
    assert_eq!(found, vec![key("W4", Severity::Info, Some(1), None)]);
    let found = pair(
        &person(),
        &compliant,
        &without_balance(&[Mon, Tue, Wed, Thu, Fri]),
        "W4",
        &[],
    );
    assert_eq!(found, vec![key("W4", Severity::Warning, Some(1), None)]);
}

#[test]
fn w6_posture_on_too_few_days() {
    let compliant = one_week(compliant_week(true));
    let without_posture = |days: &[Weekday]| {
        let mut week = compliant_week(true);
        for d in days {
            let s = day_mut(&mut week, *d)
                .iter_mut()
                .find(|x| x.0 == Kind::Balance)
                .unwrap();
            s.2.retain(|p| p.exercise_id != "chin-tuck");
        }
        one_week(week)
    };
    // Bird dogs (posture) on the 3 strength days + chin tucks on 1 more day = 4: fine.
    assert!(of_rule(&check(&person(), &without_posture(&[Tue, Thu])), "W6").is_empty());
    // Only the 3 strength days: below 4.
    let found = pair(
        &person(),
        &compliant,
        &without_posture(&[Tue, Thu, Sat]),
        "W6",
        &[],
    );
    assert_eq!(found, vec![key("W6", Severity::Info, Some(1), None)]);
}

#[test]
fn w8_aerobic_only() {
    let week: Vec<(Weekday, DayPlan)> = [Mon, Wed, Fri]
        .into_iter()
        .map(|d| {
            (
                d,
                vec![(Kind::Aerobic, 50, vec![secs("brisk-walk", 1, 3000)])],
            )
        })
        .collect();
    let found = check(&person(), &one_week(week));
    assert!(
        found.contains(&key("W8", Severity::Warning, Some(1), None)),
        "{found:?}"
    );
    assert!(of_rule(&check(&person(), &one_week(compliant_week(true))), "W8").is_empty());
}

#[test]
fn p7_moderate_impact_in_the_first_two_weeks() {
    let base = compliant_week(true);
    let mut hops = base.clone();
    day_mut(&mut hops, Tue)[0].2 = vec![impacts("hop", 2, 10)];
    let compliant = plan_of(&[base.clone(), base.clone(), base.clone()]);
    // Hops in week 2: too early (info); in week 3: fine.
    let found = pair(
        &person(),
        &compliant,
        &plan_of(&[base.clone(), hops.clone(), base.clone()]),
        "P7",
        &[],
    );
    assert_eq!(found, vec![key("P7", Severity::Info, Some(2), Some(Tue))]);
    assert!(of_rule(
        &check(&person(), &plan_of(&[base.clone(), base, hops])),
        "P7"
    )
    .is_empty());
}

#[test]
fn p8_a_deload_week_is_explained() {
    let mut plan = plan_of(&[compliant_week(true), compliant_week(true)]);
    assert!(of_rule(&check(&person(), &plan), "P8").is_empty());
    plan.weeks[1].deload = true;
    assert_eq!(
        of_rule(&check(&person(), &plan), "P8"),
        vec![key("P8", Severity::Info, Some(2), None)]
    );
}

#[test]
fn p10_joint_pain() {
    let pain = with(|p| p.joint_pain = 3);
    // The joint-friendly week: wall push-ups and wall planks (trunk) instead of push-ups and
    // bird dogs, and tai chi twice a week (Yu 2024).
    let mut soft = compliant_week(true);
    for d in [Mon, Wed, Fri] {
        let s = strength_mut(&mut soft, d);
        s[1] = reps("wall-push-up", 2, 10);
        s[3] = secs("wall-plank", 2, 20);
    }
    for d in [Tue, Thu] {
        day_mut(&mut soft, d)
            .iter_mut()
            .find(|x| x.0 == Kind::Balance)
            .unwrap()
            .2
            .push(secs("tai-chi", 1, 60));
    }
    let compliant = one_week(soft.clone());
    assert_eq!(
        of_rule(&check(&pain, &compliant), "P10"),
        vec![key("P10", Severity::Info, None, None)]
    );
    // Joint pain 2 is below the threshold: no P10 at all.
    assert!(of_rule(&check(&with(|p| p.joint_pain = 2), &compliant), "P10").is_empty());
    // Push-ups are hard on painful wrists: a warning on that day.
    let mut hard = soft.clone();
    strength_mut(&mut hard, Wed)[1] = reps("push-up", 2, 10);
    let found = pair(&pain, &compliant, &one_week(hard), "P10", &[]);
    assert_eq!(
        found,
        vec![
            key("P10", Severity::Warning, Some(1), Some(Wed)),
            key("P10", Severity::Info, None, None)
        ]
    );
    // Hops are above the lower tier (and not joint-friendly): warnings on that day.
    let mut hops = soft.clone();
    day_mut(&mut hops, Sat)[0].2 = vec![impacts("hop", 2, 10)];
    let found = of_rule(&check(&pain, &one_week(hops)), "P10");
    assert_eq!(
        found
            .iter()
            .filter(|k| **k == key("P10", Severity::Warning, Some(1), Some(Sat)))
            .count(),
        2,
        "{found:?}"
    );
    // Without tai chi or yoga twice: the weekly note.
    let mut once = soft;
    day_mut(&mut once, Thu)
        .iter_mut()
        .find(|x| x.0 == Kind::Balance)
        .unwrap()
        .2
        .retain(|p| p.exercise_id != "tai-chi");
    let found = pair(&pain, &compliant, &one_week(once), "P10", &[]);
    assert_eq!(
        found,
        vec![
            key("P10", Severity::Info, None, None),
            key("P10", Severity::Info, Some(1), None)
        ]
    );
}

#[test]
fn a1_spinal_flexion_without_a_fracture() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    strength_mut(&mut week, Mon).push(reps("crunch", 2, 10));
    let found = pair(&person(), &compliant, &one_week(week), "A1", &[]);
    assert_eq!(
        found,
        vec![key("A1", Severity::Warning, Some(1), Some(Mon))]
    );
}

// ---- findings repeated week after week --------------------------------------------------------

#[test]
fn a_finding_repeated_over_weeks_is_one_finding_naming_the_weeks() {
    let base = compliant_week(true);
    let mut four = base.clone();
    strength_mut(&mut four, Mon)[0].sets = 4;
    let mut four_fri = base.clone();
    strength_mut(&mut four_fri, Fri)[0].sets = 4;
    // Weeks 1–4 and 6 (Monday), and week 8 (Friday): one finding, the first week, no single day.
    let weeks = [&four, &four, &four, &four, &base, &four, &base, &four_fri].map(|w| w.clone());
    let f = check_plan(&person(), &plan_of(&weeks)).unwrap();
    let p5: Vec<&Finding> = f.iter().filter(|f| f.rule_id == "P5").collect();
    assert_eq!(p5.len(), 1, "{p5:?}");
    assert_eq!(
        (p5[0].severity, p5[0].week, p5[0].day),
        (Severity::Warning, Some(1), None)
    );
    assert!(
        p5[0].message.ends_with("(weeks 1–4, 6, 8)"),
        "{}",
        p5[0].message
    );
    // Only Mondays: the day stays.
    let weeks = [&four, &base, &four].map(|w| w.clone());
    let f = check_plan(&person(), &plan_of(&weeks)).unwrap();
    let p5: Vec<&Finding> = f.iter().filter(|f| f.rule_id == "P5").collect();
    assert_eq!((p5.len(), p5[0].week, p5[0].day), (1, Some(1), Some(Mon)));
    assert!(p5[0].message.ends_with("(weeks 1, 3)"), "{}", p5[0].message);
    // Stop first, then warnings, then information.
    let fracture = with(|p| p.vertebral_fracture = true);
    let mut deadlift = base.clone();
    strength_mut(&mut deadlift, Mon).push(reps("deadlift", 2, 10));
    let f = check_plan(&fracture, &one_week(deadlift)).unwrap();
    assert!(
        f.windows(2).all(|w| w[0].severity <= w[1].severity),
        "{f:?}"
    );
    assert_eq!(f[0].severity, Severity::Stop);
}

/// With only back-to-back days available, the W1 finding names those days (two workouts 48 h
/// apart are impossible); with days to spare it does not (a second workout is the fix).
#[test]
fn w1_says_when_the_available_days_cannot_hold_two_spaced_workouts() {
    let one = |days: &[Weekday]| {
        let p = Profile::basic(days, 60, FitnessLevel::Intermediate);
        let week = vec![(days[0], vec![(Kind::Resistance, 20, strength())])];
        let f = check_plan(&p, &one_week(week)).unwrap();
        f.into_iter()
            .find(|f| f.rule_id == "W1" && f.day.is_none())
            .unwrap()
    };
    assert!(
        one(&[Mon, Tue]).message.contains("mon, tue"),
        "{}",
        one(&[Mon, Tue]).message
    );
    assert!(one(&[Sat, Sun]).message.contains("sat, sun"));
    // Sunday and Monday are back to back too (the week repeats).
    assert!(
        one(&[Mon, Sun]).message.contains("mon, sun"),
        "{}",
        one(&[Mon, Sun]).message
    );
    for days in [&[Mon, Wed][..], &[Mon, Tue, Thu], &[Tue, Sun]] {
        let f = one(days);
        assert_eq!((f.severity, f.week), (Severity::Warning, Some(1)));
        assert!(
            !f.message.contains(&format!("{}, ", days[0].id())),
            "{days:?}: {}",
            f.message
        );
    }
}

/// Time left over on days that are not available is no room for walks: W3 stays information
/// (no room) when the only spare minutes are on such a day.
#[test]
fn w3_counts_spare_minutes_on_available_days_only() {
    let p = Profile::basic(&[Mon, Tue, Wed, Thu, Fri], 40, FitnessLevel::Intermediate);
    // Every available day full (35 + 5 = 40 min), 26-min walks: 130 min, 20 short.
    let mut week: Vec<(Weekday, DayPlan)> = [Mon, Tue, Wed, Thu, Fri]
        .into_iter()
        .map(|d| {
            (
                d,
                vec![
                    (Kind::Aerobic, 35, vec![secs("brisk-walk", 1, 1560)]),
                    (Kind::Balance, 5, vec![secs("single-leg-stand", 2, 30)]),
                ],
            )
        })
        .collect();
    let found = check(&p, &one_week(week.clone()));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
    // A 10-min session on Saturday (not available) leaves 30 min there: still no room.
    week.push((
        Sat,
        vec![(Kind::Balance, 10, vec![secs("single-leg-stand", 2, 30)])],
    ));
    let found = check(&p, &one_week(week));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
}

/// Spare minutes count as room for a walk only in bouts of 10 or more (W3): five days with 5
/// spare minutes each are no room.
#[test]
fn w3_spare_minutes_below_ten_are_no_room() {
    let p = Profile::basic(&[Mon, Tue, Wed, Thu, Fri], 40, FitnessLevel::Intermediate);
    let week = |walk_session: u32| -> Vec<(Weekday, DayPlan)> {
        [Mon, Tue, Wed, Thu, Fri]
            .into_iter()
            .map(|d| {
                (
                    d,
                    vec![
                        (
                            Kind::Aerobic,
                            walk_session,
                            vec![secs("brisk-walk", 1, 1560)],
                        ),
                        (Kind::Balance, 5, vec![secs("single-leg-stand", 2, 30)]),
                    ],
                )
            })
            .collect()
    };
    // 130 min of walking, 20 short. 5 spare minutes a day and 5 minutes of extra balance,
    // which the planner trims for the 150 min first (#12): a warning, not "no room".
    let found = check(&p, &one_week(week(30)));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Warning, Some(1), None)]
    );
    // 10 spare minutes on each of two days is room: a warning (add a walk).
    let mut roomy = week(30);
    for (_, s) in roomy.iter_mut().take(2) {
        s[0].1 = 25;
    }
    let found = check(&p, &one_week(roomy));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Warning, Some(1), None)]
    );
}

/// A finding of one week only names no weeks.
#[test]
fn a_finding_of_one_week_names_no_weeks() {
    let mut week = compliant_week(true);
    strength_mut(&mut week, Mon)[0].sets = 4;
    let f = check_plan(&person(), &plan_of(&[week, compliant_week(true)])).unwrap();
    let p5 = f.iter().find(|f| f.rule_id == "P5").unwrap();
    assert!(!p5.message.contains("(weeks"), "{}", p5.message);
    assert_eq!((p5.week, p5.day), (Some(1), Some(Mon)));
}

/// Room for walks (W3) is the spare minutes of the days, not the minutes used: one day with 10
/// spare minutes is not room for 20 more.
#[test]
fn w3_room_is_the_spare_minutes_only() {
    let p = Profile::basic(&[Mon, Tue, Wed, Thu, Fri], 40, FitnessLevel::Intermediate);
    let mut week: Vec<(Weekday, DayPlan)> = [Mon, Tue, Wed, Thu, Fri]
        .into_iter()
        .map(|d| {
            (
                d,
                vec![
                    (Kind::Aerobic, 35, vec![secs("brisk-walk", 1, 1560)]),
                    (Kind::Balance, 5, vec![secs("single-leg-stand", 2, 30)]),
                ],
            )
        })
        .collect();
    // 130 min of walking (20 short); Friday has 10 spare minutes.
    day_mut(&mut week, Fri)[0].1 = 25;
    let found = check(&p, &one_week(week));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
}

/// Extra balance counts as room for a walk beyond 5 minutes a block, beyond 10 on a strength
/// day (its 5-min warm-up march and 5 of balance): a balance-only day with 30 min of balance
/// and 5 free minutes is room for 30 min, just what the week lacks (found by mutation testing).
#[test]
fn w3_extra_balance_is_room_beyond_five_minutes_off_strength_days() {
    let p = Profile::basic(&[Mon, Tue, Wed, Thu, Fri], 40, FitnessLevel::Intermediate);
    // Mon–Thu full (35 + 5 min): 30 + 30 + 30 + 25 = 115 min of walking, 35 short.
    let mut week: Vec<(Weekday, DayPlan)> = [(Mon, 1800), (Tue, 1800), (Wed, 1800), (Thu, 1500)]
        .into_iter()
        .map(|(d, walk)| {
            (
                d,
                vec![
                    (Kind::Aerobic, 35, vec![secs("brisk-walk", 1, walk)]),
                    (Kind::Balance, 5, vec![secs("single-leg-stand", 2, 30)]),
                ],
            )
        })
        .collect();
    // Friday: 35 min of balance, 5 free: 5 + 30 = 35 min of room, none of it free in bouts.
    week.push((
        Fri,
        vec![(Kind::Balance, 35, vec![secs("single-leg-stand", 2, 30)])],
    ));
    let found = check(&p, &one_week(week.clone()));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Warning, Some(1), None)]
    );
    let message = |week: Vec<(Weekday, DayPlan)>| {
        check_plan(&p, &one_week(week))
            .unwrap()
            .into_iter()
            .find(|f| f.rule_id == "W3")
            .unwrap()
            .message
    };
    assert!(message(week.clone()).contains("give 35 min of stretching or extra balance"));
    // One minute less walking on Thursday: 36 short, more than the room.
    day_mut(&mut week, Thu)[0].2 = vec![secs("brisk-walk", 1, 1440)];
    let found = check(&p, &one_week(week));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
}

/// Easy marching in a balance block is the warm-up before strength (P9), not W3 time; in a walk
/// session it counts (found by mutation testing).
#[test]
fn w3_leaves_out_the_warm_up_march_of_a_balance_block() {
    // 25-min walks and one of 24: 149 min.
    let mut week = compliant_week(true);
    for (_, s) in &mut week {
        s.iter_mut().find(|x| x.0 == Kind::Aerobic).unwrap().2 = vec![secs("brisk-walk", 1, 1500)];
    }
    day_mut(&mut week, Sat)[1].2 = vec![secs("brisk-walk", 1, 1440)];
    // A 5-min march opens Monday's balance block, now 10 min.
    let mut marched = week.clone();
    let balance = day_mut(&mut marched, Mon)
        .iter_mut()
        .find(|x| x.0 == Kind::Balance)
        .unwrap();
    balance.1 = 10;
    balance.2.insert(0, secs("warm-up-march", 1, 300));
    assert_eq!(
        of_rule(&check(&person(), &one_week(marched)), "W3"),
        vec![key("W3", Severity::Warning, Some(1), None)]
    );
    // The same march in Monday's walk session: 154 min.
    day_mut(&mut week, Mon)
        .iter_mut()
        .find(|x| x.0 == Kind::Aerobic)
        .unwrap()
        .2
        .push(secs("warm-up-march", 1, 300));
    assert!(of_rule(&check(&person(), &one_week(week)), "W3").is_empty());
}

/// Someone free every day keeps one empty day as the rest day (W7): it is not room for walks.
#[test]
fn w3_the_rest_day_is_not_room_for_walks() {
    let p = Profile::basic(&Weekday::ALL, 30, FitnessLevel::Intermediate);
    // Mon–Sat full (25 + 5 min), 23-min walks: 138 min, 12 short; Sunday empty (the rest day).
    let week: Vec<(Weekday, DayPlan)> = [Mon, Tue, Wed, Thu, Fri, Sat]
        .into_iter()
        .map(|d| {
            (
                d,
                vec![
                    (Kind::Aerobic, 25, vec![secs("brisk-walk", 1, 1380)]),
                    (Kind::Balance, 5, vec![secs("single-leg-stand", 2, 30)]),
                ],
            )
        })
        .collect();
    let found = check(&p, &one_week(week.clone()));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
    // With Saturday empty too, one of the two empty days is room: a warning (add a walk).
    // (25-min walks on Mon–Fri: 125 min, 25 short, and 30 spare minutes on the empty Saturday.)
    let mut two_empty = week;
    two_empty.retain(|(d, _)| *d != Sat);
    for (_, s) in &mut two_empty {
        s[0].2 = vec![secs("brisk-walk", 1, 1500)];
    }
    let found = check(&p, &one_week(two_empty));
    assert!(
        found.contains(&key("W3", Severity::Warning, Some(1), None)),
        "{found:?}"
    );
}

/// Only strength sessions count toward the muscle groups (W2): trunk work in a balance block
/// does not make up for a strength workout without it.
#[test]
fn w2_counts_muscles_in_strength_sessions_only() {
    let compliant = one_week(compliant_week(true));
    let mut week = compliant_week(true);
    for d in [Mon, Wed, Fri] {
        strength_mut(&mut week, d).retain(|p| p.exercise_id != "bird-dog");
    }
    day_mut(&mut week, Tue)
        .iter_mut()
        .find(|x| x.0 == Kind::Balance)
        .unwrap()
        .2
        .push(reps("bird-dog", 2, 10));
    let found = pair(&person(), &compliant, &one_week(week), "W2", &[]);
    assert_eq!(found, vec![key("W2", Severity::Warning, Some(1), None)]);
}

/// W2 is about the strength work there is: a week without any gets W1, not a W2 list of every
/// muscle group.
#[test]
fn w2_needs_strength_work_to_judge() {
    let mut week = compliant_week(true);
    for (_, s) in &mut week {
        s.retain(|x| x.0 != Kind::Resistance);
    }
    let found = check(&person(), &one_week(week));
    assert!(of_rule(&found, "W2").is_empty(), "{found:?}");
    assert!(found.contains(&key("W1", Severity::Warning, Some(1), None)));
}

/// Balance on exactly two days meets the minimum (information: daily is best), one day does not.
#[test]
fn w4_two_balance_days_are_the_minimum() {
    let balance_on = |days: &[Weekday]| {
        let mut week = compliant_week(true);
        for (d, s) in &mut week {
            if !days.contains(d) {
                s.iter_mut()
                    .find(|x| x.0 == Kind::Balance)
                    .unwrap()
                    .2
                    .retain(|p| p.exercise_id != "single-leg-stand");
            }
        }
        of_rule(&check(&person(), &one_week(week)), "W4")
    };
    assert_eq!(
        balance_on(&[Mon, Thu]),
        vec![key("W4", Severity::Info, Some(1), None)]
    );
    assert_eq!(
        balance_on(&[Mon]),
        vec![key("W4", Severity::Warning, Some(1), None)]
    );
}

/// W8 is for a week of aerobic exercise only: not for aerobic with strength or with balance,
/// nor for a week of stretching without aerobic exercise.
#[test]
fn w8_only_when_aerobic_replaces_the_rest() {
    let days = |sessions: DayPlan| -> Plan {
        one_week(
            [Mon, Wed, Fri]
                .into_iter()
                .map(|d| (d, sessions.clone()))
                .collect(),
        )
    };
    let walk = (Kind::Aerobic, 30, vec![secs("brisk-walk", 1, 1800)]);
    let w8 = |plan: &Plan| of_rule(&check(&person(), plan), "W8");
    assert_eq!(
        w8(&days(vec![walk.clone()])),
        vec![key("W8", Severity::Warning, Some(1), None)]
    );
    assert!(w8(&days(vec![
        walk.clone(),
        (Kind::Resistance, 20, strength())
    ]))
    .is_empty());
    assert!(w8(&days(vec![
        walk,
        (Kind::Balance, 5, vec![secs("single-leg-stand", 2, 30)])
    ]))
    .is_empty());
    assert!(w8(&days(vec![(
        Kind::Flexibility,
        10,
        vec![secs("calf-stretch", 2, 30)]
    )]))
    .is_empty());
}

/// The alternatives to an avoided trunk flexion (A1) are trunk-stability and back-extensor
/// moves the person may do — nothing else.
#[test]
fn alternatives_to_a_crunch_are_trunk_and_back_extensor_work() {
    use osteoplan::planning::alternatives;
    use osteoplan::planning::library::Pattern;
    for p in [
        person(),
        with(|p| p.vertebral_fracture = true),
        with(|p| p.joint_pain = 6),
    ] {
        let alts = alternatives(&p, "crunch").unwrap();
        assert!(!alts.is_empty());
        for e in &alts {
            assert!(
                matches!(
                    e.pattern,
                    Pattern::Core | Pattern::BackExtension | Pattern::TrunkFlexion
                ),
                "{}",
                e.id
            );
            assert!(e.recommended && !e.spinal_flexion, "{}", e.id);
            assert!(p.has(e.equipment), "{}", e.id);
        }
        if p.joint_pain >= 3 {
            assert!(
                alts.iter().all(|e| e.joint_friendly),
                "{:?}",
                alts.iter().map(|e| e.id).collect::<Vec<_>>()
            );
        }
    }
}

// ---- the gates' filter (found by mutation testing, `make mutants`) --------------------------------

#[test]
fn the_gates_filter_leaves_out_impact_and_brisk_walking_under_a_fall_risk() {
    use osteoplan::planning::gates::Gates;
    use osteoplan::planning::library;
    let allowed = |p: &Profile, ex| Gates::of(p).allows(p, ex);
    let fall_risk = with(|p| p.fall_risk = true);
    let jump = library::get("jump").unwrap();
    let squat = library::get("bodyweight-squat").unwrap();
    assert!(allowed(&person(), jump));
    assert!(!allowed(&fall_risk, jump), "G3: no impact");
    // G3 also leaves out lower-tier impact and brisk walking, which the impact cap lets through.
    for id in ["heel-drop", "brisk-walk"] {
        let ex = library::get(id).unwrap();
        assert!(allowed(&person(), ex), "{id}");
        assert!(!allowed(&fall_risk, ex), "{id} under G3");
    }
    assert!(allowed(
        &fall_risk,
        library::get("comfortable-walk").unwrap()
    ));
    assert!(allowed(&fall_risk, squat));
}

#[test]
fn w3_extra_balance_time_can_go_to_walking_except_under_a_fall_risk() {
    // Found by mutation testing (`make mutants`). Mon–Fri, 40 min, every day full: a 26-min
    // walk and 14 min of balance. 130 min of walking, 20 short; the balance beyond 5 min a day
    // (9 × 5 = 45 min) could be walking instead: a warning that says so.
    let week: Vec<(Weekday, DayPlan)> = [Mon, Tue, Wed, Thu, Fri]
        .into_iter()
        .map(|d| {
            (
                d,
                vec![
                    (Kind::Aerobic, 26, vec![secs("comfortable-walk", 1, 1560)]),
                    (Kind::Balance, 14, vec![secs("single-leg-stand", 2, 30)]),
                ],
            )
        })
        .collect();
    let p = Profile::basic(&[Mon, Tue, Wed, Thu, Fri], 40, FitnessLevel::Intermediate);
    let found = check(&p, &one_week(week.clone()));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Warning, Some(1), None)]
    );
    // Under G3 balance comes first: none of it is offered to walking.
    let fall_risk = Profile {
        fall_risk: true,
        ..p
    };
    let found = check(&fall_risk, &one_week(week));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
}

// ---- impact tiers, balance minutes, warm-ups and week ranges (found by `make mutants`) --------

/// Week 3 of a plan whose weeks 1–2 are the compliant week (lower-tier heel drops), with the
/// impact sessions of week 3 set by `edit`: its P7 findings.
fn p7_in_week_3(edit: impl FnOnce(&mut Vec<(Weekday, DayPlan)>)) -> Vec<Finding> {
    let base = compliant_week(true);
    let mut third = base.clone();
    edit(&mut third);
    check_plan(&person(), &plan_of(&[base.clone(), base, third]))
        .unwrap()
        .into_iter()
        .filter(|f| f.rule_id == "P7")
        .collect()
}

#[test]
fn p7_a_new_tier_counts_the_top_tier_impacts_of_the_heaviest_session() {
    let new_tier = |found: &[Finding]| -> Vec<(Severity, Option<u32>, String)> {
        found
            .iter()
            .map(|f| (f.severity, f.week, f.message.chars().take(12).collect()))
            .collect()
    };
    let warned = |n: u32| vec![(Severity::Warning, Some(3), format!("{n} impacts a"))];
    // Heel drops (lower) then jumps (moderate) in one session: the jumps count, 24 > 20.
    let found = p7_in_week_3(|w| {
        day_mut(w, Tue)[0].2 = vec![impacts("heel-drop", 2, 10), impacts("jump", 2, 12)];
    });
    assert_eq!(new_tier(&found), warned(24));
    // The other order: the lower tier after the moderate one does not replace it.
    let found = p7_in_week_3(|w| {
        day_mut(w, Tue)[0].2 = vec![impacts("jump", 2, 12), impacts("heel-drop", 2, 10)];
    });
    assert_eq!(new_tier(&found), warned(24));
    // Two moderate moves add up: 10 + 10 = 20 is a gentle start, 10 + 12 = 22 is not.
    let found = p7_in_week_3(|w| {
        day_mut(w, Tue)[0].2 = vec![impacts("jump", 2, 5), impacts("hop", 2, 5)];
    });
    assert!(found.is_empty(), "{found:?}");
    let found = p7_in_week_3(|w| {
        day_mut(w, Tue)[0].2 = vec![impacts("jump", 2, 5), impacts("hop", 2, 6)];
    });
    assert_eq!(new_tier(&found), warned(22));
    // Across days: the week's top tier is the highest of any day, whatever comes first…
    let found = p7_in_week_3(|w| {
        day_mut(w, Thu)[0].2 = vec![impacts("jump", 2, 12)];
    });
    assert_eq!(new_tier(&found), warned(24));
    // …and at the same tier, the day with the most impacts counts.
    let found = p7_in_week_3(|w| {
        day_mut(w, Tue)[0].2 = vec![impacts("jump", 2, 6)];
        day_mut(w, Thu)[0].2 = vec![impacts("jump", 2, 12)];
        day_mut(w, Sat)[0].2 = vec![impacts("jump", 2, 8)];
    });
    assert_eq!(new_tier(&found), warned(24));
}

/// The G3 finding about balance minutes (not the one about balance and strength both present).
fn g3_balance_minutes(profile: &Profile, week: Vec<(Weekday, DayPlan)>) -> Vec<(Severity, String)> {
    check_plan(profile, &one_week(week))
        .unwrap()
        .into_iter()
        .filter(|f| f.rule_id == "G3" && f.message.contains("min of balance this week"))
        .map(|f| (f.severity, f.message))
        .collect()
}

#[test]
fn g3_balance_minutes_leave_out_the_warm_up_march_and_only_stretching_can_give_way() {
    // A fall risk, balance first: 20-min balance blocks that start with a 5-min warm-up march
    // hold 15 min of balance, 90 min over six days, 30 short of 2 hours.
    let fall_risk = with(|p| p.fall_risk = true);
    let mut week = fall_risk_week();
    for (_, sessions) in &mut week {
        for (kind, _, exercises) in sessions.iter_mut() {
            if *kind == Kind::Balance {
                exercises.insert(0, secs("warm-up-march", 1, 300));
            }
        }
    }
    let found = g3_balance_minutes(&fall_risk, week);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.starts_with("90 min of balance"), "{found:?}");
    // Days that are full (40 min: a 25-min walk, 15 min of balance) have no room for more
    // balance: information, not a warning. The walks are not stretching that could give way.
    let tight = Profile {
        minutes_per_session: 40,
        ..fall_risk.clone()
    };
    let full: Vec<(Weekday, DayPlan)> = [Mon, Tue, Wed, Thu, Fri, Sat]
        .into_iter()
        .map(|d| {
            (
                d,
                vec![
                    (Kind::Aerobic, 25, vec![secs("comfortable-walk", 1, 1500)]),
                    (Kind::Balance, 15, vec![secs("single-leg-stand", 2, 30)]),
                ],
            )
        })
        .collect();
    let found = g3_balance_minutes(&tight, full.clone());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Severity::Info, "{found:?}");
    // Half of each walk turned into stretching could be balance: a warning.
    let mut stretchy = full;
    for (_, sessions) in &mut stretchy {
        sessions[0] = (Kind::Aerobic, 13, vec![secs("comfortable-walk", 1, 780)]);
        sessions.push((Kind::Flexibility, 12, vec![secs("chest-stretch", 1, 60)]));
    }
    let found = g3_balance_minutes(&tight, stretchy);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Severity::Warning, "{found:?}");
}

#[test]
fn p9_balance_before_strength_is_not_a_warm_up_but_a_march_is() {
    let p9_days = |week: Vec<(Weekday, DayPlan)>| -> Vec<Option<Weekday>> {
        check_plan(&person(), &one_week(week))
            .unwrap()
            .into_iter()
            .filter(|f| f.rule_id == "P9")
            .map(|f| f.day)
            .collect()
    };
    let mut week = compliant_week(true);
    for d in [Mon, Wed, Fri] {
        let sessions = day_mut(&mut week, d);
        let balance = sessions.pop().unwrap();
        sessions.insert(0, balance);
    }
    // Balance first on Mon, Wed and Fri: not a warm-up (P9 on each day, merged into one finding).
    assert_eq!(p9_days(week.clone()), vec![None]);
    // A warm-up march in those balance blocks is one.
    for d in [Mon, Wed, Fri] {
        day_mut(&mut week, d)[0]
            .2
            .insert(0, secs("warm-up-march", 1, 300));
    }
    assert!(p9_days(week).is_empty());
}

#[test]
fn repeated_findings_name_their_weeks_as_ranges() {
    let mut no_balance = compliant_week(true);
    for (_, sessions) in &mut no_balance {
        sessions.retain(|s| s.0 != Kind::Balance);
    }
    let ok = compliant_week(true);
    let plan = plan_of(&[
        no_balance.clone(),
        no_balance.clone(),
        no_balance.clone(),
        ok,
        no_balance.clone(),
        no_balance,
    ]);
    let w4: Vec<String> = check_plan(&person(), &plan)
        .unwrap()
        .into_iter()
        .filter(|f| f.rule_id == "W4")
        .map(|f| f.message)
        .collect();
    assert_eq!(w4.len(), 1, "{w4:?}");
    assert!(w4[0].ends_with("(weeks 1–3, 5–6)"), "{w4:?}");
}

#[test]
fn a_session_may_last_600_minutes_but_not_more() {
    // Found by mutation testing (`make mutants`): the limit of a well-formed plan, inclusive.
    let mut week = compliant_week(true);
    week.push((
        Sun,
        vec![(Kind::Aerobic, 600, vec![secs("brisk-walk", 1, 3000)])],
    ));
    assert!(check_plan(&person(), &one_week(week.clone())).is_ok());
    day_mut(&mut week, Sun)[0].1 = 601;
    assert_eq!(
        check_plan(&person(), &one_week(week))
            .map_err(|e| e.code())
            .err(),
        Some("INVALID_PLAN")
    );
}

#[test]
fn w3_a_few_spare_minutes_on_a_day_without_a_walk_are_no_room_for_one() {
    // Found by mutation testing (`make mutants`). Mon–Sat, 40 min a day. Mon–Fri: 29 min of
    // brisk walking in a 35-min block and 5 min of balance (145 min, 5 short), no minute spare.
    // Saturday: strength and balance with 5 min free, too few for a new 10-min walk.
    let mut week: Vec<(Weekday, DayPlan)> = [Mon, Tue, Wed, Thu, Fri]
        .into_iter()
        .map(|d| {
            (
                d,
                vec![
                    (Kind::Aerobic, 35, vec![secs("brisk-walk", 1, 1740)]),
                    (Kind::Balance, 5, vec![secs("single-leg-stand", 2, 30)]),
                ],
            )
        })
        .collect();
    week.push((
        Sat,
        vec![
            (Kind::Resistance, 30, strength()),
            (Kind::Balance, 5, vec![secs("single-leg-stand", 2, 30)]),
        ],
    ));
    let p = Profile::basic(
        &[Mon, Tue, Wed, Thu, Fri, Sat],
        40,
        FitnessLevel::Intermediate,
    );
    let found = check(&p, &one_week(week.clone()));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
    // Saturday's balance after strength keeps 10 min (5 of warm-up and 5 of balance); 10 min
    // more of it could be a walk: a warning.
    let mut long_balance = week.clone();
    day_mut(&mut long_balance, Sat)[0].1 = 20;
    day_mut(&mut long_balance, Sat)[1].1 = 20;
    let found = check(&p, &one_week(long_balance.clone()));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Warning, Some(1), None)]
    );
    // 14 min of it (after 26 min of strength) leaves 4, no room for a walk.
    day_mut(&mut long_balance, Sat)[0].1 = 26;
    day_mut(&mut long_balance, Sat)[1].1 = 14;
    let found = check(&p, &one_week(long_balance));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Info, Some(1), None)]
    );
    // With a walk already on Saturday, those 5 min can lengthen it: a warning.
    day_mut(&mut week, Sat)[0].1 = 20;
    day_mut(&mut week, Sat).push((Kind::Aerobic, 10, vec![secs("brisk-walk", 1, 60)]));
    let found = check(&p, &one_week(week));
    assert_eq!(
        of_rule(&found, "W3"),
        vec![key("W3", Severity::Warning, Some(1), None)]
    );
}
