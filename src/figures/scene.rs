//! A figure placed in its scene: every key pose grounded, every prop resolved to coordinates,
//! and the anatomical and physical checks (joint ranges, nothing below the floor, no limb
//! through a chair, bench, step, counter or wall).

use super::skeleton::{self, Body, Joint, LIMB_R, TRUNK_R};
use super::{At, End, Figure, Prop};

/// A solid the figure must not pass through: a box `[x0, x1] × [y0, y1]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Solid {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

/// How far below each hand a held object reaches (for grounding and the floor check).
fn hand_reach(props: &[Prop]) -> [f32; 2] {
    let mut reach = [0.0f32; 2];
    for prop in props {
        let (side, r) = match *prop {
            Prop::Barbell => (0, 11.0),
            Prop::Dumbbell(s) => (s, 3.5),
            Prop::Backpack(s) => (s, 11.0),
            _ => continue,
        };
        if let Some(slot) = reach.get_mut(usize::from(side)) {
            *slot = slot.max(r);
        }
    }
    reach
}

/// Every key pose of `figure`, grounded.
pub fn bodies(figure: &Figure) -> Vec<Body> {
    let reach = hand_reach(figure.props);
    figure
        .poses
        .iter()
        .map(|p| skeleton::ground(p, figure.anchor, reach, figure.front))
        .collect()
}

/// Where a scene point is.
pub fn at(bodies: &[Body], At(joint, pose, dx, dy): At) -> (f32, f32) {
    let (x, y) = bodies
        .get(usize::from(pose))
        .or(bodies.first())
        .map_or((0.0, 0.0), |b| b.at(joint));
    (x + f32::from(dx), y + f32::from(dy))
}

/// Where a band or rod end is in pose `pose`.
pub fn end(bodies: &[Body], e: End, pose: usize) -> (f32, f32) {
    let body = bodies.get(pose).or(bodies.first());
    let joint = |j: Joint| body.map_or((0.0, 0.0), |b| b.at(j));
    match e {
        End::Fixed(point) => at(bodies, point),
        End::Moving(j, dx, dy) => {
            let (x, y) = joint(j);
            (x + f32::from(dx), y + f32::from(dy))
        }
        End::Floor(j, dx) => (joint(j).0 + f32::from(dx), 0.0),
    }
}

/// The solids of the scene (chair seat and back, bench top, step and counter blocks, walls;
/// a wall is a box reaching far behind it).
pub fn solids(figure: &Figure, bodies: &[Body]) -> Vec<Solid> {
    let hip_x = bodies.first().map_or(0.0, |b| b.root.0);
    let mut out = Vec::new();
    for prop in figure.props {
        match *prop {
            Prop::Chair(p) => {
                let (x, y) = at(bodies, p);
                out.push(Solid {
                    x0: x - 12.0,
                    y0: y,
                    x1: x + 6.0,
                    y1: y + 3.0,
                });
                out.push(Solid {
                    x0: x - 14.0,
                    y0: y - 26.0,
                    x1: x - 11.0,
                    y1: y,
                });
            }
            Prop::Bench(p, a, b) => {
                let (x, y) = at(bodies, p);
                out.push(Solid {
                    x0: x + f32::from(a),
                    y0: y,
                    x1: x + f32::from(b),
                    y1: y + 4.0,
                });
            }
            Prop::Step(p, a, b) | Prop::Counter(p, a, b) => {
                let (x, y) = at(bodies, p);
                out.push(Solid {
                    x0: x + f32::from(a),
                    y0: y,
                    x1: x + f32::from(b),
                    y1: 0.0,
                });
            }
            Prop::Wall(p) => {
                let (x, _) = at(bodies, p);
                let (x0, x1) = if x < hip_x {
                    (x - 100.0, x)
                } else {
                    (x, x + 100.0)
                };
                out.push(Solid {
                    x0,
                    y0: -200.0,
                    x1,
                    y1: 0.0,
                });
            }
            _ => {}
        }
    }
    out
}

/// The drawn segments of a body: `(from, to, half-width)`.
const SEGMENTS: [(Joint, Joint, f32); 13] = [
    (Joint::Hip, Joint::Shoulder, TRUNK_R),
    (Joint::Shoulder, Joint::Elbow, LIMB_R),
    (Joint::Elbow, Joint::Hand, LIMB_R),
    (Joint::Shoulder, Joint::FarElbow, LIMB_R),
    (Joint::FarElbow, Joint::FarHand, LIMB_R),
    (Joint::Hip, Joint::Knee, LIMB_R),
    (Joint::Knee, Joint::Ankle, LIMB_R),
    (Joint::Heel, Joint::Toe, skeleton::FOOT_R),
    (Joint::Hip, Joint::FarKnee, LIMB_R),
    (Joint::FarKnee, Joint::FarAnkle, LIMB_R),
    (Joint::FarHeel, Joint::FarToe, skeleton::FOOT_R),
    (Joint::Shoulder, Joint::Head, 1.0),
    (Joint::Head, Joint::Head, skeleton::HEAD),
];

/// Everything anatomically or physically wrong with `figure`, one line each (empty = fine).
pub fn problems(figure: &Figure) -> Vec<String> {
    let mut out = Vec::new();
    if figure.poses.len() < 2 {
        out.push(format!("{}: fewer than two key poses", figure.id));
    }
    let bodies = bodies(figure);
    let solids = solids(figure, &bodies);
    let reach = hand_reach(figure.props);
    for (i, (pose, body)) in figure.poses.iter().zip(&bodies).enumerate() {
        let deg = skeleton::deg;
        let values: [[i16; 2]; 8] = [
            [deg(pose.trunk); 2],
            [deg(pose.neck); 2],
            [deg(pose.arms[0][0]), deg(pose.arms[1][0])],
            [deg(pose.arms[0][1]), deg(pose.arms[1][1])],
            [deg(pose.legs[0][0]), deg(pose.legs[1][0])],
            [deg(pose.legs[0][1]), deg(pose.legs[1][1])],
            [skeleton::ankle(pose, 0), skeleton::ankle(pose, 1)],
            [i16::from(pose.lift); 2],
        ];
        for ((name, lo, hi), vs) in skeleton::LIMITS.iter().zip(values) {
            for v in vs {
                if v < *lo || v > *hi {
                    out.push(format!(
                        "{} pose {i}: {name} {v} outside {lo}..{hi}",
                        figure.id
                    ));
                }
            }
        }
        for (j, (x, y)) in skeleton::JOINTS.iter().zip(body.points) {
            let r = match j {
                Joint::Hand => skeleton::radius(*j).max(reach[0]),
                Joint::FarHand => skeleton::radius(*j).max(reach[1]),
                _ => skeleton::radius(*j),
            };
            if y + r > 0.5 {
                out.push(format!(
                    "{} pose {i}: {j:?} below the floor ({x:.1}, {y:.1})",
                    figure.id
                ));
            }
        }
        for (a, b, _) in SEGMENTS {
            let (pa, pb) = (body.at(a), body.at(b));
            for s in 0..=8u8 {
                let f = f32::from(s) / 8.0;
                let (x, y) = (pa.0 + (pb.0 - pa.0) * f, pa.1 + (pb.1 - pa.1) * f);
                // The centre line may touch a surface (the limb rests on it) but not sink in.
                if solids
                    .iter()
                    .any(|s| x > s.x0 + 1.0 && x < s.x1 - 1.0 && y > s.y0 + 1.0 && y < s.y1 - 1.0)
                {
                    out.push(format!(
                        "{} pose {i}: {a:?}–{b:?} passes through a prop",
                        figure.id
                    ));
                    break;
                }
            }
        }
    }
    out
}
