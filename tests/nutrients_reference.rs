//! Reference intakes checked against the tables in `docs/evidence.md` (reference intakes),
//! transcribed here in the document's own layout (table 3.1 columns, then the adolescent
//! paragraph), independently of the tables in `src/nutrients/reference.rs`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::nutrients::reference::{
    reference_intakes, Kind, LimitKind, LimitScope, Profile, ProfileInput, ReferenceSet, Sex,
};
use osteoplan::nutrients::Nutrient;

/// One person per column of table 3.1 plus the adolescent bands, with an age inside the band.
#[derive(Clone, Copy, Debug)]
enum Who {
    F(f64),
    M(f64),
    Preg(f64),
    Lact(f64),
}

fn profile(who: Who) -> Profile {
    match who {
        Who::F(age) => Profile::new(age, Sex::Female, Some(70.0), false, false),
        Who::M(age) => Profile::new(age, Sex::Male, Some(70.0), false, false),
        Who::Preg(age) => Profile::new(age, Sex::Female, Some(70.0), true, false),
        Who::Lact(age) => Profile::new(age, Sex::Female, Some(70.0), false, true),
    }
    .unwrap()
}

/// Table 3.1 columns: Women 19–50, Women 51–70, Women >70, Men 19–50, Men 51–70, Men >70,
/// Pregnancy (19–50), Lactation (19–50). Each 19–50 column is tested at 19, 30, 31 and 50.
const W19_50: [f64; 4] = [19.0, 30.0, 31.0, 50.9];
const W51_70: [f64; 2] = [51.0, 70.9];
const W71: [f64; 2] = [71.0, 95.0];

fn check(nutrient: Nutrient, who: Who, target: Option<f64>, upper: Option<f64>) {
    let intakes = reference_intakes(&profile(who), ReferenceSet::UsDri);
    let r = intakes
        .get(nutrient)
        .unwrap_or_else(|| panic!("{who:?}: no {}", nutrient.id()));
    let per_kg = nutrient == Nutrient::Protein;
    let got = if per_kg { r.per_kg } else { r.target };
    assert_eq!(got, target, "{} target for {who:?}", nutrient.id());
    assert_eq!(
        r.upper_limit,
        upper,
        "{} upper limit for {who:?}",
        nutrient.id()
    );
}

/// One row of table 3.1: the eight columns (targets) and ULs for 19–50, 51–70, >70, preg, lact.
struct Row {
    nutrient: Nutrient,
    /// W19–30, W31–50, W51–70, W>70, M19–30, M31–50, M51–70, M>70, preg 19–30, preg 31–50, lact 19–30, lact 31–50.
    targets: [f64; 12],
    /// 19–50, 51–70, >70, pregnancy 19–50, lactation 19–50 (same for both sexes).
    uls: [Option<f64>; 5],
}

fn rows() -> Vec<Row> {
    vec![
        // Calcium (mg): 1000 / 1200 / 1200 · 1000 / 1000 / 1200 · 1000 / 1000; UL 2500 (19–50), 2000 (51+), preg/lact 2500.
        Row {
            nutrient: Nutrient::Calcium,
            targets: [
                1000.0, 1000.0, 1200.0, 1200.0, 1000.0, 1000.0, 1000.0, 1200.0, 1000.0, 1000.0,
                1000.0, 1000.0,
            ],
            uls: [
                Some(2500.0),
                Some(2000.0),
                Some(2000.0),
                Some(2500.0),
                Some(2500.0),
            ],
        },
        // Vitamin D (µg): 15 / 15 / 20 · 15 / 15 / 20 · 15; UL 100.
        Row {
            nutrient: Nutrient::VitaminD,
            targets: [
                15.0, 15.0, 15.0, 20.0, 15.0, 15.0, 15.0, 20.0, 15.0, 15.0, 15.0, 15.0,
            ],
            uls: [Some(100.0); 5],
        },
        // Protein (g/kg): 0.8 everywhere; 1.1 pregnancy, 1.3 lactation; no UL.
        Row {
            nutrient: Nutrient::Protein,
            targets: [0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 1.1, 1.1, 1.3, 1.3],
            uls: [None; 5],
        },
        // Magnesium (mg): 310 (19–30) / 320 (31–50) / 320 / 320 · 400 / 420 / 420 / 420 · preg 350/360 · lact 310/320;
        // 350 from supplements only.
        Row {
            nutrient: Nutrient::Magnesium,
            targets: [
                310.0, 320.0, 320.0, 320.0, 400.0, 420.0, 420.0, 420.0, 350.0, 360.0, 310.0, 320.0,
            ],
            uls: [Some(350.0); 5],
        },
        // Phosphorus (mg): 700 everywhere; UL 4000 (19–70), 3000 (>70); pregnancy 3500, lactation 4000.
        Row {
            nutrient: Nutrient::Phosphorus,
            targets: [700.0; 12],
            uls: [
                Some(4000.0),
                Some(4000.0),
                Some(3000.0),
                Some(3500.0),
                Some(4000.0),
            ],
        },
        // Vitamin K (µg): 90 women, 120 men, 90 preg/lact; none set.
        Row {
            nutrient: Nutrient::VitaminK,
            targets: [
                90.0, 90.0, 90.0, 90.0, 120.0, 120.0, 120.0, 120.0, 90.0, 90.0, 90.0, 90.0,
            ],
            uls: [None; 5],
        },
        // Zinc (mg): 8 women, 11 men, preg 11, lact 12; UL 40.
        Row {
            nutrient: Nutrient::Zinc,
            targets: [
                8.0, 8.0, 8.0, 8.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 12.0, 12.0,
            ],
            uls: [Some(40.0); 5],
        },
        // Potassium (mg): 2600 women, 3400 men, preg 2900, lact 2800; none set.
        Row {
            nutrient: Nutrient::Potassium,
            targets: [
                2600.0, 2600.0, 2600.0, 2600.0, 3400.0, 3400.0, 3400.0, 3400.0, 2900.0, 2900.0,
                2800.0, 2800.0,
            ],
            uls: [None; 5],
        },
        // Sodium (mg): AI 1500 everywhere; CDRR 2300.
        Row {
            nutrient: Nutrient::Sodium,
            targets: [1500.0; 12],
            uls: [Some(2300.0); 5],
        },
    ]
}

#[test]
fn every_adult_us_dri_target_and_upper_limit_matches_table_3_1() {
    for row in rows() {
        let t = row.targets;
        let [ul_19_50, ul_51_70, ul_71, ul_preg, ul_lact] = row.uls;
        for age in W19_50 {
            let young = age < 31.0;
            check(
                row.nutrient,
                Who::F(age),
                Some(if young { t[0] } else { t[1] }),
                ul_19_50,
            );
            check(
                row.nutrient,
                Who::M(age),
                Some(if young { t[4] } else { t[5] }),
                ul_19_50,
            );
            check(
                row.nutrient,
                Who::Preg(age),
                Some(if young { t[8] } else { t[9] }),
                ul_preg,
            );
            check(
                row.nutrient,
                Who::Lact(age),
                Some(if young { t[10] } else { t[11] }),
                ul_lact,
            );
        }
        for age in W51_70 {
            check(row.nutrient, Who::F(age), Some(t[2]), ul_51_70);
            check(row.nutrient, Who::M(age), Some(t[6]), ul_51_70);
        }
        for age in W71 {
            check(row.nutrient, Who::F(age), Some(t[3]), ul_71);
            check(row.nutrient, Who::M(age), Some(t[7]), ul_71);
        }
    }
}

#[test]
fn every_adolescent_us_dri_value_matches_the_14_to_18_paragraph() {
    // "girls / boys: calcium 1300 / 1300 (UL 3000); vitamin D 15 µg / 15 µg (UL 100 µg); magnesium 360 / 410
    // (supplement UL 350); phosphorus 1250 / 1250 (UL 4000); zinc 9 / 11 (UL 34); vitamin K AI 75 / 75;
    // potassium AI 2300 / 3000; protein 0.85 g/kg."
    let teens: [(Nutrient, f64, f64, Option<f64>); 8] = [
        (Nutrient::Calcium, 1300.0, 1300.0, Some(3000.0)),
        (Nutrient::VitaminD, 15.0, 15.0, Some(100.0)),
        (Nutrient::Magnesium, 360.0, 410.0, Some(350.0)),
        (Nutrient::Phosphorus, 1250.0, 1250.0, Some(4000.0)),
        (Nutrient::Zinc, 9.0, 11.0, Some(34.0)),
        (Nutrient::VitaminK, 75.0, 75.0, None),
        (Nutrient::Potassium, 2300.0, 3000.0, None),
        (Nutrient::Protein, 0.85, 0.85, None),
    ];
    // "Pregnancy 14–18: calcium 1300, magnesium 400, phosphorus 1250, zinc 12 (UL 34), potassium 2600,
    // vitamin K 75; lactation 14–18: calcium 1300, magnesium 360, phosphorus 1250, zinc 13 (UL 34), potassium
    // 2500, vitamin K 75. Pregnancy phosphorus UL 3500; lactation 4000. Protein in pregnancy 1.1 g/kg,
    // lactation 1.3 g/kg." Calcium UL 3000 and vitamin D from table 3.1 (preg/lact 14–18).
    let preg: [(Nutrient, f64, Option<f64>); 8] = [
        (Nutrient::Calcium, 1300.0, Some(3000.0)),
        (Nutrient::VitaminD, 15.0, Some(100.0)),
        (Nutrient::Magnesium, 400.0, Some(350.0)),
        (Nutrient::Phosphorus, 1250.0, Some(3500.0)),
        (Nutrient::Zinc, 12.0, Some(34.0)),
        (Nutrient::Potassium, 2600.0, None),
        (Nutrient::VitaminK, 75.0, None),
        (Nutrient::Protein, 1.1, None),
    ];
    let lact: [(Nutrient, f64, Option<f64>); 8] = [
        (Nutrient::Calcium, 1300.0, Some(3000.0)),
        (Nutrient::VitaminD, 15.0, Some(100.0)),
        (Nutrient::Magnesium, 360.0, Some(350.0)),
        (Nutrient::Phosphorus, 1250.0, Some(4000.0)),
        (Nutrient::Zinc, 13.0, Some(34.0)),
        (Nutrient::Potassium, 2500.0, None),
        (Nutrient::VitaminK, 75.0, None),
        (Nutrient::Protein, 1.3, None),
    ];
    for age in [18.0, 18.5, 18.9] {
        for (n, girls, boys, ul) in teens {
            check(n, Who::F(age), Some(girls), ul);
            check(n, Who::M(age), Some(boys), ul);
        }
        for (n, target, ul) in preg {
            check(n, Who::Preg(age), Some(target), ul);
        }
        for (n, target, ul) in lact {
            check(n, Who::Lact(age), Some(target), ul);
        }
    }
}

#[test]
fn adolescent_values_are_checked_except_sodium() {
    // #12: the adolescent DRIs were re-checked against the primary tables; teen sodium was not.
    // Every 14–18 y column: girls, boys, pregnancy and lactation.
    for who in [Who::F(18.0), Who::M(18.0), Who::Preg(18.0), Who::Lact(18.0)] {
        let teen = reference_intakes(&profile(who), ReferenceSet::UsDri);
        for (n, r) in &teen.0 {
            assert_eq!(
                r.unchecked,
                *n == Nutrient::Sodium,
                "{} for {who:?}",
                n.id()
            );
        }
    }
    // From 19 y, sodium is checked too.
    for who in [Who::F(19.0), Who::M(19.0), Who::Preg(19.0), Who::Lact(19.0)] {
        let adult = reference_intakes(&profile(who), ReferenceSet::UsDri);
        assert!(adult.0.iter().all(|(_, r)| !r.unchecked), "{who:?}");
    }
}

#[test]
fn checked_adult_values_are_not_flagged() {
    let adult = reference_intakes(&profile(Who::F(45.0)), ReferenceSet::UsDri);
    for n in [
        Nutrient::Calcium,
        Nutrient::VitaminD,
        Nutrient::Magnesium,
        Nutrient::Potassium,
        Nutrient::Sodium,
        Nutrient::Protein,
    ] {
        assert!(
            !adult.get(n).unwrap().unchecked,
            "{} is [primary] in the reference",
            n.id()
        );
    }
    // #12: vitamin K AIs, zinc and phosphorus ULs and protein in pregnancy are now checked.
    for n in [Nutrient::VitaminK, Nutrient::Zinc, Nutrient::Phosphorus] {
        assert!(!adult.get(n).unwrap().unchecked, "{} is checked", n.id());
    }
    let preg = reference_intakes(&profile(Who::Preg(30.0)), ReferenceSet::UsDri);
    assert!(
        !preg.get(Nutrient::Protein).unwrap().unchecked,
        "1.1 g/kg in pregnancy is checked"
    );
}

#[test]
fn kinds_sources_and_limit_kinds_follow_the_reference() {
    let r = reference_intakes(&profile(Who::F(60.0)), ReferenceSet::UsDri);
    let ca = r.get(Nutrient::Calcium).unwrap();
    assert_eq!(ca.kind, Kind::Rda);
    assert!(ca.source.contains("IOM 2011"));
    assert_eq!(ca.unit, "mg");
    let k = r.get(Nutrient::Potassium).unwrap();
    assert_eq!(k.kind, Kind::Ai);
    assert!(k.source.contains("NASEM 2019"));
    let na = r.get(Nutrient::Sodium).unwrap();
    assert_eq!(na.upper_limit_kind, Some(LimitKind::Cdrr));
    let vk = r.get(Nutrient::VitaminK).unwrap();
    assert_eq!(vk.kind, Kind::Ai);
    assert_eq!(vk.unit, "µg");
    assert!(
        r.get(Nutrient::Energy).is_none(),
        "no reference value for energy in the reference"
    );
}

#[test]
fn magnesium_upper_limit_counts_supplements_only() {
    let r = reference_intakes(&profile(Who::M(40.0)), ReferenceSet::UsDri);
    let mg = r.get(Nutrient::Magnesium).unwrap();
    assert_eq!(mg.upper_limit, Some(350.0));
    assert_eq!(mg.upper_limit_applies_to, Some(LimitScope::Supplements));
    assert_eq!(
        r.get(Nutrient::Calcium).unwrap().upper_limit_applies_to,
        Some(LimitScope::Total)
    );
}

#[test]
fn protein_target_is_grams_per_kg_times_weight() {
    let p = Profile::new(40.0, Sex::Female, Some(62.5), false, false).unwrap();
    let protein = reference_intakes(&p, ReferenceSet::UsDri)
        .get(Nutrient::Protein)
        .cloned()
        .unwrap();
    assert_eq!(protein.target, Some(0.8 * 62.5));
    assert_eq!(protein.unit, "g");
    let teen = Profile::new(18.0, Sex::Male, Some(60.0), false, false).unwrap();
    let t = reference_intakes(&teen, ReferenceSet::UsDri)
        .get(Nutrient::Protein)
        .cloned()
        .unwrap();
    assert!((t.target.unwrap() - 51.0).abs() < 1e-9, "0.85 × 60 = 51");
}

#[test]
fn protein_without_weight_has_no_target_and_says_why() {
    let p = Profile::new(40.0, Sex::Female, None, false, false).unwrap();
    let protein = reference_intakes(&p, ReferenceSet::UsDri)
        .get(Nutrient::Protein)
        .cloned()
        .unwrap();
    assert_eq!(protein.target, None);
    assert_eq!(protein.per_kg, Some(0.8));
    assert!(protein.note.unwrap().contains("weight"));
}

#[test]
fn bone_ai_set_raises_calcium_vitamin_d_and_protein_to_esceo() {
    // #12: ESCEO 2014 covers postmenopausal women, applied from 50 (45 gets the DRI, below).
    let p = Profile::new(55.0, Sex::Female, Some(60.0), false, false).unwrap();
    let r = reference_intakes(&p, ReferenceSet::BoneAi);
    // US DRI 1200 mg at 55, above ESCEO's 1000 mg.
    assert_eq!(r.get(Nutrient::Calcium).unwrap().target, Some(1200.0));
    // 800 IU = 20 µg (ESCEO) instead of 600 IU.
    let d = r.get(Nutrient::VitaminD).unwrap();
    assert_eq!(d.target, Some(20.0));
    assert!(d.source.contains("ESCEO"));
    assert!(!d.unchecked, "ESCEO's 800 IU is checked");
    let protein = r.get(Nutrient::Protein).unwrap();
    assert_eq!(protein.per_kg, Some(1.0));
    assert_eq!(protein.per_kg_max, Some(1.2));
    assert_eq!(protein.target, Some(60.0));
    assert!((protein.target_max.unwrap() - 72.0).abs() < 1e-9);
    let younger = Profile::new(45.0, Sex::Female, Some(60.0), false, false).unwrap();
    let y = reference_intakes(&younger, ReferenceSet::BoneAi);
    assert_eq!(y.get(Nutrient::VitaminD).unwrap().target, Some(15.0));
    // Other nutrients come from the US DRIs.
    assert_eq!(r.get(Nutrient::Magnesium).unwrap().target, Some(320.0));
}

#[test]
fn bone_ai_set_never_lowers_a_us_dri_target() {
    // A woman of 60 has a US DRI of 1200 mg calcium, above ESCEO's 1000.
    let p = Profile::new(60.0, Sex::Female, None, false, false).unwrap();
    let us = reference_intakes(&p, ReferenceSet::UsDri);
    let ai = reference_intakes(&p, ReferenceSet::BoneAi);
    assert_eq!(ai.get(Nutrient::Calcium).unwrap().target, Some(1200.0));
    for (n, r) in &us.0 {
        if let (Some(u), Some(a)) = (r.target, ai.get(*n).and_then(|x| x.target)) {
            assert!(a >= u, "{}: bone-ai {a} < us-dri {u}", n.id());
        }
    }
    // Over 70, vitamin D is already 20 µg.
    let old = Profile::new(75.0, Sex::Male, None, false, false).unwrap();
    assert_eq!(
        reference_intakes(&old, ReferenceSet::BoneAi)
            .get(Nutrient::VitaminD)
            .unwrap()
            .target,
        Some(20.0)
    );
}

#[test]
fn efsa_values_match_section_3_2() {
    let young = Profile::new(22.0, Sex::Female, Some(60.0), false, false).unwrap();
    let older = Profile::new(40.0, Sex::Male, Some(80.0), false, false).unwrap();
    let y = reference_intakes(&young, ReferenceSet::Efsa);
    let o = reference_intakes(&older, ReferenceSet::Efsa);
    assert_eq!(y.get(Nutrient::Calcium).unwrap().target, Some(1000.0));
    assert_eq!(o.get(Nutrient::Calcium).unwrap().target, Some(950.0));
    assert_eq!(o.get(Nutrient::Calcium).unwrap().upper_limit, Some(2500.0));
    assert!(
        !o.get(Nutrient::Calcium).unwrap().unchecked,
        "EFSA calcium is [primary]"
    );
    assert_eq!(o.get(Nutrient::VitaminD).unwrap().target, Some(15.0));
    assert_eq!(o.get(Nutrient::VitaminD).unwrap().upper_limit, Some(100.0));
    assert!((o.get(Nutrient::Protein).unwrap().target.unwrap() - 0.83 * 80.0).abs() < 1e-9);
    assert_eq!(y.get(Nutrient::Magnesium).unwrap().target, Some(300.0));
    assert_eq!(o.get(Nutrient::Magnesium).unwrap().target, Some(350.0));
    assert_eq!(o.get(Nutrient::VitaminK).unwrap().target, Some(70.0));
    assert_eq!(o.get(Nutrient::Potassium).unwrap().target, Some(3500.0));
    assert_eq!(o.get(Nutrient::Phosphorus).unwrap().target, Some(550.0));
    let zinc = o.get(Nutrient::Zinc).unwrap();
    assert_eq!(zinc.target, None, "EFSA zinc depends on phytate intake");
    assert!(zinc.note.unwrap().contains("phytate"));
    assert!(o.get(Nutrient::VitaminK).unwrap().unchecked);
}

#[test]
fn uk_values_match_section_3_2_and_only_protein_is_unchecked() {
    let p = Profile::new(55.0, Sex::Female, Some(60.0), false, false).unwrap();
    let r = reference_intakes(&p, ReferenceSet::Uk);
    assert_eq!(r.get(Nutrient::Calcium).unwrap().target, Some(700.0));
    assert_eq!(r.get(Nutrient::VitaminD).unwrap().target, Some(10.0));
    assert!(
        (r.get(Nutrient::Protein).unwrap().target.unwrap() - 45.0).abs() < 1e-9,
        "0.75 × 60"
    );
    // #12: UK calcium and vitamin D were checked; the protein RNI was not.
    for (n, x) in &r.0 {
        assert_eq!(x.unchecked, *n == Nutrient::Protein, "{}", n.id());
    }
}

#[test]
fn sets_without_values_for_a_life_stage_say_so_instead_of_guessing() {
    // EFSA gives no values in pregnancy; the UK's adult calcium RNI starts at 19.
    let pregnant = Profile::new(30.0, Sex::Female, Some(60.0), true, false).unwrap();
    let efsa = reference_intakes(&pregnant, ReferenceSet::Efsa);
    assert!(efsa
        .0
        .iter()
        .all(|(_, r)| r.target.is_none() && r.note.is_some()));
    let eighteen = Profile::new(18.0, Sex::Female, Some(50.0), false, false).unwrap();
    let uk = reference_intakes(&eighteen, ReferenceSet::Uk);
    assert_eq!(uk.get(Nutrient::Calcium).unwrap().target, None);
    assert_eq!(
        uk.get(Nutrient::VitaminD).unwrap().target,
        Some(10.0),
        "SACN: everyone from 4 y"
    );
}

#[test]
fn reference_set_ids_round_trip_and_unknown_is_an_error() {
    for set in ReferenceSet::ALL {
        assert_eq!(ReferenceSet::from_id(set.id()), Ok(set));
    }
    assert_eq!(
        ReferenceSet::from_id("who").unwrap_err().code(),
        "UNKNOWN_REFERENCE_SET"
    );
}

#[test]
fn bad_profiles_are_invalid_profile_errors_naming_the_field() {
    let cases: [(Result<Profile, osteoplan::Error>, &str); 10] = [
        (Profile::new(3.0, Sex::Female, None, false, false), "age"),
        (Profile::new(17.9, Sex::Female, None, false, false), "age"),
        (Profile::new(110.5, Sex::Female, None, false, false), "age"),
        (
            Profile::new(f64::NAN, Sex::Female, None, false, false),
            "age",
        ),
        (
            Profile::new(40.0, Sex::Female, Some(-5.0), false, false),
            "weightKg",
        ),
        (
            Profile::new(40.0, Sex::Female, Some(0.0), false, false),
            "weightKg",
        ),
        (
            Profile::new(40.0, Sex::Female, Some(f64::NAN), false, false),
            "weightKg",
        ),
        (
            Profile::new(40.0, Sex::Female, Some(1e9), false, false),
            "weightKg",
        ),
        (Profile::new(40.0, Sex::Male, None, true, false), "pregnant"),
        (
            Profile::new(40.0, Sex::Male, None, false, true),
            "lactating",
        ),
    ];
    for (result, field) in cases {
        let err = result.unwrap_err();
        assert_eq!(err.code(), "INVALID_PROFILE");
        assert!(err.to_string().contains(field), "{err} should name {field}");
    }
    assert_eq!(Sex::parse("x").unwrap_err().code(), "INVALID_PROFILE");
    assert!(Sex::parse("x").unwrap_err().to_string().contains("sex"));
}

#[test]
fn profile_edges_are_accepted_and_one_life_stage_at_a_time() {
    assert!(Profile::new(18.0, Sex::Female, Some(20.0), false, false).is_ok());
    assert!(Profile::new(110.0, Sex::Male, Some(400.0), false, false).is_ok());
    let both = Profile::new(30.0, Sex::Female, None, true, true).unwrap_err();
    assert_eq!(both.code(), "INVALID_PROFILE");
    assert!(both.to_string().contains("lactating"));
    // A pregnancy after 50 reads the 31–50 pregnancy column (magnesium 360 mg).
    let late = Profile::new(52.0, Sex::Female, None, true, false).unwrap();
    assert_eq!(
        reference_intakes(&late, ReferenceSet::UsDri)
            .get(Nutrient::Magnesium)
            .unwrap()
            .target,
        Some(360.0)
    );
}

// ---- edges and ids found by mutation testing (`make mutants`) ----------------------------------

#[test]
fn sex_parses_both_ids_and_a_profile_input_is_checked_like_new() {
    assert_eq!(Sex::parse("female"), Ok(Sex::Female));
    assert_eq!(Sex::parse("male"), Ok(Sex::Male));
    let input = ProfileInput {
        age: 58.0,
        sex: Sex::Male,
        weight_kg: Some(81.0),
        pregnant: false,
        lactating: false,
    };
    let p = Profile::from_input(input).unwrap();
    assert_eq!(
        (p.age(), p.sex(), p.weight_kg(), p.pregnant(), p.lactating()),
        (58.0, Sex::Male, Some(81.0), false, false)
    );
    let nursing = Profile::from_input(ProfileInput {
        age: 30.0,
        sex: Sex::Female,
        weight_kg: None,
        pregnant: false,
        lactating: true,
    })
    .unwrap();
    assert!(nursing.lactating() && !nursing.pregnant());
    let bad = Profile::from_input(ProfileInput { age: 9.0, ..input }).unwrap_err();
    assert_eq!(bad.code(), "INVALID_PROFILE");
}

#[test]
fn kind_and_limit_ids_are_the_ones_javascript_sees() {
    let kinds = [
        (Kind::Rda, "RDA"),
        (Kind::Ai, "AI"),
        (Kind::Pri, "PRI"),
        (Kind::Rni, "RNI"),
        (Kind::Guideline, "GUIDELINE"),
    ];
    for (kind, id) in kinds {
        assert_eq!(kind.id(), id);
    }
    assert_eq!(LimitKind::Ul.id(), "UL");
    assert_eq!(LimitKind::Cdrr.id(), "CDRR");
    assert_eq!(LimitScope::Total.id(), "total");
    assert_eq!(LimitScope::Supplements.id(), "supplements");
}

#[test]
fn bone_ai_calcium_at_50_is_the_esceo_guideline_with_its_note() {
    // At 50 the US DRI (31–50 y) is 1000 mg, equal to ESCEO's: the ESCEO guideline is shown.
    let p = Profile::new(50.0, Sex::Female, Some(60.0), false, false).unwrap();
    let r = reference_intakes(&p, ReferenceSet::BoneAi);
    let ca = r.get(Nutrient::Calcium).unwrap();
    assert_eq!(ca.target, Some(1000.0));
    assert_eq!(ca.kind, Kind::Guideline);
    assert!(ca.source.contains("ESCEO 2014"));
    assert!(ca.note.unwrap().contains("Hadji"));
    // At 55 the US DRI of 1200 mg stays, with its own kind and source, and the same note.
    let older = Profile::new(55.0, Sex::Female, Some(60.0), false, false).unwrap();
    let r = reference_intakes(&older, ReferenceSet::BoneAi);
    let ca = r.get(Nutrient::Calcium).unwrap();
    assert_eq!((ca.target, ca.kind), (Some(1200.0), Kind::Rda));
    assert!(ca.source.contains("IOM 2011"));
    assert!(ca.note.unwrap().contains("Hadji"));
}

#[test]
fn bone_ai_covers_neither_men_nor_pregnancy_nor_lactation() {
    let cases = [
        Profile::new(60.0, Sex::Male, Some(80.0), false, false).unwrap(),
        Profile::new(45.0, Sex::Female, Some(60.0), false, false).unwrap(),
        Profile::new(52.0, Sex::Female, Some(60.0), true, false).unwrap(),
        Profile::new(52.0, Sex::Female, Some(60.0), false, true).unwrap(),
    ];
    for p in cases {
        let us = reference_intakes(&p, ReferenceSet::UsDri);
        let ai = reference_intakes(&p, ReferenceSet::BoneAi);
        for n in [Nutrient::Calcium, Nutrient::VitaminD, Nutrient::Protein] {
            let (u, a) = (us.get(n).unwrap(), ai.get(n).unwrap());
            assert_eq!(
                (a.target, a.per_kg, a.kind),
                (u.target, u.per_kg, u.kind),
                "{p:?} {}",
                n.id()
            );
            assert!(
                a.note.unwrap().contains("postmenopausal"),
                "{p:?} {}",
                n.id()
            );
        }
    }
}

#[test]
fn efsa_age_edges_and_life_stages() {
    let at = |age, pregnant, lactating| {
        let p = Profile::new(age, Sex::Female, Some(60.0), pregnant, lactating).unwrap();
        reference_intakes(&p, ReferenceSet::Efsa)
    };
    // 18–24 y: 1000 mg; from the 25th birthday: 950 mg.
    assert_eq!(
        at(18.0, false, false)
            .get(Nutrient::Calcium)
            .unwrap()
            .target,
        Some(1000.0)
    );
    assert_eq!(
        at(24.9, false, false)
            .get(Nutrient::Calcium)
            .unwrap()
            .target,
        Some(1000.0)
    );
    assert_eq!(
        at(25.0, false, false)
            .get(Nutrient::Calcium)
            .unwrap()
            .target,
        Some(950.0)
    );
    // 18, osteoplan's youngest age, is already an EFSA adult.
    let adult = at(18.0, false, false);
    assert!((adult.get(Nutrient::Protein).unwrap().target.unwrap() - 0.83 * 60.0).abs() < 1e-9);
    // Adults only: no EFSA value for pregnancy or lactation.
    for r in [at(30.0, true, false), at(30.0, false, true)] {
        assert!(r
            .0
            .iter()
            .all(|(_, x)| x.target.is_none() && x.note.is_some()));
        assert_eq!(r.get(Nutrient::Protein).unwrap().per_kg, None);
    }
}

#[test]
fn uk_age_edges_and_life_stages() {
    let at = |age, pregnant, lactating| {
        let p = Profile::new(age, Sex::Female, Some(60.0), pregnant, lactating).unwrap();
        reference_intakes(&p, ReferenceSet::Uk)
    };
    let adult = at(19.0, false, false);
    assert_eq!(adult.get(Nutrient::Calcium).unwrap().target, Some(700.0));
    assert!((adult.get(Nutrient::Protein).unwrap().target.unwrap() - 45.0).abs() < 1e-9);
    assert_eq!(
        at(18.9, false, false)
            .get(Nutrient::Calcium)
            .unwrap()
            .target,
        None
    );
    for r in [at(30.0, true, false), at(30.0, false, true)] {
        let ca = r.get(Nutrient::Calcium).unwrap();
        assert_eq!(ca.target, None);
        assert!(ca.note.is_some());
        assert_eq!(r.get(Nutrient::Protein).unwrap().target, None);
        assert_eq!(r.get(Nutrient::VitaminD).unwrap().target, Some(10.0));
    }
}
