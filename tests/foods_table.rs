//! The embedded food table: values as SR28 gives them (a committed spot-check that always
//! runs, and a walk of the whole table against the SR28 files when `make foods` has put them in
//! `.cache/`), names in both languages, tags, portions.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::foods::{self, Tag};
use osteoplan::nutrients::Nutrient;
use std::collections::BTreeMap;
use std::path::Path;

/// Per-100 g values read by hand from SR28 ABBREV.txt (`None` = empty field), in
/// `Nutrient::ALL` order: energy protein calcium vitaminD magnesium phosphorus potassium zinc
/// vitaminK sodium saturated mono poly fiber; then the first household portion.
type SpotCheck = (&'static str, [Option<f64>; 14], (&'static str, f64));

#[rustfmt::skip]
const SPOT_CHECK: [SpotCheck; 26] = [
    ("01077", [Some(61.0), Some(3.15), Some(113.0), Some(1.3), Some(10.0), Some(84.0), Some(132.0), Some(0.37), Some(0.3), Some(43.0), Some(1.865), Some(0.812), Some(0.195), Some(0.0)], ("1 cup", 244.0)),
    ("15088", [Some(208.0), Some(24.62), Some(382.0), Some(4.8), Some(39.0), Some(490.0), Some(397.0), Some(1.31), Some(2.6), Some(307.0), Some(1.528), Some(3.869), Some(5.148), Some(0.0)], ("1 cup,  drained", 149.0)),
    ("11457", [Some(23.0), Some(2.86), Some(99.0), Some(0.0), Some(79.0), Some(49.0), Some(558.0), Some(0.53), Some(482.9), Some(79.0), Some(0.063), Some(0.010), Some(0.165), Some(2.2)], ("1 cup", 30.0)),
    ("16426", [Some(144.0), Some(17.27), Some(683.0), Some(0.0), Some(58.0), Some(190.0), Some(237.0), Some(1.57), None, Some(14.0), Some(1.261), Some(1.925), Some(4.921), Some(2.3)], (".5 cup", 126.0)),
    ("12061", [Some(579.0), Some(21.15), Some(269.0), Some(0.0), Some(270.0), Some(481.0), Some(733.0), Some(3.12), Some(0.0), Some(1.0), Some(3.802), Some(31.551), Some(12.329), Some(12.5)], ("1 cup, whole", 143.0)),
    ("15086", [Some(156.0), Some(26.48), Some(11.0), Some(16.7), Some(36.0), Some(305.0), Some(436.0), Some(0.55), Some(0.1), Some(92.0), Some(0.969), Some(1.864), Some(1.327), Some(0.0)], ("3 oz", 85.0)),
    ("01117", [Some(63.0), Some(5.25), Some(183.0), Some(0.0), Some(17.0), Some(144.0), Some(234.0), Some(0.89), Some(0.2), Some(70.0), Some(1.000), Some(0.426), Some(0.044), Some(0.0)], ("1 container,  (6 oz)", 170.0)),
    ("11233", [Some(49.0), Some(4.28), Some(150.0), Some(0.0), Some(47.0), Some(92.0), Some(491.0), Some(0.56), Some(704.8), Some(38.0), Some(0.091), Some(0.052), Some(0.338), Some(3.6)], ("1 cup, 1\" pieces, loosely packed", 16.0)),
    ("11161", [Some(32.0), Some(3.02), Some(232.0), Some(0.0), Some(27.0), Some(25.0), Some(213.0), Some(0.21), Some(437.1), Some(17.0), Some(0.055), Some(0.030), Some(0.201), Some(4.0)], ("1 cup, chopped", 36.0)),
    ("11116", [Some(13.0), Some(1.50), Some(105.0), Some(0.0), Some(19.0), Some(37.0), Some(252.0), Some(0.19), Some(45.5), Some(65.0), Some(0.027), Some(0.015), Some(0.096), Some(1.0)], ("1 cup, shredded", 70.0)),
    ("15087", [Some(167.0), Some(23.59), Some(232.0), Some(21.0), Some(31.0), Some(338.0), Some(314.0), Some(0.84), Some(0.1), Some(408.0), Some(1.440), Some(2.494), Some(1.783), Some(0.0)], ("3 oz", 85.0)),
    ("15047", [Some(262.0), Some(23.85), Some(15.0), None, Some(97.0), Some(278.0), Some(401.0), Some(0.94), None, Some(83.0), Some(4.176), Some(7.006), Some(4.300), Some(0.0)], ("1 fillet", 88.0)),
    ("01125", [Some(322.0), Some(15.86), Some(129.0), Some(5.4), Some(5.0), Some(390.0), Some(109.0), Some(2.30), Some(0.7), Some(48.0), Some(9.551), Some(11.738), Some(4.204), Some(0.0)], ("1 large", 17.0)),
    ("08077", [Some(320.0), Some(8.40), Some(3333.0), Some(8.3), Some(80.0), Some(267.0), Some(306.0), Some(50.00), Some(1.6), Some(470.0), Some(0.600), Some(0.300), Some(0.800), Some(9.1)], (".75 cup,  (1 NLEA serving)", 30.0)),
    ("09210", [Some(47.0), Some(0.68), Some(140.0), Some(1.0), Some(11.0), Some(47.0), Some(178.0), Some(0.07), Some(0.0), Some(2.0), Some(0.014), Some(0.022), Some(0.030), Some(0.3)], ("1 cup", 249.0)),
    ("04053", [Some(884.0), Some(0.00), Some(1.0), Some(0.0), Some(0.0), Some(0.0), Some(1.0), Some(0.00), Some(60.2), Some(2.0), Some(13.808), Some(72.961), Some(10.523), Some(0.0)], ("1 tablespoon", 13.5)),
    ("09050", [Some(57.0), Some(0.74), Some(6.0), Some(0.0), Some(6.0), Some(12.0), Some(77.0), Some(0.16), Some(19.3), Some(1.0), Some(0.028), Some(0.047), Some(0.146), Some(2.4)], ("1 cup", 148.0)),
    ("02043", [Some(312.0), Some(9.68), Some(168.0), Some(0.0), Some(208.0), Some(299.0), Some(2080.0), Some(4.50), Some(13.4), Some(27.0), Some(1.838), Some(0.449), Some(0.756), Some(22.7)], ("1 tsp", 3.0)),
    ("14278", [Some(1.0), Some(0.22), Some(0.0), Some(0.0), Some(1.0), Some(0.0), Some(8.0), Some(0.01), Some(0.0), Some(1.0), Some(0.000), Some(0.000), Some(0.000), Some(0.0)], ("1 cup", 245.0)),
    ("09037", [Some(160.0), Some(2.00), Some(12.0), Some(0.0), Some(29.0), Some(52.0), Some(485.0), Some(0.64), Some(21.0), Some(7.0), Some(2.126), Some(9.799), Some(1.816), Some(6.7)], ("1 cup, cubes", 150.0)),
    ("12155", [Some(654.0), Some(15.23), Some(98.0), Some(0.0), Some(158.0), Some(346.0), Some(441.0), Some(3.09), Some(2.7), Some(2.0), Some(6.126), Some(8.933), Some(47.174), Some(6.7)], ("1 cup, chopped", 117.0)),
    ("12006", [Some(486.0), Some(16.54), Some(631.0), None, Some(335.0), Some(860.0), Some(407.0), Some(4.58), None, Some(16.0), Some(3.330), Some(2.309), Some(23.665), Some(34.4)], ("1 oz", 28.35)),
    ("16139", [Some(43.0), Some(2.60), Some(123.0), Some(1.1), Some(15.0), Some(43.0), Some(122.0), Some(0.26), Some(3.0), Some(47.0), Some(0.205), Some(0.382), Some(0.858), Some(0.2)], ("1 cup", 243.0)),
    ("14091", [Some(15.0), Some(0.59), Some(197.0), Some(1.0), Some(7.0), Some(10.0), Some(67.0), Some(0.07), Some(0.0), Some(71.0), Some(0.000), Some(0.708), Some(0.236), Some(0.0)], ("1 cup", 262.0)),
    ("11458", [Some(23.0), Some(2.97), Some(136.0), Some(0.0), Some(87.0), Some(56.0), Some(466.0), Some(0.76), Some(493.6), Some(70.0), Some(0.043), Some(0.006), Some(0.109), Some(2.4)], ("1 cup", 180.0)),
    ("09316", [Some(32.0), Some(0.67), Some(16.0), Some(0.0), Some(13.0), Some(24.0), Some(153.0), Some(0.14), Some(2.2), Some(1.0), Some(0.015), Some(0.043), Some(0.155), Some(2.0)], ("1 cup,  halves", 152.0)),
];

#[test]
fn spot_checked_foods_carry_sr28_values_and_portions() {
    for (id, values, (label, grams)) in SPOT_CHECK {
        let food = foods::get(id).unwrap();
        for (n, want) in Nutrient::ALL.into_iter().zip(values) {
            assert_eq!(food.per_100g(n), want, "{id} {}", n.id());
        }
        let first = &food.portions[0];
        assert_eq!((first.label.as_str(), first.grams), (label, grams), "{id}");
    }
}

#[test]
fn tofu_with_calcium_sulfate_has_350_mg_calcium() {
    assert_eq!(
        foods::get("16427").unwrap().per_100g(Nutrient::Calcium),
        Some(350.0)
    );
}

#[test]
fn unanalysed_nutrients_stay_unknown_not_zero() {
    // SR28 has no vitamin D or K value for Atlantic mackerel.
    let mackerel = foods::get("15047").unwrap();
    assert_eq!(mackerel.per_100g(Nutrient::VitaminD), None);
    assert_eq!(mackerel.per_100g(Nutrient::VitaminK), None);
    let unknown_d = foods::all()
        .iter()
        .filter(|f| f.per_100g(Nutrient::VitaminD).is_none())
        .count();
    assert!(unknown_d > 0 && unknown_d < foods::all().len());
}

#[test]
fn table_has_at_least_700_foods_sorted_by_unique_id() {
    let all = foods::all();
    assert!(all.len() >= 700, "{} foods", all.len());
    assert!(all.windows(2).all(|w| w[0].id < w[1].id));
    assert!(all
        .iter()
        .all(|f| f.id.len() == 5 && f.id.bytes().all(|b| b.is_ascii_digit())));
}

#[test]
fn every_food_has_both_names_a_description_and_a_group() {
    for f in foods::all() {
        assert!(!f.name.trim().is_empty(), "{}", f.id);
        assert!(!f.name_es.trim().is_empty(), "{}", f.id);
        assert!(!f.usda_description.is_empty(), "{}", f.id);
        assert!(
            f.group.len() == 4 && f.group.bytes().all(|b| b.is_ascii_digit()),
            "{}",
            f.id
        );
    }
}

#[test]
fn portions_have_labels_and_positive_grams() {
    let with_portions = foods::all()
        .iter()
        .filter(|f| !f.portions.is_empty())
        .count();
    assert!(with_portions * 10 > foods::all().len() * 9);
    for f in foods::all() {
        for p in &f.portions {
            assert!(!p.label.is_empty() && p.grams > 0.0, "{} {p:?}", f.id);
        }
    }
    assert_eq!(
        foods::get("01077").unwrap().portion("1 cup").unwrap().grams,
        244.0
    );
    assert_eq!(
        foods::get("01077")
            .unwrap()
            .portion("1 gallon")
            .unwrap_err()
            .code(),
        "UNKNOWN_PORTION"
    );
}

#[test]
fn unknown_ids_are_errors() {
    assert_eq!(foods::get("99999").unwrap_err().code(), "UNKNOWN_FOOD");
    assert_eq!(foods::get("").unwrap_err().code(), "UNKNOWN_FOOD");
}

fn tagged(id: &str, tag: Tag) -> bool {
    foods::get(id).unwrap().tags.has(tag)
}

#[test]
fn tags_follow_sr_groups_and_curation() {
    // Animal-protein groups, automatically.
    for id in ["01077", "05064", "10860", "13455", "15088", "17014"] {
        assert!(tagged(id, Tag::AnimalProtein), "{id}");
        assert!(!tagged(id, Tag::Vegan), "{id}");
    }
    assert!(tagged("01077", Tag::Dairy) && !tagged("01123", Tag::Dairy));
    assert!(tagged("01123", Tag::Vegetarian));
    for id in ["01077", "09210", "16139", "08077", "14091"] {
        assert!(tagged(id, Tag::Fortified), "{id}");
    }
    for id in ["16120", "08120", "01123", "09206"] {
        assert!(
            !tagged(id, Tag::Fortified),
            "{id}: unfortified / not fortified"
        );
    }
    for id in ["11457", "11458", "11147", "11086", "09307", "11003"] {
        assert!(tagged(id, Tag::HighOxalate), "{id}");
    }
    assert!(!tagged("11233", Tag::HighOxalate), "kale is low-oxalate");
    for id in ["15088", "15086", "15047", "15116"] {
        assert!(tagged(id, Tag::OilyFish) && tagged(id, Tag::Fish), "{id}");
    }
    assert!(
        tagged("15016", Tag::Fish) && !tagged("15016", Tag::OilyFish),
        "cod"
    );
    assert!(!tagged("15271", Tag::Fish), "shrimp is shellfish");
    for id in ["12061", "12155", "12006", "16098"] {
        assert!(
            tagged(id, Tag::NutSeed) && tagged(id, Tag::HeartHealthyFat),
            "{id}"
        );
    }
    for id in ["04053", "09050", "11216", "02043", "14278", "12155"] {
        assert!(tagged(id, Tag::AntiInflammatory), "{id}");
    }
    for id in ["04053", "09037"] {
        assert!(tagged(id, Tag::HeartHealthyFat), "{id}");
    }
    for id in ["11457", "16426", "20045", "18363"] {
        assert!(
            tagged(id, Tag::Vegan) && tagged(id, Tag::Vegetarian),
            "{id}"
        );
    }
    assert!(
        !tagged("12167", Tag::HeartHealthyFat),
        "chestnuts are low in fat"
    );
    assert!(
        tagged("11371", Tag::Vegetarian) && !tagged("11371", Tag::Vegan),
        "mashed with milk"
    );
    // Mixed dishes by hand.
    assert!(tagged("21082", Tag::AnimalProtein) && !tagged("21082", Tag::Vegetarian));
    assert!(tagged("36405", Tag::Vegetarian));
}

#[test]
fn seed_article_foods_are_in_the_table() {
    for id in [
        "01082", "01117", "16139", "14091", "11233", "11457", "11161", "11116", "15088", "15087",
        "15047", "01125", "08077", "09210", "04053", "09050", "09302", "09316", "11216", "02043",
        "14278", "09037", "12061", "12155", "12006",
    ] {
        assert!(foods::get(id).is_ok(), "{id}");
    }
}

/// The SR28 data directory `make foods` and `make test` unpack. The tests that need it are
/// `#[ignore]`d (the runner prints the reason) and `make test` runs them with the data there;
/// run without the data, they fail rather than pass.
fn sr28_dir() -> &'static Path {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.cache/package/data"));
    assert!(
        dir.join("ABBREV.txt").exists(),
        "{}/ABBREV.txt not found: run `make foods` (or `make test`) to fetch USDA SR28",
        dir.display()
    );
    dir
}

/// An SR28 file as `NDB_No → fields` (latin-1, CRLF, `^`-separated, `~`-quoted), read here
/// independently of the extraction tool.
fn read_sr28(path: &Path) -> BTreeMap<String, Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    let text: String = bytes.iter().map(|&b| char::from(b)).collect();
    text.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            let fields: Vec<String> = l
                .split('^')
                .map(|f| f.trim_matches('~').to_owned())
                .collect();
            (fields[0].clone(), fields)
        })
        .collect()
}

#[test]
#[ignore = "needs USDA SR28 in .cache/ (`make foods`); `make test` fetches it and runs this"]
fn whole_table_equals_the_sr28_rows() {
    let dir = sr28_dir();
    let abbrev = read_sr28(&dir.join("ABBREV.txt"));
    let des = read_sr28(&dir.join("FOOD_DES.txt"));
    // ABBREV.txt fields (1-based) in Nutrient::ALL order.
    let columns = [4, 5, 11, 42, 13, 14, 15, 17, 44, 16, 45, 46, 47, 9];
    for food in foods::all() {
        let row = &abbrev[&food.id];
        for (n, col) in Nutrient::ALL.into_iter().zip(columns) {
            let raw = &row[col - 1];
            let want = if raw.is_empty() {
                None
            } else {
                Some(raw.parse::<f64>().unwrap())
            };
            assert_eq!(food.per_100g(n), want, "{} {}", food.id, n.id());
        }
        let mut portions = Vec::new();
        for (g, label) in [(49, 50), (51, 52)] {
            if !row[g - 1].is_empty() {
                portions.push((row[label - 1].clone(), row[g - 1].parse::<f64>().unwrap()));
            }
        }
        let got: Vec<(String, f64)> = food
            .portions
            .iter()
            .map(|p| (p.label.clone(), p.grams))
            .collect();
        assert_eq!(got, portions, "{}", food.id);
        let d = &des[&food.id];
        assert_eq!(food.group, d[1], "{}", food.id);
        assert_eq!(food.usda_description, d[2], "{}", food.id);
    }
    println!("checked {} foods against SR28", foods::all().len());
}

#[test]
fn dishes_made_with_cheese_are_tagged_dairy_so_dairy_free_filters_exclude_them() {
    let untagged: Vec<&str> = foods::all()
        .iter()
        .filter(|f| {
            let name = f.name.to_lowercase();
            (name.contains("cheese") || name.contains("pizza") || name.contains("quesadilla"))
                && !f.tags.has(osteoplan::foods::Tag::Dairy)
        })
        .map(|f| f.name.as_str())
        .collect();
    assert!(
        untagged.is_empty(),
        "cheese dishes without the dairy tag: {untagged:?}"
    );
}
