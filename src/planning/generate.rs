//! The generator: from a profile, a deterministic plan of weeks (12 by default).
//!
//! The seed article's sample week is the template — resistance Monday and Thursday (squats,
//! lunges, push-ups, rows, overhead press / deadlifts, glute bridges, pull-downs, chest press),
//! weight-bearing aerobics Tuesday and Friday, active recovery Wednesday and Saturday, Sunday
//! rest — fitted to the person's available days and minutes. Where the rules ask for more
//! (≥150 min weight-bearing aerobics W3, balance most days W4, impact snacks W5, posture W6,
//! back-extensor and abdominal work W2), blocks are added and a finding says why. The safety
//! gates (G1–G4, P10) filter every exercise through [`Gates::allows`]; progression (P1, P5,
//! P7) changes sets, reps, effort, hold times and impacts week over week.

use super::gates::upper_body;
use super::library::{self, Category, Dose, Exercise, Impact, Pattern};
use super::plan::{Day, Finding, Kind, Plan, Prescription, Session, Severity, Week};
use super::profile::{FitnessLevel, Profile, Weekday};
use super::rules::{adjacent, check_plan, collapse, day_list, finding, Gates};
use crate::error::{Error, Result};

/// `generatePlan` options. `weeks` 1–52 (default 12); `deloadEvery` 3–8 makes every n-th week
/// a deload week (P8, practice not evidence); absent means no deload weeks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", default)]
#[tsify(missing_as_null)]
pub struct PlanOptions {
    pub weeks: Option<u32>,
    pub deload_every: Option<u32>,
}

/// What a training day is for, as in the sample week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Resistance,
    Aerobic,
    Recovery,
}

/// One day of the week template: role and minutes per session kind.
#[derive(Debug, Clone)]
struct DayTemplate {
    day: Weekday,
    role: Role,
    /// Which resistance workout (0 = A, 1 = B, 2 = A variant) or which aerobic day.
    variant: usize,
    blocks: Vec<(Kind, u32)>,
}

/// Resistance workout A and B: the sample week's Monday and Thursday movements, with the
/// back-extensor and abdominal work W2 adds, in the order they are kept when time is short.
const WORKOUT_A: &[Pattern] = &[
    Pattern::Squat,
    Pattern::PushHorizontal,
    Pattern::PullHorizontal,
    Pattern::BackExtension,
    Pattern::Core,
    Pattern::PushVertical,
    Pattern::Lunge,
    Pattern::Calf,
    Pattern::Bridge,
];
const WORKOUT_B: &[Pattern] = &[
    Pattern::Hinge,
    Pattern::PullVertical,
    Pattern::PushHorizontal,
    Pattern::Core,
    Pattern::BackExtension,
    Pattern::Bridge,
    Pattern::PushVertical,
    Pattern::Carry,
    Pattern::Calf,
];

/// W3 target, minutes of weight-bearing aerobics a week.
const AEROBIC_TARGET: u32 = 150;

/// G3: minutes of balance training a week for a person at risk of falls. Programmes that
/// prevented falls gave at least 2 h a week (Sherrington et al. 2011; 2017: more than 3 h a
/// week did better). Balance gets this time first; where the days cannot hold it, a finding
/// says so.
pub const FALL_RISK_BALANCE_MINUTES: u32 = 120;

/// P9: the easy aerobic warm-up that opens the block before resistance, minutes.
pub const WARM_UP_MINUTES: u32 = 5;

/// Most exercises in a beginner's resistance workout: HOPE gave about 6 exercises × 3 × 10.
pub const BEGINNER_EXERCISES: usize = 6;

impl PlanOptions {
    fn checked(self) -> Result<(u32, Option<u32>)> {
        let weeks = self.weeks.unwrap_or(12);
        if !(1..=52).contains(&weeks) {
            return Err(Error::input(
                "options.weeks",
                "must be a whole number from 1 to 52",
            ));
        }
        if let Some(n) = self.deload_every {
            if !(3..=8).contains(&n) {
                return Err(Error::input(
                    "options.deloadEvery",
                    "must be a whole number from 3 to 8",
                ));
            }
        }
        Ok((weeks, self.deload_every))
    }
}

/// `generatePlan(profile, options)`. Same input, same plan.
pub fn generate_plan(profile: &Profile, options: PlanOptions) -> Result<Plan> {
    let (weeks, deload_every) = options.checked()?;
    let gates = Gates::of(profile);
    let mut plan = Plan {
        weeks: Vec::new(),
        findings: Vec::new(),
        log: Vec::new(),
    };
    if gates.no_plan {
        plan.findings = check_plan(profile, &plan)?;
        return Ok(plan);
    }
    let (template, mut notes) = week_template(profile, &gates);
    let mut deloads = 0;
    for index in 1..=weeks {
        let deload = deload_every.is_some_and(|n| index % n == 0);
        deloads += u32::from(deload);
        let stage = index - deloads.min(index - 1);
        let mut days = Vec::new();
        for t in &template {
            let sessions = sessions_for(profile, &gates, t, index, stage.max(1), deload);
            if !sessions.is_empty() {
                days.push(Day {
                    day: t.day,
                    sessions,
                });
            }
        }
        plan.weeks.push(Week {
            index,
            deload,
            days,
        });
    }
    notes.push(progression_note(profile, &gates));
    let mut findings = notes;
    findings.extend(check_plan(profile, &plan)?);
    plan.findings = collapse(findings);
    Ok(plan)
}

/// Chooses `want` resistance days from `pool`, no two within 48 h, widest spacing, earliest first.
fn resistance_days(pool: &[Weekday], want: usize) -> Vec<Weekday> {
    let n = pool.len();
    let mut best: Option<(usize, u32, Vec<Weekday>)> = None;
    for mask in 1u32..(1 << n) {
        let mut days: Vec<Weekday> = Vec::new();
        for (i, d) in pool.iter().enumerate() {
            if mask & (1 << i) != 0 {
                days.push(*d);
            }
        }
        let k = days.len();
        if k > want
            || days
                .iter()
                .enumerate()
                .any(|(i, a)| days.iter().skip(i + 1).any(|b| adjacent(*a, *b)))
        {
            continue;
        }
        let mut gap = 7;
        for (i, a) in days.iter().enumerate() {
            let next = days.get(i + 1).or(days.first()).copied().unwrap_or(*a);
            if next != *a {
                gap = gap.min(a.days_until(next));
            }
        }
        let better = match &best {
            None => true,
            Some((bk, bgap, bdays)) => {
                (k, gap) > (*bk, *bgap) || ((k, gap) == (*bk, *bgap) && days < *bdays)
            }
        };
        if better {
            best = Some((k, gap, days));
        }
    }
    best.map(|b| b.2).unwrap_or_default()
}

/// Splits `minutes` among blocks: each gets its minimum in order while it fits, then the rest
/// goes to each block's wish in the same order, `first` (if any) served before the others.
fn allocate(minutes: u32, wants: &[(Kind, u32, u32)], first: Option<Kind>) -> Vec<(Kind, u32)> {
    let mut left = minutes;
    let mut got: Vec<(Kind, u32, u32)> = Vec::new();
    for &(kind, min, want) in wants {
        if min <= left {
            left -= min;
            got.push((kind, min, want));
        }
    }
    super::sort_small(&mut got, |g| Some(g.0) != first);
    for g in got.iter_mut() {
        let extra = g.2.saturating_sub(g.1).min(left);
        g.1 += extra;
        left -= extra;
    }
    let mut out: Vec<(Kind, u32)> = Vec::new();
    for (k, m, _) in got {
        out.push((k, m));
    }
    super::sort_small(&mut out, |b| wants.iter().position(|w| w.0 == b.0));
    out
}

/// Minutes of the `kind` block, 0 without one.
fn block(blocks: &[(Kind, u32)], kind: Kind) -> u32 {
    blocks.iter().find(|b| b.0 == kind).map_or(0, |b| b.1)
}

/// Moves `minutes` from the `from` block to the `to` block; a block left empty is removed.
fn shift(blocks: &mut Vec<(Kind, u32)>, from: Kind, to: Kind, minutes: u32) {
    for b in blocks.iter_mut() {
        if b.0 == from {
            b.1 = b.1.saturating_sub(minutes);
        } else if b.0 == to {
            b.1 += minutes;
        }
    }
    blocks.retain(|b| b.1 > 0);
}

/// What a block may give up to walking (W3), in the order [`top_up`] tries them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Give {
    /// Only free minutes.
    Nothing,
    /// The stretch.
    Stretch,
    /// The stretch and balance beyond its minimum.
    ExtraBalance,
}

/// Minutes a block of `kind` (`minutes` long, on a `role` day) may give up under `give`.
fn freeable(give: Give, role: Role, kind: Kind, minutes: u32) -> u32 {
    match (give, kind) {
        (Give::Stretch | Give::ExtraBalance, Kind::Flexibility) => minutes,
        (Give::ExtraBalance, Kind::Balance) => minutes.saturating_sub(balance_minimum(role)),
        _ => 0,
    }
}

/// The least a balance block keeps: the warm-up plus 5 min before resistance, else 5 min.
fn balance_minimum(role: Role) -> u32 {
    if role == Role::Resistance {
        WARM_UP_MINUTES + 5
    } else {
        5
    }
}

/// Adds walking toward [`AEROBIC_TARGET`] day by day: into the free minutes, and into minutes
/// the blocks may give up under `give`. A new walk is at least 10 min.
fn top_up(template: &mut [DayTemplate], m: u32, total: &mut u32, give: Give) {
    for t in template.iter_mut() {
        if *total >= AEROBIC_TARGET {
            return;
        }
        let used: u32 = t.blocks.iter().map(|b| b.1).sum();
        let room = m.saturating_sub(used);
        let spare: u32 = t
            .blocks
            .iter()
            .map(|b| freeable(give, t.role, b.0, b.1))
            .sum();
        let walking = block(&t.blocks, Kind::Aerobic) > 0;
        let need = (AEROBIC_TARGET - *total).max(if walking { 1 } else { 10 });
        let add = (room + spare).min(need);
        if add == 0 || (!walking && add < 10) {
            continue;
        }
        let mut to_free = add.saturating_sub(room);
        for b in t.blocks.iter_mut() {
            let f = freeable(give, t.role, b.0, b.1).min(to_free);
            b.1 -= f;
            to_free -= f;
        }
        t.blocks.retain(|b| b.1 > 0);
        match t.blocks.iter_mut().find(|b| b.0 == Kind::Aerobic) {
            Some(b) => b.1 += add,
            None => t.blocks.push((Kind::Aerobic, add)),
        }
        *total += add;
    }
}

fn week_template(profile: &Profile, gates: &Gates) -> (Vec<DayTemplate>, Vec<Finding>) {
    let mut notes = Vec::new();
    let mut pool = profile.available_days.clone();
    if pool.len() == 7 {
        pool.retain(|d| *d != Weekday::Sun);
        notes.push(finding(
            "W7",
            Severity::Info,
            "Sunday is kept as a full rest day, as in the sample week.",
            None,
            Some(Weekday::Sun),
        ));
    }
    let want = if profile.fitness_level == FitnessLevel::Advanced {
        3
    } else {
        2
    };
    let res = resistance_days(&pool, want);
    if res.len() >= 2 {
        notes.push(finding("W1", Severity::Info, format!("Resistance workouts on {}: at least 48 h apart, like the sample week's Monday and Thursday.", day_list(&res)), None, None));
    }
    let mut template: Vec<DayTemplate> = Vec::new();
    let mut aerobic_seen = 0;
    for &day in &pool {
        let (role, variant) = if let Some(i) = res.iter().position(|d| *d == day) {
            (Role::Resistance, i)
        } else {
            let after_res = res.iter().any(|r| r.plus(1) == day);
            if after_res
                || (aerobic_seen == 0
                    && !pool
                        .iter()
                        .any(|d| res.iter().any(|r| r.plus(1) == *d) && !res.contains(d)))
            {
                aerobic_seen += 1;
                (Role::Aerobic, aerobic_seen - 1)
            } else {
                (Role::Recovery, 0)
            }
        };
        template.push(DayTemplate {
            day,
            role,
            variant,
            blocks: Vec::new(),
        });
    }
    let mut aerobic_days: u32 = 0;
    for t in &template {
        aerobic_days += u32::from(t.role != Role::Resistance);
    }
    let aerobic_want = if aerobic_days == 0 {
        0
    } else {
        AEROBIC_TARGET.div_ceil(aerobic_days).div_ceil(5) * 5
    }
    .max(10);
    let m = profile.minutes_per_session;
    // A beginner's six exercises (HOPE) need no more than about 35 min.
    let beginner = profile.fitness_level == FitnessLevel::Beginner;
    // G3: the weekly balance dose spread over the training days, balance first.
    let balance_want = if gates.fall_risk {
        (FALL_RISK_BALANCE_MINUTES
            .div_ceil(template.len().max(1) as u32)
            .div_ceil(5)
            * 5)
        .max(15)
    } else {
        10
    };
    for t in template.iter_mut() {
        let mut wants: Vec<(Kind, u32, u32)> = match t.role {
            // Before resistance: the warm-up (P9) and balance drills in one block.
            Role::Resistance => vec![
                (
                    Kind::Resistance,
                    if gates.fall_risk && m >= 35 { 20 } else { 10 },
                    if gates.fall_risk || beginner { 35 } else { 45 },
                ),
                (
                    Kind::Balance,
                    WARM_UP_MINUTES + 5,
                    WARM_UP_MINUTES + balance_want,
                ),
            ],
            Role::Aerobic => vec![
                (Kind::Aerobic, 10, aerobic_want),
                (Kind::Balance, 5, balance_want),
            ],
            Role::Recovery => vec![
                (Kind::Balance, 5, balance_want.max(15)),
                (Kind::Aerobic, 10, aerobic_want),
            ],
        };
        if gates.impact_snacks && t.role != Role::Recovery {
            wants.push((Kind::Impact, 3, 5));
        }
        // The cool-down stretch on resistance days gives way to strength when time is short.
        if t.role == Role::Recovery || (t.role == Role::Resistance && m >= 40) {
            wants.push((
                Kind::Flexibility,
                5,
                if t.role == Role::Recovery { 10 } else { 5 },
            ));
        }
        // G3: balance and strength first — balance gets its full block before resistance grows.
        t.blocks = allocate(m, &wants, gates.fall_risk.then_some(Kind::Balance));
        if gates.fall_risk {
            // The stretch gives way to balance while balance is short of its share.
            let want = wants
                .iter()
                .find(|w| w.0 == Kind::Balance)
                .map_or(0, |w| w.2);
            let have = block(&t.blocks, Kind::Balance);
            let moved = block(&t.blocks, Kind::Flexibility).min(want.saturating_sub(have));
            if have > 0 && moved > 0 {
                shift(&mut t.blocks, Kind::Flexibility, Kind::Balance, moved);
            }
        }
    }
    // W3 top-up: walks in any room left, in bouts of at least 10 min. Where the room is not
    // enough, the stretch goes first, then balance beyond its minimum (not under G3).
    let mut total = 0;
    for t in &template {
        total += block(&t.blocks, Kind::Aerobic);
    }
    for give in [Give::Nothing, Give::Stretch, Give::ExtraBalance] {
        if give != Give::ExtraBalance || !gates.fall_risk {
            top_up(&mut template, m, &mut total, give);
        }
    }
    let mut walk_days: Vec<Weekday> = Vec::new();
    for t in &template {
        if t.role != Role::Aerobic && t.blocks.iter().any(|b| b.0 == Kind::Aerobic) {
            walk_days.push(t.day);
        }
    }
    if !walk_days.is_empty() {
        notes.push(finding("W3", Severity::Info, format!("Walks are added on {} toward ≥150 min of weight-bearing aerobics a week; the sample week has only 60–90 min.", day_list(&walk_days)), None, None));
    }
    notes.push(finding("W4", Severity::Info, "A short balance and posture block is on the training days where minutes allow (balance daily, TFTF); before resistance it opens with 5 minutes of easy marching as the warm-up (P9).", None, None));
    if gates.fall_risk {
        let mut balance = 0;
        for t in &template {
            balance += block(&t.blocks, Kind::Balance);
            if t.role == Role::Resistance && block(&t.blocks, Kind::Balance) > 0 {
                balance -= WARM_UP_MINUTES;
            }
        }
        notes.push(finding("G3", Severity::Info, format!("{balance} min of balance a week in this plan; 2 hours is the aim with a fall risk."), None, None));
    }
    notes.push(finding("W2", Severity::Info, "Resistance workouts add back-extensor and abdominal work to the sample week's movements where the minutes allow (CMAJ 2023 rec 1.2); no sit-ups or crunches.", None, None));
    if gates.impact_snacks {
        let cap = if gates.impact_cap >= Impact::Moderate {
            "gentle heel drops and stamps first, then firm ones or hops, starting again near 10 impacts when the tier steps up"
        } else {
            "gentle heel drops and stamps only (lower tier)"
        };
        notes.push(finding("W5", Severity::Info, format!("Impact snacks on training days build from 10 to 50 impacts over the weeks: {cap} (P7)."), None, None));
    } else {
        notes.push(finding(
            "W5",
            Severity::Info,
            "No impact snacks: with a fall risk they wait until your balance is re-checked (G3).",
            None,
            None,
        ));
    }
    notes.push(finding("W6", Severity::Info, "A posture exercise is in each balance block and back-extensor work in each resistance workout (TFTF: posture most days).", None, None));
    (template, notes)
}

fn progression_note(profile: &Profile, gates: &Gates) -> Finding {
    let beginner = profile.fitness_level == FitnessLevel::Beginner;
    let sets = if beginner {
        "1 set in weeks 1–2, 2 from week 3, 3 from week 9"
    } else {
        "2 sets in weeks 1–4, then 3"
    };
    let reps = if beginner || gates.fracture || gates.osteoporosis {
        "12 reps, then 10 from week 9"
    } else {
        "12 → 10 → 8 reps (weeks 1–4, 5–8, 9+)"
    };
    finding(
        "P5",
        Severity::Info,
        format!("Progression: {sets}; {reps}; target effort rises from 5 toward {} of 10; balance holds lengthen each week. Choose a load that lets you finish the reps with 1–2 to spare (P1, P2); log your sessions and osteoplan adjusts the coming weeks (P3, P4, P6).", effort_cap(profile, gates)),
        None,
        None,
    )
}

fn effort_cap(profile: &Profile, gates: &Gates) -> u32 {
    if gates.fracture {
        6
    } else if profile.fitness_level == FitnessLevel::Beginner || gates.osteoporosis {
        7
    } else {
        8
    }
}

/// The best-fitting allowed exercise of a pattern for this person; `variant` picks the next one.
fn pick(
    profile: &Profile,
    gates: &Gates,
    pattern: Pattern,
    variant: usize,
    dose: Option<Dose>,
) -> Option<&'static Exercise> {
    let rung = profile.fitness_level.rung();
    let mut c: Vec<&'static Exercise> = Vec::new();
    for e in library::all() {
        if e.pattern == pattern && gates.allows(profile, e) && dose.map_or(true, |d| e.dose == d) {
            c.push(e);
        }
    }
    super::sort_small(&mut c, |e| {
        u32::from(e.level.abs_diff(rung)) * 2
            + u32::from(rung >= 2 && e.equipment == library::Equipment::None)
    });
    let len = c.len();
    if len == 0 {
        return None;
    }
    c.get(variant % len).copied()
}

fn sessions_for(
    profile: &Profile,
    gates: &Gates,
    t: &DayTemplate,
    week: u32,
    stage: u32,
    deload: bool,
) -> Vec<Session> {
    const ORDER: [Kind; 5] = [
        Kind::Balance,
        Kind::Resistance,
        Kind::Impact,
        Kind::Aerobic,
        Kind::Flexibility,
    ];
    let mut out = Vec::new();
    for kind in ORDER {
        let Some(&(_, minutes)) = t.blocks.iter().find(|b| b.0 == kind) else {
            continue;
        };
        let exercises = match kind {
            Kind::Resistance => resistance(profile, gates, t, minutes, stage, deload),
            Kind::Balance => balance(profile, gates, t, minutes, stage),
            Kind::Aerobic => aerobic(profile, gates, t, minutes),
            Kind::Impact => impact(profile, gates, t, stage, deload),
            Kind::Flexibility => flexibility(profile, gates, t, minutes),
        };
        if exercises.is_empty() {
            continue;
        }
        let id = format!("w{week}-{}-{}", t.day.id(), out.len());
        out.push(Session {
            id,
            kind,
            minutes,
            exercises,
        });
    }
    out
}

fn dose(ex: &Exercise, sets: u32, reps: u32, seconds: u32, effort: Option<u32>) -> Prescription {
    let mut p = Prescription {
        exercise_id: ex.id.to_owned(),
        sets,
        reps: None,
        seconds: None,
        impacts: None,
        load: None,
        effort,
    };
    match ex.dose {
        Dose::Reps => p.reps = Some(reps),
        Dose::Seconds => p.seconds = Some(seconds),
        Dose::Minutes => p.seconds = Some(seconds),
        Dose::Impacts => p.impacts = Some(reps),
    }
    p
}

fn resistance(
    profile: &Profile,
    gates: &Gates,
    t: &DayTemplate,
    minutes: u32,
    stage: u32,
    deload: bool,
) -> Vec<Prescription> {
    let beginner = profile.fitness_level == FitnessLevel::Beginner;
    let phase = (stage - 1) / 4; // 0: weeks 1–4, 1: 5–8, 2: 9+
    let mut sets = match (beginner, phase) {
        (true, 0) if stage <= 2 => 1,
        (true, 0 | 1) | (false, 0) => 2,
        _ => 3,
    };
    if deload {
        sets = (sets / 2).max(1);
    }
    let gentle = beginner || gates.fracture || gates.osteoporosis;
    let reps = match (gentle, phase) {
        (_, 0) => 12,
        (true, 1) => 12,
        (true, _) | (false, 1) => 10,
        (false, _) => 8,
    };
    let effort = (5 + (stage - 1) / 3).min(effort_cap(profile, gates));
    let hold = (20 + 5 * (stage - 1)).min(60);
    let (patterns, variant) = match t.variant {
        0 => (WORKOUT_A, 0),
        1 => (WORKOUT_B, 0),
        _ => (WORKOUT_A, 1),
    };
    let most = if beginner { BEGINNER_EXERCISES } else { 8 };
    let count = ((minutes / 4) as usize).clamp(3, most);
    // Lymphoedema (PAL trial): no automatic rise in sets for the arms; load rises from the log.
    let arm_sets = if profile.lymphedema {
        sets.min(2)
    } else {
        sets
    };
    let mut out: Vec<Prescription> = Vec::new();
    for &pattern in patterns {
        if out.len() >= count {
            break;
        }
        // Workout B's chest press: a different exercise from workout A's push-up where possible.
        let v = variant + usize::from(t.variant == 1 && pattern == Pattern::PushHorizontal);
        let Some(ex) = pick(profile, gates, pattern, v, None) else {
            continue;
        };
        if out.iter().any(|p| p.exercise_id == ex.id) {
            continue;
        }
        out.push(dose(
            ex,
            if upper_body(ex.pattern) {
                arm_sets
            } else {
                sets
            },
            reps,
            hold,
            (ex.dose == Dose::Reps).then_some(effort),
        ));
    }
    out
}

fn balance(
    profile: &Profile,
    gates: &Gates,
    t: &DayTemplate,
    minutes: u32,
    stage: u32,
) -> Vec<Prescription> {
    let hold = (20 + 5 * (stage - 1)).min(60);
    let day = t.day.index() as usize;
    let posture = pick(profile, gates, Pattern::Posture, day, None);
    let mut out = Vec::new();
    let mut minutes = minutes;
    if t.role == Role::Resistance && minutes >= WARM_UP_MINUTES + 5 {
        if let Some(w) = library::find("warm-up-march").filter(|e| gates.allows(profile, e)) {
            out.push(dose(w, 1, 0, WARM_UP_MINUTES * 60, None));
            minutes -= WARM_UP_MINUTES;
        }
    }
    let tai_chi = library::find("tai-chi").filter(|e| gates.allows(profile, e));
    if t.role == Role::Recovery && minutes >= 10 {
        if let Some(tc) = tai_chi {
            out.push(dose(tc, 1, 0, (minutes - 2) * 60, None));
        }
    } else {
        let n = if minutes >= 8 { 2 } else { 1 };
        for i in 0..n {
            if let Some(ex) = pick(
                profile,
                gates,
                Pattern::Balance,
                day + i,
                Some(Dose::Seconds),
            ) {
                if !out.iter().any(|p: &Prescription| p.exercise_id == ex.id) {
                    out.push(dose(ex, 2, 0, hold, None));
                }
            }
        }
        // A long balance block (G3) goes on with tai chi after the drills.
        if minutes >= 15 {
            if let Some(tc) = tai_chi {
                out.push(dose(tc, 1, 0, (minutes - 8) * 60, None));
            }
        }
    }
    if let Some(ex) = posture {
        out.push(dose(ex, 1, 10, 0, None));
    }
    out
}

fn aerobic(profile: &Profile, gates: &Gates, t: &DayTemplate, minutes: u32) -> Vec<Prescription> {
    let ids: &[&str] = match (t.role, t.variant % 2) {
        // G3: no brisk walking at high fall risk (Sherrington 2011).
        _ if gates.fall_risk => &["comfortable-walk", "supported-march"],
        (Role::Aerobic, 0) if profile.fitness_level == FitnessLevel::Advanced => {
            &["jog", "brisk-walk"]
        }
        (Role::Aerobic, 1) => &["dance", "stair-climb", "brisk-walk"],
        _ if gates.joint_pain => &["nordic-walk", "brisk-walk"],
        _ => &["brisk-walk", "march-in-place"],
    };
    for id in ids {
        if let Some(e) = library::find(id).filter(|e| gates.allows(profile, e)) {
            return vec![dose(e, 1, 0, minutes * 60, None)];
        }
    }
    Vec::new()
}

fn impact(
    profile: &Profile,
    gates: &Gates,
    t: &DayTemplate,
    stage: u32,
    deload: bool,
) -> Vec<Prescription> {
    let moderate_from = match profile.fitness_level {
        FitnessLevel::Beginner => 7,
        FitnessLevel::Intermediate => 5,
        FitnessLevel::Advanced => 3,
    };
    let (tier, tier_start) = if gates.impact_cap >= Impact::Moderate && stage >= moderate_from {
        (Impact::Moderate, moderate_from)
    } else {
        (Impact::Lower, 1)
    };
    // P7: each tier starts again near 10 impacts and builds to 50.
    let total = (10 * (1 + (stage - tier_start) / 2)).min(50);
    let day = t.day.index() as usize;
    let rung = profile.fitness_level.rung();
    let mut c: Vec<&'static Exercise> = Vec::new();
    for e in library::all() {
        if e.category == Category::Impact && e.impact == tier && gates.allows(profile, e) {
            c.push(e);
        }
    }
    // The level ladder: nothing above the person's rung (the easiest rung when none fits).
    let lowest = c.iter().map(|e| e.level).min().unwrap_or(1);
    c.retain(|e| e.level <= rung.max(lowest));
    super::sort_small(&mut c, |e| e.level.abs_diff(rung));
    let Some(ex) = c.get(day % c.len().max(1)).copied() else {
        return Vec::new();
    };
    let mut sets = total / 10;
    if deload {
        sets = (sets / 2).max(1);
    }
    vec![dose(ex, sets, 10, 0, None)]
}

fn flexibility(
    profile: &Profile,
    gates: &Gates,
    t: &DayTemplate,
    minutes: u32,
) -> Vec<Prescription> {
    if t.role == Role::Recovery && minutes >= 8 {
        if let Some(y) = library::find("spine-safe-yoga").filter(|e| gates.allows(profile, e)) {
            return vec![dose(y, 1, 0, minutes * 60, None)];
        }
    }
    let ids: &[&str] = if t.variant % 2 == 0 {
        &["chest-stretch", "hip-flexor-stretch"]
    } else {
        &["chest-stretch", "calf-stretch"]
    };
    let mut out = Vec::new();
    for id in ids {
        if let Some(e) = library::find(id).filter(|e| gates.allows(profile, e)) {
            out.push(dose(e, 2, 0, 30, None));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Weekday::*;

    #[test]
    fn seven_days_pick_monday_and_thursday_like_the_sample_week() {
        assert_eq!(
            resistance_days(&[Mon, Tue, Wed, Thu, Fri, Sat], 2),
            vec![Mon, Thu]
        );
        assert_eq!(
            resistance_days(&[Mon, Tue, Wed, Thu, Fri, Sat], 3),
            vec![Mon, Wed, Fri]
        );
    }

    #[test]
    fn adjacent_days_give_one_resistance_day() {
        assert_eq!(resistance_days(&[Sat, Sun], 2), vec![Sat]);
        assert_eq!(resistance_days(&[Mon, Sun], 2), vec![Mon]);
        assert_eq!(resistance_days(&[Mon, Wed], 2), vec![Mon, Wed]);
    }

    #[test]
    fn allocation_never_exceeds_the_minutes() {
        for m in 10..=180 {
            let got = allocate(
                m,
                &[
                    (Kind::Resistance, 10, 45),
                    (Kind::Balance, 5, 10),
                    (Kind::Impact, 3, 5),
                ],
                Some(Kind::Balance),
            );
            assert!(got.iter().map(|g| g.1).sum::<u32>() <= m);
        }
    }
}
