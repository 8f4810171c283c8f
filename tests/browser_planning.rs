//! Browser tests of the planning bindings, run in headless Chromium by wasm-bindgen-test: every
//! export answers plain objects, bad input throws coded errors, and the module keeps answering.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::bindings::planning::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/js.rs"]
mod js;

fn json(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap()
}

fn profile() -> JsValue {
    json(
        r#"{"age":61,"sex":"female","availableDays":["mon","tue","wed","thu","fri","sat","sun"],"minutesPerSession":60,"equipment":["dumbbells"],"fitnessLevel":"intermediate"}"#,
    )
}

fn array(v: &JsValue) -> js_sys::Array {
    js_sys::Array::from(v)
}

fn stringify(v: &JsValue) -> String {
    js_sys::JSON::stringify(v).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
fn library_lists_and_gets_exercises() {
    let list = list_exercises().unwrap();
    assert!(array(&list).length() >= 45);
    let squat = get_exercise(JsValue::from_str("goblet-squat")).unwrap();
    assert_eq!(
        js::get(&squat, "impact").as_string().as_deref(),
        Some("none")
    );
    assert_eq!(js::get(&squat, "spinalFlexion").as_bool(), Some(false));
    assert_eq!(
        js::get(&squat, "nameEs").as_string().as_deref(),
        Some("Sentadilla con mancuerna al pecho")
    );
    assert_eq!(
        js::get(
            &get_exercise(JsValue::from_str("crunch")).unwrap(),
            "spinalFlexion"
        )
        .as_bool(),
        Some(true)
    );
    let err = get_exercise(JsValue::from_str("burpee")).unwrap_err();
    assert_eq!(js::code_of(&err), "UNKNOWN_EXERCISE");
    assert_eq!(
        js::code_of(&get_exercise(JsValue::from_f64(3.0)).unwrap_err()),
        "INVALID_INPUT"
    );
    assert!(array(&planning_rules().unwrap()).length() >= 25);
}

#[wasm_bindgen_test]
fn generate_and_check_a_plan_from_js() {
    let plan = generate_plan(profile(), JsValue::UNDEFINED).unwrap();
    let weeks = array(&js::get(&plan, "weeks"));
    assert_eq!(weeks.length(), 12);
    let day = array(&js::get(&weeks.get(0), "days")).get(0);
    assert_eq!(js::get(&day, "day").as_string().as_deref(), Some("mon"));
    let findings = check_plan(profile(), plan.clone()).unwrap();
    let all = array(&findings);
    assert!(all
        .iter()
        .any(|f| js::get(&f, "ruleId").as_string().as_deref() == Some("G5")));
    assert!(all
        .iter()
        .all(|f| js::get(&f, "severity").as_string().as_deref() != Some("stop")));
    // JSON round trip (what the widget stores) still checks.
    let again = json(&stringify(&plan));
    assert!(check_plan(profile(), again).is_ok());
    let with_options = generate_plan(profile(), json(r#"{"weeks":6,"deloadEvery":3}"#)).unwrap();
    assert_eq!(array(&js::get(&with_options, "weeks")).length(), 6);
    assert_eq!(
        js::get(&array(&js::get(&with_options, "weeks")).get(2), "deload").as_bool(),
        Some(true)
    );
}

#[wasm_bindgen_test]
fn bad_profiles_plans_and_options_throw_coded_errors_and_the_module_still_answers() {
    for (bad, field) in [
        (
            r#"{"age":12,"availableDays":["mon"],"minutesPerSession":30}"#,
            "age",
        ),
        (
            r#"{"age":"sixty","availableDays":["mon"],"minutesPerSession":30}"#,
            "age",
        ),
        (
            r#"{"age":60,"availableDays":["someday"],"minutesPerSession":30}"#,
            "availableDays",
        ),
        (
            r#"{"age":60,"availableDays":["mon"],"minutesPerSession":30,"jointPain":11}"#,
            "jointPain",
        ),
        (
            r#"{"age":60,"availableDays":["mon"],"minutesPerSession":30,"fitnessLevel":"pro"}"#,
            "fitnessLevel",
        ),
    ] {
        let err = generate_plan(json(bad), JsValue::UNDEFINED).unwrap_err();
        assert_eq!(js::code_of(&err), "INVALID_PROFILE");
        assert!(
            js::message_of(&err).contains(field),
            "{}",
            js::message_of(&err)
        );
    }
    assert_eq!(
        js::code_of(&generate_plan(JsValue::from_str("x"), JsValue::UNDEFINED).unwrap_err()),
        "INVALID_PROFILE"
    );
    assert_eq!(
        js::code_of(&generate_plan(profile(), json(r#"{"weeks":99}"#)).unwrap_err()),
        "INVALID_INPUT"
    );
    assert_eq!(
        js::code_of(&check_plan(profile(), json(r#"{"weeks":"many"}"#)).unwrap_err()),
        "INVALID_PLAN"
    );
    assert_eq!(
        js::code_of(&check_plan(profile(), JsValue::NULL).unwrap_err()),
        "INVALID_PLAN"
    );
    let bad_plan = json(
        r#"{"weeks":[{"index":1,"days":[{"day":"mon","sessions":[{"id":"a","kind":"resistance","minutes":30,"exercises":[{"exerciseId":"burpee","sets":1}]}]}]}]}"#,
    );
    assert_eq!(
        js::code_of(&check_plan(profile(), bad_plan).unwrap_err()),
        "INVALID_PLAN"
    );
    let half_minute = json(
        r#"{"weeks":[{"index":1,"days":[{"day":"mon","sessions":[{"id":"a","kind":"balance","minutes":1.5,"exercises":[]}]}]}]}"#,
    );
    let err = check_plan(profile(), half_minute).unwrap_err();
    assert_eq!(js::code_of(&err), "INVALID_PLAN");
    assert!(
        js::message_of(&err).contains("weeks[0].days[0].sessions[0].minutes"),
        "{}",
        js::message_of(&err)
    );
    let typo = generate_plan(profile(), json(r#"{"week":4}"#)).unwrap_err();
    assert_eq!(js::code_of(&typo), "INVALID_INPUT");
    assert!(js::message_of(&typo).contains("week"));
    // And a correct answer afterwards.
    assert_eq!(
        array(&js::get(
            &generate_plan(profile(), JsValue::UNDEFINED).unwrap(),
            "weeks"
        ))
        .length(),
        12
    );
}

#[wasm_bindgen_test]
fn bone_metastases_give_an_empty_plan_with_a_stop() {
    let p = json(
        r#"{"age":61,"availableDays":["mon","thu"],"minutesPerSession":30,"boneMetastases":true}"#,
    );
    let plan = generate_plan(p, JsValue::UNDEFINED).unwrap();
    assert_eq!(array(&js::get(&plan, "weeks")).length(), 0);
    let first = array(&js::get(&plan, "findings")).get(0);
    assert_eq!(js::get(&first, "ruleId").as_string().as_deref(), Some("G1"));
    assert_eq!(
        js::get(&first, "severity").as_string().as_deref(),
        Some("stop")
    );
}

#[wasm_bindgen_test]
fn edits_log_and_progress_from_js() {
    let plan = generate_plan(profile(), JsValue::UNDEFINED).unwrap();
    let moved = move_session(
        plan.clone(),
        json(r#"{"week":1,"fromDay":"thu","sessionIndex":1,"toDay":"tue"}"#),
    )
    .unwrap();
    let findings = array(&check_plan(profile(), moved).unwrap());
    assert!(findings.iter().any(
        |f| js::get(&f, "ruleId").as_string().as_deref() == Some("W1")
            && js::get(&f, "severity").as_string().as_deref() == Some("warning")
    ));
    let err = move_session(
        plan.clone(),
        json(r#"{"week":40,"fromDay":"thu","sessionIndex":0,"toDay":"tue"}"#),
    )
    .unwrap_err();
    assert_eq!(js::code_of(&err), "INVALID_EDIT");
    assert_eq!(
        js::code_of(&move_session(plan.clone(), json(r#"{"week":1}"#)).unwrap_err()),
        "INVALID_INPUT"
    );

    let at = json(r#"{"week":1,"day":"mon","sessionIndex":1,"exerciseIndex":0}"#);
    let swapped =
        swap_exercise(plan.clone(), at.clone(), JsValue::from_str("sit-to-stand")).unwrap();
    let first = array(&js::get(
        &array(&js::get(
            &array(&js::get(&array(&js::get(&swapped, "weeks")).get(0), "days")).get(0),
            "sessions",
        ))
        .get(1),
        "exercises",
    ))
    .get(0);
    assert_eq!(
        js::get(&first, "exerciseId").as_string().as_deref(),
        Some("sit-to-stand")
    );
    assert_eq!(
        js::code_of(&swap_exercise(plan.clone(), at, JsValue::from_str("burpee")).unwrap_err()),
        "UNKNOWN_EXERCISE"
    );

    let alts = array(&alternatives(profile(), JsValue::from_str("push-up")).unwrap());
    assert!(alts
        .iter()
        .any(|e| js::get(&e, "id").as_string().as_deref() == Some("knee-push-up")));
    assert_eq!(
        js::code_of(&alternatives(profile(), JsValue::from_str("nope")).unwrap_err()),
        "UNKNOWN_EXERCISE"
    );

    let session = array(&js::get(
        &array(&js::get(&array(&js::get(&plan, "weeks")).get(0), "days")).get(0),
        "sessions",
    ))
    .get(1);
    let id = js::get(&array(&js::get(&session, "exercises")).get(0), "exerciseId")
        .as_string()
        .unwrap();
    let entry = |week: u32| {
        json(&format!(
            r#"{{"week":{week},"day":"mon","sessionIndex":1,"done":true,"effort":6,"pain":0,"results":[{{"exerciseId":"{id}","reps":14,"load":10}}]}}"#
        ))
    };
    let logged = log_session(log_session(plan.clone(), entry(1)).unwrap(), entry(2)).unwrap();
    assert_eq!(array(&js::get(&logged, "log")).length(), 2);
    let next = progress_plan(profile(), logged).unwrap();
    let p3 = array(&js::get(&next, "findings"))
        .iter()
        .find(|f| js::get(f, "ruleId").as_string().as_deref() == Some("P3"))
        .unwrap();
    assert!(js::get(&p3, "message")
        .as_string()
        .unwrap()
        .contains("10.5 kg"));
    let bad = json(r#"{"week":1,"day":"mon","sessionIndex":1,"done":true,"effort":12}"#);
    assert_eq!(
        js::code_of(&log_session(plan, bad).unwrap_err()),
        "INVALID_INPUT"
    );
}

#[wasm_bindgen_test]
fn calendar_export_from_js() {
    let plan = generate_plan(profile(), JsValue::UNDEFINED).unwrap();
    let ics = plan_to_icalendar(
        plan.clone(),
        JsValue::from_str("2026-03-02"),
        json(r#"{"lang":"es"}"#),
    )
    .unwrap()
    .as_string()
    .unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20260302"));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    let err = plan_to_icalendar(
        plan.clone(),
        JsValue::from_str("2026-02-30"),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert_eq!(js::code_of(&err), "INVALID_DATE");
    assert_eq!(
        js::code_of(
            &plan_to_icalendar(plan.clone(), JsValue::from_f64(1.0), JsValue::UNDEFINED)
                .unwrap_err()
        ),
        "INVALID_INPUT"
    );
    let ok = plan_to_icalendar(plan, JsValue::from_str("2026-03-02"), JsValue::UNDEFINED)
        .unwrap()
        .as_string()
        .unwrap();
    assert!(ok.ends_with("END:VCALENDAR\r\n"));
}

#[wasm_bindgen_test]
fn workouts_move_and_log_from_js() {
    let plan = generate_plan(profile(), JsValue::UNDEFINED).unwrap();
    let days = |plan: &JsValue| array(&js::get(&array(&js::get(plan, "weeks")).get(0), "days"));
    let day_of = |plan: &JsValue, d: &str| {
        days(plan)
            .iter()
            .find(|x| js::get(x, "day").as_string().as_deref() == Some(d))
    };
    let tue = day_of(&plan, "tue").unwrap();
    let moved = move_workout(
        plan.clone(),
        json(r#"{"week":1,"fromDay":"tue","toDay":"sun"}"#),
    )
    .unwrap();
    assert!(day_of(&moved, "tue").is_none());
    assert_eq!(
        stringify(&js::get(&day_of(&moved, "sun").unwrap(), "sessions")),
        stringify(&js::get(&tue, "sessions"))
    );
    let err = move_workout(
        plan.clone(),
        json(r#"{"week":1,"fromDay":"sun","toDay":"mon"}"#),
    )
    .unwrap_err();
    assert_eq!(js::code_of(&err), "INVALID_EDIT");
    assert_eq!(
        js::code_of(
            &move_workout(plan.clone(), json(r#"{"week":1,"fromDay":"mon"}"#)).unwrap_err()
        ),
        "INVALID_INPUT"
    );

    let mon = day_of(&plan, "mon").unwrap();
    let parts = array(&js::get(&mon, "sessions"));
    let strength = js::get(
        &array(&js::get(&parts.get(1), "exercises")).get(0),
        "exerciseId",
    )
    .as_string()
    .unwrap();
    let entry = |week: u32| {
        json(&format!(
            r#"{{"week":{week},"day":"mon","done":true,"effort":6,"pain":0,"results":[{{"exerciseId":"{strength}","reps":14,"load":10}}]}}"#
        ))
    };
    let logged = log_workout(log_workout(plan.clone(), entry(1)).unwrap(), entry(2)).unwrap();
    assert_eq!(array(&js::get(&logged, "log")).length(), 2 * parts.length());
    let next = progress_plan(profile(), logged).unwrap();
    assert!(array(&js::get(&next, "findings")).iter().any(|f| {
        js::get(&f, "ruleId").as_string().as_deref() == Some("P3")
            && js::get(&f, "message")
                .as_string()
                .is_some_and(|m| m.contains("10.5 kg"))
    }));
    let stranger = json(
        r#"{"week":1,"day":"mon","done":true,"results":[{"exerciseId":"burpee","reps":1,"load":null}]}"#,
    );
    let err = log_workout(plan.clone(), stranger).unwrap_err();
    assert_eq!(js::code_of(&err), "INVALID_EDIT");
    assert!(js::message_of(&err).contains("burpee"));
    assert_eq!(
        js::code_of(&log_workout(plan, json(r#"{"week":1,"day":"mon","pain":11}"#)).unwrap_err()),
        "INVALID_INPUT"
    );
}
