//! The planning profile: what a person tells the planner about their week and their bones.
//!
//! JavaScript sends a loose object ([`ProfileInput`]); [`Profile::from_input`] checks every
//! field and answers [`Error::InvalidProfile`] naming the field, so a wrong type or an
//! out-of-range value never reaches the generator. Booleans default to `false`, equipment to
//! none, fitness level to beginner.

use super::library::Equipment;
use crate::error::{Error, Result};

/// A day of the week; plans and profiles use the ids `"mon"` … `"sun"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }

    /// Parses a day id.
    pub fn from_id(id: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|d| d.id() == id)
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// One JSON value of unknown type, so a wrong type can be reported against its field.
/// (Built by the bindings from the JS value; `Other` is an object or anything else.)
#[derive(Debug, Clone, PartialEq)]
pub enum Loose {
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Loose>),
    Other,
}

/// The profile as JavaScript sends it: every field optional (`None` = absent, `undefined` or
/// `null`) and of any type. Unknown fields are ignored (the widget's profile also carries
/// nutrition fields). Field names in JS are the camelCase of these (read by `src/bindings/planning.rs`).
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub age: Option<Loose>,
    pub sex: Option<Loose>,
    pub available_days: Option<Loose>,
    pub minutes_per_session: Option<Loose>,
    pub equipment: Option<Loose>,
    pub fitness_level: Option<Loose>,
    pub bone_metastases: Option<Loose>,
    pub vertebral_fracture: Option<Loose>,
    pub multiple_fractures: Option<Loose>,
    pub osteoporosis: Option<Loose>,
    pub fall_risk: Option<Loose>,
    pub joint_pain: Option<Loose>,
    pub lymphedema: Option<Loose>,
}

fn whole(field: &str, v: Option<&Loose>, min: u32, max: u32) -> Result<u32> {
    match v {
        Some(Loose::Num(n))
            if n.is_finite()
                && n.fract() == 0.0
                && *n >= f64::from(min)
                && *n <= f64::from(max) =>
        {
            // In range and whole, so the cast is exact.
            Ok(*n as u32)
        }
        Some(Loose::Num(_)) => Err(Error::profile(
            field,
            format!("must be a whole number from {min} to {max}"),
        )),
        None => Err(Error::profile(field, "is required")),
        Some(_) => Err(Error::profile(field, "must be a number")),
    }
}

fn flag(field: &str, v: Option<&Loose>) -> Result<bool> {
    match v {
        None => Ok(false),
        Some(Loose::Bool(b)) => Ok(*b),
        Some(_) => Err(Error::profile(field, "must be true or false")),
    }
}

fn text<'a>(field: &str, v: Option<&'a Loose>) -> Result<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(Loose::Str(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(Error::profile(field, "must be text")),
    }
}

fn texts<'a>(field: &str, v: Option<&'a Loose>) -> Result<Vec<&'a str>> {
    match v {
        None => Ok(Vec::new()),
        Some(Loose::List(items)) => {
            let mut out = Vec::new();
            for item in items {
                let Loose::Str(s) = item else {
                    return Err(Error::profile(field, "must be a list of text ids"));
                };
                out.push(s.as_str());
            }
            Ok(out)
        }
        Some(_) => Err(Error::profile(field, "must be a list")),
    }
}

impl Profile {
    /// Checks a loose profile field by field. Errors are [`Error::InvalidProfile`] naming the field.
    pub fn from_input(input: &ProfileInput) -> Result<Profile> {
        let age = whole("age", input.age.as_ref(), 18, 110)?;
        let sex = match text("sex", input.sex.as_ref())? {
            None | Some("female") => Sex::Female,
            Some("male") => Sex::Male,
            Some("other") => Sex::Other,
            Some(_) => return Err(Error::profile("sex", "must be female, male or other")),
        };
        let mut available_days = Vec::new();
        for id in texts("availableDays", input.available_days.as_ref())? {
            let day = Weekday::from_id(id).ok_or_else(|| {
                Error::profile(
                    "availableDays",
                    "days are mon, tue, wed, thu, fri, sat, sun",
                )
            })?;
            if available_days.contains(&day) {
                return Err(Error::profile("availableDays", "a day is listed twice"));
            }
            available_days.push(day);
        }
        if available_days.is_empty() {
            return Err(Error::profile("availableDays", "pick at least one day"));
        }
        super::sort_small(&mut available_days, |d| *d);
        let minutes_per_session = whole(
            "minutesPerSession",
            input.minutes_per_session.as_ref(),
            10,
            180,
        )?;
        let mut equipment = Vec::new();
        for id in texts("equipment", input.equipment.as_ref())? {
            let e = Equipment::from_id(id).ok_or_else(|| {
                Error::profile("equipment", "equipment is none, bands, dumbbells or gym")
            })?;
            if !equipment.contains(&e) {
                equipment.push(e);
            }
        }
        let fitness_level = match text("fitnessLevel", input.fitness_level.as_ref())? {
            None | Some("beginner") => FitnessLevel::Beginner,
            Some("intermediate") => FitnessLevel::Intermediate,
            Some("advanced") => FitnessLevel::Advanced,
            Some(_) => {
                return Err(Error::profile(
                    "fitnessLevel",
                    "must be beginner, intermediate or advanced",
                ))
            }
        };
        let joint_pain = match input.joint_pain.as_ref() {
            None => 0,
            v => whole("jointPain", v, 0, 10)? as u8,
        };
        Ok(Profile {
            age,
            sex,
            available_days,
            minutes_per_session,
            equipment,
            fitness_level,
            bone_metastases: flag("boneMetastases", input.bone_metastases.as_ref())?,
            vertebral_fracture: flag("vertebralFracture", input.vertebral_fracture.as_ref())?,
            multiple_fractures: flag("multipleFractures", input.multiple_fractures.as_ref())?,
            osteoporosis: flag("osteoporosis", input.osteoporosis.as_ref())?,
            fall_risk: flag("fallRisk", input.fall_risk.as_ref())?,
            joint_pain,
            lymphedema: flag("lymphedema", input.lymphedema.as_ref())?,
        })
    }

    /// A valid profile with no conditions, for Rust callers and tests.
    pub fn basic(
        available_days: &[Weekday],
        minutes_per_session: u32,
        fitness_level: FitnessLevel,
    ) -> Profile {
        let mut days = available_days.to_vec();
        super::sort_small(&mut days, |d| *d);
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

    fn num(n: f64) -> Option<Loose> {
        Some(Loose::Num(n))
    }

    fn input() -> ProfileInput {
        ProfileInput {
            age: num(62.0),
            available_days: Some(Loose::List(vec![
                Loose::Str("thu".into()),
                Loose::Str("mon".into()),
            ])),
            minutes_per_session: num(45.0),
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
        let p = Profile::from_input(&input()).map_err(|e| e.to_string());
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
    fn out_of_range_and_wrong_types_name_the_field() {
        let cases: Vec<(ProfileInput, &str)> = vec![
            (
                ProfileInput {
                    age: num(12.0),
                    ..input()
                },
                "age",
            ),
            (
                ProfileInput {
                    age: Some(Loose::Str("62".into())),
                    ..input()
                },
                "age",
            ),
            (
                ProfileInput {
                    minutes_per_session: num(5.0),
                    ..input()
                },
                "minutesPerSession",
            ),
            (
                ProfileInput {
                    minutes_per_session: num(30.5),
                    ..input()
                },
                "minutesPerSession",
            ),
            (
                ProfileInput {
                    joint_pain: num(11.0),
                    ..input()
                },
                "jointPain",
            ),
            (
                ProfileInput {
                    fall_risk: Some(Loose::Str("yes".into())),
                    ..input()
                },
                "fallRisk",
            ),
            (
                ProfileInput {
                    available_days: Some(Loose::List(vec![])),
                    ..input()
                },
                "availableDays",
            ),
            (
                ProfileInput {
                    available_days: Some(Loose::List(vec![Loose::Str("funday".into())])),
                    ..input()
                },
                "availableDays",
            ),
            (
                ProfileInput {
                    available_days: Some(Loose::List(vec![
                        Loose::Str("mon".into()),
                        Loose::Str("mon".into()),
                    ])),
                    ..input()
                },
                "availableDays",
            ),
            (
                ProfileInput {
                    equipment: Some(Loose::List(vec![Loose::Str("kettlebell".into())])),
                    ..input()
                },
                "equipment",
            ),
            (
                ProfileInput {
                    fitness_level: Some(Loose::Str("expert".into())),
                    ..input()
                },
                "fitnessLevel",
            ),
            (
                ProfileInput {
                    sex: Some(Loose::Str("x".into())),
                    ..input()
                },
                "sex",
            ),
        ];
        for (bad, field) in cases {
            assert_eq!(field_of(Profile::from_input(&bad)), field);
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
