//! The rule table: ids, titles and sources (see `docs/evidence.md`), and [`finding`], which
//! builds a finding with its rule's source. The gates a profile implies are in
//! [`super::gates`], the plan checker (`checkPlan`) in [`super::checks`]; both are re-exported
//! here so `rules::check_plan`, `rules::Gates` and the rest keep working.

pub use super::checks::*;
pub use super::gates::*;
use super::plan::{Finding, Severity};
use super::profile::Weekday;

/// One rule of `docs/evidence.md`: id, short title and source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, tsify::Tsify)]
#[tsify(rename = "PlanningRule")]
pub struct Rule {
    pub id: &'static str,
    pub title: &'static str,
    pub source: &'static str,
}

/// The rules osteoplan implements (described in `docs/evidence.md`).
#[rustfmt::skip]
pub static RULES: &[Rule] = &[
    Rule { id: "G1", title: "Known bone metastases: no generated plan; ask your oncology team for a risk assessment", source: "Campbell et al. 2022, IBMEWG (JCO Oncol Pract)" },
    Rule { id: "G2", title: "Vertebral or multiple low-trauma fractures: gentle impact only, no loaded spinal flexion or twist, deadlift → hip hinge or bridge, physiotherapist before weights (a loaded bag too)", source: "TFTF 2014 (Giangregorio, Osteoporos Int); ROS/BJSM 2022 (Brooke-Wavell); Osteoporosis Canada pocket sheet" },
    Rule { id: "G3", title: "Falls or poor balance: balance (~2 h a week) and strength first, comfortable-pace walking not brisk, no impact until re-checked", source: "BJSM 2022 abstract; Morin et al. CMAJ 2023 rec 1.1; Sherrington et al. NSW Public Health Bull 2011;22:78–83; Sherrington et al. BJSM 2017;51:1750–58" },
    Rule { id: "G4", title: "Osteoporosis: resistance plus moderate impact built up gradually; high impact and >80% 1RM only in supervised programmes; heavy lifts: DXA first", source: "LIFTMOR, Watson et al. JBMR 2018; Onero licensing; BJSM 2022" },
    Rule { id: "G5", title: "Check with your clinician before starting; lymphoedema (arm load in the smallest steps, PAL), neuropathy and breast-reconstruction precautions", source: "HOPE trial registry (physician consent); ACSM cancer roundtable, Campbell et al. MSSE 2019; PAL trial, Schmitz et al. NEJM 2009;361:664–73" },
    Rule { id: "G6", title: "Stop and seek help for new bone pain, sudden back pain or chest pain", source: "Safety practice (no study tested it)" },
    Rule { id: "A1", title: "Avoid sit-ups, crunches, toe-touches and end-range spinal flexion or twisting, especially holding weights", source: "BHOF; TFTF Delphi Table 5 (PMC5101068)" },
    Rule { id: "W1", title: "Resistance 2–3 workouts a week on non-consecutive days, same muscles ≥48 h apart", source: "ACSM, Kohrt et al. MSSE 2004; ROS 2022; TFTF 2014; CMAJ 2023 rec 1.2; ACSM guideline summary" },
    Rule { id: "W2", title: "Legs, arms, chest, shoulders and back each week, plus back-extensor and abdominal work", source: "TFTF; Morin et al. CMAJ 2023 rec 1.2; BEST" },
    Rule { id: "W3", title: "Weight-bearing aerobic ≥150 min a week, in bouts of ≥10 min", source: "Kohrt et al. 2004; TFTF/Osteoporosis Canada; HOPE, Irwin et al. JCO 2015" },
    Rule { id: "W4", title: "Balance and functional training daily (TFTF), at least twice a week (CMAJ)", source: "TFTF; Osteoporosis Canada; Morin et al. CMAJ 2023 rec 1.1" },
    Rule { id: "W5", title: "Impact snacks most days, building to ~50 moderate impacts, only where G2/G3 allow", source: "ROS (secondary sources)" },
    Rule { id: "W6", title: "Posture and spinal-extension exercise most days", source: "TFTF; BJSM 2022" },
    Rule { id: "W7", title: "Workouts fit the week you have: available days, minutes and equipment; 30–60 min workouts; at least one rest day", source: "Kohrt et al. 2004 (30–60 min); rest day: source article and common practice; your profile" },
    Rule { id: "W8", title: "Aerobic exercise never replaces resistance or balance training", source: "TFTF GRADE 2014; Morin et al. CMAJ 2023 rec 1.3" },
    Rule { id: "W9", title: "Water exercise, cycling and yoga count as aerobic or flexibility minutes only, never toward impact or resistance", source: "Kohrt et al. 2004 (weight-bearing emphasis); Schinzel/Kemmler, Front Physiol 2023" },
    Rule { id: "P1", title: "Start with 8–12 reps, 1–2 sets, effort 5–8 of 10; lower end for beginners and high fracture risk; about 6 exercises for beginners", source: "TFTF/Bone Fit; ACSM progression models, Ratamess et al. 2009; HOPE, Irwin et al. JCO 2015" },
    Rule { id: "P2", title: "Load check: more than 12 reps is too easy, fewer than 8 too hard", source: "Osteoporosis Canada" },
    Rule { id: "P3", title: "2-for-2: target +2 reps on the last set in two workouts running → next time ~+5% load (smallest step), or the next rung", source: "ACSM 2009; NSCA 2-for-2 (Baechle & Earle); cancer-trial protocol" },
    Rule { id: "P4", title: "Bottom of the range missed twice → keep the load or reduce ~10%", source: "Cancer RCT protocol (−10% if 2 reps short); Liftosaur lp() decrease" },
    Rule { id: "P5", title: "1–2 sets in weeks 1–4, then up to 3; rep targets may step down 12 → 10 → 8", source: "BMJ Open Gastroenterology trial protocol; ACSM 2009" },
    Rule { id: "P6", title: "Body-weight moves progress and regress by ladders (wall → knee → full push-up)", source: "Liftosaur #265 (user need); Osteoporosis Canada exercise examples" },
    Rule { id: "P7", title: "Impact builds in stages: gentle → firm tier, each tier from ~10 to 50 impacts", source: "ROS 3-stage plan (contents unverified); Brooke-Wavell et al. BJSM 2022 (impact tiers)" },
    Rule { id: "P8", title: "Optional deload week: sets cut by about half, no progression — a coaching practice, not bone-trial evidence", source: "Bell et al. Sports Med Open 2023 (Delphi of coaches; definition only)" },
    Rule { id: "P9", title: "Warm up 5–10 min with easy aerobic movement before resistance; stretch after", source: "Trial protocols; BEST-based site" },
    Rule { id: "P10", title: "Aromatase-inhibitor joint pain: keep the programme, lower impact, joint-friendly moves, yoga or tai chi twice a week; severe pain to the oncology team", source: "HOPE, Irwin et al. JCO 2015; Yu et al. PM&R 2024; Fields 2016 (Nordic walking)" },
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// A finding for rule `id`, its source taken from [`RULES`].
pub fn finding(
    id: &str,
    severity: Severity,
    message: impl Into<String>,
    week: Option<u32>,
    day: Option<Weekday>,
) -> Finding {
    new_finding(id, severity, message.into(), week, day)
}

/// [`finding`] without the generic: one copy in the wasm, not one per call site.
#[inline(never)]
fn new_finding(
    id: &str,
    severity: Severity,
    message: String,
    week: Option<u32>,
    day: Option<Weekday>,
) -> Finding {
    Finding {
        rule_id: id.to_owned(),
        severity,
        message,
        week,
        day,
        source: rule(id).map(|r| r.source).unwrap_or("").to_owned(),
    }
}
