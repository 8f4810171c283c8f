//! Bilingual food search: finds the food a person means from what they type, in English or
//! Spanish, in any word order, while typing (prefixes) and with typos (about one edit per
//! five letters).
//!
//! How it works: every food's English and Spanish names, synonyms and USDA description are
//! split into normalized words (lower case, accents folded: `"Plátano"` → `plátano` →
//! `platano`) once, on the first search, into a sorted vocabulary with the foods each word
//! occurs in. A query is normalized the same way; each query word is compared with the
//! vocabulary (exact, plural/singular, prefix, or within its edit budget), and the foods
//! those words occur in are scored:
//! - how well each query word matched (exact > prefix > typo), weighted by where: names and
//!   synonyms over the description, the person's language over the other;
//! - how much of one name head (the part before the first comma) or synonym the query covers
//!   (`"milk"` covers "Milk, whole" completely, half of "Milk chocolate");
//! - the curated rank of the food (1 = the plain everyday form a word most often means).
//!
//! Foods that match every query word come first. Deterministic: ties break by shorter name,
//! then id.

use super::{loaded, Food, Loaded};
use crate::error::{Error, Result};
use std::sync::OnceLock;

/// Longest query accepted, in characters (a food name is far shorter; longer input is an
/// error, not slow).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most results one search returns.
pub const MAX_LIMIT: usize = 100;
/// Match quality of a word that is the plural or singular of the query word (exact = 1).
const PLURAL: f32 = 0.97;
/// Query words beyond this many are ignored.
const MAX_QUERY_WORDS: usize = 8;
/// Query words are cut to this many bytes (bounds the edit-distance work).
const MAX_WORD_BYTES: usize = 32;

/// Words that carry no meaning for search, in both languages.
const STOP_WORDS: [&str; 25] = [
    "a", "al", "an", "and", "con", "de", "del", "e", "el", "en", "for", "in", "la", "las", "los",
    "o", "of", "on", "or", "para", "the", "to", "un", "una", "with",
];

/// The language a person searches in; its names and synonyms rank first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    /// Reads a BCP 47 language tag: `"es"`, `"es-MX"` → Spanish; `"en"`, `"en-US"` → English;
    /// anything else → no preference.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("es") {
            Some(Lang::Es)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub food: &'static Food,
    /// Higher is better; comparable only within one search. About 0–1.6 for foods that match
    /// every query word; 2 lower for each word a food lacks (shown only when too few match all).
    pub score: f64,
}

/// Searches the food table; best first, at most `limit` results.
///
/// Errors: [`Error::InvalidQuery`] for a query longer than [`MAX_QUERY_CHARS`];
/// [`Error::InvalidInput`] for a `limit` of 0 or above [`MAX_LIMIT`]. A query without any
/// word (empty, punctuation) finds nothing.
pub fn search(query: &str, limit: usize, lang: Option<Lang>) -> Result<Vec<Hit>> {
    if limit == 0 || limit > MAX_LIMIT {
        return Err(Error::input(
            "limit",
            format!("must be a whole number from 1 to {MAX_LIMIT}"),
        ));
    }
    // Byte length bounds the character count from above: a cheap first check for huge input.
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(Error::InvalidQuery(format!(
            "longer than {MAX_QUERY_CHARS} characters"
        )));
    }
    Ok(index()?.search(query, limit, lang))
}

/// Lower-cases, folds accents and splits `text` into words, the way both the table and
/// queries are read (`"Jalapeño, Crème-fraîche"` → `["jalapeno", "creme", "fraiche"]`).
pub fn normalize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        match fold(c) {
            Folded::One(c) => word.push(c),
            Folded::Two(a, b) => {
                word.push(a);
                word.push(b);
            }
            Folded::Skip => {}
            Folded::Break => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

enum Folded {
    One(char),
    Two(char, char),
    /// Dropped without splitting the word (apostrophes: "lady's" → "ladys").
    Skip,
    /// A word boundary.
    Break,
}

/// Lower case without accents for ASCII and Latin-1 letters (a small table instead of the
/// Unicode tables, which cost wasm size); every other character is a word boundary.
fn fold(c: char) -> Folded {
    let lower = match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        // Latin-1 capitals sit 32 below their small letters (× is not a letter).
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    };
    match lower {
        'a'..='z' | '0'..='9' => Folded::One(lower),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => Folded::One('a'),
        'ç' => Folded::One('c'),
        'è' | 'é' | 'ê' | 'ë' => Folded::One('e'),
        'ì' | 'í' | 'î' | 'ï' => Folded::One('i'),
        'ñ' => Folded::One('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => Folded::One('o'),
        'ù' | 'ú' | 'û' | 'ü' => Folded::One('u'),
        'ý' | 'ÿ' => Folded::One('y'),
        'æ' => Folded::Two('a', 'e'),
        'œ' | 'Œ' => Folded::Two('o', 'e'),
        'ß' => Folded::Two('s', 's'),
        'ð' => Folded::One('d'),
        'þ' => Folded::Two('t', 'h'),
        '\'' | '’' | 'ʼ' => Folded::Skip,
        _ => Folded::Break,
    }
}

/// Where in a food a word occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    NameEn,
    NameEs,
    SynonymEn,
    SynonymEs,
    /// A name's parenthesis ("Rice pudding (arroz con leche)"): often the other language's
    /// name or a detail, so it finds the food but never outranks a food named by the word.
    Aside,
    Description,
}

impl Field {
    /// How much a match here counts, given the person's language.
    fn weight(self, lang: Option<Lang>) -> f32 {
        match (self, lang) {
            (Field::Description, _) => 0.6,
            (Field::Aside, _) => 0.7,
            (Field::NameEn, Some(Lang::Es)) | (Field::NameEs, Some(Lang::En)) => 0.8,
            (Field::SynonymEn, Some(Lang::Es)) | (Field::SynonymEs, Some(Lang::En)) => 0.75,
            (Field::NameEn | Field::NameEs, _) => 1.0,
            (Field::SynonymEn | Field::SynonymEs, _) => 0.95,
        }
    }
}

/// A word of the vocabulary.
struct Word {
    text: Box<str>,
    /// One bit per letter a–z (bit 26: any digit, 27: anything else): a cheap typo filter.
    letters: u32,
    /// Foods (indices into [`super::all`]) the word occurs in, ascending, no repeats.
    foods: Vec<u16>,
}

/// One food's words: which vocabulary word, in which of its fields.
struct FoodWords {
    /// (vocabulary index, field index).
    words: Vec<(u32, u8)>,
    /// Kind and word count of each field (name head and rest, Spanish name head and rest,
    /// each synonym, description); count 0 for fields that do not count for coverage.
    fields: Vec<(Field, u8)>,
    rank: u8,
    name_len: usize,
}

/// The search index, built once from the food table.
struct Index {
    vocab: Vec<Word>,
    foods: Vec<FoodWords>,
}

fn index() -> Result<&'static Index> {
    static INDEX: OnceLock<Index> = OnceLock::new();
    let table = loaded()?;
    Ok(INDEX.get_or_init(|| Index::build(table)))
}

fn letters(word: &str) -> u32 {
    word.bytes().fold(0, |m, b| {
        m | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << 26,
            _ => 1 << 27,
        }
    })
}

impl Index {
    fn build(table: &Loaded) -> Index {
        // First pass: every food's fields as normalized words.
        let mut per_food: Vec<Vec<(Field, bool, Vec<String>)>> =
            Vec::with_capacity(table.foods.len());
        for (food, extra) in table.foods.iter().zip(&table.extras) {
            // A name's head (before the first comma) is a field of its own, the rest another
            // that does not count for coverage: "milk" covers "Milk, 2% reduced fat" as the
            // plain form of milk, but "cheese" does not cover "Pizza, cheese".
            let mut fields: Vec<(Field, bool, Vec<String>)> = Vec::new();
            for (kind, name) in [(Field::NameEn, &food.name), (Field::NameEs, &food.name_es)] {
                let (plain, aside) = without_parentheses(name);
                let (head, rest) = plain.split_once(',').unwrap_or((&plain, ""));
                fields.push((kind, true, content_words(head)));
                fields.push((kind, false, content_words(rest)));
                fields.push((Field::Aside, false, content_words(&aside)));
            }
            for (i, synonym) in food.synonyms.iter().enumerate() {
                let kind = if i < extra.synonyms_en {
                    Field::SynonymEn
                } else {
                    Field::SynonymEs
                };
                fields.push((kind, true, content_words(synonym)));
            }
            fields.push((
                Field::Description,
                false,
                content_words(&food.usda_description),
            ));
            per_food.push(fields);
        }
        let mut texts: Vec<&str> = per_food
            .iter()
            .flatten()
            .flat_map(|(_, _, words)| words.iter().map(String::as_str))
            .collect();
        texts.sort_unstable();
        texts.dedup();
        let mut vocab: Vec<Word> = texts
            .iter()
            .map(|t| Word {
                text: (*t).into(),
                letters: letters(t),
                foods: Vec::new(),
            })
            .collect();
        let mut foods = Vec::with_capacity(per_food.len());
        for (food_index, (fields, extra)) in per_food.iter().zip(&table.extras).enumerate() {
            let food_index = u16::try_from(food_index).unwrap_or(u16::MAX);
            let mut words = Vec::new();
            let mut kinds = Vec::new();
            for (field_index, (kind, covers, field_words)) in fields.iter().enumerate() {
                let field_index = u8::try_from(field_index).unwrap_or(u8::MAX);
                let len = u8::try_from(field_words.len()).unwrap_or(u8::MAX);
                kinds.push((*kind, if *covers { len } else { 0 }));
                for w in field_words {
                    if let Ok(v) = texts.binary_search(&w.as_str()) {
                        words.push((u32::try_from(v).unwrap_or(u32::MAX), field_index));
                        if let Some(word) = vocab.get_mut(v) {
                            if word.foods.last() != Some(&food_index) {
                                word.foods.push(food_index);
                            }
                        }
                    }
                }
            }
            foods.push(FoodWords {
                words,
                fields: kinds,
                rank: extra.rank,
                name_len: table
                    .foods
                    .get(usize::from(food_index))
                    .map_or(0, |f| f.name.len()),
            });
        }
        Index { vocab, foods }
    }

    fn search(&self, query: &str, limit: usize, lang: Option<Lang>) -> Vec<Hit> {
        let terms = query_terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        // How well each query term matches each vocabulary word (0 = not at all).
        let quality: Vec<Vec<f32>> = terms.iter().map(|t| self.match_vocab(t)).collect();
        let required = terms.iter().filter(|t| !t.optional).count().max(1);

        let mut touched = vec![false; self.foods.len()];
        let mut candidates: Vec<usize> = Vec::new();
        for q in &quality {
            for (word, _) in q.iter().enumerate().filter(|(_, &s)| s > 0.0) {
                for &f in self.vocab.get(word).map_or(&[][..], |w| &w.foods[..]) {
                    if let Some(seen) = touched.get_mut(usize::from(f)) {
                        if !*seen {
                            *seen = true;
                            candidates.push(usize::from(f));
                        }
                    }
                }
            }
        }

        let all = super::all();
        let mut scored: Vec<(usize, f32)> = Vec::with_capacity(candidates.len());
        let mut field_hits: Vec<f32> = Vec::new();
        for f in candidates {
            let Some(food) = self.foods.get(f) else {
                continue;
            };
            let (score, missing) = score_food(food, &terms, &quality, lang, &mut field_hits);
            if missing < required {
                // Each missing word costs more than any score can gain: foods that match
                // every word come first, and the score alone orders the results.
                scored.push((f, score - 2.0 * missing as f32));
            }
        }
        let name_len = |i: usize| self.foods.get(i).map_or(0, |f| f.name_len);
        // Higher score, then shorter name, then lower id.
        scored.sort_unstable_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then(name_len(a.0).cmp(&name_len(b.0)))
                .then(a.0.cmp(&b.0))
        });
        scored
            .into_iter()
            .take(limit)
            .filter_map(|(f, score)| {
                all.get(f).map(|food| Hit {
                    food,
                    score: f64::from((score * 1000.0).round()) / 1000.0,
                })
            })
            .collect()
    }

    /// The match quality of `term` against every vocabulary word.
    fn match_vocab(&self, term: &Term) -> Vec<f32> {
        let q = term.text.as_str();
        let budget = typo_budget(q.len());
        let q_letters = letters(q);
        let mut quality = vec![0.0f32; self.vocab.len()];
        // Exact and prefix matches: a contiguous range of the sorted vocabulary.
        let start = self.vocab.partition_point(|w| &*w.text < q);
        let prefix_ok = term.open || q.len() >= 3;
        for (i, word) in self.vocab.iter().enumerate().skip(start) {
            if !word.text.starts_with(q) {
                break;
            }
            let rest = word.text.get(q.len()..).unwrap_or("");
            let s = if rest.is_empty() {
                1.0
            } else if rest == "s" || rest == "es" {
                // A plural of the query word ("frijol" → "frijoles", "egg" → "eggs").
                PLURAL
            } else if prefix_ok {
                // Ratio of lengths: "chick" is closer to "chicken" than to "chickpeas".
                0.6 + 0.25 * (q.len() as f32 / word.text.len() as f32)
            } else {
                0.0
            };
            if let Some(slot) = quality.get_mut(i) {
                *slot = s;
            }
        }
        // The singular of a plural query word ("beans" → "bean", "tomatoes" → "tomato").
        for singular in [q.strip_suffix("es"), q.strip_suffix('s')]
            .into_iter()
            .flatten()
        {
            if let Ok(i) = self.vocab.binary_search_by(|w| (*w.text).cmp(singular)) {
                if let Some(slot) = quality.get_mut(i) {
                    *slot = slot.max(PLURAL);
                }
            }
        }
        if budget == 0 {
            return quality;
        }
        let first = q.as_bytes().first().copied();
        for (word, slot) in self.vocab.iter().zip(quality.iter_mut()) {
            if *slot > 0.0 {
                continue;
            }
            let w = word.text.as_bytes();
            let close_length = w.len().abs_diff(q.len()) <= budget;
            if close_length && (word.letters ^ q_letters).count_ones() as usize <= 2 * budget {
                if let Some(d) = edit_distance(q.as_bytes(), w, budget) {
                    *slot = 0.7 - 0.15 * (d.saturating_sub(1) as f32);
                    continue;
                }
            }
            // While typing, a typo in the part typed so far ("brocol" → "broccoli").
            if term.open && w.len() > q.len() && w.first().copied() == first {
                let prefix = w.get(..(q.len() + budget).min(w.len())).unwrap_or(w);
                if prefix_distance(q.as_bytes(), prefix, budget).is_some() {
                    *slot = 0.55;
                }
            }
        }
        quality
    }
}

/// Scores one candidate food; returns (score, number of required terms it lacks).
fn score_food(
    food: &FoodWords,
    terms: &[Term],
    quality: &[Vec<f32>],
    lang: Option<Lang>,
    field_hits: &mut Vec<f32>,
) -> (f32, usize) {
    let mut total = 0.0;
    let mut missing = 0;
    field_hits.clear();
    field_hits.resize(food.fields.len(), 0.0);
    for (term, q) in terms.iter().zip(quality) {
        let mut best = 0.0f32;
        for &(word, field) in &food.words {
            let s = q.get(word as usize).copied().unwrap_or(0.0);
            if s > 0.0 {
                let kind = food.fields.get(usize::from(field)).map(|f| f.0);
                best = best.max(s * kind.map_or(0.0, |k| k.weight(lang)));
            }
        }
        if best == 0.0 && !term.optional {
            missing += 1;
        }
        total += best;
    }
    // Coverage: the largest share of one name head or synonym the query's words account for,
    // each word counted by how well it matched.
    for &(word, field) in &food.words {
        let best = quality
            .iter()
            .map(|q| q.get(word as usize).copied().unwrap_or(0.0))
            .fold(0.0f32, f32::max);
        if let Some(h) = field_hits.get_mut(usize::from(field)) {
            *h += best;
        }
    }
    let coverage = food
        .fields
        .iter()
        .zip(field_hits.iter())
        .filter(|((_, len), _)| *len > 0)
        .map(|((kind, len), &hits)| {
            // One query word accounts for one word of the field at most.
            let covered = hits.min(terms.len() as f32).min(f32::from(*len));
            (covered / f32::from(*len)) * kind.weight(lang)
        })
        .fold(0.0f32, f32::max);
    let rank_bonus = match food.rank {
        1 => 0.16,
        2 => 0.1,
        3 => 0.05,
        4 => 0.02,
        _ => 0.0,
    };
    let terms_len = terms.len().max(1) as f32;
    (total / terms_len + 0.3 * coverage + rank_bonus, missing)
}

/// A name without its parentheses, and the text inside them (`"Rice pudding (arroz con leche)"`
/// → `"Rice pudding "`, `"arroz con leche"`).
fn without_parentheses(name: &str) -> (String, String) {
    let mut plain = String::with_capacity(name.len());
    let mut aside = String::new();
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' => {
                depth += 1;
                aside.push(' ');
            }
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => aside.push(c),
            _ => plain.push(c),
        }
    }
    (plain, aside)
}

/// A query word.
struct Term {
    text: String,
    /// The last word, still being typed: prefixes and prefix typos count.
    open: bool,
    /// A stop word being typed ("leche de"): it may be the start of a word, but need not match.
    optional: bool,
}

fn query_terms(query: &str) -> Vec<Term> {
    let words = normalize(query);
    let open_end = !query.ends_with(|c: char| c.is_whitespace() || c == ',');
    let last = words.len().saturating_sub(1);
    let mut terms = Vec::new();
    for (i, mut text) in words.into_iter().enumerate() {
        let open = open_end && i == last;
        let stop = STOP_WORDS.contains(&text.as_str());
        if stop && !open {
            continue;
        }
        if text.len() > MAX_WORD_BYTES {
            let mut cut = MAX_WORD_BYTES;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        terms.push(Term {
            text,
            open,
            optional: stop,
        });
    }
    // Keep the first words (and the one being typed) when there are too many.
    if terms.len() > MAX_QUERY_WORDS {
        let tail = terms.split_off(MAX_QUERY_WORDS - 1);
        terms.extend(tail.into_iter().last());
    }
    terms
}

/// Words of a name or synonym without the stop words.
fn content_words(text: &str) -> Vec<String> {
    let mut words = normalize(text);
    words.retain(|w| !STOP_WORDS.contains(&w.as_str()));
    words
}

/// Edits allowed for a query word of `len` letters: about one per five.
fn typo_budget(len: usize) -> usize {
    ((len + 1) / 5).min(2)
}

/// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps)
/// between `a` and `b` if it is at most `max`, else `None`.
fn edit_distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    let last_row = dp_rows(a, b, max)?;
    last_row.last().copied().filter(|&d| d <= max)
}

/// The smallest edit distance between `a` and any prefix of `b`, if at most `max`.
fn prefix_distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    let last_row = dp_rows(a, b, max)?;
    last_row.iter().copied().min().filter(|&d| d <= max)
}

/// The last row of the OSA dynamic programme of `a` (rows) against `b` (columns); `None` as
/// soon as every entry of a row exceeds `max`.
fn dp_rows(a: &[u8], b: &[u8], max: usize) -> Option<Vec<usize>> {
    let n = b.len();
    let mut before: Vec<usize> = vec![0; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur: Vec<usize> = vec![0; n + 1];
    for (i, &ca) in a.iter().enumerate() {
        if let Some(c0) = cur.first_mut() {
            *c0 = i + 1;
        }
        let mut row_min = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(usize::MAX - 1) + 1;
            let ins = cur.get(j).copied().unwrap_or(usize::MAX - 1) + 1;
            let sub = prev.get(j).copied().unwrap_or(usize::MAX - 1) + cost;
            let mut d = del.min(ins).min(sub);
            if i > 0 && j > 0 && a.get(i - 1) == Some(&cb) && b.get(j - 1) == Some(&ca) {
                d = d.min(before.get(j - 1).copied().unwrap_or(usize::MAX - 1) + 1);
            }
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = d;
            }
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_case_accents_and_punctuation() {
        assert_eq!(
            normalize("Jalapeño, CRÈME-fraîche (2%)"),
            ["jalapeno", "creme", "fraiche", "2"]
        );
        assert_eq!(normalize("Lady's  Æble"), ["ladys", "aeble"]);
        assert_eq!(normalize("JAMÓN, Piñón"), ["jamon", "pinon"]);
        assert!(normalize(" ,;- ").is_empty());
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance(b"brocoli", b"broccoli", 2), Some(1));
        assert_eq!(edit_distance(b"chikcen", b"chicken", 2), Some(1));
        assert_eq!(edit_distance(b"salmon", b"lemon", 1), None);
        assert_eq!(prefix_distance(b"brocol", b"broccol", 1), Some(1));
        // A first letter too many is one edit (found by mutation testing, `make mutants`).
        assert_eq!(edit_distance(b"xmilk", b"milk", 2), Some(1));
        assert_eq!(edit_distance(b"xxmilk", b"milk", 2), Some(2));
    }

    #[test]
    fn the_last_word_is_still_being_typed_unless_a_space_or_comma_follows() {
        // Found by mutation testing (`make mutants`).
        let open = |q: &str| -> Vec<bool> { query_terms(q).iter().map(|t| t.open).collect() };
        assert_eq!(open("rice pud"), [false, true]);
        assert_eq!(open("rice pud "), [false, false]);
        assert_eq!(open("rice pud,"), [false, false]);
    }

    #[test]
    fn typo_budget_is_about_one_edit_per_five_letters() {
        assert_eq!(typo_budget(3), 0);
        assert_eq!(typo_budget(4), 1);
        assert_eq!(typo_budget(8), 1);
        assert_eq!(typo_budget(9), 2);
        assert_eq!(typo_budget(30), 2);
    }

    #[test]
    fn language_tags_are_read_by_their_primary_subtag() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }

    #[test]
    fn parentheses_are_set_aside_and_the_name_goes_on_after_them() {
        let split = |s: &str| without_parentheses(s);
        assert_eq!(
            split("Coriander (cilantro) leaves, raw"),
            ("Coriander  leaves, raw".to_owned(), " cilantro".to_owned())
        );
        assert_eq!(
            split("a (b (c) d) e"),
            ("a  e".to_owned(), " b  c d".to_owned())
        );
    }
}
