//! `extract-foods`: builds `src/foods/table.tsv`, the food table osteoplan embeds, from the USDA
//! National Nutrient Database for Standard Reference, Release 28 (public domain), and the
//! hand-curated list `data/foods-curated.tsv`.
//!
//! ```text
//! extract-foods <sr28 data dir with ABBREV.txt and FOOD_DES.txt> <curated.tsv> <out.tsv>
//! ```
//!
//! The output format is documented in `src/foods/table.rs` (the reader).
//!
//! SR28 files are latin-1, CRLF, `^`-separated, text fields wrapped in `~`. Nutrient values
//! and portion grams are copied as SR28 prints them (no parsing, no rounding); an empty
//! field stays empty ("not analysed", not zero). The output is deterministic: same inputs,
//! same bytes.
//!
//! Curated list columns (tab-separated, `#` starts a comment line):
//! `ndb  rank  name_en  name_es  synonyms_en  synonyms_es  tags`
//! where synonyms are `;`-separated and tags are tag ids, `-id` removing a derived tag.
//! `rank` 1–9 (1 = the plain everyday form a word most often means; empty = 5).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// ABBREV.txt field number (1-based, SR28 documentation p. 44), SR28 name and osteoplan id of the
/// fourteen nutrients, in osteoplan's `Nutrient::ALL` order.
const NUTRIENT_FIELDS: [(usize, &str, &str); 14] = [
    (4, "Energ_Kcal", "energy"),
    (5, "Protein", "protein"),
    (11, "Calcium", "calcium"),
    (42, "Vit_D_mcg", "vitaminD"),
    (13, "Magnesium", "magnesium"),
    (14, "Phosphorus", "phosphorus"),
    (15, "Potassium", "potassium"),
    (17, "Zinc", "zinc"),
    (44, "Vit_K", "vitaminK"),
    (16, "Sodium", "sodium"),
    (45, "FA_Sat", "saturatedFat"),
    (46, "FA_Mono", "monounsaturatedFat"),
    (47, "FA_Poly", "polyunsaturatedFat"),
    (9, "Fiber_TD", "fiber"),
];
/// The digits of part 2's planes, 0–63 (the reader's `sextet` in `src/foods/table.rs`).
const BASE64: &[u8; 64] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
/// GmWt_1, GmWt_Desc1, GmWt_2, GmWt_Desc2.
const PORTION_FIELDS: [(usize, usize); 2] = [(49, 50), (51, 52)];

/// Tag ids, as `Tag::id` in `src/foods/mod.rs`.
const TAGS: [&str; 11] = [
    "animal-protein",
    "dairy",
    "fortified",
    "high-oxalate",
    "oily-fish",
    "nut-seed",
    "vegan",
    "vegetarian",
    "anti-inflammatory",
    "heart-healthy-fat",
    "fish",
];

/// SR food groups whose foods are animal protein (dairy & egg, poultry, pork, beef, lamb/veal/game, fish, …).
const ANIMAL_GROUPS: [&str; 7] = ["0100", "0500", "0700", "1000", "1300", "1500", "1700"];
/// SR food groups whose foods are plant foods throughout (spices, fruit, vegetables, nuts, legumes, grains).
const PLANT_GROUPS: [&str; 6] = ["0200", "0900", "1100", "1200", "1600", "2000"];

/// Description words that mark oily (fatty) fish, rich in long-chain omega-3 fats.
const OILY_FISH: [&str; 10] = [
    "salmon",
    "sardine",
    "mackerel",
    "herring",
    "anchov",
    "trout",
    "sablefish",
    "shad",
    "bluefish",
    "tuna, fresh, bluefin",
];
/// Description starts of greens whose calcium is poorly absorbed (oxalate).
const HIGH_OXALATE: [&str; 7] = [
    "spinach",
    "chard",
    "beet greens",
    "rhubarb",
    "amaranth leaves",
    "purslane",
    "lambsquarters",
];
/// Description starts of the anti-inflammatory foods the seed article names (olive oil, berries,
/// ginger, turmeric, green tea), besides oily fish and nuts/seeds which are derived separately.
const ANTI_INFLAMMATORY: [&str; 12] = [
    "oil, olive",
    "blueberries",
    "strawberries",
    "raspberries",
    "blackberries",
    "cranberries",
    "cherries",
    "ginger",
    "spices, ginger",
    "spices, turmeric",
    "beverages, tea, green",
    "avocados",
];
/// Description starts of foods rich in unsaturated fat, besides nuts/seeds and oily fish.
const HEART_HEALTHY: [&str; 4] = ["oil, olive", "oil, canola", "avocados", "peanut butter"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, curated, out] = args.as_slice() else {
        eprintln!("usage: extract-foods <sr28-data-dir> <curated.tsv> <out.tsv>");
        return ExitCode::from(2);
    };
    match run(Path::new(dir), Path::new(curated), Path::new(out)) {
        Ok(count) => {
            println!("extract-foods: wrote {count} foods to {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("extract-foods: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path, curated: &Path, out: &Path) -> Result<usize, String> {
    let abbrev = read_sr28(&dir.join("ABBREV.txt"), 53)?;
    let des = read_sr28(&dir.join("FOOD_DES.txt"), 14)?;
    let curated_text =
        std::fs::read_to_string(curated).map_err(|e| format!("{}: {e}", curated.display()))?;
    let rows = parse_curated(&curated_text)?;
    let mut text = String::new();
    // No header: every byte is embedded in the wasm. The format is documented in
    // `src/foods/table.rs`.
    let mut columns: Vec<Vec<&str>> = vec![Vec::with_capacity(rows.len()); NUTRIENT_FIELDS.len()];
    let mut portions: Vec<String> = Vec::with_capacity(rows.len());
    let mut previous_id = 0;
    for (id, row) in &rows {
        let number: u32 = id.parse().map_err(|_| format!("{id}: not a number"))?;
        let id_step = number - previous_id;
        previous_id = number;
        let a = abbrev
            .get(id)
            .ok_or_else(|| format!("{id} ({}) is not in ABBREV.txt", row.name_en))?;
        let d = des
            .get(id)
            .ok_or_else(|| format!("{id} is not in FOOD_DES.txt"))?;
        let group = field(d, 2);
        let long_desc = field(d, 3);
        let tags = tags_for(group, long_desc, &row.tags).map_err(|e| format!("{id}: {e}"))?;
        // Words in parentheses do not count: search reads them as an aside, weighted low and
        // never a full match ("besan" in "Chickpea flour (besan)"), so a synonym repeating them
        // still helps.
        let names = format!(
            "{} {}",
            outside_parentheses(&row.name_en),
            outside_parentheses(&row.name_es)
        );
        if long_desc.is_empty() || group.is_empty() {
            return Err(format!("{id}: no Long_Desc or FdGrp_Cd in FOOD_DES.txt"));
        }
        // Left empty where the reader can tell them: see src/foods/table.rs.
        let implied_group = format!("{}00", id.get(..2).unwrap_or(""));
        let group_field = if group == implied_group { "" } else { group };
        let desc_field = if long_desc == row.name_en {
            ""
        } else {
            long_desc
        };
        let _ = writeln!(
            text,
            "{id_step}\t{group_field}\t{}\t{desc_field}\t{}\t{}\t{}\t{}\t{}",
            tag_bits(&tags),
            row.name_en,
            row.name_es,
            useful_synonyms(&row.syn_en, &names),
            useful_synonyms(&row.syn_es, &names),
            row.rank,
        );
        let mut line = Vec::new();
        for (grams, label) in PORTION_FIELDS {
            let (grams, label) = (field(a, grams), field(a, label));
            if label.bytes().all(|b| b.is_ascii_digit()) && !label.is_empty() {
                return Err(format!("{id}: portion label {label:?} is all digits"));
            }
            if !grams.is_empty() && !label.is_empty() {
                line.push(format!("{label}\t{grams}"));
            }
        }
        portions.push(line.join("\t"));
        for (column, (n, _, _)) in columns.iter_mut().zip(NUTRIENT_FIELDS) {
            column.push(field(a, n));
        }
    }
    for line in &portions {
        let _ = writeln!(text, "{line}");
    }
    for (column, (_, sr_name, id)) in columns.iter().zip(NUTRIENT_FIELDS) {
        let k = column.iter().map(|v| decimals(v)).max().unwrap_or(0);
        let mut planes = [String::new(), String::new(), String::new()];
        for v in column {
            let x = match v.is_empty() {
                true => 0,
                false => scaled(v, k)
                    .and_then(|n| n.parse::<u32>().ok())
                    .map(|n| n + 1)
                    .filter(|&x| x < 1 << 18)
                    .ok_or_else(|| format!("{id}: {v:?} is not a decimal below 2^18 / 10^{k}"))?,
            };
            for (i, plane) in planes.iter_mut().enumerate() {
                plane.push(char::from(BASE64[(x >> (6 * i)) as usize & 63]));
            }
        }
        let _ = writeln!(text, "{id}:{sr_name}:{k}\t{}", planes.concat());
    }
    if text.contains('\r') {
        return Err("a carriage return survived into the output".into());
    }
    std::fs::write(out, &text).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(rows.len())
}

/// How many digits a decimal as SR28 prints it has after the point (`"0.37"` → 2).
fn decimals(value: &str) -> usize {
    value.split_once('.').map_or(0, |(_, frac)| frac.len())
}

/// An SR28 decimal times 10^k as integer text (`"0.37"`, k = 3 → `"370"`; `""` stays `""`):
/// digits only, so no rounding anywhere. `None` when `value` is not a plain decimal with at
/// most `k` decimals.
fn scaled(value: &str, k: usize) -> Option<String> {
    if value.is_empty() {
        return Some(String::new());
    }
    let (whole, frac) = value.split_once('.').unwrap_or((value, ""));
    if whole.is_empty()
        || frac.len() > k
        || !(whole.bytes().chain(frac.bytes())).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let digits = format!("{whole}{frac}{}", "0".repeat(k - frac.len()));
    let trimmed = digits.trim_start_matches('0');
    Some(if trimmed.is_empty() {
        "0".to_owned()
    } else {
        trimmed.to_owned()
    })
}

/// The tags as bits in `TAGS` order (as `Tags` in `src/foods/mod.rs`).
fn tag_bits(tags: &[&str]) -> u16 {
    TAGS.iter()
        .enumerate()
        .filter(|(_, t)| tags.contains(t))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// The `n`th (1-based) field of a record, `""` when missing.
fn field(record: &[String], n: usize) -> &str {
    record.get(n - 1).map(String::as_str).unwrap_or("")
}

/// Reads an SR28 ASCII file into `NDB_No → fields` (tildes stripped, latin-1 decoded).
fn read_sr28(path: &Path, fields: usize) -> Result<BTreeMap<String, Vec<String>>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // Latin-1 maps each byte to the code point of the same value.
    let text: String = bytes.iter().map(|&b| char::from(b)).collect();
    let mut map = BTreeMap::new();
    for (i, line) in text.split("\r\n").enumerate() {
        if line.is_empty() {
            continue;
        }
        let record: Vec<String> = line
            .split('^')
            .map(|f| f.trim_matches('~').to_owned())
            .collect();
        if record.len() != fields {
            return Err(format!(
                "{} line {}: {} fields, expected {fields}",
                path.display(),
                i + 1,
                record.len()
            ));
        }
        let id = record.first().cloned().unwrap_or_default();
        map.insert(id, record);
    }
    Ok(map)
}

struct Curated {
    rank: u8,
    name_en: String,
    name_es: String,
    syn_en: String,
    syn_es: String,
    tags: String,
}

fn parse_curated(text: &str) -> Result<BTreeMap<String, Curated>, String> {
    let mut rows = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |what: &str| format!("curated line {}: {what}", i + 1);
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let col = |n: usize| cols.get(n).copied().unwrap_or("");
        let id = col(0);
        if id.len() != 5 || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(at("the NDB number must be 5 digits"));
        }
        let rank = match col(1) {
            "" => 5,
            r => r
                .parse::<u8>()
                .ok()
                .filter(|r| (1..=9).contains(r))
                .ok_or_else(|| at("rank must be 1–9"))?,
        };
        let row = Curated {
            rank,
            name_en: col(2).to_owned(),
            name_es: col(3).to_owned(),
            syn_en: clean_list(col(4)),
            syn_es: clean_list(col(5)),
            tags: col(6).to_owned(),
        };
        if row.name_en.is_empty() || row.name_es.is_empty() {
            return Err(at("both names are required"));
        }
        if rows.insert(id.to_owned(), row).is_some() {
            return Err(at(&format!("{id} is listed twice")));
        }
    }
    Ok(rows)
}

/// The synonyms that add words the names lack outside parentheses (search already covers
/// those words).
fn useful_synonyms(list: &str, names: &str) -> String {
    let known: Vec<String> = words(names);
    list.split(';')
        .filter(|s| !s.is_empty() && !words(s).iter().all(|w| known.contains(w)))
        .collect::<Vec<_>>()
        .join(";")
}

/// `s` without the text in parentheses (`"Nori (laver)"` → `"Nori "`), as search splits a name.
fn outside_parentheses(s: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Lower-cased alphanumeric words of `s` (accents kept: only exact repeats are dropped).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Trims the items of a `;`-separated list and drops empty ones.
fn clean_list(list: &str) -> String {
    list.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(";")
}

/// Derives tags from the SR food group and description, then applies the curated `+`/`-` edits.
fn tags_for(group: &str, long_desc: &str, curated: &str) -> Result<Vec<&'static str>, String> {
    let desc = long_desc.to_lowercase();
    let starts = |list: &[&str]| list.iter().any(|p| desc.starts_with(p));
    let mut set = [false; TAGS.len()];
    let mut put = |tag: &str, on: bool| set_tag(&mut set, tag, on);
    let animal = ANIMAL_GROUPS.contains(&group);
    put("animal-protein", animal);
    let is_egg = desc.starts_with("egg");
    let is_butter_or_cream = group == "0100";
    put("dairy", is_butter_or_cream && !is_egg);
    // "Fortified" / "with added calcium|vitamin D" in the description; not "unfortified",
    // "not fortified", "without added vitamin D".
    let added = desc.replace("without added", "");
    put(
        "fortified",
        (desc.contains("fortified")
            && !desc.contains("unfortified")
            && !desc.contains("not fortified"))
            || added.contains("added calcium")
            || added.contains("added vitamin d")
            || added.contains("added vitamin a and vitamin d")
            || added.contains("calcium-fortified"),
    );
    put("high-oxalate", starts(&HIGH_OXALATE));
    let fish = group == "1500" && desc.starts_with("fish");
    put("fish", fish);
    let oily = fish && OILY_FISH.iter().any(|w| desc.contains(w));
    put("oily-fish", oily);
    let nut = group == "1200";
    put("nut-seed", nut);
    let plant = PLANT_GROUPS.contains(&group);
    put("vegan", plant);
    put("vegetarian", plant || group == "0100");
    put("anti-inflammatory", oily || starts(&ANTI_INFLAMMATORY));
    put(
        "heart-healthy-fat",
        oily || (nut && !desc.contains("coconut") && !desc.contains("chestnut"))
            || starts(&HEART_HEALTHY),
    );
    for edit in curated.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let (on, tag) = match edit.strip_prefix('-') {
            Some(t) => (false, t),
            None => (true, edit.trim_start_matches('+')),
        };
        if !TAGS.contains(&tag) {
            return Err(format!("unknown tag {tag:?}"));
        }
        put(tag, on);
    }
    // A vegan food is vegetarian.
    if set.get(6).copied().unwrap_or(false) {
        set_tag(&mut set, "vegetarian", true);
    }
    Ok(TAGS
        .iter()
        .zip(set)
        .filter(|(_, on)| *on)
        .map(|(t, _)| *t)
        .collect())
}

fn set_tag(set: &mut [bool; TAGS.len()], tag: &str, on: bool) {
    if let Some(slot) = TAGS
        .iter()
        .position(|t| *t == tag)
        .and_then(|i| set.get_mut(i))
    {
        *slot = on;
    }
}
