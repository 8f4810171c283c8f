//! The safety gates: what a profile's conditions allow (G1–G4, P10), derived once and used by
//! the generator, swaps, progression and the checker. Evidence: `docs/evidence.md`.

use super::library::{Category, Exercise, Impact, Pattern};
use super::profile::{PainGrade, Profile, Weekday};

/// G3: the only weight-bearing aerobic moves for a person at risk of falls. People at high risk
/// of falls should not be given brisk-walking programmes (Sherrington et al. 2011): walking at
/// a comfortable pace or marching on the spot holding a support, until they feel steadier.
pub const FALL_RISK_AEROBIC: &[&str] = &["comfortable-walk", "supported-march", "warm-up-march"];

/// Moves that lift a load without dumbbells or a gym (a loaded backpack): weights for G2's
/// "physiotherapist before adding weights".
pub const LOADED_WITHOUT_WEIGHTS: &[&str] = &["backpack-row"];

/// Grip-heavy moves: not joint-friendly from moderate joint pain on (P10), since
/// aromatase-inhibitor joint pain is most often in the hands and wrists.
pub const GRIP_HEAVY: &[&str] = &["farmer-carry", "backpack-row"];

/// Arm, shoulder and chest moves: with lymphoedema their sets do not rise automatically and
/// their load rises only in the smallest steps (PAL trial, Schmitz et al. 2009).
pub fn upper_body(pattern: Pattern) -> bool {
    matches!(
        pattern,
        Pattern::PushHorizontal
            | Pattern::PushVertical
            | Pattern::PullHorizontal
            | Pattern::PullVertical
            | Pattern::Curl
            | Pattern::Carry
    )
}

/// Whether `ex` adds an external load: dumbbells, gym machines, or a loaded bag.
pub fn uses_weights(ex: &Exercise) -> bool {
    ex.equipment.is_weight() || LOADED_WITHOUT_WEIGHTS.contains(&ex.id)
}

/// Whether `ex` is a brisk or faster weight-bearing aerobic move, left out under G3.
pub fn too_brisk_for_fall_risk(ex: &Exercise) -> bool {
    ex.category == Category::WeightBearingAerobic && !FALL_RISK_AEROBIC.contains(&ex.id)
}

/// Joint pain from this score on counts as AI arthralgia (HOPE enrolled worst pain ≥ 3/10).
pub const JOINT_PAIN_FROM: u8 = 3;

/// What a profile's conditions allow, derived once and used by the generator, swaps and checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gates {
    /// G1: bone metastases — no plan.
    pub no_plan: bool,
    /// G2: vertebral or multiple fractures.
    pub fracture: bool,
    /// G3: fall risk.
    pub fall_risk: bool,
    /// G4: osteoporosis without G2.
    pub osteoporosis: bool,
    /// P10: joint pain ≥ [`JOINT_PAIN_FROM`].
    pub joint_pain: bool,
    /// P10: how bad the joint pain is.
    pub pain_grade: PainGrade,
    /// Highest impact tier the generator may use.
    pub impact_cap: Impact,
    /// W5 impact snacks allowed (not under G3).
    pub impact_snacks: bool,
}

impl Gates {
    /// The gates of `profile`.
    pub fn of(profile: &Profile) -> Gates {
        let fracture = profile.vertebral_fracture || profile.multiple_fractures;
        let joint_pain = profile.joint_pain >= JOINT_PAIN_FROM;
        let impact_cap = if fracture || profile.fall_risk || joint_pain {
            Impact::Lower
        } else {
            Impact::Moderate
        };
        Gates {
            no_plan: profile.bone_metastases,
            fracture,
            fall_risk: profile.fall_risk,
            osteoporosis: profile.osteoporosis,
            joint_pain,
            pain_grade: profile.joint_pain_grade(),
            impact_cap,
            impact_snacks: !profile.fall_risk,
        }
    }

    /// Moderate or severe joint pain: grip-heavy moves are not joint-friendly (P10).
    pub fn grip_limited(&self) -> bool {
        self.pain_grade >= PainGrade::Moderate
    }

    /// Whether the generator (and `alternatives`) may offer `ex` to this person.
    pub fn allows(&self, profile: &Profile, ex: &Exercise) -> bool {
        ex.recommended
            && profile.has(ex.equipment)
            && ex.impact <= self.impact_cap
            && !(self.fracture && (ex.spinal_flexion || uses_weights(ex)))
            && !(self.fall_risk && (ex.category == Category::Impact || too_brisk_for_fall_risk(ex)))
            && (!self.joint_pain || ex.joint_friendly)
            && !(self.grip_limited() && GRIP_HEAVY.contains(&ex.id))
    }
}

/// Whether two weekdays are within 48 h of each other in a repeating week (adjacent, Sun–Mon too).
pub fn adjacent(a: Weekday, b: Weekday) -> bool {
    a != b && (a.days_until(b) == 1 || b.days_until(a) == 1)
}

/// Whether the available days hold two resistance days at least 48 h apart.
pub fn two_spaced_days_possible(days: &[Weekday]) -> bool {
    days.iter()
        .any(|a| days.iter().any(|b| a != b && !adjacent(*a, *b)))
}

/// Days written as "mon, thu".
pub fn day_list(days: &[Weekday]) -> String {
    let mut out = String::new();
    for d in days {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(d.id());
    }
    out
}
