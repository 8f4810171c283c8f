//! Spanish as a US Latin-American patient reads it, checked on the text the core ships: the
//! exercise names and cues, the calendar export, the food names and synonyms, and the Spanish
//! label of every SR28 portion of all 751 foods. The UI strings (www/i18n/es) are checked by
//! tests/e2e/spanish.test.mjs; both follow the same review (usted, neutral gender, US
//! Latin-American words, no English left).
#![allow(clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use osteoplan::calendar::{plan_to_icalendar, CalendarOptions};
use osteoplan::foods::{self, portion_es, search};
use osteoplan::planning::library;
use osteoplan::planning::*;

/// tú forms the library and calendar once used ("Levántate", "apóyate", "consulta con tu …"),
/// and the pronouns that give tú away. Matched as whole words, lowercase.
const TU_WORDS: &[&str] = &[
    "levántate",
    "siéntate",
    "siéntate",
    "apóyate",
    "sostente",
    "sostén",
    "agárrate",
    "déjate",
    "estírate",
    "mantente",
    "échate",
    "balancéate",
    "túmbate",
    "pisa",
    "empuja",
    "lleva",
    "sube",
    "camina",
    "salta",
    "aterriza",
    "desliza",
    "eleva",
    "estira",
    "aprieta",
    "avanza",
    "baila",
    "usa",
    "separa",
    "respira",
    "vuelve",
    "redondees",
    "mete",
    "junta",
    "consulta",
    "pon",
    "mira",
    "te",
    "tu",
    "tus",
    "ti",
    "contigo",
    "echarte",
    "balancearte",
    "agarrarte",
    "sentarte",
    "apóyate",
];

/// Feminine-only or Spain-only words the review found in the cues, and the calendar's old terms.
const AVOIDED: &[&str] = &[
    "y recta",
    "erguida",
    "tumbada",
    "sentada",
    "encimera",
    "en el sitio",
    "gemelos",
    "isquios",
    "aquagym",
    "sillín",
    "asas",
    "hacia delante",
    "sacro",
    "comba",
    "goblet",
    "perro de muestra",
    "escápulas",
    "suelo",
    "colchoneta",
    "semana de descarga",
    "impacto de peso",
    "equipo de salud",
];

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// tú imperatives that are also third-person verbs or adjectives ("la banda sujeta", "gira el
/// tronco"): only wrong at the start of an instruction.
const TU_AT_START: &[&str] = &["sujeta", "dobla", "gira"];

fn tu_forms(text: &str) -> Vec<String> {
    let mut found: Vec<String> = words(text)
        .into_iter()
        .filter(|w| TU_WORDS.contains(&w.as_str()))
        .collect();
    for clause in text.split(['.', ';', ':']) {
        let first = words(clause).into_iter().next().unwrap_or_default();
        if TU_AT_START.contains(&first.as_str()) {
            found.push(first);
        }
    }
    found
}

fn spanish_calendar(deload_every: Option<u32>) -> String {
    let mut p = Profile::basic(
        &[
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
        ],
        60,
        FitnessLevel::Intermediate,
    );
    p.equipment = vec![library::Equipment::Dumbbells, library::Equipment::Bands];
    let plan = generate_plan(
        &p,
        PlanOptions {
            weeks: None,
            deload_every,
        },
    )
    .expect("a plan");
    let options = CalendarOptions {
        lang: Some("es".into()),
        ..CalendarOptions::default()
    };
    // Unfold the 75-octet lines so phrases are whole.
    plan_to_icalendar(&plan, "2026-03-02", &options)
        .expect("a calendar")
        .replace("\r\n ", "")
}

#[test]
fn no_exercise_name_or_cue_uses_tu_or_a_feminine_only_or_spain_only_word() {
    let mut found = Vec::new();
    for e in library::all() {
        for text in [e.name_es(), e.cue_es()] {
            for w in tu_forms(text) {
                found.push(format!("{}: {w} in «{text}»", e.id));
            }
            let lower = text.to_lowercase();
            for a in AVOIDED {
                if lower.contains(a) {
                    found.push(format!("{}: «{a}» in «{text}»", e.id));
                }
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn the_calendar_export_speaks_usted_with_the_uis_terms() {
    let ics = spanish_calendar(Some(4));
    assert_eq!(tu_forms(&ics), Vec::<String>::new());
    for a in AVOIDED {
        assert!(!ics.to_lowercase().contains(a), "{a}");
    }
    // Review 5, 7: usted and one term for the care team; the UI's deload tag. Workout titles
    // and part headings use the UI's short kind names.
    assert!(ics.contains("consulte con su equipo de atención médica"));
    assert!(ics.contains("(semana suave)"));
    assert!(ics.contains("SUMMARY:Fuerza + equilibrio · "));
    assert!(ics.contains("SUMMARY:Aeróbico + "));
    // The workout opens with balance, whose first exercise is the warm-up.
    assert!(ics.contains("DESCRIPTION:Equilibrio (10 min)\\nCalentamiento"));
    assert!(ics.contains("\\nAeróbico ("));
}

#[test]
fn exercise_names_follow_the_review() {
    let name = |id: &str| library::get(id).map(|e| e.name_es()).unwrap_or("?");
    let cue = |id: &str| library::get(id).map(|e| e.cue_es()).unwrap_or("?");
    // 3: the back-squat cue keeps its 80 % limit.
    assert!(cue("back-squat").contains("no más del 80 % de su máximo"));
    // 4: usted (one example; the whole library is checked above).
    assert!(
        cue("sit-to-stand").starts_with("Levántese") && cue("sit-to-stand").contains("siéntese")
    );
    // 31, 32, 37: names a patient understands.
    assert_eq!(
        name("knee-push-up"),
        "Flexión de brazos con rodillas apoyadas"
    );
    assert_eq!(name("skip"), "Saltos como si saltara la cuerda");
    assert_eq!(name("goblet-squat"), "Sentadilla con mancuerna al pecho");
    assert_eq!(
        name("bird-dog"),
        "Extensión alterna en cuatro puntos (bird dog)"
    );
    assert_eq!(name("dead-bug"), "Bicho muerto (dead bug)");
    // 33: neutral gender.
    assert!(cue("seated-cable-row").contains("Siéntese con la espalda recta"));
    assert!(cue("elliptical").contains("cuerpo erguido"));
    assert!(cue("glute-bridge").contains("boca arriba"));
    // 34: US Latin-American words.
    assert!(cue("supported-single-leg-stand").contains("barra de la cocina"));
    assert!(name("march-in-place").contains("en el lugar"));
    assert!(name("calf-stretch").contains("pantorrillas"));
    assert!(name("supine-hamstring-stretch").contains("parte de atrás del muslo"));
    assert_eq!(name("water-aerobics"), "Aeróbicos en el agua");
    assert!(cue("cycling").starts_with("Asiento"));
    assert!(cue("machine-chest-press").contains("manijas"));
    // 35, 36: tailbone; the stretch is felt.
    assert!(cue("hip-hinge-dowel").contains("coxis (rabadilla)"));
    assert!(cue("chest-stretch").contains("hasta sentir el estiramiento en el pecho"));
}

/// Names that are the same in both languages on purpose: brands, and foods US Spanish
/// speakers call by the same name.
const SAME_NAME: &[&str] = &[
    "Queso añejo",
    "Queso asadero",
    "Queso Chihuahua",
    "Queso fresco",
    "Queso blanco",
    "Omelet",
    "Salsa verde",
    "Kiwi",
    "Mango",
    "Papaya",
    "Kimchi",
    "Wakame",
    "Tahini",
    "Miso",
    "Natto",
    "Tempeh",
    "Hummus",
    "Falafel",
    "Cheerios",
    "Wheaties",
    "Special K",
    "Masa harina",
    "Chorizo",
    "Pepperoni",
    "Bagel",
    "Brownie",
    "Arepa",
    "Horchata",
    "Pretzels",
    "Sofrito",
];

#[test]
fn no_food_name_is_left_in_english_unless_listed() {
    let same: Vec<&str> = foods::all()
        .iter()
        .filter(|f| f.name == f.name_es)
        .map(|f| f.name.as_str())
        .filter(|n| !SAME_NAME.contains(n))
        .collect();
    assert_eq!(same, Vec::<&str>::new());
}

#[test]
fn food_renames_follow_the_review_and_old_names_still_find_the_food() {
    let food = |id: &str| foods::get(id).expect(id);
    // 38-40 and the minor foods.
    for (id, name) in [
        ("18269", "Torrejas (French toast)"),
        ("18264", "Muffin inglés"),
        ("18274", "Muffin de arándanos azules"),
        ("14649", "Té de jamaica sin azúcar"),
        ("23573", "Carne molida de res (80 % magra), asada"),
        ("01049", "Mitad leche, mitad crema (half and half)"),
        ("01012", "Queso cottage"),
        ("11987", "Setas (hongos ostra)"),
        ("15200", "Carite (caballa real) cocido"),
        ("10087", "Paleta de cerdo asada"),
        ("11097", "Rapini cocido"),
        ("16025", "Frijoles blancos Great Northern cocidos"),
        ("01026", "Queso mozzarella de leche entera"),
        ("01036", "Ricota de leche entera"),
        ("09294", "Jugo de ciruela pasa"),
        ("13347", "Carne de res curada (corned beef), cocida"),
        ("07008", "Bolonia de res y cerdo"),
        ("19008", "Cheetos"),
    ] {
        assert_eq!(food(id).name_es, name, "{id}");
    }
    assert!(
        !food("15111").synonyms.iter().any(|s| s == "albacora"),
        "swordfish is not albacore"
    );
    assert!(food("15126").synonyms.iter().any(|s| s == "albacora"));
    assert!(
        !food("10087")
            .synonyms
            .iter()
            .any(|s| s == "pierna de cerdo"),
        "a shoulder is not a leg"
    );
    assert!(
        !food("01082")
            .synonyms
            .iter()
            .any(|s| s == "leche descremada"),
        "1 % milk is not skim"
    );
    // Old names stay searchable.
    let es = search::Lang::from_tag("es");
    for (query, id) in [
        ("panqué inglés", "18264"),
        ("requesón cremoso", "01012"),
        ("media crema", "01049"),
        ("hongos seta", "11987"),
        ("peto", "15200"),
        ("grelos", "11097"),
        ("alubias", "16025"),
        ("chetos", "19008"),
        ("mortadela", "07008"),
        ("agua de jamaica", "14649"),
        ("espaldilla de cerdo", "10087"),
    ] {
        let hits = search::search(query, 5, es).expect("a search");
        assert!(hits.iter().any(|h| h.food.id == id), "{query} → {id}");
    }
}

/// Words that are the same in Spanish on purpose (units, foods, a brand), or too short to tell.
const SAME_WORD: &[&str] = &[
    "a",
    "oz",
    "lb",
    "g",
    "mini",
    "bagel",
    "bagels",
    "muffin",
    "muffins",
    "pizza",
    "pizzas",
    "taco",
    "tacos",
    "burrito",
    "enchilada",
    "quesadilla",
    "tortilla",
    "chayote",
    "pita",
    "cherry",
    "triscuits",
    "base",
    "individual",
];

/// SR28's measure vocabulary: every word of every portion label in the table, plus the usual
/// measure words, lowercase.
fn english_measure_words() -> Vec<String> {
    let mut all: Vec<String> = foods::all()
        .iter()
        .flat_map(|f| f.portions.iter())
        .flat_map(|p| words(&p.label))
        .chain(
            [
                "cup",
                "cups",
                "tablespoon",
                "teaspoon",
                "ounce",
                "fluid",
                "slice",
                "piece",
                "large",
                "medium",
                "small",
                "chopped",
                "cooked",
                "raw",
                "whole",
                "serving",
                "inch",
                "dia",
                "yield",
                "with",
                "without",
                "skin",
                "refuse",
                "packed",
            ]
            .map(String::from),
        )
        .filter(|w| !SAME_WORD.contains(&w.as_str()))
        .collect();
    all.sort();
    all.dedup();
    all
}

#[test]
fn no_spanish_portion_label_of_any_food_has_an_english_word() {
    let english = english_measure_words();
    assert!(english.len() > 150, "{}", english.len());
    let mut found = Vec::new();
    let mut portions = 0;
    assert_eq!(foods::all().len(), 751);
    for f in foods::all() {
        for p in &f.portions {
            portions += 1;
            let es = p.label_es();
            for w in words(&es) {
                if english.contains(&w) {
                    found.push(format!("{} «{}» → «{es}»: {w}", f.id, p.label));
                }
            }
            // No inch marks, no SR28 decimals like ".5", and a count first.
            assert!(!es.contains('"') && !es.starts_with('.'), "{es}");
            assert!(
                es.starts_with(|c: char| c.is_ascii_digit() || "½⅓¼¾⅔⅛⅙⅕".contains(c)),
                "{es}"
            );
        }
    }
    assert!(portions > 700, "{portions}");
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn portion_labels_follow_the_review() {
    for (sr28, spanish) in [
        // 23: drumstick, thigh, leg.
        ("1 drumstick, without skin", "1 pierna, sin piel"),
        ("1 thigh, with skin", "1 muslo, con piel"),
        ("1 leg, bone removed", "1 pierna con muslo, sin hueso"),
        // 24: fluid ounces.
        ("8 fl oz", "8 oz líq."),
        // 25: plurals and sizes.
        ("2 large", "2 piezas grandes"),
        ("3 cookie", "3 galletas"),
        (
            "1 potato, medium (2-1/4\" to 3-1/4\" dia.)",
            "1 papa, de tamaño mediano (2¼ pulg. a 3¼ pulg. de diámetro)",
        ),
        // 26: details that need no agreement.
        ("1 link, cooked", "1 salchicha, después de cocinar"),
        ("1 cup, chopped", "1 taza, en trocitos"),
        // 27: a preposition before slices, pieces, halves, leaves.
        ("1 cup, slices", "1 taza, en rebanadas"),
        ("1 cup, pieces", "1 taza, en trozos"),
        ("1 cup, halves", "1 taza, en mitades"),
        ("1 tsp, leaves", "1 cdta., en hojas"),
        // 28: words a patient uses.
        ("1 fruit, without refuse", "1 pieza, parte comestible"),
        ("1 order", "1 orden"),
        ("1 patty", "1 hamburguesa"),
        ("1 cake", "1 pieza"),
        ("1 sprout", "1 colecita"),
        ("1 NLEA serving", "1 porción de la etiqueta"),
        // 29: more units; notes translated or left out; inches in Spanish.
        (
            "1 ear, medium (6-3/4\" to 7-1/2\" long)",
            "1 mazorca, de tamaño mediano (6¾ pulg. a 7½ pulg. de largo)",
        ),
        ("1 each, taco", "1 taco"),
        ("1 olive", "1 aceituna"),
        ("2 Tbsp", "2 cdas."),
        (
            "1 cup, 1\" pieces, loosely packed",
            "1 taza, en trozos de 1 pulg., sin apretar",
        ),
        (
            "1 unit, cooked (yield from 1 lb raw meat)",
            "1 unidad, después de cocinar (lo que rinde 1 lb de carne cruda)",
        ),
        ("1 can,  (29 oz) (401 x 411)", "1 lata (29 oz)"),
        // 30: cups as fractions.
        (".5 cup", "½ taza"),
        (".25 cup", "¼ taza"),
        (".333 cup", "⅓ taza"),
        (
            ".75 cup,  (1 NLEA serving)",
            "¾ taza (1 porción de la etiqueta)",
        ),
    ] {
        assert_eq!(portion_es::label(sr28), spanish, "{sr28}");
    }
}

#[test]
fn every_food_has_a_spanish_label_for_every_portion() {
    let missing: Vec<&str> = foods::all()
        .iter()
        .filter(|f| f.portions.iter().any(|p| p.label_es().trim().is_empty()))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(missing, Vec::<&str>::new());
}
