//! Key poses of every library exercise, in the library's order (see
//! [`crate::planning::library`]). Data, not drawings: each pose is
//! `p(x, lift, trunk, neck, [near shoulder, elbow], [far shoulder, elbow], [near hip, knee, ankle],
//! [far hip, knee, ankle])` in degrees (conventions in [`super::skeleton`]); `F` in the ankle
//! slot keeps that foot flat on the floor. Props are placed on a joint of a pose, so a chair
//! seat sits exactly under the pelvis and a wall exactly at the hands.
//!
//! The table is written with each exercise's id ([`TABLE`]) and read only at compile time: the
//! wasm holds the same data laid out flat ([`FIGURES`], [`POSES`], [`PROPS`]), one entry per
//! library exercise with its poses and props as ranges, so no id strings and no slice pointers
//! (measured: −1.4 KB gzip). [`figure`] puts an entry back together.

use super::skeleton::{p, Pose, FLAT as F};
use super::Joint::{self, *};
use super::Motion::{Hold, Loop, Rep};
use super::{At, End, Figure, Motion, Prop};
use crate::planning::library;
use End::{Fixed, Floor, Moving};
use Prop::*;

const fn fig(
    id: &'static str,
    motion: Motion,
    anchor: Joint,
    props: &'static [Prop],
    poses: &'static [Pose],
) -> Figure {
    Figure {
        id,
        motion,
        anchor,
        front: false,
        props,
        poses,
    }
}

/// The same, seen from the front (sideways movements: angles are abduction).
const fn front(
    id: &'static str,
    motion: Motion,
    props: &'static [Prop],
    poses: &'static [Pose],
) -> Figure {
    Figure {
        id,
        motion,
        anchor: Hip,
        front: true,
        props,
        poses,
    }
}

/// Arms hanging relaxed, hands on hips, arms folded on the chest.
const HANG: [i16; 2] = [5, 10];
const HIPS: [i16; 2] = [-25, 100];
const FOLD: [i16; 2] = [-20, 145];
/// A leg standing straight, foot flat.
const LEG: [i16; 3] = [0, 0, F];
const STAND: Pose = p(0, 0, 0, 0, HANG, HANG, LEG, LEG);
/// Lying on the back, knees bent, feet flat; arms along the floor.
const BACK_BENT: Pose = p(0, 0, -90, 0, [0, 0], [0, 0], [45, 101, F], [45, 101, F]);
/// A support to hold: a counter top at the near hand of pose 0.
const COUNTER: Prop = Counter(At(Hand, 0, -2, 2), 0, 24);
const HOLD_COUNTER: [i16; 2] = [45, 35];
/// A walking stride and its mirror.
const STRIDE_A: Pose = p(0, 0, 3, 0, [-25, 20], [25, 20], [25, 5, 0], [-20, 10, 30]);
const STRIDE_B: Pose = p(0, 0, 3, 0, [25, 20], [-25, 20], [-20, 10, 30], [25, 5, 0]);

/// Every exercise's figure as written, in the library's order (a test holds the two orders
/// together). Compile time only; see the module docs.
#[rustfmt::skip]
pub const TABLE: &[Figure] = &[
    // ---- squat / lunge / step ----
    fig("sit-to-stand", Rep(35), Ankle, &[Chair(At(Hip, 0, 0, 4))], &[
        p(0, 0, 10, 0, FOLD, FOLD, [100, 90, F], [100, 90, F]),
        p(0, 0, 40, 0, FOLD, FOLD, [125, 90, F], [125, 90, F]),
        p(0, 0, 3, 0, FOLD, FOLD, LEG, LEG),
    ]),
    fig("bodyweight-squat", Rep(30), Ankle, &[], &[
        p(0, 0, 0, 0, [20, 10], [20, 10], LEG, LEG),
        p(0, 0, 35, 0, [120, 0], [120, 0], [105, 105, F], [105, 105, F]),
    ]),
    fig("goblet-squat", Rep(30), Ankle, &[Dumbbell(0)], &[
        p(0, 0, 0, 0, [15, 140], [15, 140], LEG, LEG),
        p(0, 0, 30, 0, [15, 140], [15, 140], [110, 110, F], [110, 110, F]),
    ]),
    fig("band-squat", Rep(30), Ankle, &[Band(Moving(Ankle, 3, 2), Moving(Hand, 0, 0))], &[
        p(0, 0, 0, 0, [10, 150], [10, 150], LEG, LEG),
        p(0, 0, 30, 0, [10, 150], [10, 150], [105, 105, F], [105, 105, F]),
    ]),
    fig("leg-press", Rep(30), Hip, &[
        Bench(At(Hip, 0, 0, 4), -14, 8),
        Rod(Fixed(At(Hip, 0, -4, 4)), Fixed(At(Shoulder, 0, -5, 3))),
        Rod(Fixed(At(Hip, 0, 0, 8)), Floor(Hip, 0)),
        Rod(Moving(Heel, 3, 3), Moving(Toe, 3, -2)),
    ], &[
        p(0, 14, -45, 10, [35, 40], [35, 40], [105, 85, 10], [105, 85, 10]),
        p(0, 14, -45, 10, [35, 40], [35, 40], [60, 10, 5], [60, 10, 5]),
    ]),
    fig("back-squat", Rep(35), Ankle, &[Barbell], &[
        p(0, 0, 0, 0, [-20, 150], [-20, 150], LEG, LEG),
        p(0, 0, 40, 0, [-20, 150], [-20, 150], [110, 110, F], [110, 110, F]),
    ]),
    fig("split-squat", Rep(30), Ankle, &[], &[
        p(0, 0, 0, 0, HIPS, HIPS, [25, 5, F], [-25, 5, 40]),
        p(0, 0, 0, 0, HIPS, HIPS, [80, 80, F], [-5, 85, 55]),
    ]),
    fig("reverse-lunge", Rep(30), Ankle, &[], &[
        STAND,
        p(0, 0, 0, 0, HIPS, HIPS, [80, 80, F], [-5, 85, 55]),
    ]),
    fig("dumbbell-lunge", Rep(30), Ankle, &[Dumbbell(0), Dumbbell(1)], &[
        p(0, 0, 0, 0, [0, 5], [0, 5], LEG, LEG),
        p(0, 0, 0, 0, [0, 5], [0, 5], [80, 80, F], [-5, 85, 55]),
    ]),
    fig("step-up", Rep(35), Ankle, &[Step(At(Heel, 0, -1, 2), 0, 22)], &[
        p(0, 0, 10, 0, HANG, HANG, [55, 80, F], [-12, 5, F]),
        p(0, 12, 0, 0, HANG, HANG, LEG, LEG),
    ]),
    fig("weighted-step-up", Rep(35), Ankle, &[Step(At(Heel, 0, -1, 2), 0, 22), Dumbbell(0), Dumbbell(1)], &[
        p(0, 0, 10, 0, [0, 5], [0, 5], [55, 80, F], [-12, 5, F]),
        p(0, 12, 0, 0, [0, 5], [0, 5], LEG, LEG),
    ]),
    // ---- hinge / bridge ----
    fig("hip-hinge-dowel", Rep(35), Ankle, &[Dowel], &[
        p(0, 0, 0, 0, [-15, 150], [-30, 80], [5, 10, F], [5, 10, F]),
        p(0, 0, 55, 0, [-15, 150], [-30, 80], [70, 20, F], [70, 20, F]),
    ]),
    fig("dumbbell-romanian-deadlift", Rep(35), Ankle, &[Dumbbell(0)], &[
        p(0, 0, 0, 0, [0, 0], [0, 0], [5, 10, F], [5, 10, F]),
        p(0, 0, 65, 0, [65, 0], [65, 0], [75, 20, F], [75, 20, F]),
    ]),
    fig("deadlift", Rep(35), Ankle, &[Barbell], &[
        p(0, 0, 56, 0, [56, 0], [56, 0], [134, 106, F], [134, 106, F]),
        p(0, 0, 0, 0, [0, 0], [0, 0], LEG, LEG),
    ]),
    fig("glute-bridge", Rep(30), Ankle, &[Mat], &[
        BACK_BENT,
        p(0, 0, -115, 0, [-25, 0], [-25, 0], [-5, 100, F], [-5, 100, F]),
    ]),
    fig("single-leg-bridge", Rep(30), FarAnkle, &[Mat], &[
        p(0, 0, -90, 0, [0, 0], [0, 0], [45, 0, 20], [45, 101, F]),
        p(0, 0, -115, 0, [-25, 0], [-25, 0], [-5, 0, 20], [-5, 100, F]),
    ]),
    fig("dumbbell-bridge", Rep(30), Ankle, &[Mat, Dumbbell(0)], &[
        p(0, 0, -90, 0, [8, 0], [8, 0], [45, 101, F], [45, 101, F]),
        p(0, 0, -115, 0, [8, 0], [8, 0], [-5, 100, F], [-5, 100, F]),
    ]),
    // ---- push ----
    fig("wall-push-up", Rep(30), Ankle, &[Wall(At(Hand, 0, 3, 0))], &[
        p(0, 0, 20, 0, [110, 0], [110, 0], LEG, LEG),
        p(0, 0, 30, 0, [88, 102], [88, 102], LEG, LEG),
    ]),
    fig("knee-push-up", Rep(30), Knee, &[Mat], &[
        p(0, 0, 55, 0, [55, 0], [55, 0], [0, 60, 30], [0, 60, 30]),
        p(0, 0, 81, 0, [-29, 134], [-29, 134], [0, 60, 30], [0, 60, 30]),
    ]),
    fig("push-up", Rep(30), Ankle, &[Mat], &[
        p(0, 0, 69, 0, [69, 0], [69, 0], [0, 0, 0], [0, 0, 0]),
        p(0, 0, 86, 0, [-13, 144], [-13, 144], [0, 0, 0], [0, 0, 0]),
    ]),
    fig("band-chest-press", Rep(30), Ankle, &[Band(Moving(Shoulder, -5, 2), Moving(Hand, 0, 0))], &[
        p(0, 0, 0, 0, [60, 100], [60, 100], [15, 5, F], [-15, 5, F]),
        p(0, 0, 0, 0, [90, 0], [90, 0], [15, 5, F], [-15, 5, F]),
    ]),
    fig("dumbbell-floor-press", Rep(30), Hip, &[Mat, Dumbbell(0), Dumbbell(1)], &[
        p(0, 0, -90, 0, [0, 90], [0, 90], [45, 101, F], [45, 101, F]),
        p(0, 0, -90, 0, [90, 0], [90, 0], [45, 101, F], [45, 101, F]),
    ]),
    fig("machine-chest-press", Rep(30), Ankle, &[
        Chair(At(Hip, 0, 0, 4)), Rod(Moving(Hand, 0, -5), Moving(Hand, 0, 5)),
    ], &[
        p(0, 0, 0, 0, [70, 110], [70, 110], [90, 90, F], [90, 90, F]),
        p(0, 0, 0, 0, [90, 0], [90, 0], [90, 90, F], [90, 90, F]),
    ]),
    fig("wall-slide", Rep(35), Ankle, &[Wall(At(Shoulder, 0, -5, 0))], &[
        p(0, 0, 0, 0, [120, 100], [120, 100], [10, 15, F], [10, 15, F]),
        p(0, 0, 0, 0, [175, 10], [175, 10], [10, 15, F], [10, 15, F]),
    ]),
    fig("band-overhead-press", Rep(30), Ankle, &[Band(Moving(Ankle, 3, 2), Moving(Hand, 0, 0))], &[
        p(0, 0, 0, 0, [10, 150], [10, 150], LEG, LEG),
        p(0, 0, 0, 0, [175, 0], [175, 0], LEG, LEG),
    ]),
    fig("dumbbell-overhead-press", Rep(30), Ankle, &[Dumbbell(0), Dumbbell(1)], &[
        p(0, 0, 0, 0, [10, 150], [10, 150], LEG, LEG),
        p(0, 0, 0, 0, [175, 0], [175, 0], LEG, LEG),
    ]),
    fig("machine-shoulder-press", Rep(30), Ankle, &[
        Chair(At(Hip, 0, 0, 4)), Rod(Moving(Hand, -5, 0), Moving(Hand, 5, 0)),
    ], &[
        p(0, 0, 0, 0, [10, 150], [10, 150], [90, 90, F], [90, 90, F]),
        p(0, 0, 0, 0, [175, 0], [175, 0], [90, 90, F], [90, 90, F]),
    ]),
    // ---- pull ----
    fig("backpack-row", Rep(30), Ankle, &[Backpack(0), Counter(At(FarHand, 0, -4, 2), 0, 24)], &[
        p(0, 0, 70, 0, [70, 0], [80, 0], [75, 15, F], [55, 10, F]),
        p(0, 0, 70, 0, [10, 90], [80, 0], [75, 15, F], [55, 10, F]),
    ]),
    fig("band-row", Rep(30), Ankle, &[Wall(At(Hand, 0, 26, 0)), Band(Fixed(At(Hand, 0, 24, 0)), Moving(Hand, 0, 0))], &[
        p(0, 0, 0, 0, [90, 0], [90, 0], [15, 15, F], [-10, 15, F]),
        p(0, 0, 0, 0, [-20, 110], [-20, 110], [15, 15, F], [-10, 15, F]),
    ]),
    fig("dumbbell-row", Rep(30), Ankle, &[Dumbbell(0), Bench(At(FarKnee, 0, 0, 2), -16, 10)], &[
        p(0, 0, 77, 0, [77, 0], [77, 0], [80, 10, F], [77, 90, 60]),
        p(0, 0, 77, 0, [10, 90], [77, 0], [80, 10, F], [77, 90, 60]),
    ]),
    fig("seated-cable-row", Rep(30), Hip, &[
        Bench(At(Hip, 0, 0, 4), -14, 12),
        Rod(Fixed(At(Hand, 0, 30, 0)), Moving(Hand, 0, 0)),
        Rod(Fixed(At(Hand, 0, 30, -12)), Floor(Hand, 30)),
    ], &[
        p(0, 16, 5, 0, [85, 0], [85, 0], [80, 20, 10], [80, 20, 10]),
        p(0, 16, 0, 0, [-20, 110], [-20, 110], [80, 20, 10], [80, 20, 10]),
    ]),
    front("band-pull-apart", Rep(30), &[Band(Moving(Hand, 0, 0), Moving(FarHand, 0, 0))], &[
        p(0, 0, 0, 0, [20, 0], [20, 0], [5, 0, 0], [5, 0, 0]),
        p(0, 0, 0, 0, [90, 0], [90, 0], [5, 0, 0], [5, 0, 0]),
    ]),
    fig("band-pulldown", Rep(30), Ankle, &[Wall(At(Hand, 0, 16, 0)), Band(Fixed(At(Hand, 0, 14, -10)), Moving(Hand, 0, 0))], &[
        p(0, 0, 0, 0, [160, 0], [160, 0], [10, 10, F], [-10, 10, F]),
        p(0, 0, 0, 0, [10, 130], [10, 130], [10, 10, F], [-10, 10, F]),
    ]),
    fig("lat-pulldown", Rep(30), Ankle, &[
        Bench(At(Hip, 0, 0, 4), -12, 8),
        Rod(Fixed(At(Hand, 0, 0, -20)), Moving(Hand, 0, 0)),
        Rod(Moving(Hand, -7, 0), Moving(Hand, 7, 0)),
    ], &[
        p(0, 0, -5, 0, [170, 0], [170, 0], [90, 90, F], [90, 90, F]),
        p(0, 0, -10, 0, [20, 140], [20, 140], [95, 90, F], [95, 90, F]),
    ]),
    front("towel-pulldown", Rep(30), &[Rod(Moving(Hand, -2, 0), Moving(FarHand, 2, 0))], &[
        p(0, 0, 0, 0, [160, 0], [160, 0], [5, 0, 0], [5, 0, 0]),
        p(0, 0, 0, 0, [95, 95], [95, 95], [5, 0, 0], [5, 0, 0]),
    ]),
    fig("dumbbell-curl", Rep(30), Ankle, &[Dumbbell(0), Dumbbell(1)], &[
        p(0, 0, 0, 0, [5, 5], [5, 5], LEG, LEG),
        p(0, 0, 0, 0, [10, 140], [10, 140], LEG, LEG),
    ]),
    // ---- calves, carry ----
    fig("calf-raise", Rep(30), Ankle, &[COUNTER], &[
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, LEG),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, [0, 0, 45], [0, 0, 45]),
    ]),
    fig("single-leg-calf-raise", Rep(30), Ankle, &[COUNTER], &[
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, [0, 80, 20]),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, [0, 0, 45], [0, 80, 20]),
    ]),
    fig("farmer-carry", Loop(16), Hip, &[Dumbbell(0), Dumbbell(1)], &[
        p(0, 0, 0, 0, [0, 5], [0, 5], [20, 5, 0], [-15, 10, 25]),
        p(0, 0, 0, 0, [0, 5], [0, 5], [-15, 10, 25], [20, 5, 0]),
    ]),
    // ---- back extensors and trunk ----
    fig("prone-back-extension", Hold(40), Hip, &[Mat], &[
        p(0, 0, 90, 0, [0, 0], [0, 0], [0, 0, 70], [0, 0, 70]),
        p(0, 0, 75, -5, [0, 0], [0, 0], [-15, 0, 70], [-15, 0, 70]),
    ]),
    fig("superman", Hold(40), Hip, &[Mat], &[
        p(0, 0, 90, 0, [180, 0], [180, 0], [0, 0, 70], [0, 0, 70]),
        p(0, 0, 84, 0, [184, 0], [180, 0], [0, 0, 70], [-12, 0, 70]),
    ]),
    fig("bird-dog", Hold(40), Knee, &[Mat], &[
        p(0, 0, 80, 0, [80, 0], [80, 0], [80, 90, 60], [80, 90, 60]),
        p(0, 0, 80, 0, [170, 0], [80, 0], [80, 90, 60], [-10, 0, 30]),
    ]),
    fig("dead-bug", Rep(40), Hip, &[Mat], &[
        p(0, 0, -90, 0, [90, 0], [90, 0], [90, 90, 10], [90, 90, 10]),
        p(0, 0, -90, 0, [165, 0], [90, 0], [90, 90, 10], [20, 0, 10]),
    ]),
    fig("wall-plank", Hold(50), Ankle, &[Wall(At(Elbow, 1, 3, 0))], &[
        p(0, 0, 0, 0, HANG, HANG, LEG, LEG),
        p(0, 0, 25, 0, [115, 90], [115, 90], LEG, LEG),
    ]),
    fig("plank", Hold(50), Elbow, &[Mat], &[
        p(0, 0, 73, 0, [73, 90], [73, 90], [0, 17, 60], [0, 17, 60]),
        p(0, 0, 79, 0, [79, 90], [79, 90], [0, 0, 0], [0, 0, 0]),
    ]),
    fig("chin-tuck", Hold(50), Ankle, &[Wall(At(Shoulder, 0, -5, 0))], &[
        p(0, 0, 0, 40, HANG, HANG, LEG, LEG),
        p(0, 0, 0, 3, HANG, HANG, LEG, LEG),
    ]),
    front("wall-angel", Rep(40), &[], &[
        p(0, 0, 0, 0, [90, 90], [90, 90], [5, 0, 0], [5, 0, 0]),
        p(0, 0, 0, 0, [150, 15], [150, 15], [5, 0, 0], [5, 0, 0]),
    ]),
    fig("shoulder-blade-squeeze", Hold(50), Ankle, &[], &[
        p(0, 0, 5, 15, [15, 20], [15, 20], LEG, LEG),
        p(0, 0, -3, 0, [-25, 60], [-25, 60], LEG, LEG),
    ]),
    // ---- impact ----
    fig("heel-drop", Rep(20), Ankle, &[], &[
        STAND,
        p(0, 0, 0, 0, HANG, HANG, [0, 0, 45], [0, 0, 45]),
    ]),
    fig("stamp", Loop(24), Hip, &[COUNTER], &[
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, [50, 60, 10], LEG),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, LEG),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, [50, 60, 10]),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, LEG),
    ]),
    fig("heel-drop-firm", Rep(16), Ankle, &[], &[
        STAND,
        p(0, 0, 0, 0, HANG, HANG, [0, 0, 50], [0, 0, 50]),
    ]),
    fig("stamp-firm", Loop(20), Hip, &[COUNTER], &[
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, [50, 60, 10], LEG),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, LEG),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, [50, 60, 10]),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, LEG),
    ]),
    fig("hop", Rep(16), Ankle, &[], &[
        p(0, 0, 15, 0, [20, 60], [20, 60], [40, 40, F], [40, 40, F]),
        p(0, 8, 0, 0, [10, 60], [10, 60], [0, 0, 35], [0, 0, 35]),
    ]),
    fig("skip", Loop(14), Hip, &[], &[
        p(0, 4, 5, 0, [20, 60], [20, 60], [0, 5, 35], [50, 70, 20]),
        p(0, 4, 5, 0, [20, 60], [20, 60], [50, 70, 20], [0, 5, 35]),
    ]),
    fig("jump", Rep(24), Ankle, &[], &[
        p(0, 0, 30, 0, [-30, 10], [-30, 10], [75, 70, F], [75, 70, F]),
        p(0, 10, 0, 0, [150, 10], [150, 10], [0, 0, 35], [0, 0, 35]),
    ]),
    front("star-jump", Rep(20), &[], &[
        p(0, 0, 0, 0, [5, 0], [5, 0], [2, 0, 0], [2, 0, 0]),
        p(0, 8, 0, 0, [150, 0], [150, 0], [20, 0, 20], [20, 0, 20]),
    ]),
    fig("tuck-jump", Rep(24), Ankle, &[], &[
        p(0, 0, 30, 0, [-30, 10], [-30, 10], [75, 70, F], [75, 70, F]),
        p(0, 18, 5, 0, [60, 40], [60, 40], [105, 120, 20], [105, 120, 20]),
    ]),
    // ---- weight-bearing aerobic ----
    fig("brisk-walk", Loop(16), Hip, &[], &[STRIDE_A, STRIDE_B]),
    fig("nordic-walk", Loop(16), Hip, &[Rod(Moving(Hand, 0, 0), Floor(Hand, -12)), Rod(Moving(FarHand, 0, 0), Floor(FarHand, -12))], &[
        p(0, 0, 8, 0, [-35, 10], [35, 10], [25, 5, 0], [-20, 10, 30]),
        p(0, 0, 8, 0, [35, 10], [-35, 10], [-20, 10, 30], [25, 5, 0]),
    ]),
    fig("march-in-place", Loop(16), Hip, &[], &[
        p(0, 0, 0, 0, [-25, 80], [30, 80], [70, 80, 10], LEG),
        p(0, 0, 0, 0, [30, 80], [-25, 80], LEG, [70, 80, 10]),
    ]),
    fig("comfortable-walk", Loop(20), Hip, &[], &[STRIDE_A, STRIDE_B]),
    fig("supported-march", Loop(20), Hip, &[COUNTER], &[
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, [50, 60, 10], LEG),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, [50, 60, 10]),
    ]),
    fig("warm-up-march", Loop(18), Hip, &[], &[
        p(0, 0, 0, 0, [-20, 80], [25, 80], [55, 65, 10], LEG),
        p(0, 0, 0, 0, [25, 80], [-20, 80], LEG, [55, 65, 10]),
    ]),
    fig("jog", Loop(12), Hip, &[], &[
        p(0, 3, 10, 0, [-35, 90], [40, 90], [40, 30, 0], [-25, 70, 30]),
        p(0, 3, 10, 0, [40, 90], [-35, 90], [-25, 70, 30], [40, 30, 0]),
    ]),
    fig("stair-climb", Rep(30), Ankle, &[
        Step(At(Heel, 0, -1, 2), 0, 16), Step(At(Heel, 0, 15, -10), 0, 16),
        Rod(Fixed(At(Hand, 0, -10, -4)), Fixed(At(Hand, 0, 30, -22))),
    ], &[
        p(0, 0, 10, 0, [40, 30], HANG, [55, 80, F], [-12, 5, F]),
        p(0, 12, 5, 0, [40, 30], HANG, LEG, [20, 60, 20]),
    ]),
    fig("dance", Loop(24), Hip, &[], &[
        p(0, 0, 0, 0, [120, 40], [40, 60], [30, 5, 0], LEG),
        p(0, 0, 0, 0, [40, 60], [120, 40], LEG, [30, 5, 0]),
    ]),
    fig("dance-vigorous", Loop(16), Hip, &[], &[
        p(0, 4, 0, 0, [150, 20], [60, 60], [40, 50, 20], [0, 5, 30]),
        p(0, 0, 0, 0, [60, 60], [150, 20], [0, 5, F], [30, 40, F]),
    ]),
    fig("elliptical", Loop(20), Hip, &[
        Rod(Moving(Hand, 0, 0), Fixed(At(Hip, 0, 22, 46))),
        Rod(Moving(FarHand, 0, 0), Fixed(At(Hip, 0, 22, 46))),
        Wheel(At(Hip, 0, 4, 44), 8),
    ], &[
        p(0, 6, 5, 0, [40, 70], [0, 70], [25, 20, F], [-15, 15, 20]),
        p(0, 6, 5, 0, [0, 70], [40, 70], [-15, 15, 20], [25, 20, F]),
    ]),
    // ---- non-weight-bearing aerobic ----
    // Pedal positions by inverse kinematics on a crank of radius 8 (top, front, bottom, back);
    // `lift` keeps the hips on the saddle while the lower foot changes.
    fig("cycling", Loop(16), Hip, &[
        Bench(At(Hip, 0, -3, 4), -7, 3),
        Rod(Fixed(At(Hip, 0, 0, 8)), Fixed(At(Hip, 0, 12, 36))),
        Wheel(At(Hip, 0, 12, 36), 8),
        Rod(Fixed(At(Hip, 0, 12, 36)), Fixed(At(Hand, 0, 0, 0))),
        Rod(Fixed(At(Hip, 0, -10, 52)), Fixed(At(Hip, 0, 30, 52))),
    ], &[
        p(0, 8, 30, 0, [70, 20], [70, 20], [103, 102, F], [60, 30, F]),
        p(0, 16, 30, 0, [70, 20], [70, 20], [89, 60, F], [75, 81, F]),
        p(0, 8, 30, 0, [70, 20], [70, 20], [60, 30, F], [103, 102, F]),
        p(0, 16, 30, 0, [70, 20], [70, 20], [75, 81, F], [89, 60, F]),
    ]),
    fig("water-aerobics", Loop(24), Hip, &[Water(At(Hip, 0, 0, -6))], &[
        p(0, 0, 0, 0, [70, 10], [-30, 10], [25, 5, 0], [-20, 10, 30]),
        p(0, 0, 0, 0, [-30, 10], [70, 10], [-20, 10, 30], [25, 5, 0]),
    ]),
    fig("swimming", Loop(20), Hip, &[Water(At(Shoulder, 0, 0, -7))], &[
        p(0, 20, 92, 5, [180, 0], [20, 30], [5, 0, 60], [-5, 0, 60]),
        p(0, 20, 92, 5, [20, 30], [180, 0], [-5, 0, 60], [5, 0, 60]),
    ]),
    // ---- balance ----
    fig("supported-single-leg-stand", Hold(60), FarAnkle, &[COUNTER], &[
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, LEG),
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, [45, 70, 10], LEG),
    ]),
    fig("single-leg-stand", Hold(60), FarAnkle, &[Counter(At(Hand, 0, 12, 2), 0, 24)], &[
        p(0, 0, 0, 0, HOLD_COUNTER, HANG, LEG, LEG),
        p(0, 0, 0, 0, [20, 30], [20, 30], [45, 70, 10], LEG),
    ]),
    fig("tandem-stance", Hold(60), FarAnkle, &[Counter(At(Hand, 0, 30, 2), 0, 24)], &[
        STAND,
        p(0, 0, 0, 0, [20, 30], [20, 30], [13, 0, F], [-13, 0, F]),
    ]),
    fig("heel-to-toe-walk", Rep(40), Ankle, &[Counter(At(Hand, 0, 22, 2), 0, 24)], &[
        p(0, 0, 0, 0, [20, 30], [20, 30], [13, 0, F], [-13, 0, F]),
        p(0, 0, 0, 0, [20, 30], [20, 30], [0, 0, F], [30, 50, 20]),
    ]),
    front("side-step", Rep(30), &[], &[
        p(0, 0, 0, 0, [10, 0], [10, 0], [2, 0, 0], [2, 0, 0]),
        p(6, 0, 0, 0, [10, 0], [10, 0], [2, 0, 0], [22, 0, 0]),
    ]),
    fig("tai-chi", Loop(60), Hip, &[], &[
        p(0, 0, 0, 0, [70, 60], [40, 90], [15, 5, F], [-5, 25, F]),
        p(6, 0, 5, 0, [85, 20], [85, 20], [35, 40, F], [-20, 5, F]),
    ]),
    // ---- flexibility ----
    fig("spine-safe-yoga", Hold(60), Ankle, &[Mat], &[
        STAND,
        p(0, 0, 0, -5, [175, 0], [175, 0], [70, 70, F], [-30, 0, F]),
    ]),
    fig("chest-stretch", Hold(60), Hip, &[Rod(Fixed(At(Elbow, 0, 2, 32)), Fixed(At(Elbow, 0, 2, -40)))], &[
        p(0, 0, 0, 0, [90, 90], HANG, LEG, LEG),
        p(6, 0, 5, 0, [70, 110], HANG, [35, 15, F], [-15, 0, F]),
    ]),
    fig("calf-stretch", Hold(60), Ankle, &[Wall(At(Hand, 1, 3, 0))], &[
        p(0, 0, 5, 0, [60, 60], [60, 60], LEG, LEG),
        p(0, 0, 25, 0, [110, 20], [110, 20], [65, 50, F], [0, 0, F]),
    ]),
    fig("hip-flexor-stretch", Hold(60), Ankle, &[], &[
        p(0, 0, 0, 0, HIPS, HIPS, [20, 5, F], [-20, 5, 35]),
        p(0, 0, -3, 0, HIPS, HIPS, [55, 60, F], [-28, 15, 45]),
    ]),
    fig("supine-hamstring-stretch", Hold(50), Hip, &[Mat, Rod(Moving(Hand, 0, 0), Moving(Toe, 0, 0))], &[
        p(0, 0, -90, 0, [60, 30], [60, 30], [90, 90, 0], [45, 101, F]),
        p(0, 0, -90, 0, [75, 20], [75, 20], [80, 0, 0], [45, 101, F]),
    ]),
    // ---- avoid list ----
    fig("sit-up", Rep(30), Ankle, &[Mat], &[
        p(0, 0, -90, 0, FOLD, FOLD, [45, 101, F], [45, 101, F]),
        p(0, 0, -10, 10, FOLD, FOLD, [125, 101, F], [125, 101, F]),
    ]),
    fig("crunch", Rep(30), Ankle, &[Mat], &[
        p(0, 0, -90, 0, [160, 140], [160, 140], [45, 101, F], [45, 101, F]),
        p(0, 0, -60, 20, [160, 140], [160, 140], [75, 101, F], [75, 101, F]),
    ]),
    fig("toe-touch", Rep(40), Ankle, &[], &[
        STAND,
        p(0, 0, 110, 30, [110, 0], [110, 0], [110, 0, F], [110, 0, F]),
    ]),
    fig("seated-twist", Hold(50), Hip, &[Mat], &[
        p(0, 0, 0, 0, HANG, HANG, [90, 0, 0], [90, 0, 0]),
        p(0, 0, 0, 0, [-40, 20], [60, 90], [90, 0, 0], [90, 0, 0]),
    ]),
    fig("forward-fold", Hold(50), Ankle, &[], &[
        STAND,
        p(0, 0, 110, 30, [110, 0], [110, 0], [110, 0, F], [110, 0, F]),
    ]),
    fig("weighted-russian-twist", Rep(30), Hip, &[Mat, Dumbbell(0)], &[
        p(0, 0, -40, 10, [45, 80], [45, 80], [90, 100, F], [90, 100, F]),
        p(0, 0, -40, 10, [85, 30], [85, 30], [90, 100, F], [90, 100, F]),
    ]),
];

/// One figure as stored: a [`Figure`] without its id (the entry's place is its exercise's
/// place in the library), its props and poses as `[start, end)` ranges of [`PROPS`] and
/// [`POSES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stored {
    motion: Motion,
    anchor: Joint,
    front: bool,
    props: [u8; 2],
    poses: [u8; 2],
}

/// The figure of the library's `index`th exercise.
pub fn figure(index: usize) -> Option<Figure> {
    let stored = FIGURES.get(index)?;
    let range = |[start, end]: [u8; 2]| usize::from(start)..usize::from(end);
    Some(Figure {
        id: library::all().get(index)?.id,
        motion: stored.motion,
        anchor: stored.anchor,
        front: stored.front,
        props: PROPS.get(range(stored.props))?,
        poses: POSES.get(range(stored.poses))?,
    })
}

/// Every figure of [`TABLE`], in its order.
pub static FIGURES: [Stored; TABLE.len()] = layout(TABLE).0;
/// Every key pose of [`TABLE`], figure after figure.
pub static POSES: [Pose; COUNTS.0] = layout(TABLE).1;
/// Every prop of [`TABLE`], figure after figure.
pub static PROPS: [Prop; COUNTS.1] = layout(TABLE).2;

/// How many poses and props [`TABLE`] holds.
const COUNTS: (usize, usize) = {
    let (mut poses, mut props, mut rest) = (0, 0, TABLE);
    while let [figure, tail @ ..] = rest {
        poses += figure.poses.len();
        props += figure.props.len();
        rest = tail;
    }
    assert!(poses <= 255 && props <= 255, "ranges are stored in bytes");
    (poses, props)
};

/// [`TABLE`] laid out flat (evaluated by the compiler: an index out of range fails the build).
#[allow(clippy::indexing_slicing)]
const fn layout(table: &[Figure]) -> ([Stored; TABLE.len()], [Pose; COUNTS.0], [Prop; COUNTS.1]) {
    let mut figures = [Stored {
        motion: Rep(0),
        anchor: Hip,
        front: false,
        props: [0; 2],
        poses: [0; 2],
    }; TABLE.len()];
    let mut poses = [STAND; COUNTS.0];
    let mut props = [Mat; COUNTS.1];
    let (mut i, mut pose, mut prop) = (0, 0, 0);
    while i < table.len() {
        let f = &table[i];
        let (first_pose, first_prop) = (pose, prop);
        let mut j = 0;
        while j < f.poses.len() {
            poses[pose] = f.poses[j];
            pose += 1;
            j += 1;
        }
        j = 0;
        while j < f.props.len() {
            props[prop] = f.props[j];
            prop += 1;
            j += 1;
        }
        figures[i] = Stored {
            motion: f.motion,
            anchor: f.anchor,
            front: f.front,
            // In range: COUNTS checks that every offset fits a byte.
            props: [first_prop as u8, prop as u8],
            poses: [first_pose as u8, pose as u8],
        };
        i += 1;
    }
    (figures, poses, props)
}
