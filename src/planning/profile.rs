//! The planning profile: what a person tells the planner about their week and their bones.
//!
//! JavaScript sends a loose object ([`ProfileInput`]); [`Profile::from_input`] checks every
//! field and answers [`Error::InvalidProfile`] naming the field, so a wrong type or an
//! out-of-range value never reaches the generator. Booleans default to `false`, equipment to
//! none, fitness level to beginner.

use super::library::Equipment;
use crate::error::{Error, Result};
use crate::input::{capped, null_as_empty, null_as_false, MAX_AGE, MIN_AGE};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A day of the week; plans and profiles use the ids `"mon"` … `"sun"`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Tsify,
)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    /// Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The stable id (`"mon"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }

    /// Parses a day id.
    pub fn from_id(id: &str) -> Option<Weekday> {
        crate::ids::parse_id(id)
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> u32 {
        self as u32
    }

    /// The day `n` days later (wrapping round the week).
    pub fn plus(self, n: u32) -> Weekday {
        let i = (self.index() + n) % 7;
        Weekday::ALL
            .into_iter()
            .nth(i as usize)
            .unwrap_or(Weekday::Mon)
    }

    /// Days from `self` forward to `later` (0–6), going round the week.
    pub fn days_until(self, later: Weekday) -> u32 {
        (later.index() + 7 - self.index()) % 7
    }
}

/// Self-reported training experience; picks starting rungs and the rep/set schedule (P1, P5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum FitnessLevel {
    Beginner,
    Intermediate,
    Advanced,
}

impl FitnessLevel {
    /// Every level.
    pub const ALL: [FitnessLevel; 3] = [
        FitnessLevel::Beginner,
        FitnessLevel::Intermediate,
        FitnessLevel::Advanced,
    ];

    /// Desired exercise difficulty (library `level`).
    pub fn rung(self) -> u8 {
        match self {
            FitnessLevel::Beginner => 1,
            FitnessLevel::Intermediate => 2,
            FitnessLevel::Advanced => 3,
        }
    }
}

/// How bad joint pain is, graded from the 0–10 score (P10): mild below 4, moderate 4–6, severe
/// 7 or more. Aromatase-inhibitor joint pain is treatable, so severe pain is sent to the
/// oncology team; grip-heavy moves leave the plan from moderate pain on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PainGrade {
    None,
    Mild,
    Moderate,
    Severe,
}

impl PainGrade {
    /// Moderate pain starts at this score.
    pub const MODERATE_FROM: u8 = 4;
    /// Severe pain starts at this score.
    pub const SEVERE_FROM: u8 = 7;

    /// The grade of a 0–10 score.
    pub fn of(score: u8) -> PainGrade {
        match score {
            0 => PainGrade::None,
            s if s < PainGrade::MODERATE_FROM => PainGrade::Mild,
            s if s < PainGrade::SEVERE_FROM => PainGrade::Moderate,
            _ => PainGrade::Severe,
        }
    }
}

/// Sex as reported; recorded, not used to change the plan (the evidence is in women).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Female,
    Male,
    Other,
}

/// A validated planning profile. Build it with [`Profile::from_input`] or directly in Rust.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Years, 18–110.
    pub age: u32,
    pub sex: Sex,
    /// Days the person can train, no repeats, Monday first.
    pub available_days: Vec<Weekday>,
    /// Minutes available on a training day (all that day's sessions together), 10–180.
    pub minutes_per_session: u32,
    /// Equipment at hand besides body weight. `gym` implies dumbbells and bands too.
    pub equipment: Vec<Equipment>,
    pub fitness_level: FitnessLevel,
    pub bone_metastases: bool,
    pub vertebral_fracture: bool,
    pub multiple_fractures: bool,
    pub osteoporosis: bool,
    pub fall_risk: bool,
    /// Worst joint pain in the past week, 0–10 (AI arthralgia).
    pub joint_pain: u8,
    pub lymphedema: bool,
}

/// The planning profile as JavaScript sends it (`PlanningProfile` in TypeScript). Keys it does
/// not know are ignored (the widget's profile also carries nutrition fields); `null` is the same
/// as a missing key. [`Profile::from_input`] checks the ranges.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null, rename = "PlanningProfile")]
pub struct ProfileInput {
    /// Years, 18–110.
    pub age: u32,
    /// `"female"` when absent.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// Days the person can train, at least one, no repeats.
    #[serde(deserialize_with = "capped")]
    pub available_days: Vec<Weekday>,
    /// Minutes on a training day, all that day's sessions together (10–180).
    pub minutes_per_session: u32,
    /// Equipment at hand besides body weight (none when absent).
    #[serde(default, deserialize_with = "null_as_empty")]
    pub equipment: Vec<Equipment>,
    /// `"beginner"` when absent.
    #[serde(default)]
    pub fitness_level: Option<FitnessLevel>,
    #[serde(default, deserialize_with = "null_as_false")]
    pub bone_metastases: bool,
    #[serde(default, deserialize_with = "null_as_false")]
    pub vertebral_fracture: bool,
    #[serde(default, deserialize_with = "null_as_false")]
    pub multiple_fractures: bool,
    #[serde(default, deserialize_with = "null_as_false")]
    pub osteoporosis: bool,
    #[serde(default, deserialize_with = "null_as_false")]
    pub fall_risk: bool,
    /// Worst joint pain in the past week, 0–10 (0 when absent).
    #[serde(default)]
    pub joint_pain: Option<u8>,
    #[serde(default, deserialize_with = "null_as_false")]
    pub lymphedema: bool,
}

impl Profile {
    /// Checks the ranges of a profile as JavaScript sends it. Errors are
    /// [`Error::InvalidProfile`] naming the field.
    pub fn from_input(input: ProfileInput) -> Result<Profile> {
        if !(MIN_AGE..=MAX_AGE).contains(&input.age) {
            return Err(Error::profile(
                "age",
                "must be a whole number from 18 to 110",
            ));
        }
        let mut available_days = input.available_days;
        if available_days.is_empty() {
            return Err(Error::profile("availableDays", "pick at least one day"));
        }
        available_days.sort_unstable();
        let before = available_days.len();
        available_days.dedup();
        if available_days.len() != before {
            return Err(Error::profile("availableDays", "a day is listed twice"));
        }
        if !(10..=180).contains(&input.minutes_per_session) {
            return Err(Error::profile(
                "minutesPerSession",
                "must be a whole number from 10 to 180",
            ));
        }
        let mut equipment = Vec::new();
        for e in input.equipment {
            if !equipment.contains(&e) {
                equipment.push(e);
            }
        }
        let joint_pain = input.joint_pain.unwrap_or(0);
        if joint_pain > 10 {
            return Err(Error::profile(
                "jointPain",
                "must be a whole number from 0 to 10",
            ));
        }
        Ok(Profile {
            age: input.age,
            sex: input.sex.unwrap_or(Sex::Female),
            available_days,
            minutes_per_session: input.minutes_per_session,
            equipment,
            fitness_level: input.fitness_level.unwrap_or(FitnessLevel::Beginner),
            bone_metastases: input.bone_metastases,
            vertebral_fracture: input.vertebral_fracture,
            multiple_fractures: input.multiple_fractures,
            osteoporosis: input.osteoporosis,
            fall_risk: input.fall_risk,
            joint_pain,
            lymphedema: input.lymphedema,
        })
    }

    /// A valid profile with no conditions, for Rust callers and tests.
    pub fn basic(
        available_days: &[Weekday],
        minutes_per_session: u32,
        fitness_level: FitnessLevel,
    ) -> Profile {
        let mut days = available_days.to_vec();
        days.sort_unstable();
        days.dedup();
        Profile {
            age: 60,
            sex: Sex::Female,
            available_days: days,
            minutes_per_session,
            equipment: Vec::new(),
            fitness_level,
            bone_metastases: false,
            vertebral_fracture: false,
            multiple_fractures: false,
            osteoporosis: false,
            fall_risk: false,
            joint_pain: 0,
            lymphedema: false,
        }
    }

    /// Whether the person can use exercises needing `eq` (body weight always; a gym has dumbbells and bands).
    pub fn has(&self, eq: Equipment) -> bool {
        eq == Equipment::None
            || self.equipment.contains(&eq)
            || (self.equipment.contains(&Equipment::Gym)
                && matches!(eq, Equipment::Bands | Equipment::Dumbbells))
    }

    /// The grade of the joint-pain score.
    pub fn joint_pain_grade(&self) -> PainGrade {
        PainGrade::of(self.joint_pain)
    }

    /// Whether `day` is one of the available days.
    pub fn available(&self, day: Weekday) -> bool {
        self.available_days.contains(&day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProfileInput {
        ProfileInput {
            age: 62,
            available_days: vec![Weekday::Thu, Weekday::Mon],
            minutes_per_session: 45,
            ..ProfileInput::default()
        }
    }

    fn field_of(r: Result<Profile>) -> String {
        match r {
            Err(Error::InvalidProfile { field, .. }) => field,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn booleans_default_to_false_and_days_are_sorted() {
        let p = Profile::from_input(input()).map_err(|e| e.to_string());
        let p = p
            .as_ref()
            .map(|p| (p.available_days.clone(), p.bone_metastases, p.fitness_level));
        assert_eq!(
            p,
            Ok((
                vec![Weekday::Mon, Weekday::Thu],
                false,
                FitnessLevel::Beginner
            ))
        );
    }

    #[test]
    fn out_of_range_values_name_the_field() {
        let cases: Vec<(ProfileInput, &str)> = vec![
            (ProfileInput { age: 12, ..input() }, "age"),
            (
                ProfileInput {
                    minutes_per_session: 5,
                    ..input()
                },
                "minutesPerSession",
            ),
            (
                ProfileInput {
                    joint_pain: Some(11),
                    ..input()
                },
                "jointPain",
            ),
            (
                ProfileInput {
                    available_days: vec![],
                    ..input()
                },
                "availableDays",
            ),
            (
                ProfileInput {
                    available_days: vec![Weekday::Mon, Weekday::Mon],
                    ..input()
                },
                "availableDays",
            ),
        ];
        for (bad, field) in cases {
            assert_eq!(field_of(Profile::from_input(bad)), field);
        }
    }

    #[test]
    fn gym_implies_dumbbells_and_bands() {
        let mut p = Profile::basic(&[Weekday::Mon], 30, FitnessLevel::Beginner);
        assert!(!p.has(Equipment::Dumbbells));
        p.equipment = vec![Equipment::Gym];
        assert!(p.has(Equipment::Dumbbells) && p.has(Equipment::Bands) && p.has(Equipment::None));
    }

    #[test]
    fn joint_pain_is_graded_mild_moderate_severe() {
        let grades: Vec<PainGrade> = (0..=10).map(PainGrade::of).collect();
        use PainGrade::*;
        assert_eq!(
            grades,
            vec![
                None, Mild, Mild, Mild, Moderate, Moderate, Moderate, Severe, Severe, Severe,
                Severe
            ]
        );
    }

    #[test]
    fn weekday_arithmetic_wraps() {
        assert_eq!(Weekday::Sat.plus(2), Weekday::Mon);
        assert_eq!(Weekday::Sun.days_until(Weekday::Mon), 1);
        assert_eq!(Weekday::Mon.days_until(Weekday::Sun), 6);
    }
}
