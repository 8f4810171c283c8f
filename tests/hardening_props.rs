//! Property tests over the entry points the other prop files leave out: the calendar export
//! (never panics; CRLF lines of at most 75 octets; one event per workout), reference intakes
//! on arbitrary numbers, and the plan edits (`moveSession`, `moveWorkout`, `swapExercise`,
//! `logSession`, `logWorkout`, `progressPlan`) applied in arbitrary sequences: never a panic, and every plan an edit
//! returns still validates and can be checked.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::calendar::{plan_to_icalendar, CalendarOptions};
use osteoplan::nutrients::reference::{
    reference_intakes, LimitScope, Profile as NutrientProfile, ReferenceSet, Sex,
};
use osteoplan::planning::library::{self, Equipment};
use osteoplan::planning::plan::{ExerciseResult, Session};
use osteoplan::planning::*;
use proptest::prelude::*;

/// 48 cases by default (keeps `make test` fast); `PROPTEST_CASES` (as `make fuzz` sets) wins.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48)
}

fn profile(
    days: u32,
    minutes: u32,
    level: usize,
    equipment: u32,
    flags: u32,
    joint_pain: u8,
) -> Profile {
    let days: Vec<Weekday> = Weekday::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| days & (1 << i) != 0)
        .map(|(_, d)| d)
        .collect();
    let mut p = Profile::basic(&days, minutes, FitnessLevel::ALL[level % 3]);
    p.equipment = Equipment::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| equipment & (1 << i) != 0)
        .map(|(_, e)| e)
        .collect();
    // No bone metastases: that gate makes no exercise plan at all.
    p.vertebral_fracture = flags & 1 != 0;
    p.multiple_fractures = flags & 2 != 0;
    p.osteoporosis = flags & 4 != 0;
    p.fall_risk = flags & 8 != 0;
    p.lymphedema = flags & 16 != 0;
    p.joint_pain = joint_pain;
    p
}

fn any_profile() -> impl Strategy<Value = Profile> {
    (
        1u32..128,
        10u32..=180,
        0usize..3,
        0u32..16,
        0u32..32,
        0u8..=10,
    )
        .prop_map(|(d, m, l, e, f, j)| profile(d, m, l, e, f, j))
}

fn any_options() -> impl Strategy<Value = PlanOptions> {
    (1u32..=16, proptest::option::of(3u32..=8)).prop_map(|(weeks, deload_every)| PlanOptions {
        weeks: Some(weeks),
        deload_every,
    })
}

fn weekday() -> impl Strategy<Value = Weekday> {
    (0usize..7).prop_map(|i| Weekday::ALL[i])
}

/// One edit a person (or a hand-edited file) might make; indices may point nowhere.
#[derive(Debug, Clone)]
enum Edit {
    Move {
        week: u32,
        from: Weekday,
        index: usize,
        to: Weekday,
    },
    Swap {
        week: u32,
        day: Weekday,
        index: usize,
        exercise: usize,
        all_weeks: bool,
        replacement: Result<usize, String>,
    },
    Log {
        week: u32,
        day: Weekday,
        index: usize,
        done: bool,
        effort: Option<u32>,
        pain: Option<u32>,
        reps: Option<u32>,
        load: Option<f64>,
    },
    MoveWorkout {
        week: u32,
        from: Weekday,
        to: Weekday,
    },
    LogWorkout {
        week: u32,
        day: Weekday,
        effort: Option<u32>,
        pain: Option<u32>,
        reps: Option<u32>,
        /// Results for the day's first `results` exercises, plus one stranger when `stranger`.
        results: usize,
        stranger: bool,
    },
    Progress,
}

fn any_edit() -> impl Strategy<Value = Edit> {
    // Mostly real places (early weeks, first sessions), sometimes places that do not exist.
    let week = prop_oneof![3 => 1u32..=3, 1 => 0u32..18];
    let index = prop_oneof![3 => 0usize..2, 1 => 0usize..5];
    prop_oneof![
        (week.clone(), weekday(), index.clone(), weekday()).prop_map(|(week, from, index, to)| {
            Edit::Move {
                week,
                from,
                index,
                to,
            }
        }),
        (
            week.clone(),
            weekday(),
            index.clone(),
            0usize..8,
            any::<bool>(),
            prop_oneof![
                (0usize..library::all().len()).prop_map(Ok),
                "\\PC{0,20}".prop_map(Err),
            ]
        )
            .prop_map(
                |(week, day, index, exercise, all_weeks, replacement)| Edit::Swap {
                    week,
                    day,
                    index,
                    exercise,
                    all_weeks,
                    replacement
                }
            ),
        (
            week.clone(),
            weekday(),
            index,
            any::<bool>(),
            proptest::option::of(0u32..14),
            proptest::option::of(0u32..14),
            proptest::option::of(0u32..20_000),
            proptest::option::of(prop_oneof![
                -10.0..1500.0f64,
                Just(f64::NAN),
                Just(f64::INFINITY)
            ])
        )
            .prop_map(
                |(week, day, index, done, effort, pain, reps, load)| Edit::Log {
                    week,
                    day,
                    index,
                    done,
                    effort,
                    pain,
                    reps,
                    load
                }
            ),
        (week.clone(), weekday(), weekday()).prop_map(|(week, from, to)| Edit::MoveWorkout {
            week,
            from,
            to
        }),
        (
            week,
            weekday(),
            proptest::option::of(0u32..14),
            proptest::option::of(0u32..14),
            proptest::option::of(0u32..20_000),
            0usize..6,
            prop::bool::weighted(0.2),
        )
            .prop_map(|(week, day, effort, pain, reps, results, stranger)| {
                Edit::LogWorkout {
                    week,
                    day,
                    effort,
                    pain,
                    reps,
                    results,
                    stranger,
                }
            }),
        Just(Edit::Progress),
    ]
}

/// Applies `edit`; an Error is fine (the input may point nowhere), a panic is not.
fn apply(p: &Profile, plan: &Plan, edit: &Edit) -> Result<Plan, osteoplan::Error> {
    match edit {
        Edit::Move {
            week,
            from,
            index,
            to,
        } => move_session(
            plan,
            MoveSession {
                week: *week,
                from_day: *from,
                session_index: *index,
                to_day: *to,
            },
        ),
        Edit::Swap {
            week,
            day,
            index,
            exercise,
            all_weeks,
            replacement,
        } => {
            let id = match replacement {
                Ok(i) => library::all()[*i % library::all().len()].id.to_string(),
                Err(text) => text.clone(),
            };
            swap_exercise(
                plan,
                ExerciseRef {
                    week: *week,
                    day: *day,
                    session_index: *index,
                    exercise_index: *exercise,
                    all_weeks: *all_weeks,
                },
                &id,
            )
        }
        Edit::Log {
            week,
            day,
            index,
            done,
            effort,
            pain,
            reps,
            load,
        } => {
            // Log against the session's first exercise when there is one.
            let exercise_id = plan
                .weeks
                .iter()
                .find(|w| w.index == *week)
                .and_then(|w| w.days.iter().find(|d| d.day == *day))
                .and_then(|d| d.sessions.get(*index))
                .and_then(|s| s.exercises.first())
                .map(|x| x.exercise_id.clone());
            let results = exercise_id
                .map(|exercise_id| {
                    vec![ExerciseResult {
                        exercise_id,
                        reps: *reps,
                        load: *load,
                    }]
                })
                .unwrap_or_default();
            log_session(
                plan,
                SessionLog {
                    week: *week,
                    day: *day,
                    session_index: *index,
                    done: *done,
                    effort: *effort,
                    pain: *pain,
                    results,
                },
            )
        }
        Edit::MoveWorkout { week, from, to } => move_workout(
            plan,
            MoveWorkout {
                week: *week,
                from_day: *from,
                to_day: *to,
            },
        ),
        Edit::LogWorkout {
            week,
            day,
            effort,
            pain,
            reps,
            results,
            stranger,
        } => {
            let mut logged: Vec<ExerciseResult> = plan
                .weeks
                .iter()
                .find(|w| w.index == *week)
                .and_then(|w| w.days.iter().find(|d| d.day == *day))
                .into_iter()
                .flat_map(|d| d.sessions.iter().flat_map(|s| s.exercises.iter()))
                .take(*results)
                .map(|x| ExerciseResult {
                    exercise_id: x.exercise_id.clone(),
                    reps: *reps,
                    load: None,
                })
                .collect();
            if *stranger {
                logged.push(ExerciseResult {
                    exercise_id: "not-an-exercise".into(),
                    reps: *reps,
                    load: None,
                });
            }
            log_workout(
                plan,
                WorkoutLog {
                    week: *week,
                    day: *day,
                    done: true,
                    effort: *effort,
                    pain: *pain,
                    results: logged,
                },
            )
        }
        Edit::Progress => progress_plan(p, plan),
    }
}

fn sessions(plan: &Plan) -> usize {
    plan.weeks
        .iter()
        .flat_map(|w| &w.days)
        .map(|d| d.sessions.len())
        .sum()
}

/// Training days: days with at least one session.
fn workouts(plan: &Plan) -> usize {
    plan.weeks
        .iter()
        .flat_map(|w| &w.days)
        .filter(|d| !d.sessions.is_empty())
        .count()
}

/// RFC 5545 shape: CRLF only, lines of at most 75 octets, one VEVENT per workout.
fn assert_icalendar(text: &str, plan: &Plan) {
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\n"),
        "starts with BEGIN:VCALENDAR"
    );
    assert!(
        text.ends_with("END:VCALENDAR\r\n"),
        "ends with END:VCALENDAR and CRLF"
    );
    let body = &text[..text.len() - 2];
    for line in body.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare CR or LF in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert_eq!(text.matches("\r\nBEGIN:VEVENT\r\n").count(), workouts(plan));
    assert_eq!(text.matches("\r\nEND:VEVENT\r\n").count(), workouts(plan));
}

fn any_date() -> impl Strategy<Value = String> {
    prop_oneof![
        (1900i32..=9999, 1u32..=12, 1u32..=31)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (-5i32..20000, 0u32..15, 0u32..40).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        "\\PC{0,12}",
    ]
}

fn any_calendar_options() -> impl Strategy<Value = CalendarOptions> {
    (
        proptest::option::of(prop_oneof![
            Just("en".to_string()),
            Just("es-MX".to_string()),
            "\\PC{0,6}"
        ]),
        proptest::option::of(weekday()),
        proptest::option::of(prop_oneof![
            (0u32..30, 0u32..70).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
            "\\PC{0,6}"
        ]),
    )
        .prop_map(|(lang, week_start, time)| CalendarOptions {
            lang,
            week_start,
            time,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn edits_in_any_order_never_panic_and_leave_checkable_plans(
        p in any_profile(),
        options in any_options(),
        edits in prop::collection::vec(any_edit(), 0..12),
    ) {
        let mut plan = generate_plan(&p, options).unwrap();
        for edit in &edits {
            if let Ok(next) = apply(&p, &plan, edit) {
                prop_assert!(next.validate().is_ok(), "{edit:?} returned a plan that does not validate");
                prop_assert_eq!(sessions(&next), sessions(&plan), "{:?} lost or added sessions", edit);
                if matches!(edit, Edit::MoveWorkout { .. }) {
                    prop_assert_eq!(workouts(&next), workouts(&plan), "{:?} merged or split workouts", edit);
                }
                prop_assert!(check_plan(&p, &next).is_ok(), "{edit:?} returned a plan checkPlan refuses");
                plan = next;
            }
        }
    }

    #[test]
    fn calendar_export_never_panics_and_is_crlf_with_short_lines(
        p in any_profile(),
        options in any_options(),
        edits in prop::collection::vec(any_edit(), 0..4),
        ids in prop::collection::vec("\\PC{1,30}", 0..6),
        start in any_date(),
        calendar in any_calendar_options(),
    ) {
        let mut plan = generate_plan(&p, options).unwrap();
        for edit in &edits {
            if let Ok(next) = apply(&p, &plan, edit) {
                plan = next;
            }
        }
        // Session ids from a hand-edited file: any text, unicode included (made unique).
        let mut all: Vec<&mut Session> = plan.weeks.iter_mut().flat_map(|w| w.days.iter_mut()).flat_map(|d| d.sessions.iter_mut()).collect();
        for (i, id) in ids.iter().enumerate() {
            if let Some(s) = all.get_mut(i) {
                let old = s.id.clone();
                s.id = format!("{i}{id}");
                for entry in plan.log.iter_mut().filter(|e| e.session_id == old) {
                    entry.session_id = s.id.clone();
                }
            }
        }
        if let Ok(text) = plan_to_icalendar(&plan, &start, &calendar) {
            assert_icalendar(&text, &plan);
            // Deterministic: the same plan and options give the same file.
            prop_assert_eq!(plan_to_icalendar(&plan, &start, &calendar).unwrap(), text);
        }
    }

    #[test]
    fn reference_intakes_never_panic_and_are_finite_on_any_numbers(
        age in prop_oneof![any::<f64>(), 0.0..130.0f64],
        weight in proptest::option::of(prop_oneof![any::<f64>(), 10.0..450.0f64]),
        sex in 0usize..2,
        pregnant in any::<bool>(),
        lactating in any::<bool>(),
        set in 0usize..4,
    ) {
        let sex = [Sex::Female, Sex::Male][sex];
        if let Ok(profile) = NutrientProfile::new(age, sex, weight, pregnant, lactating) {
            for (_, r) in &reference_intakes(&profile, ReferenceSet::ALL[set]).0 {
                for v in [r.target, r.target_max, r.per_kg, r.per_kg_max, r.upper_limit].into_iter().flatten() {
                    prop_assert!(v.is_finite() && v >= 0.0, "{v} for {profile:?}");
                }
                // A limit on total intake is never below the target (magnesium's limit counts supplements only).
                if let (Some(t), Some(u), Some(LimitScope::Total) | None) = (r.target, r.upper_limit, r.upper_limit_applies_to) {
                    prop_assert!(t <= u, "target {t} above upper limit {u} for {profile:?}");
                }
            }
        }
    }
}
