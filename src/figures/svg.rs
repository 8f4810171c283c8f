//! The SVG writer: one document string per figure. The body is nested groups, one per joint
//! (`translate` to the joint, `rotate` by its angle in the first pose); when animated, each
//! moving joint adds `<animateTransform type="rotate" additive="sum">` with its change from the
//! first pose, so a browser without SMIL (or paused by `pauseAnimations()`) still shows pose 1.
//! Numbers are written in tenths with integer code only (no float formatting in the wasm).

use super::scene;
use super::skeleton::{
    attach, Body, FOOT, FOREARM, FRONT_FOOT, HEAD, HEEL, NECK, SHIN, THIGH, TRUNK, UPPER_ARM,
};
use super::{End, Figure, Motion, Prop};

/// Room between the key poses when they stand side by side.
const GAP: f32 = 12.0;

/// Appends `v` rounded to one decimal (`-12.5`, `3`).
fn num(out: &mut String, v: f32) {
    decimal(out, v, 1);
}

/// Appends `v` rounded half away from zero to `places` decimals, without trailing zeros
/// (`-12.5`, `3`, `0.08`). Integer code only: no float formatting or libm `roundf` in the wasm
/// (`as` truncates).
fn decimal(out: &mut String, v: f32, places: u32) {
    let scale = 10u32.pow(places);
    let scaled = (v * scale as f32 + if v < 0.0 { -0.5 } else { 0.5 }) as i32;
    if scaled < 0 {
        out.push('-');
    }
    let m = scaled.unsigned_abs();
    crate::planning::push_num(out, m / scale, 1);
    let (mut fraction, mut digits) = (m % scale, places);
    if fraction != 0 {
        while fraction % 10 == 0 {
            fraction /= 10;
            digits -= 1;
        }
        out.push('.');
        crate::planning::push_num(out, fraction, digits);
    }
}

/// Appends `text` with XML's five special characters escaped.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
}

/// The animation timeline: which pose at which fraction of the period.
fn timeline(motion: Motion, n: usize) -> (Vec<(usize, f32)>, u8) {
    let last = n.saturating_sub(1).max(1) as f32;
    let mut frames = Vec::new();
    let period = match motion {
        Motion::Rep(p) => {
            // Pause 8 % at each end; out in 38 %, back in 38 %, 8 % at the far end.
            frames.push((0, 0.0));
            for i in 0..n {
                frames.push((i, 0.08 + 0.38 * i as f32 / last));
            }
            for i in (0..n).rev() {
                frames.push((i, 0.54 + 0.38 * (last - i as f32) / last));
            }
            frames.push((0, 1.0));
            p
        }
        Motion::Hold(p) => {
            for i in 0..n {
                frames.push((i, 0.2 * i as f32 / last));
            }
            for i in (0..n).rev() {
                frames.push((i, 0.7 + 0.2 * (last - i as f32) / last));
            }
            frames.push((0, 1.0));
            p
        }
        Motion::Loop(p) => {
            for i in 0..n {
                frames.push((i, i as f32 / n as f32));
            }
            frames.push((0, 1.0));
            p
        }
    };
    (frames, period)
}

/// Writes `dur`, `keyTimes` and the gentle easing shared by every animation of a figure.
fn timing(out: &mut String, frames: &[(usize, f32)], period: u8) {
    out.push_str("\" dur=\"");
    num(out, f32::from(period) / 10.0);
    out.push_str("s\" repeatCount=\"indefinite\" calcMode=\"spline\" keyTimes=\"");
    for (i, (_, t)) in frames.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        // A fraction 0–1 with up to three decimals (`0.08`, `1`).
        decimal(out, t.clamp(0.0, 1.0), 3);
    }
    out.push_str("\" keySplines=\"");
    for i in 1..frames.len() {
        if i > 1 {
            out.push(';');
        }
        out.push_str(".45 0 .55 1");
    }
    out.push_str("\"/>");
}

/// What one writing pass draws: the poses of the scene (one for a still panel, all when
/// animated) and the timeline.
struct Pass<'a> {
    bodies: &'a [Body],
    /// Pose index of each frame (a still panel has one frame).
    frames: &'a [(usize, f32)],
    period: u8,
}

impl Pass<'_> {
    fn body(&self, frame: usize) -> Option<&Body> {
        self.frames
            .get(frame)
            .and_then(|(i, _)| self.bodies.get(*i))
    }

    /// Writes an animation: `open` (the element up to its `values="`), the value in each
    /// frame's pose (`value` of the pose index: one number, or two for a translation) and the
    /// timing — when some frame's value differs from the first frame's by 0.05 or more;
    /// nothing otherwise.
    fn animate(
        &self,
        out: &mut String,
        open: &[&str],
        value: &dyn Fn(usize) -> (f32, Option<f32>),
    ) {
        let (x0, y0) = self.frames.first().map_or((0.0, None), |(i, _)| value(*i));
        let differs = |a: f32, b: f32| (a - b).abs() >= 0.05;
        let moves = self.frames.iter().any(|(i, _)| {
            let (x, y) = value(*i);
            differs(x, x0) || differs(y.unwrap_or(0.0), y0.unwrap_or(0.0))
        });
        if !moves {
            return;
        }
        for part in open {
            out.push_str(part);
        }
        for (k, (i, _)) in self.frames.iter().enumerate() {
            if k > 0 {
                out.push(';');
            }
            let (x, y) = value(*i);
            num(out, x);
            if let Some(y) = y {
                out.push(' ');
                num(out, y);
            }
        }
        timing(out, self.frames, self.period);
    }

    /// Opens a joint group at `(0, offset)` turned by `turn(body)`, animated when it changes.
    fn joint(&self, out: &mut String, (dx, dy): (f32, f32), k: usize, class: Option<&Class>) {
        let first = self.body(0).map_or(0.0, |b| turn_of(b, k));
        out.push_str("<g");
        cls(out, class);
        out.push_str(" transform=\"");
        if dx != 0.0 || dy != 0.0 {
            out.push_str("translate(");
            num(out, dx);
            out.push(' ');
            num(out, dy);
            out.push_str(") ");
        }
        out.push_str("rotate(");
        num(out, first);
        out.push_str(")\">");
        self.animate(
            out,
            &["<animateTransform attributeName=\"transform\" type=\"rotate\" additive=\"sum\" values=\""],
            &|i| (self.bodies.get(i).map_or(0.0, |b| turn_of(b, k)) - first, None),
        );
    }

    /// `<line>` from `a` to `b` in scene coordinates, each end animated when it moves.
    fn line(&self, out: &mut String, a: End, b: End, class: &Class) {
        out.push_str("<line");
        cls(out, Some(class));
        let mut anims = String::new();
        for (end, [xn, yn]) in [(a, ["x1", "y1"]), (b, ["x2", "y2"])] {
            let first = self
                .frames
                .first()
                .map_or((0.0, 0.0), |(i, _)| scene::end(self.bodies, end, *i));
            for (axis, name) in [(0, xn), (1, yn)] {
                let pick = |p: (f32, f32)| if axis == 0 { p.0 } else { p.1 };
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                num(out, pick(first));
                out.push('"');
                self.animate(
                    &mut anims,
                    &["<animate attributeName=\"", name, "\" values=\""],
                    &|i| (pick(scene::end(self.bodies, end, i)), None),
                );
            }
        }
        if anims.is_empty() {
            out.push_str("/>");
        } else {
            out.push('>');
            out.push_str(&anims);
            out.push_str("</line>");
        }
    }
}

/// A class the widget's stylesheet styles (`fig-*`), and the presentation attributes that draw
/// it without any stylesheet (the widget's stylesheet only recolours: CSS wins over these).
struct Class {
    name: &'static str,
    look: &'static str,
}

const BODY: Class = Class {
    name: "fig-body",
    look: "stroke-width=\"5\"",
};
const TRUNK_LINE: Class = Class {
    name: "fig-trunk",
    look: "stroke-width=\"8\"",
};
const HEAD_DISC: Class = Class {
    name: "fig-head",
    look: "fill=\"currentColor\" stroke=\"none\"",
};
const NOSE: Class = Class {
    name: "fig-nose",
    look: "stroke-width=\"2\"",
};
const FOOT_LINE: Class = Class {
    name: "fig-foot",
    look: "stroke-width=\"4\"",
};
const FAR: Class = Class {
    name: "fig-far",
    look: "opacity=\".45\"",
};
const FLOOR: Class = Class {
    name: "fig-floor",
    look: "stroke-width=\"1.5\"",
};
const PROP: Class = Class {
    name: "fig-prop",
    look: "stroke-width=\"1\" stroke-opacity=\".6\" fill=\"currentColor\" fill-opacity=\".12\"",
};
const MAT: Class = Class {
    name: "fig-mat",
    look: "stroke=\"none\" fill=\"currentColor\" fill-opacity=\".35\"",
};
const WATER: Class = Class {
    name: "fig-water",
    look: "stroke=\"none\" fill=\"currentColor\" fill-opacity=\".1\"",
};
const BAND: Class = Class {
    name: "fig-band",
    look: "stroke-width=\"1.5\" stroke=\"#1f5fa8\"",
};
const ROD: Class = Class {
    name: "fig-rod",
    look: "stroke-width=\"1.5\" stroke-opacity=\".7\"",
};
const ITEM: Class = Class {
    name: "fig-item",
    look: "stroke-width=\"1\" fill=\"currentColor\" fill-opacity=\".6\"",
};
const HUB: Class = Class {
    name: "fig-hub",
    look: "stroke-width=\"1\"",
};

/// Writes ` class="…"` and the class's presentation attributes (nothing for `None`).
fn cls(out: &mut String, class: Option<&Class>) {
    if let Some(class) = class {
        out.push_str(" class=\"");
        out.push_str(class.name);
        out.push_str("\" ");
        out.push_str(class.look);
    }
}

fn seg(out: &mut String, len: f32) {
    out.push_str("<line y2=\"");
    num(out, len);
    out.push_str("\"/>");
}

fn rect(out: &mut String, class: &Class, x0: f32, y0: f32, x1: f32, y1: f32) {
    out.push_str("<rect");
    cls(out, Some(class));
    out.push_str(" x=\"");
    num(out, x0);
    out.push_str("\" y=\"");
    num(out, y0);
    out.push_str("\" width=\"");
    num(out, x1 - x0);
    out.push_str("\" height=\"");
    num(out, y1 - y0);
    out.push_str("\" rx=\"1\"/>");
}

fn circle(out: &mut String, class: &Class, (cx, cy): (f32, f32), r: f32) {
    out.push_str("<circle");
    cls(out, Some(class));
    out.push_str(" cx=\"");
    num(out, cx);
    out.push_str("\" cy=\"");
    num(out, cy);
    out.push_str("\" r=\"");
    num(out, r);
    out.push_str("\"/>");
}

/// The static props (drawn behind the body) of `figure` in `pass`.
fn props(out: &mut String, figure: &Figure, pass: &Pass, (x0, x1): (f32, f32)) {
    let bodies = pass.bodies;
    for prop in figure.props {
        match *prop {
            Prop::Mat => rect(out, &MAT, x0 + 4.0, -1.5, x1 - 4.0, 0.0),
            Prop::Chair(p) => {
                let (x, y) = scene::at(bodies, p);
                rect(out, &PROP, x - 12.0, y, x + 6.0, y + 3.0);
                rect(out, &PROP, x - 14.0, y - 26.0, x - 11.0, y + 3.0);
                for lx in [x - 12.0, x + 5.0] {
                    rect(out, &PROP, lx, y + 3.0, lx + 1.5, 0.0);
                }
            }
            Prop::Bench(p, a, b) => {
                let (x, y) = scene::at(bodies, p);
                let (a, b) = (x + f32::from(a), x + f32::from(b));
                rect(out, &PROP, a, y, b, y + 4.0);
                for lx in [a + 2.0, b - 3.5] {
                    rect(out, &PROP, lx, y + 4.0, lx + 1.5, 0.0);
                }
            }
            Prop::Step(p, a, b) | Prop::Counter(p, a, b) => {
                let (x, y) = scene::at(bodies, p);
                rect(out, &PROP, x + f32::from(a), y, x + f32::from(b), 0.0);
            }
            Prop::Wall(p) => {
                // Drawn on its solid side, away from the figure (as in scene::solids).
                let (x, _) = scene::at(bodies, p);
                let hip = bodies.first().map_or(0.0, |b| b.root.0);
                let x = if x < hip { x - 3.0 } else { x };
                rect(out, &PROP, x, -108.0, x + 3.0, 0.0);
            }
            Prop::Wheel(p, r) => circle(out, &PROP, scene::at(bodies, p), f32::from(r)),
            Prop::Water(p) => {
                let (_, y) = scene::at(bodies, p);
                rect(out, &WATER, x0, y, x1, 0.0);
            }
            Prop::Rod(a, b) => pass.line(out, a, b, &ROD),
            Prop::Band(a, b) => pass.line(out, a, b, &BAND),
            Prop::Dumbbell(_) | Prop::Barbell | Prop::Backpack(_) | Prop::Dowel => {}
        }
    }
}

/// Objects held in hand `side`, drawn in the hand's frame (the end of the forearm).
fn held(out: &mut String, figure: &Figure, side: u8) {
    for prop in figure.props {
        match *prop {
            Prop::Dumbbell(s) if s == side => {
                rect(out, &ITEM, -3.0, FOREARM - 3.5, 3.0, FOREARM + 3.5);
            }
            Prop::Barbell if side == 0 => {
                circle(out, &ITEM, (0.0, FOREARM), 11.0);
                circle(out, &HUB, (0.0, FOREARM), 2.0);
            }
            Prop::Backpack(s) if s == side => {
                rect(out, &ITEM, -4.5, FOREARM, 4.5, FOREARM + 11.0);
            }
            _ => {}
        }
    }
}

/// Joint group `k`'s turn in `b` (see [`Body::turns`]).
fn turn_of(b: &Body, k: usize) -> f32 {
    b.turns.get(k).copied().unwrap_or(0.0)
}

/// Draws the body of `pass` (every joint animated through the frames).
fn body(out: &mut String, figure: &Figure, pass: &Pass) {
    let root = pass.body(0).map_or((0.0, 0.0), |b| b.root);
    out.push_str("<g");
    cls(out, Some(&BODY));
    out.push_str(" transform=\"translate(");
    num(out, root.0);
    out.push(' ');
    num(out, root.1);
    out.push_str(")\">");
    pass.animate(
        out,
        &["<animateTransform attributeName=\"transform\" type=\"translate\" additive=\"sum\" values=\""],
        &|i| {
            let r = pass.bodies.get(i).map_or(root, |b| b.root);
            (r.0 - root.0, Some(r.1 - root.1))
        },
    );
    pass.joint(out, (0.0, 0.0), 0, None);
    // Far side first (behind the trunk), then the near side.
    for side in [1usize, 0] {
        let class = (side == 1 && !figure.front).then_some(&FAR);
        let k = 6 + 3 * side;
        pass.joint(out, (attach(figure.front, side).1, 0.0), k, class);
        seg(out, THIGH);
        pass.joint(out, (0.0, THIGH), k + 1, None);
        seg(out, SHIN);
        pass.joint(out, (0.0, SHIN), k + 2, Some(&FOOT_LINE));
        out.push_str("<line y1=\"");
        num(out, -HEEL);
        out.push_str("\" y2=\"");
        num(out, if figure.front { FRONT_FOOT } else { FOOT });
        out.push_str("\"/></g></g></g>");
        if side == 1 {
            arm(out, figure, pass, 1, class);
            // The trunk and head between the far and near limbs.
            out.push_str("<line");
            cls(out, Some(&TRUNK_LINE));
            out.push_str(" y2=\"");
            num(out, -TRUNK);
            out.push_str("\"/>");
            if figure.props.iter().any(|p| matches!(p, Prop::Dowel)) {
                out.push_str("<line");
                cls(out, Some(&ROD));
                out.push_str(" x1=\"-6\" x2=\"-6\" y1=\"6\" y2=\"-50\"/>");
            }
            pass.joint(out, (0.0, -TRUNK), 1, None);
            seg(out, -NECK);
            circle(out, &HEAD_DISC, (0.0, -(NECK + HEAD)), HEAD);
            if !figure.front {
                // The nose: which way the face looks.
                out.push_str("<line");
                cls(out, Some(&NOSE));
                out.push_str(" x1=\"");
                num(out, HEAD - 1.0);
                out.push_str("\" x2=\"");
                num(out, HEAD + 1.5);
                out.push_str("\" y1=\"-11\" y2=\"-11\"/>");
            }
            out.push_str("</g>");
        }
    }
    arm(out, figure, pass, 0, None);
    out.push_str("</g></g>");
}

fn arm(out: &mut String, figure: &Figure, pass: &Pass, side: u8, class: Option<&Class>) {
    let k = 2 + 2 * usize::from(side);
    pass.joint(
        out,
        (attach(figure.front, usize::from(side)).0, -TRUNK),
        k,
        class,
    );
    seg(out, UPPER_ARM);
    pass.joint(out, (0.0, UPPER_ARM), k + 1, None);
    seg(out, FOREARM);
    held(out, figure, side);
    out.push_str("</g></g>");
}

/// The scene's extent: `(min x, min y, max x, max y)` over every pose and fixed prop.
fn extent(figure: &Figure, bodies: &[Body]) -> (f32, f32, f32, f32) {
    let mut e = (f32::MAX, -100.0f32, f32::MIN, 4.0f32);
    // Everything drawn: a point and how far the drawing reaches around it.
    let mut mark = |(x, y): (f32, f32), r: f32| {
        e = (e.0.min(x - r), e.1.min(y - r), e.2.max(x + r), e.3);
    };
    for b in bodies {
        for p in b.points {
            mark(p, HEAD + 1.0);
        }
    }
    for prop in figure.props {
        match *prop {
            Prop::Band(a, b) | Prop::Rod(a, b) => {
                for i in 0..bodies.len() {
                    mark(scene::end(bodies, a, i), 2.0);
                    mark(scene::end(bodies, b, i), 2.0);
                }
            }
            Prop::Wheel(p, r) => mark(scene::at(bodies, p), f32::from(r) + 1.0),
            Prop::Barbell => {
                for b in bodies {
                    mark(b.at(super::Joint::Hand), 12.0);
                }
            }
            _ => {}
        }
    }
    // Blocks and walls show their near part (a wall is "infinitely" deep).
    for s in scene::solids(figure, bodies) {
        let near0 = s.x0.max(e.0 - 14.0);
        let near1 = s.x1.min(e.2 + 14.0);
        e = (
            e.0.min(near0),
            e.1.min(s.y0.max(-104.0)),
            e.2.max(near1),
            e.3,
        );
    }
    (e.0 - 2.0, e.1, e.2 + 2.0, e.3)
}

/// The figure as an SVG document: animated, or its key poses side by side.
pub fn write(figure: &Figure, name: &str, cue: &str, animate: bool) -> String {
    let bodies = scene::bodies(figure);
    let (x0, y0, x1, y1) = extent(figure, &bodies);
    let n = figure.poses.len();
    let panels = if animate { 1 } else { n };
    let width = x1 - x0;
    let mut out = String::with_capacity(4096 * panels);
    out.push_str(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure\" role=\"img\" viewBox=\"",
    );
    num(&mut out, x0);
    out.push(' ');
    num(&mut out, y0);
    out.push(' ');
    num(&mut out, width * panels as f32 + GAP * (panels - 1) as f32);
    out.push(' ');
    num(&mut out, y1 - y0);
    out.push_str("\"><title>");
    escape(&mut out, name);
    out.push_str("</title><desc>");
    escape(&mut out, cue);
    out.push_str("</desc><g fill=\"none\" stroke=\"currentColor\" stroke-linecap=\"round\" stroke-linejoin=\"round\">");
    let (frames, period) = timeline(figure.motion, n);
    for panel in 0..panels {
        let still = [(panel, 0.0)];
        let pass = Pass {
            bodies: &bodies,
            frames: if animate { &frames } else { &still },
            period,
        };
        if panel > 0 {
            out.push_str("<g transform=\"translate(");
            num(&mut out, (width + GAP) * panel as f32);
            out.push_str(" 0)\">");
        }
        out.push_str("<line");
        cls(&mut out, Some(&FLOOR));
        out.push_str(" x1=\"");
        num(&mut out, x0);
        out.push_str("\" x2=\"");
        num(&mut out, x1);
        out.push_str("\" y1=\".8\" y2=\".8\"/>");
        props(&mut out, figure, &pass, (x0, x1));
        body(&mut out, figure, &pass);
        if panel > 0 {
            out.push_str("</g>");
        }
    }
    out.push_str("</g></svg>");
    out
}
