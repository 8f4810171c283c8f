//! Property and exhaustive tests over the planning-profile space: every generated plan passes
//! `checkPlan` with no `stop` (bone metastases excepted, by design) and honours the gates.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::planning::library::{self, Category, Equipment, Impact, Pattern};
use osteoplan::planning::rules::two_spaced_days_possible;
use osteoplan::planning::*;
use proptest::prelude::*;

fn profile(
    days: &[Weekday],
    minutes: u32,
    level: FitnessLevel,
    equipment: &[Equipment],
    flags: u32,
    joint_pain: u8,
) -> Profile {
    let mut p = Profile::basic(days, minutes, level);
    p.equipment = equipment.to_vec();
    p.bone_metastases = flags & 1 != 0;
    p.vertebral_fracture = flags & 2 != 0;
    p.multiple_fractures = flags & 4 != 0;
    p.osteoporosis = flags & 8 != 0;
    p.fall_risk = flags & 16 != 0;
    p.lymphedema = flags & 32 != 0;
    p.joint_pain = joint_pain;
    p
}

fn days_of(mask: u32) -> Vec<Weekday> {
    Weekday::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, d)| d)
        .collect()
}

fn equipment_of(mask: u32) -> Vec<Equipment> {
    Equipment::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, e)| e)
        .collect()
}

/// Everything a generated plan must satisfy for this profile.
fn assert_sound(p: &Profile, options: PlanOptions) {
    let plan = generate_plan(p, options).unwrap();
    let again = generate_plan(p, options).unwrap();
    assert_eq!(plan, again, "generation must be deterministic");
    let findings = check_plan(p, &plan).unwrap();
    assert!(findings
        .iter()
        .all(|f| !f.rule_id.is_empty() && !f.source.is_empty() && !f.message.is_empty()));
    assert!(
        findings
            .iter()
            .any(|f| f.rule_id == "G5" && f.severity == Severity::Info),
        "G5 always present"
    );
    if p.bone_metastases {
        assert!(plan.weeks.is_empty(), "G1: no sessions");
        assert!(findings.iter().any(|f| f.rule_id == "G1"
            && f.severity == Severity::Stop
            && f.message.contains("oncology team")));
        return;
    }
    let stops: Vec<_> = findings
        .iter()
        .filter(|f| f.severity == Severity::Stop)
        .collect();
    assert!(stops.is_empty(), "{p:?}\n{stops:?}");
    assert_eq!(plan.weeks.len() as u32, options.weeks.unwrap_or(12));
    let fracture = p.vertebral_fracture || p.multiple_fractures;
    let joint = p.joint_pain >= 3;
    for week in &plan.weeks {
        let mut resistance_days = Vec::new();
        for day in &week.days {
            assert!(
                p.available_days.contains(&day.day),
                "W7: {:?} not available",
                day.day
            );
            let used: u32 = day.sessions.iter().map(|s| s.minutes).sum();
            assert!(
                used <= p.minutes_per_session,
                "W7: {used} > {}",
                p.minutes_per_session
            );
            for s in &day.sessions {
                assert!(!s.exercises.is_empty());
                if s.kind == Kind::Resistance {
                    resistance_days.push(day.day);
                }
                for x in &s.exercises {
                    let e = library::get(&x.exercise_id).unwrap();
                    assert!(
                        e.recommended && !e.spinal_flexion,
                        "{} is on the avoid list",
                        e.id
                    );
                    assert!(p.has(e.equipment), "{} needs {:?}", e.id, e.equipment);
                    assert!(
                        e.impact <= Impact::Moderate,
                        "never high impact by default (G4)"
                    );
                    if fracture {
                        assert!(e.impact <= Impact::Lower, "G2 caps impact: {}", e.id);
                        assert!(
                            !e.equipment.is_weight(),
                            "G2: no weights before a physio: {}",
                            e.id
                        );
                        assert!(
                            !(e.pattern == Pattern::Hinge && e.equipment != Equipment::None),
                            "G2: no loaded deadlift"
                        );
                    }
                    if p.fall_risk {
                        assert!(
                            e.category != Category::Impact && e.impact <= Impact::Lower,
                            "G3: no jumping: {}",
                            e.id
                        );
                    }
                    if joint {
                        assert!(
                            e.joint_friendly && e.impact <= Impact::Lower,
                            "P10: {}",
                            e.id
                        );
                    }
                    if let Some(r) = x.reps {
                        if e.category == Category::Resistance {
                            assert!((8..=12).contains(&r), "P1/P2 rep range");
                        }
                    }
                    assert!(x.effort.map_or(true, |e| e <= 8), "G4: effort ≤ 8");
                }
            }
        }
        if two_spaced_days_possible(&p.available_days) {
            assert!(
                (2..=3).contains(&resistance_days.len()),
                "W1 {:?} → {resistance_days:?}",
                p.available_days
            );
            for (i, a) in resistance_days.iter().enumerate() {
                for b in resistance_days.iter().skip(i + 1) {
                    assert!(!osteoplan::planning::rules::adjacent(*a, *b), "W1: 48 h");
                }
            }
        } else {
            assert!(findings.iter().any(|f| f.rule_id == "W1"
                && f.severity == Severity::Warning
                && f.message.contains("48 h")));
        }
        if p.available_days.len() == 7 {
            assert!(
                week.days.iter().all(|d| d.day != Weekday::Sun),
                "W7: a rest day"
            );
        }
    }
}

const LEVELS: [FitnessLevel; 3] = FitnessLevel::ALL;

#[test]
fn every_gate_combination_gives_a_safe_plan() {
    let week = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    for flags in 0..64 {
        for joint_pain in [0, 3, 8] {
            for level in LEVELS {
                for eq in [0b0001, 0b1111] {
                    for minutes in [20, 45] {
                        let p =
                            profile(&week, minutes, level, &equipment_of(eq), flags, joint_pain);
                        assert_sound(&p, PlanOptions::default());
                    }
                }
            }
        }
    }
}

#[test]
fn every_set_of_available_days_and_a_range_of_minutes_gives_a_sound_plan() {
    for mask in 1..128 {
        for minutes in [10, 15, 25, 30, 45, 60, 90, 180] {
            for level in LEVELS {
                let p = profile(&days_of(mask), minutes, level, &[Equipment::Bands], 0, 0);
                assert_sound(
                    &p,
                    PlanOptions {
                        weeks: Some(4),
                        deload_every: None,
                    },
                );
            }
        }
    }
}

#[test]
fn every_equipment_set_and_level_gives_a_sound_plan_under_each_gate() {
    let days = [Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat];
    for eq in 0..16 {
        for level in LEVELS {
            for (flags, joint_pain) in
                [(0, 0), (2, 0), (4, 0), (8, 0), (16, 0), (0, 5), (2 | 16, 7)]
            {
                for minutes in [15, 45, 75] {
                    let p = profile(&days, minutes, level, &equipment_of(eq), flags, joint_pain);
                    assert_sound(
                        &p,
                        PlanOptions {
                            weeks: Some(12),
                            deload_every: Some(4),
                        },
                    );
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_profiles_and_options_give_sound_plans(
        days in 1u32..128,
        minutes in 10u32..=180,
        level in 0usize..3,
        eq in 0u32..16,
        flags in 0u32..64,
        joint_pain in 0u8..=10,
        weeks in 1u32..=20,
        deload in proptest::option::of(3u32..=8),
    ) {
        let p = profile(&days_of(days), minutes, LEVELS[level], &equipment_of(eq), flags, joint_pain);
        assert_sound(&p, PlanOptions { weeks: Some(weeks), deload_every: deload });
    }
}
