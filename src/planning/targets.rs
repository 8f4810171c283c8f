//! The weekly minimums the evidence sets per kind of training, as the schedule's chart draws
//! them (each with its rule id, see [`super::rules::RULES`]).

use super::plan::Kind;
use serde::Serialize;
use tsify::Tsify;

/// A weekly minimum for one kind of session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct WeeklyTarget {
    pub kind: Kind,
    /// Minutes a week, at least.
    pub minutes: u32,
    /// The rule the minimum comes from (`"W3"`).
    pub rule_id: &'static str,
}

/// W3: ≥ 150 min weight-bearing aerobics; W1 with W7: ≥ 2 resistance workouts of ≥ 30 min;
/// W4: balance on ≥ 2 days, ≥ 10 min each.
pub static WEEKLY_TARGETS: [WeeklyTarget; 3] = [
    WeeklyTarget {
        kind: Kind::Aerobic,
        minutes: 150,
        rule_id: "W3",
    },
    WeeklyTarget {
        kind: Kind::Resistance,
        minutes: 2 * 30,
        rule_id: "W1",
    },
    WeeklyTarget {
        kind: Kind::Balance,
        minutes: 2 * 10,
        rule_id: "W4",
    },
];

/// The weekly minimums, aerobic first (`weeklyTargets()`).
pub fn weekly_targets() -> &'static [WeeklyTarget] {
    &WEEKLY_TARGETS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_name_real_rules() {
        for t in weekly_targets() {
            assert!(
                super::super::rules::rule(t.rule_id).is_some(),
                "{}",
                t.rule_id
            );
        }
        let aerobic = weekly_targets().iter().find(|t| t.kind == Kind::Aerobic);
        assert_eq!(aerobic.map(|t| t.minutes), Some(150));
    }
}
