//! Intake analysis and suggestions over the SR28 fixture (`tests/common/sr28_fixture.rs`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "common/sr28_fixture.rs"]
mod sr28;

use osteoplan::nutrients::analysis::{analyze_intake, Analysis, RawEntry, Status};
use osteoplan::nutrients::reference::{Profile, ReferenceSet, Sex};
use osteoplan::nutrients::suggest::{suggest_foods, Filters};
use osteoplan::nutrients::Nutrient;

fn woman_60() -> Profile {
    Profile::new(60.0, Sex::Female, Some(65.0), false, false).unwrap()
}

fn analyze(entries: &[RawEntry]) -> Analysis {
    analyze_intake(&woman_60(), entries, ReferenceSet::UsDri, &sr28::foods()).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

macro_rules! assert_close {
    ($a:expr, $b:expr) => {{
        let (a, b) = ($a, $b);
        assert!(close(a, b), "{} = {a}, expected {b}", stringify!($a));
    }};
}

/// A worked day for a 60-year-old woman of 65 kg, by hand from the SR28 ABBREV rows
/// (per 100 g; grams ÷ 100 = factor):
///
/// | # | entry                         | grams/day | factor | Ca mg | vit D µg | vit K µg | protein g | K mg | P mg | Mg mg |
/// |---|-------------------------------|-----------|--------|-------|----------|----------|-----------|------|------|-------|
/// | 0 | 01077 milk, "1 cup" × 1       | 244       | 2.44   | 113 → 275.72 | 1.3 → 3.172 | 0.3 → 0.732 | 3.15 → 7.686 | 132 → 322.08 | 84 → 204.96 | 10 → 24.4 |
/// | 1 | 01117 yogurt, 170 g           | 170       | 1.70   | 183 → 311.1  | 0.0 → 0     | 0.2 → 0.34  | 5.25 → 8.925 | 234 → 397.8  | 144 → 244.8 | 17 → 28.9 |
/// | 2 | 01009 cheddar, 40 g           | 40        | 0.40   | 710 → 284.0  | 0.6 → 0.24  | 2.4 → 0.96  | 22.87 → 9.148| 76 → 30.4    | 455 → 182.0 | 27 → 10.8 |
/// | 3 | 11457 spinach, "1 cup" × 1    | 30        | 0.30   | 99 → 29.7    | 0.0 → 0     | 482.9 → 144.87 | 2.86 → 0.858 | 558 → 167.4 | 49 → 14.7 | 79 → 23.7 |
/// | 4 | 15088 sardines, 140 g / week  | 20        | 0.20   | 382 → 76.4   | 4.8 → 0.96  | 2.6 → 0.52  | 24.62 → 4.924| 397 → 79.4   | 490 → 98.0  | 39 → 7.8  |
/// | 5 | 18069 bread, "1 slice" × 2    | 58        | 0.58   | 144 → 83.52  | 0.0 → 0     | 0.2 → 0.116 | 8.85 → 5.133 | 126 → 73.08  | 98 → 56.84  | 23 → 13.34|
/// | 6 | 16426 tofu, ".25 block" × 1   | 81        | 0.81   | 683 → 553.23 | 0.0 → 0     | (empty)     | 17.27 → 13.9887 | 237 → 191.97 | 190 → 153.9 | 58 → 46.98 |
/// | 7 | calcium supplement 500 mg/day |           |        | 500          |             |             |           |      |      |       |
/// | 8 | vitamin D 1000 IU/day         |           |        |              | 1000 ÷ 40 = 25 |          |           |      |      |       |
///
/// Calcium: food 275.72 + 311.1 + 284 + 29.7 + 76.4 + 83.52 + 553.23 = 1613.67; + 500 = 2113.67 mg.
///   Target (woman 51–70) 1200 → 176.1 %; UL 2000 → above the upper limit, with supplements.
/// Vitamin D: 3.172 + 0.24 + 0.96 = 4.372 from food + 25 = 29.372 µg (target 15: meets).
/// Vitamin K: 0.732 + 0.34 + 0.96 + 144.87 + 0.52 + 0.116 = 147.538 µg, known for 6 foods, unknown for tofu.
/// Protein: 7.686 + 8.925 + 9.148 + 0.858 + 4.924 + 5.133 + 13.9887 = 50.6627 g; target 0.8 × 65 = 52 g (below).
/// Potassium 1262.13 mg; phosphorus 955.2 mg; magnesium 155.92 mg (foods only; no supplements of these).
/// PRAL (foods) = 0.49 × 50.6627 + 0.037 × 955.2 − 0.021 × 1262.13 − 0.026 × 155.92 − 0.013 × 1613.67
///   = 24.824723 + 35.3424 − 26.50473 − 4.05392 − 20.97771 = 8.630763 mEq/day.
/// NEAP = 54.5 × 50.6627 ÷ (1262.13 ÷ 39.1) − 10.2 = 2761.117 ÷ 32.27954 − 10.2 = 75.33769 mEq/day.
/// Animal protein (milk, yogurt, cheddar, sardines) = 7.686 + 8.925 + 9.148 + 4.924 = 30.683 g;
///   ÷ 1.26213 g potassium = 24.3105.
/// Oxalate share of calcium: spinach 29.7 ÷ 2113.67 = 0.0140514.
/// Anti-inflammatory servings: spinach 30 g ÷ 30 g ("1 cup") = 1 + sardines 20 g ÷ 149 g ("1 cup, drained") = 0.134228.
fn worked_day() -> Vec<RawEntry> {
    vec![
        RawEntry::portion("01077", "1 cup", 1.0, "day"),
        RawEntry::grams("01117", 170.0, "day"),
        RawEntry::grams("01009", 40.0, "day"),
        RawEntry::portion("11457", "1 cup", 1.0, "day"),
        RawEntry::grams("15088", 140.0, "week"),
        RawEntry::portion("18069", "1 slice", 2.0, "day"),
        RawEntry::portion("16426", ".25 block", 1.0, "day"),
        RawEntry::supplement("calcium", 500.0, "mg", "day"),
        RawEntry::supplement("vitaminD", 1000.0, "IU", "day"),
    ]
}

#[test]
fn worked_day_matches_the_hand_arithmetic_from_sr28() {
    let a = analyze(&worked_day());
    let ca = a.nutrients.get(Nutrient::Calcium).unwrap();
    assert_close!(ca.amount, 2113.67);
    assert_close!(ca.from_supplements, 500.0);
    assert_eq!(ca.target, Some(1200.0));
    assert_close!(ca.percent_of_target.unwrap(), 2113.67 / 1200.0 * 100.0);
    assert_eq!(ca.upper_limit, Some(2000.0));
    assert_eq!(ca.status, Status::AboveUpperLimit);
    assert_eq!((ca.known_count, ca.unknown_count), (7, 0));
    let order: Vec<usize> = ca.contributions.iter().map(|c| c.entry_index).collect();
    assert_eq!(order, vec![6, 7, 1, 2, 0, 5, 4, 3], "tofu 553.23, supplement 500, yogurt 311.1, cheddar 284, milk 275.72, bread 83.52, sardines 76.4, spinach 29.7");
    assert_close!(ca.contributions[0].amount, 553.23);

    let d = a.nutrients.get(Nutrient::VitaminD).unwrap();
    assert_close!(d.amount, 29.372);
    assert_eq!(d.status, Status::Meets);

    let k = a.nutrients.get(Nutrient::VitaminK).unwrap();
    assert_close!(k.amount, 147.538);
    assert_eq!((k.known_count, k.unknown_count), (6, 1));

    let protein = a.nutrients.get(Nutrient::Protein).unwrap();
    assert_close!(protein.amount, 50.6627);
    assert_close!(protein.target.unwrap(), 52.0);
    assert_eq!(protein.status, Status::Below);

    assert_close!(
        a.nutrients.get(Nutrient::Potassium).unwrap().amount,
        1262.13
    );
    assert_close!(a.nutrients.get(Nutrient::Phosphorus).unwrap().amount, 955.2);
    assert_close!(a.nutrients.get(Nutrient::Magnesium).unwrap().amount, 155.92);
    assert_close!(a.pral.unwrap(), 8.630763);
    assert!((a.neap.unwrap() - 75.33769).abs() < 1e-4);
    assert_close!(a.animal_protein, 30.683);
    assert!((a.animal_protein_to_potassium.unwrap() - 24.3105).abs() < 1e-4);
    assert!((a.oxalate_calcium_share.unwrap() - 0.0140514).abs() < 1e-7);
    assert!((a.anti_inflammatory_servings - (1.0 + 20.0 / 149.0)).abs() < 1e-12);
    assert!((a.heart_healthy_fat_servings - 20.0 / 149.0).abs() < 1e-12);

    let ids: Vec<&str> = a.warnings.iter().map(|w| w.id).collect();
    assert_eq!(ids, vec!["calcium-above-ul-with-supplements"]);
    assert!(a.warnings[0].source.contains("IOM 2011"));
    assert_close!(a.warnings[0].limit, 2000.0);
}

#[test]
fn unknown_values_are_counted_not_summed_as_zero() {
    // Tofu has no vitamin K value in SR28.
    let a = analyze(&[RawEntry::grams("16426", 100.0, "day")]);
    let k = a.nutrients.get(Nutrient::VitaminK).unwrap();
    assert_eq!((k.known_count, k.unknown_count), (0, 1));
    assert!(k.contributions.is_empty());
    assert_eq!(
        k.status,
        Status::Below,
        "nothing known is not the target met"
    );
}

#[test]
fn week_entries_are_divided_by_seven() {
    let day = analyze(&[RawEntry::grams("15088", 20.0, "day")]);
    let week = analyze(&[RawEntry::grams("15088", 140.0, "week")]);
    for n in Nutrient::ALL {
        assert_close!(
            day.nutrients.get(n).unwrap().amount,
            week.nutrients.get(n).unwrap().amount
        );
    }
}

#[test]
fn portions_are_the_food_portion_grams_times_servings() {
    let by_portion = analyze(&[RawEntry::portion("01077", "1 cup", 1.5, "day")]);
    let by_grams = analyze(&[RawEntry::grams("01077", 366.0, "day")]);
    assert_close!(
        by_portion.nutrients.get(Nutrient::Calcium).unwrap().amount,
        by_grams.nutrients.get(Nutrient::Calcium).unwrap().amount
    );
}

#[test]
fn vitamin_d_supplement_in_iu_and_ug_agree() {
    let iu = analyze(&[RawEntry::supplement("vitaminD", 800.0, "IU", "day")]);
    let ug = analyze(&[RawEntry::supplement("vitaminD", 20.0, "µg", "day")]);
    let mcg = analyze(&[RawEntry::supplement("vitaminD", 20.0, "mcg", "day")]);
    for a in [&iu, &ug, &mcg] {
        assert_close!(a.nutrients.get(Nutrient::VitaminD).unwrap().amount, 20.0);
    }
}

#[test]
fn high_dose_supplements_raise_warnings_with_sources() {
    let a = analyze(&[
        RawEntry::supplement("vitaminD", 50_000.0, "IU", "week"), // 1250 µg/week → 178.6 µg/day
        RawEntry::supplement("zinc", 50.0, "mg", "day"),
        RawEntry::supplement("magnesium", 400.0, "mg", "day"),
    ]);
    let ids: Vec<&str> = a.warnings.iter().map(|w| w.id).collect();
    assert_eq!(
        ids,
        vec![
            "vitamin-d-above-ul",
            "zinc-above-ul",
            "magnesium-supplements-above-ul"
        ]
    );
    assert!(a
        .warnings
        .iter()
        .all(|w| !w.source.is_empty() && w.message.contains("care team")));
    assert_eq!(
        a.nutrients.get(Nutrient::Magnesium).unwrap().status,
        Status::AboveUpperLimit
    );
}

#[test]
fn magnesium_from_food_never_counts_against_the_supplement_limit() {
    // 200 g almonds: 540 mg magnesium, all from food.
    let a = analyze(&[RawEntry::grams("12061", 200.0, "day")]);
    let mg = a.nutrients.get(Nutrient::Magnesium).unwrap();
    assert_close!(mg.amount, 540.0);
    assert_eq!(mg.status, Status::Meets);
    assert!(a
        .warnings
        .iter()
        .all(|w| w.id != "magnesium-supplements-above-ul"));
}

#[test]
fn sodium_above_the_cdrr_warns() {
    // 500 g bread: 2450 mg sodium.
    let a = analyze(&[RawEntry::grams("18069", 500.0, "day")]);
    assert!(a
        .warnings
        .iter()
        .any(|w| w.id == "sodium-above-cdrr" && w.source.contains("NASEM 2019")));
    assert_eq!(
        a.nutrients.get(Nutrient::Sodium).unwrap().status,
        Status::AboveUpperLimit
    );
}

#[test]
fn bad_entries_are_errors_with_their_index_and_nothing_is_applied() {
    let foods = sr28::foods();
    let good = RawEntry::grams("01077", 244.0, "day");
    let cases: Vec<(RawEntry, &str)> = vec![
        (RawEntry::grams("99999", 10.0, "day"), "UNKNOWN_FOOD"),
        (
            RawEntry::portion("01077", "1 bucket", 1.0, "day"),
            "UNKNOWN_PORTION",
        ),
        (RawEntry::grams("01077", -1.0, "day"), "INVALID_ENTRY"),
        (RawEntry::grams("01077", f64::NAN, "day"), "INVALID_ENTRY"),
        (
            RawEntry::grams("01077", f64::INFINITY, "day"),
            "INVALID_ENTRY",
        ),
        (RawEntry::grams("01077", 1e12, "day"), "INVALID_ENTRY"),
        (RawEntry::grams("01077", 10.0, "month"), "INVALID_ENTRY"),
        (
            RawEntry::portion("01077", "1 cup", -2.0, "day"),
            "INVALID_ENTRY",
        ),
        (
            RawEntry::supplement("calcium", 500.0, "IU", "day"),
            "INVALID_ENTRY",
        ),
        (
            RawEntry::supplement("calcium", 500.0, "cups", "day"),
            "INVALID_ENTRY",
        ),
        (
            RawEntry::supplement("iron", 18.0, "mg", "day"),
            "INVALID_ENTRY",
        ),
        (
            RawEntry::supplement("calcium", -5.0, "mg", "day"),
            "INVALID_ENTRY",
        ),
        (RawEntry::default(), "INVALID_ENTRY"),
        (
            RawEntry {
                supplement: Some("zinc".into()),
                ..RawEntry::grams("01077", 1.0, "day")
            },
            "INVALID_ENTRY",
        ),
    ];
    for (bad, code) in cases {
        let err = analyze_intake(
            &woman_60(),
            &[good.clone(), bad.clone()],
            ReferenceSet::UsDri,
            &foods,
        )
        .unwrap_err();
        assert_eq!(err.error.code(), code, "{bad:?}");
        assert_eq!(err.entry_index, Some(1), "{bad:?}");
    }
}

#[test]
fn an_empty_day_has_no_acid_load_and_everything_below() {
    let a = analyze(&[]);
    assert_eq!(a.pral, None);
    assert_eq!(a.neap, None);
    assert_eq!(a.oxalate_calcium_share, None);
    assert_eq!(
        a.nutrients.get(Nutrient::Calcium).unwrap().status,
        Status::Below
    );
    assert_eq!(
        a.nutrients.get(Nutrient::Energy).unwrap().status,
        Status::NoTarget
    );
}

#[test]
fn acid_load_is_withheld_when_a_food_lacks_an_input() {
    let mut foods = sr28::foods();
    foods.iter_mut().find(|f| f.id == "09040").unwrap().per_100g[Nutrient::Potassium.index()] =
        None;
    let a = analyze_intake(
        &woman_60(),
        &[RawEntry::grams("09040", 100.0, "day")],
        ReferenceSet::UsDri,
        &foods,
    )
    .unwrap();
    assert_eq!(a.pral, None);
}

#[test]
fn fruit_and_vegetables_lower_pral_and_meat_raises_it() {
    let veg = analyze(&[
        RawEntry::grams("09040", 200.0, "day"),
        RawEntry::grams("11457", 100.0, "day"),
    ]);
    let meat = analyze(&[RawEntry::grams("23572", 200.0, "day")]);
    assert!(veg.pral.unwrap() < 0.0);
    assert!(meat.pral.unwrap() > 0.0);
}

#[test]
fn targets_follow_the_chosen_reference_set() {
    let entries = [RawEntry::grams("01077", 244.0, "day")];
    let foods = sr28::foods();
    let uk = analyze_intake(&woman_60(), &entries, ReferenceSet::Uk, &foods).unwrap();
    let ai = analyze_intake(&woman_60(), &entries, ReferenceSet::BoneAi, &foods).unwrap();
    assert_eq!(uk.reference_set, "uk");
    assert_eq!(
        uk.nutrients.get(Nutrient::Calcium).unwrap().target,
        Some(700.0)
    );
    assert_eq!(
        ai.nutrients.get(Nutrient::VitaminD).unwrap().target,
        Some(20.0)
    );
    assert_eq!(
        uk.nutrients.get(Nutrient::Zinc).unwrap().status,
        Status::NoTarget
    );
}

// ---- suggestions ----------------------------------------------------------------------------

fn suggest(
    entries: &[RawEntry],
    nutrient: Nutrient,
    filters: Filters,
) -> Vec<osteoplan::nutrients::suggest::Suggestion> {
    suggest_foods(&woman_60(), entries, nutrient, &filters, &sr28::foods()).unwrap()
}

#[test]
fn calcium_suggestions_rank_by_gap_closed_with_usual_servings() {
    let s = suggest(&[], Nutrient::Calcium, Filters::default());
    assert!(!s.is_empty());
    // Gap 1200 mg. Tofu's usual serving "¼ block" 81 g × 6.83 = 553.23 mg → 46.1 %, more than
    // cheddar's "1 oz" (28.35 g × 7.10 = 201.3 mg), which a cup of diced cheddar used to beat.
    let first = &s[0];
    assert_eq!(first.food_id, "16426");
    assert_eq!(first.portion.label, "¼ block");
    assert_close!(first.amount, 81.0 * 6.83);
    assert_close!(first.gap_closed_percent, 81.0 * 6.83 / 1200.0 * 100.0);
    let cheddar = s.iter().find(|x| x.food_id == "01009").unwrap();
    assert_eq!(
        (cheddar.portion.label.as_str(), cheddar.portion.grams),
        ("1 oz", 28.35)
    );
    // Past the varied first six, best first.
    for pair in s.get(6..).unwrap_or_default().windows(2) {
        assert!(pair[0].gap_closed_percent >= pair[1].gap_closed_percent);
    }
}

#[test]
fn high_oxalate_greens_are_not_suggested_for_calcium() {
    let s = suggest(
        &[],
        Nutrient::Calcium,
        Filters {
            limit: Some(50),
            ..Filters::default()
        },
    );
    assert!(
        s.iter().all(|x| x.food_id != "11457"),
        "spinach must not be a calcium source"
    );
    assert!(
        s.iter().any(|x| x.food_id == "11233"),
        "kale (low oxalate) may be"
    );
    let k = suggest(
        &[],
        Nutrient::VitaminK,
        Filters {
            limit: Some(50),
            ..Filters::default()
        },
    );
    assert!(
        k.iter().any(|x| x.food_id == "11457"),
        "spinach is still a vitamin K source"
    );
}

#[test]
fn filters_exclude_dairy_fish_and_animal_foods() {
    let all = Filters {
        limit: Some(50),
        ..Filters::default()
    };
    let vegan = suggest(
        &[],
        Nutrient::Calcium,
        Filters {
            vegan: true,
            ..all.clone()
        },
    );
    assert!(!vegan.is_empty());
    assert!(
        vegan.iter().all(
            |x| ["09210", "11233", "12061", "16426", "16070", "09040", "04053"]
                .contains(&x.food_id.as_str())
        ),
        "{vegan:?}"
    );
    let dairy_free = suggest(
        &[],
        Nutrient::Calcium,
        Filters {
            dairy_free: true,
            ..all.clone()
        },
    );
    assert!(dairy_free
        .iter()
        .all(|x| !["01077", "01117", "01009"].contains(&x.food_id.as_str())));
    assert!(dairy_free.iter().any(|x| x.food_id == "15088"));
    let fish_free = suggest(
        &[],
        Nutrient::VitaminD,
        Filters {
            fish_free: true,
            ..all.clone()
        },
    );
    assert!(fish_free
        .iter()
        .all(|x| !["15086", "15088"].contains(&x.food_id.as_str())));
    let vegetarian = suggest(
        &[],
        Nutrient::Protein,
        Filters {
            vegetarian: true,
            ..all.clone()
        },
    );
    assert!(vegetarian
        .iter()
        .all(|x| !["05064", "23572", "15086", "15088"].contains(&x.food_id.as_str())));
    assert!(
        vegetarian.iter().any(|x| x.food_id == "01009"),
        "cheese is vegetarian"
    );
    let low_sodium = suggest(
        &[],
        Nutrient::Calcium,
        Filters {
            low_sodium: true,
            ..all
        },
    );
    // Cheddar: 1 cup diced 132 g × 6.53 = 862 mg sodium; bread 1 slice 142 mg: both out.
    assert!(low_sodium
        .iter()
        .all(|x| x.food_id != "01009" && x.food_id != "18069"));
    assert!(low_sodium.iter().any(|x| x.food_id == "16426"));
}

#[test]
fn suggestions_never_push_another_nutrient_over_its_limit() {
    // 2206 mg sodium already (450 g bread); an ounce of cheddar (176 mg sodium) would pass 2300.
    let entries = [RawEntry::grams("18069", 450.0, "day")];
    let s = suggest(
        &entries,
        Nutrient::Calcium,
        Filters {
            limit: Some(50),
            ..Filters::default()
        },
    );
    assert!(s.iter().all(|x| x.food_id != "01009"), "{s:?}");
    assert!(
        s.iter().any(|x| x.food_id == "16426"),
        "tofu (14 mg sodium per 100 g) still fits"
    );
}

#[test]
fn no_gap_means_no_suggestions() {
    let s = suggest(
        &[RawEntry::supplement("calcium", 1200.0, "mg", "day")],
        Nutrient::Calcium,
        Filters::default(),
    );
    assert!(s.is_empty());
}

#[test]
fn suggestions_shrink_with_what_is_already_eaten() {
    // After 1000 mg, the gap is 200 mg; the cheddar cup closes all of it.
    let s = suggest(
        &[RawEntry::supplement("calcium", 1000.0, "mg", "day")],
        Nutrient::Calcium,
        Filters::default(),
    );
    let cheddar = s.iter().find(|x| x.food_id == "01009").unwrap();
    assert_close!(cheddar.gap_closed_percent, 100.0);
}

#[test]
fn suggestion_errors_have_codes() {
    let foods = sr28::foods();
    let p = woman_60();
    let e = suggest_foods(&p, &[], Nutrient::Energy, &Filters::default(), &foods).unwrap_err();
    assert_eq!(e.error.code(), "INVALID_INPUT");
    let e = suggest_foods(
        &p,
        &[],
        Nutrient::Calcium,
        &Filters {
            reference_set: Some("who".into()),
            ..Filters::default()
        },
        &foods,
    )
    .unwrap_err();
    assert_eq!(e.error.code(), "UNKNOWN_REFERENCE_SET");
    let e = suggest_foods(
        &p,
        &[RawEntry::grams("00000", 1.0, "day")],
        Nutrient::Calcium,
        &Filters::default(),
        &foods,
    )
    .unwrap_err();
    assert_eq!((e.error.code(), e.entry_index), ("UNKNOWN_FOOD", Some(0)));
    let e = suggest_foods(
        &p,
        &[],
        Nutrient::Calcium,
        &Filters {
            limit: Some(0),
            ..Filters::default()
        },
        &foods,
    )
    .unwrap_err();
    assert_eq!(e.error.code(), "INVALID_INPUT");
}

#[test]
fn usual_portion_skips_kitchen_measures_and_falls_back_to_100_g() {
    use osteoplan::nutrients::analysis::usual_portion;
    // Banana: "1 cup, mashed" (225 g) is a kitchen measure; "1 cup, sliced" (150 g) is eaten.
    assert_eq!(
        usual_portion(&sr28::food_by_id("09040")).label,
        "1 cup, sliced"
    );
    // Spinach: "1 cup" (30 g) comes first; "1 bunch" (340 g) is neither in range nor eaten at once.
    assert_eq!(usual_portion(&sr28::food_by_id("11457")).grams, 30.0);
    let mut bare = sr28::food_by_id("16070");
    bare.portions.clear();
    let p = usual_portion(&bare);
    assert_eq!((p.label.as_str(), p.grams), ("100 g", 100.0));
}

/// Every kind of entry reads its `per`: a portion or a supplement taken per week counts a
/// seventh of the same per day (the constructors carry it; the worked day has grams per week).
#[test]
fn portions_and_supplements_per_week_are_a_seventh_of_per_day() {
    let calcium = |e: RawEntry| {
        analyze(&[e])
            .nutrients
            .get(Nutrient::Calcium)
            .unwrap()
            .amount
    };
    let day = calcium(RawEntry::portion("01077", "1 cup", 7.0, "day"));
    assert_close!(
        calcium(RawEntry::portion("01077", "1 cup", 7.0, "week")),
        day / 7.0
    );
    assert_close!(day, 7.0 * 275.72);
    let day = calcium(RawEntry::supplement("calcium", 700.0, "mg", "day"));
    assert_close!(day, 700.0);
    assert_close!(
        calcium(RawEntry::supplement("calcium", 700.0, "mg", "week")),
        100.0
    );
    assert_close!(calcium(RawEntry::grams("01077", 700.0, "week")), 113.0);
}

// ---- edges found by mutation testing (`make mutants`) -------------------------------------------

#[test]
fn status_ids_are_the_ones_javascript_sees() {
    let ids = [
        (Status::Below, "below"),
        (Status::Meets, "meets"),
        (Status::AboveUpperLimit, "aboveUpperLimit"),
        (Status::NoTarget, "noTarget"),
    ];
    for (status, id) in ids {
        assert_eq!(status.id(), id);
    }
}

#[test]
fn find_food_also_finds_a_food_in_an_unsorted_slice() {
    use osteoplan::nutrients::analysis::find_food;
    let mut foods = sr28::foods();
    assert_eq!(find_food(&foods, "11457").unwrap().id, "11457");
    foods.reverse();
    assert_eq!(find_food(&foods, "11457").unwrap().id, "11457");
    assert_eq!(find_food(&foods, "01009").unwrap().id, "01009");
    assert!(find_food(&foods, "99999").is_none());
}

#[test]
fn amounts_at_the_limits_are_accepted_and_one_over_is_not() {
    // 0 g and the largest amounts are valid entries.
    let zero = analyze(&[RawEntry::grams("01077", 0.0, "day")]);
    let ca = zero.nutrients.get(Nutrient::Calcium).unwrap();
    assert_eq!(ca.amount, 0.0);
    assert_eq!(ca.known_count, 1);
    assert!(ca.contributions.is_empty(), "a zero share is not listed");
    let most = analyze(&[RawEntry::grams("01077", 100_000.0, "day")]);
    assert_close!(
        most.nutrients.get(Nutrient::Calcium).unwrap().amount,
        113_000.0
    );
    analyze(&[RawEntry::portion("01077", "1 cup", 1000.0, "day")]);
    analyze(&[RawEntry::supplement("calcium", 10_000_000.0, "mg", "day")]);
    let foods = sr28::foods();
    let over = [
        RawEntry::grams("01077", 100_000.1, "day"),
        RawEntry::portion("01077", "1 cup", 1000.5, "day"),
        RawEntry::supplement("calcium", 10_000_001.0, "mg", "day"),
    ];
    for e in over {
        let err = analyze_intake(
            &woman_60(),
            std::slice::from_ref(&e),
            ReferenceSet::UsDri,
            &foods,
        )
        .unwrap_err();
        assert_eq!(
            (err.error.code(), err.entry_index),
            ("INVALID_ENTRY", Some(0)),
            "{e:?}"
        );
        assert!(err.error.to_string().contains("too large"), "{e:?}");
    }
}

#[test]
fn at_most_500_entries() {
    let foods = sr28::foods();
    let one = RawEntry::supplement("calcium", 1.0, "mg", "day");
    let ok = analyze_intake(
        &woman_60(),
        &vec![one.clone(); 500],
        ReferenceSet::UsDri,
        &foods,
    )
    .unwrap();
    assert_close!(ok.nutrients.get(Nutrient::Calcium).unwrap().amount, 500.0);
    let err =
        analyze_intake(&woman_60(), &vec![one; 501], ReferenceSet::UsDri, &foods).unwrap_err();
    assert_eq!((err.error.code(), err.entry_index), ("INVALID_INPUT", None));
}

#[test]
fn food_and_supplement_fields_do_not_mix() {
    let foods = sr28::foods();
    let food = RawEntry::grams("01077", 100.0, "day");
    let supplement = RawEntry::supplement("calcium", 500.0, "mg", "day");
    let cases = [
        RawEntry {
            amount: Some(5.0),
            ..food.clone()
        },
        RawEntry {
            unit: Some("mg".into()),
            ..food.clone()
        },
        RawEntry {
            servings: Some(2.0),
            ..food
        },
        RawEntry {
            grams: Some(5.0),
            ..supplement.clone()
        },
        RawEntry {
            portion: Some("1 cup".into()),
            ..supplement.clone()
        },
        RawEntry {
            servings: Some(2.0),
            ..supplement.clone()
        },
        RawEntry {
            amount: None,
            ..supplement.clone()
        },
        RawEntry {
            unit: None,
            ..supplement
        },
    ];
    for e in cases {
        let err = analyze_intake(
            &woman_60(),
            std::slice::from_ref(&e),
            ReferenceSet::UsDri,
            &foods,
        )
        .unwrap_err();
        assert_eq!(
            (err.error.code(), err.entry_index),
            ("INVALID_ENTRY", Some(0)),
            "{e:?}"
        );
    }
}

#[test]
fn an_amount_exactly_at_the_upper_limit_is_not_above_it() {
    // Woman of 60: calcium UL 2000 mg (total), magnesium 350 mg (supplements).
    let a = analyze(&[
        RawEntry::supplement("calcium", 2000.0, "mg", "day"),
        RawEntry::supplement("magnesium", 350.0, "mg", "day"),
    ]);
    assert_eq!(
        a.nutrients.get(Nutrient::Calcium).unwrap().status,
        Status::Meets
    );
    assert_eq!(
        a.nutrients.get(Nutrient::Magnesium).unwrap().status,
        Status::Meets
    );
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    let over = analyze(&[
        RawEntry::supplement("calcium", 2000.5, "mg", "day"),
        RawEntry::supplement("magnesium", 350.5, "mg", "day"),
    ]);
    let ids: Vec<&str> = over.warnings.iter().map(|w| w.id).collect();
    assert_eq!(
        ids,
        vec![
            "calcium-above-ul-with-supplements",
            "magnesium-supplements-above-ul"
        ]
    );
}

#[test]
fn calcium_from_food_alone_above_the_upper_limit_has_its_own_warning() {
    // 300 g cheddar: 710 × 3 = 2130 mg calcium, no supplement.
    let a = analyze(&[RawEntry::grams("01009", 300.0, "day")]);
    let w = a
        .warnings
        .iter()
        .find(|w| w.id.starts_with("calcium"))
        .unwrap();
    assert_eq!(w.id, "calcium-above-ul");
    assert_close!(w.amount, 2130.0);
    assert_close!(w.limit, 2000.0);
    assert_eq!(w.unit, "mg");
}

#[test]
fn without_food_potassium_there_is_no_animal_protein_ratio() {
    for a in [
        analyze(&[]),
        analyze(&[RawEntry::supplement("potassium", 99.0, "mg", "day")]),
    ] {
        assert_eq!(a.animal_protein_to_potassium, None);
        assert_eq!(a.pral, None, "supplements are not counted in PRAL");
    }
}

#[test]
fn usual_portion_never_picks_a_portion_of_zero_grams() {
    use osteoplan::foods::Portion;
    use osteoplan::nutrients::analysis::usual_portion;
    let mut food = sr28::food_by_id("16070");
    food.portions = vec![
        Portion {
            label: "1 trace".into(),
            grams: 0.0,
        },
        Portion {
            label: "1 crate".into(),
            grams: 5000.0,
        },
    ];
    let p = usual_portion(&food);
    assert_eq!((p.label.as_str(), p.grams), ("1 crate", 5000.0));
}
