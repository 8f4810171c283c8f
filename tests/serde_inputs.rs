//! The core's input types read through serde exactly as the bindings read JS values: ids as
//! declared on each enum, `null` flags as false, `null` lists as empty, lists capped by length,
//! unknown keys in profiles and plans ignored. Tested natively from JSON text.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use osteoplan::ids::Nutrient;
use osteoplan::ids::{id_of, parse_id};
use osteoplan::input::{Capped, MAX_LIST};
use osteoplan::nutrients::analysis::RawEntry;
use osteoplan::nutrients::reference::{self, ReferenceSet};
use osteoplan::planning::library::Equipment;
use osteoplan::planning::plan::{Kind, Severity};
use osteoplan::planning::{Plan, Profile, ProfileInput, Weekday};

#[test]
fn ids_are_the_serde_declared_names_both_ways() {
    assert_eq!(id_of(&Weekday::Mon), "mon");
    assert_eq!(Nutrient::VitaminD.id(), "vitaminD");
    assert_eq!(ReferenceSet::BoneAi.id(), "bone-ai");
    assert_eq!(Equipment::Dumbbells.id(), "dumbbells");
    assert_eq!(Kind::Flexibility.id(), "flexibility");
    assert_eq!(parse_id::<Severity>("warning"), Some(Severity::Warning));
    assert_eq!(parse_id::<Weekday>("someday"), None);
    for n in Nutrient::ALL {
        assert_eq!(
            serde_json::to_string(&n).unwrap(),
            format!("\"{}\"", n.id())
        );
    }
    assert_eq!(id_of(&3_u32), "", "not an enum: no id");
}

#[test]
fn null_flags_are_false_and_unknown_profile_keys_are_ignored() {
    let input: ProfileInput = serde_json::from_str(
        r#"{"age":61,"availableDays":["fri","mon"],"minutesPerSession":45,"osteoporosis":null,
            "fallRisk":true,"equipment":null,"weightKg":70,"calciumGoal":"high"}"#,
    )
    .unwrap();
    assert!(!input.osteoporosis && input.fall_risk && input.equipment.is_empty());
    let profile = Profile::from_input(input).unwrap();
    assert_eq!(profile.available_days, vec![Weekday::Mon, Weekday::Fri]);
}

#[test]
fn wrong_types_name_the_field() {
    let err = serde_json::from_str::<ProfileInput>(
        r#"{"age":"61","availableDays":["mon"],"minutesPerSession":45}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("expected u32"), "{err}");
    let err = serde_json::from_str::<ProfileInput>(
        r#"{"age":61,"availableDays":["someday"],"minutesPerSession":45}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("someday"), "{err}");
}

#[test]
fn a_plan_without_findings_or_log_reads_and_round_trips() {
    let text = r#"{"weeks":[{"index":1,"deload":null,"days":[{"day":"mon","sessions":[
        {"id":"w1-mon-0","kind":"resistance","minutes":30,
         "exercises":[{"exerciseId":"push-up","sets":2,"reps":10}]}]}]}],"extra":1}"#;
    let plan: Plan = serde_json::from_str(text).unwrap();
    assert!(plan.findings.is_empty() && plan.log.is_empty() && !plan.weeks[0].deload);
    plan.validate().unwrap();
    let again: Plan = serde_json::from_str(&serde_json::to_string(&plan).unwrap()).unwrap();
    assert_eq!(again, plan);
    let json: serde_json::Value = serde_json::to_value(&plan).unwrap();
    assert_eq!(
        json["weeks"][0]["days"][0]["sessions"][0]["exercises"][0]["load"],
        serde_json::Value::Null
    );
}

#[test]
fn lists_longer_than_the_cap_are_refused_by_length() {
    let ok: Capped<u8, 3> = serde_json::from_str("[1,2,3]").unwrap();
    assert_eq!(ok.0, vec![1, 2, 3]);
    let err = serde_json::from_str::<Capped<u8, 3>>("[1,2,3,4]").unwrap_err();
    assert!(err.to_string().contains("at most 3"), "{err}");
    let long = format!(
        "{{\"weeks\":[{}]}}",
        vec![r#"{"index":1,"days":[]}"#; MAX_LIST + 1].join(",")
    );
    let err = serde_json::from_str::<Plan>(&long).unwrap_err();
    assert!(err.to_string().contains("at most 10000"), "{err}");
}

#[test]
fn entries_and_nutrition_profiles_read_their_camel_case_keys() {
    let e: RawEntry = serde_json::from_str(
        r#"{"foodId":"01077","grams":null,"portion":"1 cup","servings":2,"per":"week"}"#,
    )
    .unwrap();
    assert_eq!(e, RawEntry::portion("01077", "1 cup", 2.0, "week"));
    let p: reference::ProfileInput =
        serde_json::from_str(r#"{"age":60,"sex":"female","weightKg":64,"pregnant":null}"#).unwrap();
    let p = reference::Profile::from_input(p).unwrap();
    assert_eq!(
        (p.age(), p.weight_kg(), p.pregnant()),
        (60.0, Some(64.0), false)
    );
}

#[test]
fn workout_edits_read_their_camel_case_keys_and_nulls() {
    use osteoplan::planning::{MoveWorkout, WorkoutLog};
    let m: MoveWorkout =
        serde_json::from_str(r#"{"week":2,"fromDay":"mon","toDay":"sun"}"#).unwrap();
    assert_eq!(
        m,
        MoveWorkout {
            week: 2,
            from_day: Weekday::Mon,
            to_day: Weekday::Sun
        }
    );
    let err = serde_json::from_str::<MoveWorkout>(r#"{"week":2,"fromDay":"mon"}"#).unwrap_err();
    assert!(err.to_string().contains("toDay"), "{err}");
    let log: WorkoutLog = serde_json::from_str(
        r#"{"week":1,"day":"thu","done":null,"effort":6,"pain":null,"results":null}"#,
    )
    .unwrap();
    assert!(!log.done && log.effort == Some(6) && log.pain.is_none() && log.results.is_empty());
    let log: WorkoutLog = serde_json::from_str(
        r#"{"week":1,"day":"thu","done":true,
            "results":[{"exerciseId":"push-up","reps":10,"load":null}]}"#,
    )
    .unwrap();
    assert_eq!(log.results[0].exercise_id, "push-up");
    let err = serde_json::from_str::<WorkoutLog>(r#"{"week":1,"day":"someday"}"#).unwrap_err();
    assert!(err.to_string().contains("someday"), "{err}");
}
