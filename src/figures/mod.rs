//! Exercise figures: every library exercise drawn as a line figure from a pose model, not from
//! images. A 2-D skeleton ([`skeleton`]) is posed by joint angles in a few key poses per
//! exercise ([`poses`]), placed on the floor by forward kinematics, checked against anatomical
//! limits and props ([`scene`]), and written as one SVG document ([`svg`]): `<title>` and
//! `<desc>` in the requested language, and either SMIL animation between the poses (a gentle
//! 2–4 s repetition at the exercise's tempo; holds hold) or, for print and reduced motion,
//! the key poses side by side. No scripts, no `style` attributes, no external references:
//! colours come from `currentColor` and classes (`fig-*`) the widget's stylesheet sets.

pub mod poses;
pub mod scene;
pub mod skeleton;
pub mod svg;

use crate::error::{Error, Result};
use crate::planning::library;
pub use skeleton::{Joint, Pose};

/// How a figure moves between its key poses. The number is the period in tenths of a second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    /// Out through the poses and back, with a short pause at each end (a repetition).
    Rep(u8),
    /// Into the last pose, hold it for half the period, and back.
    Hold(u8),
    /// Round through the poses and on to the first again (walking, cycling).
    Loop(u8),
}

/// A point fixed in the scene: a joint of one key pose (index) plus an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At(pub Joint, pub u8, pub i8, pub i8);

/// One end of a band, cable or pole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Fixed in the scene (an anchor point, a door).
    Fixed(At),
    /// Follows a joint from pose to pose, offset.
    Moving(Joint, i8, i8),
    /// On the floor, `dx` from a joint, from pose to pose (a walking pole's tip).
    Floor(Joint, i8),
}

/// Something the figure uses. Blocks are placed by an anchor on the first pose, so a chair
/// seat sits exactly under the pelvis and a wall exactly at the hands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prop {
    /// A chair facing right: seat top at the point, seat from x − 12 to x + 6, back at the rear.
    Chair(At),
    /// A bench or machine pad: top at the point's height, from x + a to x + b.
    Bench(At, i8, i8),
    /// A step, box or stair: a block down to the floor, top at the point, from x + a to x + b.
    Step(At, i8, i8),
    /// A counter or table: a block down to the floor, top at the point, from x + a to x + b.
    Counter(At, i8, i8),
    /// A wall at the point's x (solid on the side away from the figure).
    Wall(At),
    /// A mat under the figure's first pose.
    Mat,
    /// A stick along the back (head, upper back, tailbone), drawn with the trunk.
    Dowel,
    /// Held in the near (0) or far (1) hand.
    Dumbbell(u8),
    /// A barbell plate at the near hand.
    Barbell,
    /// A loaded bag in the near (0) or far (1) hand.
    Backpack(u8),
    /// A resistance band between two ends.
    Band(End, End),
    /// A rigid line (pole, towel, strap, cable, frame) between two ends.
    Rod(End, End),
    /// A wheel or crank, centre and radius.
    Wheel(At, u8),
    /// Water up to the point's height.
    Water(At),
}

/// One exercise's figure: its motion, props and key poses (at least two).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    pub motion: Motion,
    /// The joint that stays put from pose to pose (at the pose's `x`): a planted foot, the
    /// hips of a lying figure.
    pub anchor: Joint,
    /// Seen from the front (arms and legs moving sideways) instead of from the side.
    pub front: bool,
    pub props: &'static [Prop],
    pub poses: &'static [Pose],
}

/// Language of `<title>` and `<desc>`: `"en"` or `"es"`. Read from a string (serde's own
/// enum reader costs the wasm ≈ 1 KB more for these two names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, tsify::Tsify)]
#[serde(try_from = "String")]
#[tsify(rename = "FigureLang", type = "\"en\" | \"es\"")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl TryFrom<String> for Lang {
    /// A fixed text: the binding's message lists the options and their values after it.
    type Error = &'static str;

    fn try_from(tag: String) -> std::result::Result<Lang, &'static str> {
        match tag.as_str() {
            "en" => Ok(Lang::En),
            "es" => Ok(Lang::Es),
            _ => Err("unknown language"),
        }
    }
}

/// What [`exercise_figure`] draws (`exerciseFigure`'s options: `{ lang?, animate? }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", default)]
#[tsify(rename = "FigureOptions")]
pub struct Options {
    #[tsify(type = "FigureLang")]
    pub lang: Lang,
    /// `true`: one scene, animated; `false`: the key poses side by side, still.
    pub animate: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::En,
            animate: true,
        }
    }
}

/// The figure data of a library exercise, if it has one.
pub fn find(id: &str) -> Option<Figure> {
    let index = library::all().iter().position(|e| e.id == id)?;
    poses::figure(index)
}

/// The exercise as one SVG document string. Errors: [`Error::UnknownExercise`].
pub fn exercise_figure(id: &str, options: Options) -> Result<String> {
    let exercise = library::get(id)?;
    let figure = find(id).ok_or_else(|| Error::UnknownExercise(id.to_owned()))?;
    let (name, cue) = match options.lang {
        Lang::En => (exercise.name_en(), exercise.cue_en()),
        Lang::Es => (exercise.name_es(), exercise.cue_es()),
    };
    Ok(svg::write(&figure, name, cue, options.animate))
}

#[cfg(test)]
mod tests;
