//! The 2-D figure: a side view, facing right, posed by joint angles and placed by forward
//! kinematics. Units are figure units (standing height ≈ 93; the floor is `y = 0`, up is −y,
//! as in SVG).
//!
//! Angles are degrees. The trunk leans from vertical (+ forward); every other joint is relative
//! to its parent: neck flexion (+ chin toward chest), shoulder flexion (0 = arm along the
//! trunk, 90 = straight ahead when upright, 180 = overhead, − = behind), elbow and knee flexion
//! (0 = straight, never negative), hip flexion (0 = thigh in line with the trunk, 90 = sitting),
//! ankle plantarflexion (0 = foot square to the shin, + = toes pointed).

/// Head radius.
pub const HEAD: f32 = 6.0;
/// Shoulder to the base of the head.
pub const NECK: f32 = 5.0;
/// Hip to shoulder.
pub const TRUNK: f32 = 28.0;
/// Shoulder to elbow.
pub const UPPER_ARM: f32 = 15.0;
/// Elbow to the middle of the hand.
pub const FOREARM: f32 = 14.0;
/// Hip to knee.
pub const THIGH: f32 = 23.0;
/// Knee to ankle.
pub const SHIN: f32 = 22.0;
/// Ankle to toe, along the foot.
pub const FOOT: f32 = 8.0;
/// Ankle to heel, along the foot.
pub const HEEL: f32 = 2.5;

/// Half the drawn width of the trunk, the limbs and the feet (for floor and prop contact).
pub const TRUNK_R: f32 = 4.0;
/// See [`TRUNK_R`].
pub const LIMB_R: f32 = 2.5;
/// See [`TRUNK_R`].
pub const FOOT_R: f32 = 2.0;

/// One key pose, a byte a value. `x` places the hip; the figure is then lowered onto the floor
/// (its lowest point touches `y = 0`) and raised by `lift` (a jump's flight), both in figure
/// units. The angles are kept in steps of [`STEP`] degrees (read them with [`deg`]); the pose
/// tables are written in degrees through [`p`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pose {
    pub x: i8,
    pub lift: i8,
    pub trunk: i8,
    pub neck: i8,
    /// Near and far arm: `[shoulder, elbow]`.
    pub arms: [[i8; 2]; 2],
    /// Near and far leg: `[hip, knee, ankle]`.
    pub legs: [[i8; 3]; 2],
}

/// Degrees per stored angle step: a byte holds −256°…254°, and 2° is finer than a line
/// figure shows (measured: a byte a value instead of two takes 0.5 KB gzip off the wasm).
pub const STEP: i16 = 2;

/// A stored angle in degrees.
pub fn deg(steps: i8) -> i16 {
    i16::from(steps) * STEP
}

/// `degrees` as stored: in steps of [`STEP`], rounded toward zero (an odd 135° is 134°).
const fn steps(degrees: i16) -> i8 {
    assert!(
        degrees >= -256 && degrees <= 254,
        "angle out of a byte's range"
    );
    (degrees / STEP) as i8
}

/// The ankle value that means "foot flat on the floor" (the ankle angle follows the leg): in
/// degrees, the largest a byte holds (far outside the ankle's range).
pub const FLAT: i16 = 254;

/// The ankle angle (degrees) a pose really has (resolving [`FLAT`]).
pub fn ankle(pose: &Pose, side: usize) -> i16 {
    let [h, k, a] = pose.legs.get(side).copied().unwrap_or([0; 3]).map(deg);
    if a == FLAT {
        h - deg(pose.trunk) - k
    } else {
        a
    }
}

/// Shorthand for the pose tables: `p(x, lift, trunk, neck, near arm, far arm, near leg, far leg)`,
/// angles in degrees.
#[allow(clippy::too_many_arguments)]
pub const fn p(
    x: i8,
    lift: i8,
    trunk: i16,
    neck: i16,
    near_arm: [i16; 2],
    far_arm: [i16; 2],
    near_leg: [i16; 3],
    far_leg: [i16; 3],
) -> Pose {
    let ([s0, e0], [s1, e1]) = (near_arm, far_arm);
    let ([h0, k0, a0], [h1, k1, a1]) = (near_leg, far_leg);
    Pose {
        x,
        lift,
        trunk: steps(trunk),
        neck: steps(neck),
        arms: [[steps(s0), steps(e0)], [steps(s1), steps(e1)]],
        legs: [
            [steps(h0), steps(k0), steps(a0)],
            [steps(h1), steps(k1), steps(a1)],
        ],
    }
}

/// A point of the posed figure (index into [`Body::points`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Joint {
    Hip,
    Shoulder,
    Head,
    Elbow,
    Hand,
    FarElbow,
    FarHand,
    Knee,
    Ankle,
    Toe,
    Heel,
    FarKnee,
    FarAnkle,
    FarToe,
    FarHeel,
}

/// Joint-angle ranges (degrees), checked on every pose: `[min, max]`, in [`Pose`] order.
pub const LIMITS: [(&str, i16, i16); 8] = [
    // The trunk's lean is its orientation in the room (lying down is ±90), not a joint.
    ("trunk", -180, 180),
    ("neck", -30, 45),
    ("shoulder", -60, 185),
    ("elbow", 0, 150),
    ("hip", -30, 135),
    ("knee", 0, 150),
    ("ankle", -40, 70),
    // Height above the floor: a jump's flight, or a seat on a machine, step or in water.
    ("lift", 0, 40),
];

/// The figure in one pose, placed: every [`Joint`] in figure units, plus the rotation (SVG
/// degrees, clockwise) of each joint group relative to its parent, in writer order.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub points: [(f32, f32); 15],
    /// Hip position (the root translation).
    pub root: (f32, f32),
    /// trunk, neck, near shoulder, near elbow, far shoulder, far elbow, near hip, near knee,
    /// near ankle, far hip, far knee, far ankle.
    pub turns: [f32; 12],
}

impl Body {
    /// Where `joint` is.
    pub fn at(&self, joint: Joint) -> (f32, f32) {
        self.points
            .get(joint as usize)
            .copied()
            .unwrap_or((0.0, 0.0))
    }
}

/// sin of `deg` degrees (a 7th-order polynomial after folding into ±90°: error < 2e-4; no
/// libm in the wasm).
pub fn sin_deg(deg: f32) -> f32 {
    let mut d = deg;
    while d > 180.0 {
        d -= 360.0;
    }
    while d < -180.0 {
        d += 360.0;
    }
    if d > 90.0 {
        d = 180.0 - d;
    } else if d < -90.0 {
        d = -180.0 - d;
    }
    let x = d * (std::f32::consts::PI / 180.0);
    let x2 = x * x;
    x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0)))
}

/// `v` turned `deg` degrees clockwise on screen (SVG `rotate`).
fn turn(deg: f32, v: (f32, f32)) -> (f32, f32) {
    let (s, c) = (sin_deg(deg), sin_deg(deg + 90.0));
    (v.0 * c - v.1 * s, v.0 * s + v.1 * c)
}

fn add(a: (f32, f32), b: (f32, f32)) -> (f32, f32) {
    (a.0 + b.0, a.1 + b.1)
}

/// Foot length along the floor seen from the front (a foot pointing at the viewer looks short).
pub const FRONT_FOOT: f32 = 3.5;
/// Half the shoulder width and half the hip width, seen from the front.
pub const FRONT_SHOULDER: f32 = 7.0;
/// See [`FRONT_SHOULDER`].
pub const FRONT_HIP: f32 = 4.0;

/// Where the arms and legs join the trunk (trunk frame) for `side` (0 near, 1 far): on the
/// centre line in a side view; the near side to the viewer's left in a front view.
pub fn attach(front: bool, side: usize) -> (f32, f32) {
    if !front {
        (0.0, 0.0)
    } else if side == 0 {
        (-FRONT_SHOULDER, -FRONT_HIP)
    } else {
        (FRONT_SHOULDER, FRONT_HIP)
    }
}

/// Forward kinematics with the hip at `(x, y)`. In a front view the angles are abduction (+
/// away from the body's midline) and the near limbs are mirrored.
fn place(pose: &Pose, x: f32, y: f32, front: bool) -> Body {
    let f = |v: i16| f32::from(v);
    // Each joint's turn relative to its parent, in writer order (see `Body::turns`).
    let arm = |m: f32, [s, e]: [i8; 2]| [-m * f(deg(s)), -m * f(deg(e))];
    let leg = |m: f32, [h, k, a]: [i8; 3]| {
        let (h, k, a) = (deg(h), deg(k), deg(a));
        // FLAT in the tables: the foot flat on the floor, whatever the leg does.
        let a = if a == FLAT {
            h - deg(pose.trunk) - k
        } else {
            a
        };
        [-m * f(h), m * f(k), m * (f(a) - 90.0)]
    };
    let near = if front { -1.0 } else { 1.0 };
    let [near_arm, far_arm] = pose.arms;
    let [near_leg, far_leg] = pose.legs;
    let [s0, e0] = arm(near, near_arm);
    let [s1, e1] = arm(1.0, far_arm);
    let [h0, k0, a0] = leg(near, near_leg);
    let [h1, k1, a1] = leg(1.0, far_leg);
    let (t, neck) = (f(deg(pose.trunk)), f(deg(pose.neck)));
    let turns = [t, neck, s0, e0, s1, e1, h0, k0, a0, h1, k1, a1];
    // Each bone: from a joint, at an angle (the turns down the chain added up), a length.
    let bone = |from: (f32, f32), angle: f32, len: f32| add(from, turn(angle, (0.0, len)));
    let foot_len = if front { FRONT_FOOT } else { FOOT };
    let hip = (x, y);
    let shoulder = bone(hip, t, -TRUNK);
    let head = bone(shoulder, t + neck, -(NECK + HEAD));
    let arm_points = |side: usize, [s, e]: [f32; 2]| {
        let root = add(shoulder, turn(t, (attach(front, side).0, 0.0)));
        let elbow = bone(root, t + s, UPPER_ARM);
        (elbow, bone(elbow, t + s + e, FOREARM))
    };
    let leg_points = |side: usize, [h, k, a]: [f32; 3]| {
        let root = add(hip, turn(t, (attach(front, side).1, 0.0)));
        let knee = bone(root, t + h, THIGH);
        let ankle = bone(knee, t + h + k, SHIN);
        let foot = t + h + k + a;
        (
            knee,
            ankle,
            bone(ankle, foot, foot_len),
            bone(ankle, foot, -HEEL),
        )
    };
    let (elbow, hand) = arm_points(0, [s0, e0]);
    let (far_elbow, far_hand) = arm_points(1, [s1, e1]);
    let (knee, ankle, toe, heel) = leg_points(0, [h0, k0, a0]);
    let (far_knee, far_ankle, far_toe, far_heel) = leg_points(1, [h1, k1, a1]);
    Body {
        // In `Joint` order.
        points: [
            hip, shoulder, head, elbow, hand, far_elbow, far_hand, knee, ankle, toe, heel,
            far_knee, far_ankle, far_toe, far_heel,
        ],
        root: hip,
        turns,
    }
}

/// How far below a joint's centre the figure's outline reaches (its drawn half-width).
pub fn radius(joint: Joint) -> f32 {
    match joint {
        Joint::Hip | Joint::Shoulder => TRUNK_R,
        Joint::Head => HEAD,
        Joint::Toe
        | Joint::Heel
        | Joint::FarToe
        | Joint::FarHeel
        | Joint::Ankle
        | Joint::FarAnkle => FOOT_R,
        _ => LIMB_R,
    }
}

/// Every joint, in [`Body::points`] order.
pub const JOINTS: [Joint; 15] = [
    Joint::Hip,
    Joint::Shoulder,
    Joint::Head,
    Joint::Elbow,
    Joint::Hand,
    Joint::FarElbow,
    Joint::FarHand,
    Joint::Knee,
    Joint::Ankle,
    Joint::Toe,
    Joint::Heel,
    Joint::FarKnee,
    Joint::FarAnkle,
    Joint::FarToe,
    Joint::FarHeel,
];

/// The pose placed with its `anchor` joint at `x` and its lowest point (outline, plus the
/// reach of a held object below each hand) on the floor, raised by `lift`.
pub fn ground(pose: &Pose, anchor: Joint, hand_reach: [f32; 2], front: bool) -> Body {
    let free = place(pose, 0.0, 0.0, front);
    let mut lowest = f32::MIN;
    for (j, (_, y)) in JOINTS.iter().zip(free.points) {
        let reach = match j {
            Joint::Hand => hand_reach[0],
            Joint::FarHand => hand_reach[1],
            _ => 0.0,
        };
        lowest = lowest.max(y + radius(*j).max(reach));
    }
    let x = f32::from(pose.x) - free.at(anchor).0;
    place(pose, x, -lowest - f32::from(pose.lift), front)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sine_is_close_to_libm_everywhere() {
        for d in -720..=720 {
            let exact = (d as f32).to_radians().sin();
            assert!((sin_deg(d as f32) - exact).abs() < 2e-4, "{d}");
        }
    }

    #[test]
    fn standing_figure_has_feet_on_the_floor_and_head_up() {
        let b = ground(
            &p(0, 0, 0, 0, [0, 0], [0, 0], [0, 0, 0], [0, 0, 0]),
            Joint::Ankle,
            [0.0; 2],
            false,
        );
        let (_, hip) = b.at(Joint::Hip);
        assert!((hip + (THIGH + SHIN + FOOT_R)).abs() < 0.01, "{hip}");
        assert!(
            b.at(Joint::Toe).0 > b.at(Joint::Heel).0,
            "feet point forward"
        );
        assert!(b.at(Joint::Head).1 < b.at(Joint::Shoulder).1);
    }

    #[test]
    fn flexion_moves_limbs_forward() {
        let b = ground(
            &p(0, 0, 0, 0, [90, 0], [0, 90], [90, 90, 0], [0, 0, 0]),
            Joint::Hip,
            [0.0; 2],
            false,
        );
        // Arm straight ahead; far forearm forward from a hanging upper arm; sitting thigh.
        assert!((b.at(Joint::Hand).0 - (UPPER_ARM + FOREARM)).abs() < 0.05);
        assert!(b.at(Joint::FarHand).0 > 13.0);
        assert!((b.at(Joint::Knee).0 - THIGH).abs() < 0.05);
        assert!(
            (b.at(Joint::Ankle).0 - THIGH).abs() < 0.05,
            "shin hangs down"
        );
    }
}
