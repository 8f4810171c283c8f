//! Usual servings (`data/servings.tsv`) over the whole food table: every food has one, within
//! its FDA reference-amount (RACC) category's range, shown as an SR28 household measure where
//! the file says so; and the calcium suggestions built on them are varied and realistic.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use osteoplan::foods::servings::{self, Basis};
use osteoplan::foods::{self, Food};
use osteoplan::nutrients::reference::{Profile, Sex};
use osteoplan::nutrients::suggest::{suggest_foods, Filters};
use osteoplan::nutrients::Nutrient;
use std::collections::HashMap;

/// RACC categories from `data/racc.tsv`: id → grams.
fn racc() -> HashMap<String, f64> {
    include_str!("../data/racc.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let mut f = l.split('\t');
            let id = f.next().unwrap().to_owned();
            let grams: f64 = f.next().unwrap().parse().unwrap();
            assert!(f.next().is_some_and(|name| !name.is_empty()), "{l}");
            (id, grams)
        })
        .collect()
}

/// The multiples and fractions a household label may use of one SR28 measure.
const SIMPLE: [f64; 16] = [
    0.25,
    1.0 / 3.0,
    0.5,
    2.0 / 3.0,
    0.75,
    1.0,
    1.5,
    2.0,
    3.0,
    4.0,
    5.0,
    6.0,
    8.0,
    10.0,
    15.0,
    16.0,
];

#[test]
fn every_food_has_exactly_one_serving_and_every_row_is_read() {
    let rows = include_str!("../data/servings.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .count();
    assert_eq!(
        servings::all().len(),
        rows,
        "a row of data/servings.tsv does not parse"
    );
    assert_eq!(foods::all().len(), 751);
    for food in foods::all() {
        assert!(
            food.serving().is_some(),
            "{} {} has no usual serving",
            food.id,
            food.name
        );
    }
    for s in servings::all() {
        assert!(
            foods::get(&s.food_id).is_ok(),
            "serving for {} which is not in the table",
            s.food_id
        );
    }
    let ids: Vec<&str> = servings::all().iter().map(|s| s.food_id.as_str()).collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "data/servings.tsv is not sorted by NDB number, or a food has two rows"
    );
}

#[test]
fn every_serving_is_within_its_racc_categorys_range() {
    let racc = racc();
    for s in servings::all() {
        let Some(&reference) = racc.get(&s.racc) else {
            panic!("{}: unknown RACC category {}", s.food_id, s.racc);
        };
        assert!(
            (0.5 * reference..=2.0 * reference).contains(&s.grams),
            "{} {} g ({}) is outside 50-200 % of {} ({reference} g)",
            s.food_id,
            s.grams,
            s.label,
            s.racc
        );
    }
}

#[test]
fn sr28_based_labels_are_a_simple_multiple_of_an_sr28_household_measure() {
    for s in servings::all().iter().filter(|s| s.basis == Basis::Sr28) {
        let food = foods::get(&s.food_id).unwrap();
        let fits = food.portions.iter().any(|p| {
            SIMPLE
                .iter()
                .any(|k| (p.grams * k - s.grams).abs() <= 0.01 * s.grams.max(1.0))
        });
        assert!(
            fits,
            "{} {:?}: {} g is no simple multiple of {:?}",
            s.food_id, s.label, s.grams, food.portions
        );
    }
}

#[test]
fn a_serving_that_shares_an_sr28_label_has_its_grams() {
    for food in foods::all() {
        let s = food.serving().unwrap();
        if let Some(p) = food.portions.iter().find(|p| p.label == s.label) {
            assert!(
                (p.grams - s.grams).abs() < 1e-9,
                "{}: {:?}",
                food.id,
                s.label
            );
        }
        // The serving's label is a portion an entry can name.
        assert_eq!(
            food.portion(&s.label).unwrap().grams,
            if food.portions.iter().any(|p| p.label == s.label) {
                food.portions
                    .iter()
                    .find(|p| p.label == s.label)
                    .unwrap()
                    .grams
            } else {
                s.grams
            }
        );
    }
}

#[test]
fn the_foods_people_named_default_to_a_usual_serving() {
    let serving = |id: &str| foods::get(id).unwrap().serving().unwrap();
    // Almonds: 1 oz, not the 143 g cup (≈ 830 kcal); sardines: one can, not a cup; cheddar: 1 oz.
    assert_eq!(
        (serving("12061").label.as_str(), serving("12061").grams),
        ("1 oz (about 23 almonds)", 28.35)
    );
    assert_eq!(serving("15088").grams, 92.0);
    assert_eq!(
        (serving("01009").label.as_str(), serving("01009").grams),
        ("1 oz", 28.35)
    );
    assert_eq!(
        (serving("01077").label.as_str(), serving("01077").grams),
        ("1 cup", 244.0)
    );
    assert_eq!(serving("01117").grams, 170.0);
    assert_eq!(serving("01117").label_es, "1 envase (6 oz)");
}

fn woman_60() -> Profile {
    Profile::new(60.0, Sex::Female, Some(65.0), false, false).unwrap()
}

#[test]
fn first_six_calcium_suggestions_are_varied_realistic_and_everyday() {
    let racc = racc();
    let s = suggest_foods(
        &woman_60(),
        &[],
        Nutrient::Calcium,
        &Filters::default(),
        foods::all(),
    )
    .unwrap();
    let first: Vec<_> = s.iter().take(6).collect();
    for x in &first {
        println!(
            "{} {} {} ({} g): {:.0} mg",
            x.food_id, x.name, x.portion.label, x.portion.grams, x.amount
        );
    }
    assert_eq!(first.len(), 6);
    for x in &first {
        let food: &Food = foods::get(&x.food_id).unwrap();
        let serving = food.serving().unwrap();
        assert_eq!(
            (x.portion.label.as_str(), x.portion.grams),
            (serving.label.as_str(), serving.grams)
        );
        assert!(x.portion.grams <= 2.0 * racc[&serving.racc], "{x:?}");
        assert!(
            !x.brand_fortified,
            "a brand-name fortified cereal before everyday foods: {x:?}"
        );
        let kind = |n: &str| n.split(',').next().unwrap_or(n).to_owned();
        assert_eq!(
            first
                .iter()
                .filter(|y| kind(&y.name) == kind(&x.name))
                .count(),
            1,
            "{first:?}"
        );
        let same_group = first.iter().filter(|y| y.group == x.group).count();
        assert!(same_group <= 2, "three from group {}: {first:?}", x.group);
    }
    // The brand-name cereals stay available further down, and a filter leaves them out.
    let all = Filters {
        limit: Some(50),
        ..Filters::default()
    };
    assert!(
        suggest_foods(&woman_60(), &[], Nutrient::Calcium, &all, foods::all())
            .unwrap()
            .iter()
            .any(|x| x.brand_fortified)
    );
    let everyday = Filters {
        limit: Some(50),
        no_brand_fortified: true,
        ..Filters::default()
    };
    assert!(
        !suggest_foods(&woman_60(), &[], Nutrient::Calcium, &everyday, foods::all())
            .unwrap()
            .iter()
            .any(|x| x.brand_fortified)
    );
}
