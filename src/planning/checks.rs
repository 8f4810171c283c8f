//! `checkPlan`: checks any plan — generated, edited or imported — against the gates, the
//! weekly dose and the progression rules, and merges repeated findings. Evidence:
//! `docs/evidence.md`.

use super::gates::{
    adjacent, day_list, too_brisk_for_fall_risk, two_spaced_days_possible, upper_body,
    uses_weights, Gates, GRIP_HEAVY,
};
use super::generate::{FALL_RISK_BALANCE_MINUTES, WARM_UP_MINUTES};
use super::library::{self, Category, Exercise, Impact, Muscle, Pattern};
use super::plan::{Finding, Kind, Plan, Severity};
use super::profile::{FitnessLevel, PainGrade};
use super::profile::{Profile, Weekday};
use super::rules::finding;
use crate::error::Result;

/// "1–4, 6, 8–12" for sorted week numbers.
fn ranges(weeks: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(&start) = weeks.get(i) {
        let mut end = start;
        while weeks.get(i + 1) == Some(&(end + 1)) {
            end += 1;
            i += 1;
        }
        if !out.is_empty() {
            out.push_str(", ");
        }
        super::push_num(&mut out, start, 1);
        if end > start {
            out.push('–');
            super::push_num(&mut out, end, 1);
        }
        i += 1;
    }
    out
}

/// Merges findings that repeat week after week into one, naming the weeks; stop first.
pub fn collapse(raw: Vec<Finding>) -> Vec<Finding> {
    let mut groups: Vec<(Finding, Vec<u32>, bool)> = Vec::new();
    for f in raw {
        let key = |g: &Finding| {
            g.rule_id == f.rule_id && g.severity == f.severity && g.message == f.message
        };
        if let Some((first, weeks, mixed_days)) = groups.iter_mut().find(|(g, _, _)| key(g)) {
            if let Some(w) = f.week {
                if !weeks.contains(&w) {
                    weeks.push(w);
                }
            }
            if first.day != f.day {
                *mixed_days = true;
            }
        } else {
            let weeks = f.week.into_iter().collect();
            groups.push((f, weeks, false));
        }
    }
    let mut out: Vec<Finding> = Vec::new();
    for (mut f, mut weeks, mixed_days) in groups {
        super::sort_small(&mut weeks, |w| *w);
        if weeks.len() > 1 {
            f.message = format!("{} (weeks {})", f.message, ranges(&weeks));
        }
        if mixed_days {
            f.day = None;
        }
        out.push(f);
    }
    super::sort_small(&mut out, |f| f.severity);
    out
}

/// The findings every plan carries for this profile: G5/G6 always, and the gate notes.
pub fn standing_advice(profile: &Profile, gates: &Gates) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut g5 = String::from(
        "Check with your clinician or care team before starting this plan; this is health education, not medical advice.",
    );
    if profile.lymphedema {
        g5.push_str(" With lymphoedema: arm exercises start at the lightest load, stay at up to 2 sets, and go up by the smallest step only after two sessions in a row without symptoms (PAL trial); wear your compression garment if prescribed and report any swelling.");
    } else {
        g5.push_str(
            " Tell them about lymphoedema, neuropathy or breast reconstruction if they apply.",
        );
    }
    out.push(finding("G5", Severity::Info, g5, None, None));
    out.push(finding(
        "G6",
        Severity::Info,
        "Stop and seek help for new bone pain, sudden back pain or chest pain.",
        None,
        None,
    ));
    if gates.fracture {
        out.push(finding("G2", Severity::Info, "Because of the fracture(s): impact stays at the lower tier (gentle heel drops and stamps, up to brisk walking), no spinal flexion or twisting, hip hinges and bridges instead of deadlifts, back-extensor work kept. See a physiotherapist before adding weights.", None, None));
    }
    if gates.fall_risk {
        out.push(finding("G3", Severity::Info, "Because of the fall risk: balance (2 hours a week where your days allow) and strength come first; walks are at a comfortable pace or marching with a support, not brisk; no impact or jumping until you feel steadier and your balance is re-checked.", None, None));
    }
    if gates.osteoporosis {
        out.push(finding("G4", Severity::Info, "With osteoporosis, strength and moderate impact (firm heel drops, hops, low jumps) build up gradually at effort 5–8 of 10; only high-impact jumping and lifting above ~80% of your maximum need a supervised programme (Onero/LIFTMOR-type).", None, None));
    }
    if gates.joint_pain {
        out.push(finding("P10", Severity::Info, "Because of joint pain: impact stays low, joint-friendly options are chosen, and tai chi or yoga is included; in the HOPE trial, pain fell with regular exercise.", None, None));
    }
    if gates.grip_limited() {
        out.push(finding("P10", Severity::Info, "With moderate or severe joint pain, grip-heavy moves (farmer's carry, backpack row) are left out to spare hands and wrists.", None, None));
    }
    if gates.pain_grade == PainGrade::Severe {
        out.push(finding("P10", Severity::Warning, "Joint pain of 7/10 or more, or pain that keeps getting worse: tell your oncology team; aromatase-inhibitor joint pain can be treated.", None, None));
    }
    out
}

/// Per-week totals used by the weekly rules.
#[derive(Default)]
struct WeekTotals {
    resistance_days: Vec<Weekday>,
    muscles: Vec<Muscle>,
    weight_bearing_minutes: u32,
    aerobic_sessions: u32,
    balance_days: u32,
    posture_days: u32,
    impact_days: u32,
    yoga_tai_chi: u32,
    session_days: Vec<Weekday>,
    free_bout_minutes: u32,
    /// Minutes the stretch and balance beyond its minimum could give to walks (W3).
    reclaimable_minutes: u32,
    /// Balance-session minutes without the warm-up (G3).
    balance_minutes: u32,
    /// Flexibility-session minutes (G3: balance comes before the stretch).
    flexibility_minutes: u32,
    /// Highest impact tier this week and the most impacts in one session at it (P7).
    top_tier: Option<Impact>,
    top_tier_impacts: u32,
}

fn minutes_of(p: &super::plan::Prescription) -> u32 {
    p.sets.saturating_mul(p.seconds.unwrap_or(0)) / 60
}

/// `checkPlan`: every finding for `plan` as followed by `profile`. Errors only for a plan that
/// is not well formed ([`crate::Error::InvalidPlan`]).
pub fn check_plan(profile: &Profile, plan: &Plan) -> Result<Vec<Finding>> {
    plan.validate()?;
    let gates = Gates::of(profile);
    let mut raw = Vec::new();
    if gates.no_plan {
        let has_sessions = plan
            .weeks
            .iter()
            .any(|w| w.days.iter().any(|d| !d.sessions.is_empty()));
        let extra = if has_sessions {
            " Please do not follow this plan until they have assessed you."
        } else {
            ""
        };
        raw.push(finding("G1", Severity::Stop, format!("With bone metastases osteoplan does not make an exercise plan. Exercise can still be possible: ask your oncology team for a risk assessment.{extra}"), None, None));
        raw.extend(standing_advice(profile, &gates));
        return Ok(collapse(raw));
    }
    raw.extend(standing_advice(profile, &gates));
    let m = profile.minutes_per_session;
    let mut previous_tier: Option<Impact> = None;
    let mut heavy = false;
    for week in &plan.weeks {
        let w = Some(week.index);
        if week.deload {
            raw.push(finding("P8", Severity::Info, "Deload week: fewer sets and no progression. This is a coaching practice, not bone-trial evidence; skip it if you feel fine.", w, None));
        }
        let mut t = WeekTotals::default();
        for day in &week.days {
            let d = Some(day.day);
            if day.sessions.is_empty() {
                continue;
            }
            t.session_days.push(day.day);
            if !profile.available(day.day) {
                raw.push(finding(
                    "W7",
                    Severity::Warning,
                    format!(
                        "There are sessions on {}, which is not one of your available days.",
                        day.day.id()
                    ),
                    w,
                    d,
                ));
            }
            let used: u32 = day.sessions.iter().map(|s| s.minutes).sum();
            if used > m {
                raw.push(finding(
                    "W7",
                    Severity::Warning,
                    format!("This day has {used} min of sessions; you have {m} min."),
                    w,
                    d,
                ));
            } else if profile.available(day.day) {
                // Free minutes, plus what the stretch and extra balance could give up (not
                // under G3, where balance comes first), hold a walk of at least 10 min, or
                // lengthen one already there.
                let walking = day.sessions.iter().any(|s| s.kind == Kind::Aerobic);
                let mut spare = 0;
                for s in &day.sessions {
                    spare += match s.kind {
                        Kind::Flexibility => s.minutes,
                        Kind::Balance if !gates.fall_risk => {
                            let warm_up = day.sessions.iter().any(|r| r.kind == Kind::Resistance);
                            s.minutes
                                .saturating_sub(if warm_up { WARM_UP_MINUTES + 5 } else { 5 })
                        }
                        _ => 0,
                    };
                }
                let free = m - used;
                if free + spare >= 10 || (walking && free + spare > 0) {
                    t.free_bout_minutes += free;
                    t.reclaimable_minutes += spare;
                }
            }
            let (mut balance, mut posture, mut impact) = (false, false, false);
            let mut warmed_up = false;
            for s in &day.sessions {
                if s.kind == Kind::Resistance && !t.resistance_days.contains(&day.day) {
                    t.resistance_days.push(day.day);
                }
                if s.kind == Kind::Aerobic {
                    t.aerobic_sessions += 1;
                }
                if s.kind == Kind::Flexibility {
                    t.flexibility_minutes += s.minutes;
                }
                if s.kind == Kind::Balance {
                    let mut warm_up = 0;
                    for p in &s.exercises {
                        if library::find(&p.exercise_id)
                            .is_some_and(|e| e.category == Category::WeightBearingAerobic)
                        {
                            warm_up += minutes_of(p);
                        }
                    }
                    t.balance_minutes += s.minutes.saturating_sub(warm_up);
                }
                if s.kind == Kind::Resistance {
                    resistance_session(profile, s, week.index, day.day, &mut raw);
                    if !warmed_up {
                        raw.push(finding(
                            "P9",
                            Severity::Info,
                            "Warm up with 5–10 min of easy marching or walking before resistance.",
                            w,
                            d,
                        ));
                    }
                }
                warmed_up |= s.exercises.iter().any(|p| {
                    library::find(&p.exercise_id)
                        .is_some_and(|e| e.category == Category::WeightBearingAerobic)
                });
                let mut day_impacts = 0u32;
                let mut tier_impacts: Option<(Impact, u32)> = None;
                for p in &s.exercises {
                    let Some(ex) = library::find(&p.exercise_id) else {
                        continue;
                    };
                    check_exercise(
                        profile, &gates, ex, p, s.kind, week.index, day.day, &mut raw,
                    );
                    heavy |= HEAVY_LIFTS.contains(&ex.id)
                        || (uses_weights(ex) && p.effort.is_some_and(|e| e >= 8));
                    match ex.category {
                        Category::Resistance | Category::Posture if s.kind == Kind::Resistance => {
                            for mu in ex.muscles {
                                if !t.muscles.contains(mu) {
                                    t.muscles.push(*mu);
                                }
                            }
                        }
                        _ => {}
                    }
                    match ex.category {
                        // In a balance block, easy marching is the warm-up (P9), not W3 time.
                        Category::WeightBearingAerobic if s.kind == Kind::Balance => {}
                        Category::WeightBearingAerobic => t.weight_bearing_minutes += minutes_of(p),
                        Category::Balance => balance = true,
                        Category::Posture => posture = true,
                        Category::Impact => {
                            impact = true;
                            let n = p.sets.saturating_mul(p.impacts.unwrap_or(0));
                            day_impacts = day_impacts.saturating_add(n);
                            tier_impacts = match tier_impacts {
                                Some((tier, k)) if tier == ex.impact => Some((tier, k + n)),
                                Some((tier, k)) if tier > ex.impact => Some((tier, k)),
                                _ => Some((ex.impact, n)),
                            };
                        }
                        _ => {}
                    }
                    if ex.id == "tai-chi" || ex.id == "spine-safe-yoga" {
                        t.yoga_tai_chi += 1;
                    }
                }
                if let Some((tier, n)) = tier_impacts {
                    if t.top_tier.map_or(true, |top| tier > top) {
                        t.top_tier = Some(tier);
                        t.top_tier_impacts = n;
                    } else if t.top_tier == Some(tier) {
                        t.top_tier_impacts = t.top_tier_impacts.max(n);
                    }
                }
                if day_impacts > 50 {
                    raw.push(finding("W5", Severity::Info, format!("{day_impacts} impacts in one session: the ROS suggestion is to build to about 50 a day."), w, d));
                }
            }
            t.balance_days += u32::from(balance);
            t.posture_days += u32::from(posture);
            t.impact_days += u32::from(impact);
        }
        // Available days left empty are room for walks too (one kept free as the rest day, W7).
        let empty = profile
            .available_days
            .iter()
            .filter(|d| !t.session_days.contains(d))
            .count();
        let rest = usize::from(profile.available_days.len() == 7 && empty > 0);
        if m >= 10 {
            t.free_bout_minutes += m * (empty - rest) as u32;
        }
        // P7: a new impact tier starts again near 10 impacts.
        if let (Some(tier), Some(before)) = (t.top_tier, previous_tier) {
            if tier > before && t.top_tier_impacts > 20 {
                raw.push(finding("P7", Severity::Warning, format!("{} impacts at the new {} tier: start again near 10 at each tier and build up to 50.", t.top_tier_impacts, tier.id()), w, None));
            }
        }
        if t.top_tier.is_some() {
            previous_tier = t.top_tier;
        }
        week_rules(profile, &gates, week.index, &t, &mut raw);
    }
    if heavy && !gates.osteoporosis && !gates.fracture {
        raw.push(finding("G4", Severity::Info, "Heavy lifts in this plan (barbell lifts, or weights at effort 8+): without a known bone density, get a DXA scan first and start them supervised.", None, None));
    }
    Ok(collapse(raw))
}

#[allow(clippy::too_many_arguments)]
fn check_exercise(
    profile: &Profile,
    gates: &Gates,
    ex: &Exercise,
    p: &super::plan::Prescription,
    kind: Kind,
    week: u32,
    day: Weekday,
    raw: &mut Vec<Finding>,
) {
    let (w, d) = (Some(week), Some(day));
    let name = ex.name_en();
    if gates.fracture {
        if ex.impact > Impact::Lower {
            raw.push(finding("G2", Severity::Stop, format!("{name} is above the lower impact tier; after a vertebral or multiple fractures keep to brisk walking or gentler."), w, d));
        }
        if ex.spinal_flexion {
            raw.push(finding("G2", Severity::Stop, format!("{name} loads the spine in flexion or twist; not after a vertebral or multiple fractures."), w, d));
        }
        if ex.pattern == Pattern::Hinge && uses_weights(ex) {
            raw.push(finding("G2", Severity::Stop, format!("{name} is a loaded deadlift; after a fracture use a hip hinge with a broomstick or a glute bridge."), w, d));
        } else if uses_weights(ex) {
            raw.push(finding("G2", Severity::Warning, format!("{name} uses weights; see a physiotherapist before adding weights after a fracture."), w, d));
        }
    } else if ex.spinal_flexion {
        raw.push(finding("A1", Severity::Warning, format!("{name} loads the spine in flexion or twist; choose back-extensor or trunk-stability work instead."), w, d));
    }
    if gates.fall_risk {
        if ex.category == Category::Impact {
            raw.push(finding("G3", Severity::Stop, format!("{name} is an impact exercise; with a fall risk leave impact and jumping out until your balance is re-checked."), w, d));
        } else if ex.impact > Impact::Lower {
            raw.push(finding("G3", Severity::Stop, format!("{name} is above the lower impact tier; with a fall risk keep to walking pace until re-checked."), w, d));
        } else if too_brisk_for_fall_risk(ex) {
            raw.push(finding("G3", Severity::Warning, format!("{name}: with a fall risk, walk at a comfortable pace or march with a support, not brisk walking."), w, d));
        }
    }
    if ex.impact == Impact::High && !gates.fracture && !gates.fall_risk {
        let sev = if gates.osteoporosis {
            Severity::Warning
        } else {
            Severity::Info
        };
        raw.push(finding(
            "G4",
            sev,
            format!("{name} is high impact; keep it for a supervised programme."),
            w,
            d,
        ));
    }
    if gates.joint_pain {
        if ex.impact > Impact::Lower && !gates.fracture && !gates.fall_risk {
            raw.push(finding("P10", Severity::Warning, format!("{name} is above the lower impact tier; with joint pain walk or Nordic-walk instead."), w, d));
        }
        if !ex.joint_friendly {
            raw.push(finding(
                "P10",
                Severity::Warning,
                format!("{name} can be hard on painful joints; see the alternatives."),
                w,
                d,
            ));
        }
    }
    if gates.grip_limited() && GRIP_HEAVY.contains(&ex.id) {
        raw.push(finding(
            "P10",
            Severity::Warning,
            format!("{name} needs a strong grip; see the alternatives."),
            w,
            d,
        ));
    }
    if profile.lymphedema
        && ex.category == Category::Resistance
        && upper_body(ex.pattern)
        && p.sets > 2
    {
        raw.push(finding(
            "G5",
            Severity::Warning,
            format!(
                "{name}: {} sets; with lymphoedema, arm exercises stay at up to 2 sets.",
                p.sets
            ),
            w,
            d,
        ));
    }
    if !profile.has(ex.equipment) {
        raw.push(finding(
            "W7",
            Severity::Warning,
            format!(
                "{name} needs {}, which is not in your equipment.",
                ex.equipment.id()
            ),
            w,
            d,
        ));
    }
    if ex.category == Category::NonWeightBearingAerobic
        && matches!(kind, Kind::Resistance | Kind::Impact)
    {
        raw.push(finding(
            "W9",
            Severity::Warning,
            format!("{name} does not count toward resistance or impact work."),
            w,
            d,
        ));
    }
    if ex.category == Category::Resistance && ex.recommended {
        if let Some(reps) = p.reps {
            if !(8..=12).contains(&reps) {
                raw.push(finding(
                    "P2",
                    Severity::Info,
                    format!("{name}: {reps} reps; choose a resistance that allows 8–12."),
                    w,
                    d,
                ));
            }
        }
        if p.sets > 3 {
            raw.push(finding(
                "P5",
                Severity::Warning,
                format!(
                    "{name}: {} sets; up to 3 is the dose in the trials.",
                    p.sets
                ),
                w,
                d,
            ));
        } else if week <= 4 && p.sets > 2 {
            raw.push(finding(
                "P5",
                Severity::Info,
                format!("{name}: 3 sets in the first four weeks; 1–2 is the usual start."),
                w,
                d,
            ));
        }
    }
    if p.effort.is_some_and(|e| e > 8) {
        raw.push(finding(
            "G4",
            Severity::Warning,
            format!("{name}: effort above 8 of 10 is for supervised programmes."),
            w,
            d,
        ));
    }
    if ex.category == Category::Impact && ex.impact >= Impact::Moderate && week <= 2 {
        raw.push(finding(
            "P7",
            Severity::Info,
            format!(
                "{name} is moderate impact in the first weeks; start with heel drops or stamps."
            ),
            w,
            d,
        ));
    }
}

/// Barbell lifts that are heavy by nature (G4: bone density and supervision first).
const HEAVY_LIFTS: &[&str] = &["back-squat", "deadlift"];

/// Checks one resistance session as a whole (beginner density, P1 and HOPE).
fn resistance_session(
    profile: &Profile,
    s: &super::plan::Session,
    week: u32,
    day: Weekday,
    raw: &mut Vec<Finding>,
) {
    let n = s.exercises.len();
    if profile.fitness_level == FitnessLevel::Beginner && n > super::generate::BEGINNER_EXERCISES {
        raw.push(finding(
            "P1",
            Severity::Info,
            format!("{n} exercises is a lot for a beginner; about 6 is enough (HOPE)."),
            Some(week),
            Some(day),
        ));
    }
}

fn week_rules(
    profile: &Profile,
    gates: &Gates,
    index: u32,
    t: &WeekTotals,
    raw: &mut Vec<Finding>,
) {
    let w = Some(index);
    let n = t.resistance_days.len();
    if n < 2 {
        let why = if two_spaced_days_possible(&profile.available_days) {
            "add a second resistance workout on a non-consecutive day".to_owned()
        } else {
            format!("your available days ({}) do not allow two workouts at least 48 h apart; one more day two or more days away would", day_list(&profile.available_days))
        };
        raw.push(finding(
            "W1",
            Severity::Warning,
            format!("{n} resistance workout(s) this week; 2–3 are recommended: {why}."),
            w,
            None,
        ));
    } else if n > 3 {
        raw.push(finding(
            "W1",
            Severity::Warning,
            format!(
                "{n} resistance workouts this week; 2–3 are recommended, with rest days between."
            ),
            w,
            None,
        ));
    }
    for (i, a) in t.resistance_days.iter().enumerate() {
        for b in t.resistance_days.iter().skip(i + 1) {
            if adjacent(*a, *b) {
                raw.push(finding(
                    "W1",
                    Severity::Warning,
                    format!(
                        "Resistance on {} and {} is less than 48 h apart; leave a day between.",
                        a.id(),
                        b.id()
                    ),
                    w,
                    // The later of the two days: the one a person would move (shown beside it).
                    Some(*b),
                ));
            }
        }
    }
    if n > 0 {
        let mut missing: Vec<&str> = Vec::new();
        for m in Muscle::MAJOR {
            if !t.muscles.contains(&m) {
                missing.push(m.id());
            }
        }
        if !missing.is_empty() {
            raw.push(finding(
                "W2",
                Severity::Warning,
                {
                    let mut message = String::from("This week's resistance work misses: ");
                    super::push_list(&mut message, &missing);
                    message.push('.');
                    message
                },
                w,
                None,
            ));
        }
    }
    if t.weight_bearing_minutes < 150 {
        let short = 150 - t.weight_bearing_minutes;
        if t.free_bout_minutes >= short {
            raw.push(finding("W3", Severity::Warning, format!("{} min of weight-bearing aerobic exercise this week; add {short} min of walking in bouts of 10 min or more to reach 150.", t.weight_bearing_minutes), w, None));
        } else if t.free_bout_minutes + t.reclaimable_minutes >= short {
            raw.push(finding("W3", Severity::Warning, format!("{} min of weight-bearing aerobic exercise this week; give {short} min of stretching or extra balance to walking to reach 150.", t.weight_bearing_minutes), w, None));
        } else {
            raw.push(finding("W3", Severity::Info, format!("{} min of weight-bearing aerobic exercise this week: your available days and minutes leave no room for the 150 min recommended; walking on other days helps.", t.weight_bearing_minutes), w, None));
        }
    }
    if t.balance_days < 2 {
        raw.push(finding("W4", Severity::Warning, format!("Balance training on {} day(s) this week; at least 2 are recommended, daily is best.", t.balance_days), w, None));
    } else if (t.balance_days as usize) < t.session_days.len().min(5) {
        raw.push(finding(
            "W4",
            Severity::Info,
            "Balance training is best done daily; a few minutes on each training day is enough.",
            w,
            None,
        ));
    }
    if gates.impact_snacks && t.impact_days == 0 {
        raw.push(finding(
            "W5",
            Severity::Info,
            "No impact snacks this week; brief heel drops or stamps most days help bone.",
            w,
            None,
        ));
    }
    if (t.posture_days as usize) < t.session_days.len().min(4) {
        raw.push(finding(
            "W6",
            Severity::Info,
            "Posture or back-extension exercise is recommended most days.",
            w,
            None,
        ));
    }
    if t.session_days.len() >= 7 {
        raw.push(finding(
            "W7",
            Severity::Info,
            "Sessions every day of the week; keep at least one full rest day.",
            w,
            None,
        ));
    }
    if t.aerobic_sessions > 0 && n == 0 && t.balance_days == 0 {
        raw.push(finding(
            "W8",
            Severity::Warning,
            "Only aerobic exercise this week: it does not replace resistance and balance training.",
            w,
            None,
        ));
    }
    if gates.fall_risk && t.balance_minutes < FALL_RISK_BALANCE_MINUTES {
        let short = FALL_RISK_BALANCE_MINUTES - t.balance_minutes;
        if t.free_bout_minutes + t.flexibility_minutes >= short {
            raw.push(finding("G3", Severity::Warning, format!("{} min of balance this week; with a fall risk balance comes first: add {short} min to reach 2 hours.", t.balance_minutes), w, None));
        } else {
            raw.push(finding("G3", Severity::Info, format!("{} min of balance this week: with a fall risk 2 hours is the aim, which your days and minutes cannot hold; balance on other days helps.", t.balance_minutes), w, None));
        }
    }
    if gates.fall_risk && (n == 0 || t.balance_days == 0) {
        raw.push(finding("G3", Severity::Warning, "With a fall risk, balance and strength training come first; this week lacks one of them.", w, None));
    }
    if gates.joint_pain && t.yoga_tai_chi < 2 {
        raw.push(finding(
            "P10",
            Severity::Info,
            "With joint pain, tai chi or yoga twice a week may help (Yu 2024).",
            w,
            None,
        ));
    }
}

/// `alternatives(profile, exerciseId)`: other exercises of the same movement pattern that the
/// gates and equipment allow, nearest difficulty first.
pub fn alternatives(profile: &Profile, exercise_id: &str) -> Result<Vec<&'static Exercise>> {
    let base = library::get(exercise_id)?;
    let gates = Gates::of(profile);
    let mut out: Vec<&'static Exercise> = Vec::new();
    for e in library::all() {
        if e.id != base.id && e.pattern == base.pattern && gates.allows(profile, e) {
            out.push(e);
        }
    }
    // The avoid list's alternative is trunk-stability and back-extensor work (A1).
    if base.pattern == Pattern::TrunkFlexion {
        for e in library::all() {
            if matches!(e.pattern, Pattern::Core | Pattern::BackExtension)
                && gates.allows(profile, e)
            {
                out.push(e);
            }
        }
    }
    super::sort_small(&mut out, |e| e.level.abs_diff(base.level));
    Ok(out)
}
