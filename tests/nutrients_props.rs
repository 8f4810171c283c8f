//! Property tests of the nutrient engine (native only; `make fuzz` raises PROPTEST_CASES).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "common/sr28_fixture.rs"]
mod sr28;

use osteoplan::foods::Food;
use osteoplan::nutrients::analysis::{analyze_intake, RawEntry};
use osteoplan::nutrients::reference::{reference_intakes, Profile, ReferenceSet, Sex};
use osteoplan::nutrients::suggest::{suggest_foods, Filters};
use osteoplan::nutrients::Nutrient;
use proptest::prelude::*;
use std::sync::OnceLock;

fn foods() -> &'static [Food] {
    static FOODS: OnceLock<Vec<Food>> = OnceLock::new();
    FOODS.get_or_init(sr28::foods)
}

fn profile() -> Profile {
    Profile::new(58.0, Sex::Female, Some(64.0), false, false).unwrap()
}

fn food_id() -> impl Strategy<Value = String> {
    let ids: Vec<String> = foods().iter().map(|f| f.id.clone()).collect();
    prop::sample::select(ids)
}

/// Valid entries only: a known food in grams or one of its portions, or a supplement.
fn valid_entry() -> impl Strategy<Value = RawEntry> {
    let per = prop::sample::select(vec!["day", "week"]);
    prop_oneof![
        (food_id(), 0.0..1500.0f64, per.clone())
            .prop_map(|(id, g, per)| RawEntry::grams(&id, g, per)),
        (food_id(), 0usize..2, 0.0..6.0f64, per.clone()).prop_map(|(id, which, servings, per)| {
            let food = foods().iter().find(|f| f.id == id).unwrap();
            let label = food.portions[which.min(food.portions.len() - 1)]
                .label
                .clone();
            RawEntry::portion(&id, &label, servings, per)
        }),
        (
            prop::sample::select(vec![
                "calcium",
                "vitaminD",
                "magnesium",
                "zinc",
                "vitaminK",
                "potassium",
                "protein"
            ]),
            0.0..2000.0f64,
            prop::sample::select(vec!["mg", "µg", "ug", "mcg", "g"]),
            per
        )
            .prop_map(|(kind, amount, unit, per)| RawEntry::supplement(kind, amount, unit, per)),
    ]
}

fn any_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        food_id().prop_map(Some),
        prop::sample::select(vec![
            "day", "week", "1 cup", "IU", "mg", "calcium", "vitaminD", "", "µg"
        ])
        .prop_map(|s| Some(s.to_owned())),
        ".{0,12}".prop_map(Some),
    ]
}

fn any_number() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (-10.0..5000.0f64).prop_map(Some),
        any::<f64>().prop_map(Some)
    ]
}

/// Anything at all in every field.
fn any_entry() -> impl Strategy<Value = RawEntry> {
    (
        any_text(),
        any_number(),
        any_text(),
        any_number(),
        any_text(),
        any_number(),
        any_text(),
        any_text(),
    )
        .prop_map(
            |(food_id, grams, portion, servings, supplement, amount, unit, per)| RawEntry {
                food_id,
                grams,
                portion,
                servings,
                supplement,
                amount,
                unit,
                per,
            },
        )
}

/// 64 cases by default (keeps `make test` fast); `PROPTEST_CASES` (as `make fuzz` sets) wins.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn totals_are_additive(a in prop::collection::vec(valid_entry(), 0..12), b in prop::collection::vec(valid_entry(), 0..12)) {
        let p = profile();
        let ra = analyze_intake(&p, &a, ReferenceSet::UsDri, foods()).unwrap();
        let rb = analyze_intake(&p, &b, ReferenceSet::UsDri, foods()).unwrap();
        let both: Vec<RawEntry> = a.iter().chain(b.iter()).cloned().collect();
        let rab = analyze_intake(&p, &both, ReferenceSet::UsDri, foods()).unwrap();
        for n in Nutrient::ALL {
            let (x, y, xy) = (ra.nutrients.get(n).unwrap(), rb.nutrients.get(n).unwrap(), rab.nutrients.get(n).unwrap());
            prop_assert!(close(xy.amount, x.amount + y.amount), "{}: {} != {} + {}", n.id(), xy.amount, x.amount, y.amount);
            prop_assert!(close(xy.from_supplements, x.from_supplements + y.from_supplements));
            prop_assert_eq!(xy.unknown_count, x.unknown_count + y.unknown_count);
            prop_assert_eq!(xy.known_count, x.known_count + y.known_count);
            prop_assert_eq!(xy.contributions.len(), x.contributions.len() + y.contributions.len());
            let sum: f64 = xy.contributions.iter().map(|c| c.amount).sum();
            prop_assert!(close(sum, xy.amount), "contributions add up to the amount");
        }
        prop_assert!(close(rab.animal_protein, ra.animal_protein + rb.animal_protein));
    }

    #[test]
    fn per_week_is_per_day_times_seven(id in food_id(), grams in 0.0..2000.0f64) {
        let p = profile();
        let day = analyze_intake(&p, &[RawEntry::grams(&id, grams, "day")], ReferenceSet::UsDri, foods()).unwrap();
        let week_same = analyze_intake(&p, &[RawEntry::grams(&id, grams, "week")], ReferenceSet::UsDri, foods()).unwrap();
        let week_times_7 = analyze_intake(&p, &[RawEntry::grams(&id, grams * 7.0, "week")], ReferenceSet::UsDri, foods()).unwrap();
        for n in Nutrient::ALL {
            let d = day.nutrients.get(n).unwrap().amount;
            prop_assert!(close(week_same.nutrients.get(n).unwrap().amount * 7.0, d), "{}", n.id());
            prop_assert!(close(week_times_7.nutrients.get(n).unwrap().amount, d), "{}", n.id());
        }
    }
}

/// Mostly valid input (so most cases reach the analysis and its food rows), invalid on purpose
/// one time in ten: any text or number in every field, any age, any weight.
fn mostly_valid_entry() -> impl Strategy<Value = RawEntry> {
    prop_oneof![9 => valid_entry(), 1 => any_entry()]
}

/// No input panics, and every answer is finite; most cases analyse foods (counted and checked,
/// so the property cannot pass by refusing everything).
#[test]
fn no_input_panics_and_answers_are_finite() {
    use proptest::test_runner::TestRunner;
    use std::sync::atomic::{AtomicU32, Ordering::Relaxed};
    let (profiles, analysed, with_food) = (AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0));
    let strategy = (
        prop::collection::vec(mostly_valid_entry(), 0..8),
        prop_oneof![9 => 18.0..100.0f64, 1 => any::<f64>()],
        prop_oneof![9 => (30.0..150.0f64).prop_map(Some), 1 => any_number()],
        // (male, pregnant, lactating): the valid combinations, and one invalid on purpose.
        prop::sample::select(vec![
            (false, false, false),
            (true, false, false),
            (false, false, false),
            (true, false, false),
            (false, true, false),
            (false, false, true),
            (false, true, true),
        ]),
        prop::sample::select(Nutrient::ALL.to_vec()),
        prop::sample::select(ReferenceSet::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
    );
    let mut runner = TestRunner::new(ProptestConfig::with_cases(cases()));
    runner
        .run(
            &strategy,
            |(
                entries,
                age,
                weight,
                (male, pregnant, lactating),
                nutrient,
                set,
                vegan,
                low_sodium,
            )| {
                let sex = if male { Sex::Male } else { Sex::Female };
                let Ok(p) = Profile::new(age, sex, weight, pregnant, lactating) else {
                    return Ok(());
                };
                profiles.fetch_add(1, Relaxed);
                for (_, r) in &reference_intakes(&p, set).0 {
                    prop_assert!(r.target.map_or(true, f64::is_finite));
                }
                if let Ok(a) = analyze_intake(&p, &entries, set, foods()) {
                    analysed.fetch_add(1, Relaxed);
                    if entries.iter().any(|e| e.food_id.is_some()) {
                        with_food.fetch_add(1, Relaxed);
                    }
                    for (_, r) in &a.nutrients.0 {
                        prop_assert!(r.amount.is_finite() && r.amount >= 0.0);
                        prop_assert!(r.percent_of_target.map_or(true, f64::is_finite));
                    }
                    prop_assert!(a.pral.map_or(true, f64::is_finite));
                    prop_assert!(a.neap.map_or(true, f64::is_finite));
                }
                let filters = Filters {
                    vegan,
                    low_sodium,
                    reference_set: Some(set.id().to_owned()),
                    ..Filters::default()
                };
                if let Ok(s) = suggest_foods(&p, &entries, nutrient, &filters, foods()) {
                    for x in s {
                        prop_assert!(
                            x.amount > 0.0
                                && x.gap_closed_percent > 0.0
                                && x.gap_closed_percent <= 100.0
                        );
                    }
                }
                Ok(())
            },
        )
        .unwrap();
    let n = cases();
    let (profiles, analysed, with_food) = (
        profiles.into_inner(),
        analysed.into_inner(),
        with_food.into_inner(),
    );
    println!(
        "{n} cases: {profiles} valid profiles, {analysed} analysed, {with_food} analysed foods"
    );
    // Each entry is valid 9 times in 10: about 70 % of 0–7-entry lists are all valid, and about
    // 40 % of cases analyse a food (the bounds leave room for chance).
    assert!(
        profiles * 2 >= n,
        "only {profiles} of {n} cases had a valid profile"
    );
    assert!(
        with_food * 5 >= n,
        "only {with_food} of {n} cases analysed a food"
    );
}
