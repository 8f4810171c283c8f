//! Property tests of food search: any text, any limit in range, never a panic, never more
//! results than asked, always best first; normalizing is idempotent.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::foods::search::{normalize, search, Lang, MAX_LIMIT, MAX_QUERY_CHARS};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_query_answers_within_the_limit_best_first(
        query in "\\PC{0,60}",
        limit in 1usize..=MAX_LIMIT,
        es in any::<bool>(),
    ) {
        let lang = if es { Some(Lang::Es) } else { None };
        let hits = search(&query, limit, lang).unwrap();
        prop_assert!(hits.len() <= limit);
        prop_assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn queries_over_the_cap_are_refused(extra in 1usize..50) {
        let query = "x".repeat(MAX_QUERY_CHARS + extra);
        prop_assert_eq!(search(&query, 5, None).unwrap_err().code(), "INVALID_QUERY");
    }

    #[test]
    fn normalizing_twice_changes_nothing(text in "\\PC{0,40}") {
        let once = normalize(&text);
        let twice = normalize(&once.join(" "));
        prop_assert_eq!(once, twice);
    }

}

/// Every food of the table (not a sample) is found by its own English and Spanish name.
#[test]
fn every_food_name_finds_its_food() {
    let all = osteoplan::foods::all();
    assert!(all.len() >= 700, "{} foods", all.len());
    let mut checked = 0;
    for food in all {
        let hits = search(&food.name, MAX_LIMIT, Some(Lang::En)).unwrap();
        assert!(hits.iter().any(|h| h.food.id == food.id), "{}", food.name);
        let hits = search(&food.name_es, MAX_LIMIT, Some(Lang::Es)).unwrap();
        assert!(
            hits.iter().any(|h| h.food.id == food.id),
            "{}",
            food.name_es
        );
        checked += 1;
    }
    assert_eq!(checked, all.len());
}
