//! The exercise library: every exercise the planner can prescribe or recognise, as one static
//! table with its source named on each row.
//!
//! Each entry says what it loads (muscle groups, bone sites), how hard it lands (impact tier,
//! ROS tiers, see `docs/evidence.md`), what it needs (equipment), whether it loads the spine in
//! flexion or twist, whether it suits painful joints, and where it sits on its ladder
//! (regression ← exercise → progression, P6). Entries with `recommended: false` (sit-ups,
//! crunches, toe-touches, end-range twists: BHOF / TFTF Delphi Table 5) exist only so that a
//! plan someone edited or imported can be flagged; the generator never picks them.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The kind of training an exercise is, as the evidence groups it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Tsify)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Progressive resistance (W1, W2).
    Resistance,
    /// Impact "snacks": heel drops, stamps, hops, jumps (W5, P7).
    Impact,
    /// Walking, stairs, dancing, jogging: counts toward the 150 min (W3).
    WeightBearingAerobic,
    /// Cycling, swimming, water exercise: aerobic minutes only, never bone loading (W9).
    NonWeightBearingAerobic,
    /// Balance and functional training (W4).
    Balance,
    /// Posture and spinal extension (W6).
    Posture,
    /// Stretching and spine-safe yoga (P9 cool-down).
    Flexibility,
}

impl Category {
    /// The stable id used in JS (`"weight-bearing-aerobic"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// The movement an exercise trains; swaps stay within one pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Tsify)]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    Squat,
    Lunge,
    /// Hip hinge: dowel hinge, Romanian deadlift, deadlift.
    Hinge,
    /// Glute bridge family.
    Bridge,
    PushHorizontal,
    PushVertical,
    PullHorizontal,
    PullVertical,
    Calf,
    /// Arm curls (single-joint; arms only).
    Curl,
    Carry,
    /// Back-extensor strengthening (prone extension, superman).
    BackExtension,
    /// Trunk stability without flexion (plank, bird dog, dead bug).
    Core,
    /// Upright posture drills (chin tuck, wall angel).
    Posture,
    /// Walking, marching, jogging.
    Gait,
    Stairs,
    Dance,
    Cycle,
    Water,
    /// Impact snacks of every tier.
    Impact,
    Balance,
    /// Stretches and spine-safe yoga.
    Mobility,
    /// Loaded trunk flexion or end-range twist: recognised, never generated.
    TrunkFlexion,
}

impl Pattern {
    /// The stable id used in JS (`"push-horizontal"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// Muscle groups; W2 asks for legs, chest, back, shoulders, arms, back extensors and abdominals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Tsify)]
#[serde(rename_all = "kebab-case")]
pub enum Muscle {
    Legs,
    Glutes,
    Calves,
    Chest,
    Back,
    Shoulders,
    Arms,
    BackExtensors,
    Abdominals,
}

impl Muscle {
    /// The groups W2 asks each week's resistance work to cover.
    pub const MAJOR: [Muscle; 7] = [
        Muscle::Legs,
        Muscle::Chest,
        Muscle::Back,
        Muscle::Shoulders,
        Muscle::Arms,
        Muscle::BackExtensors,
        Muscle::Abdominals,
    ];

    /// The stable id used in JS (`"back-extensors"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// Bone sites an exercise loads (the fracture sites the evidence targets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Tsify)]
#[serde(rename_all = "kebab-case")]
pub enum BoneSite {
    Hip,
    Spine,
    Wrist,
}

impl BoneSite {
    /// The stable id used in JS (`"hip"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// Impact tier (ROS, `docs/evidence.md`). Ordered: `None < Lower < Moderate < High`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Impact {
    None,
    Lower,
    Moderate,
    High,
}

impl Impact {
    /// The stable id used in JS (`"moderate"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// What an exercise needs. `None` is always available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Equipment {
    None,
    Bands,
    Dumbbells,
    Gym,
}

impl Equipment {
    /// Every equipment id, in profile order.
    pub const ALL: [Equipment; 4] = [
        Equipment::None,
        Equipment::Bands,
        Equipment::Dumbbells,
        Equipment::Gym,
    ];

    /// The stable id (`"dumbbells"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }

    /// Parses an equipment id.
    pub fn from_id(id: &str) -> Option<Equipment> {
        crate::ids::parse_id(id)
    }

    /// Whether this equipment adds an external weight (G2: physiotherapist first).
    pub fn is_weight(self) -> bool {
        matches!(self, Equipment::Dumbbells | Equipment::Gym)
    }
}

/// How an exercise is dosed in a plan: counted reps, held seconds, counted impacts or minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Dose {
    Reps,
    Seconds,
    Impacts,
    Minutes,
}

impl Dose {
    /// The stable id used in JS (`"reps"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// One library entry. See the module docs; `id` is stable and used by plans and logs.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Exercise {
    pub id: &'static str,
    /// English name.
    name_en: &'static str,
    /// Spanish name.
    name_es: &'static str,
    pub category: Category,
    pub pattern: Pattern,
    pub muscles: &'static [Muscle],
    pub bone_sites: &'static [BoneSite],
    pub impact: Impact,
    pub equipment: Equipment,
    /// Loads the spine in flexion or twist (never under G2; avoid list for everyone).
    pub spinal_flexion: bool,
    /// Suits painful joints (AI arthralgia, P10).
    pub joint_friendly: bool,
    /// `false` for avoid-list movements the generator never picks.
    pub recommended: bool,
    /// Difficulty 1 (easiest) to 3, used to pick a starting rung by fitness level.
    pub level: u8,
    pub dose: Dose,
    /// How to do it, in English.
    cue_en: &'static str,
    /// How to do it, in Spanish.
    cue_es: &'static str,
    /// The easier rung of its ladder (P6), by id.
    regression: Option<&'static str>,
    /// The harder rung of its ladder (P6), by id.
    progression: Option<&'static str>,
    /// Rule ids and citations behind this entry.
    source: &'static str,
}

impl Exercise {
    /// The name in `lang` (`"es"` → Spanish, anything else → English).
    pub fn name(&self, lang: &str) -> &'static str {
        if lang.starts_with("es") {
            self.name_es
        } else {
            self.name_en
        }
    }

    /// English name.
    pub fn name_en(&self) -> &'static str {
        self.name_en
    }

    /// Spanish name.
    pub fn name_es(&self) -> &'static str {
        self.name_es
    }

    /// How to do it, in English.
    pub fn cue_en(&self) -> &'static str {
        self.cue_en
    }

    /// How to do it, in Spanish.
    pub fn cue_es(&self) -> &'static str {
        self.cue_es
    }

    /// The easier rung of its ladder (P6), by id.
    pub fn regression(&self) -> Option<&'static str> {
        self.regression
    }

    /// The harder rung of its ladder (P6), by id.
    pub fn progression(&self) -> Option<&'static str> {
        self.progression
    }

    /// Rule ids and citations behind this entry.
    pub fn source(&self) -> &'static str {
        self.source
    }
}

/// Every library entry, in table order.
pub fn all() -> &'static [Exercise] {
    TABLE
}

/// The entry with this id, or [`Error::UnknownExercise`].
pub fn get(id: &str) -> Result<&'static Exercise> {
    find(id).ok_or_else(|| Error::UnknownExercise(id.to_owned()))
}

/// The entry with this id, if any.
pub fn find(id: &str) -> Option<&'static Exercise> {
    TABLE.iter().find(|e| e.id == id)
}

use BoneSite::{Hip, Spine, Wrist};
use Muscle::{
    Abdominals as ABS, Arms, Back, BackExtensors as EXT, Calves, Chest, Glutes, Legs, Shoulders,
};

const LEGS: &[Muscle] = &[Legs, Glutes];
const LEGS_CALVES: &[Muscle] = &[Legs, Glutes, Calves];
const PUSH_H: &[Muscle] = &[Chest, Arms, Shoulders];
const PUSH_V: &[Muscle] = &[Shoulders, Arms];
const PULL: &[Muscle] = &[Back, Arms, Shoulders];
const HINGE: &[Muscle] = &[Legs, Glutes, EXT];
const EXTENSORS: &[Muscle] = &[EXT, Back];
const TRUNK: &[Muscle] = &[ABS, EXT];
const ABS_ONLY: &[Muscle] = &[ABS];
const CALF: &[Muscle] = &[Calves];
const ARMS: &[Muscle] = &[Arms];
const CARRY: &[Muscle] = &[Arms, Shoulders, ABS, Legs];
const NO_MUSCLE: &[Muscle] = &[];
const HIP: &[BoneSite] = &[Hip];
const HIP_SPINE: &[BoneSite] = &[Hip, Spine];
const SPINE: &[BoneSite] = &[Spine];
const WRIST: &[BoneSite] = &[Wrist];
const WRIST_SPINE: &[BoneSite] = &[Wrist, Spine];
const ALL_SITES: &[BoneSite] = &[Hip, Spine, Wrist];
const NO_SITE: &[BoneSite] = &[];

/// A ladder rung in a table row: `R` for none, `Some("id")` for one.
macro_rules! rung {
    (R) => {
        None
    };
    (Some($id:literal)) => {
        Some($id)
    };
}

/// Shorthand for the table rows below.
macro_rules! exercise {
    ($id:literal, $en:literal, $es:literal, $cat:ident, $pat:ident, $mus:expr, $sites:expr, $imp:ident, $eq:ident,
     flexion: $flex:literal, joints: $joint:literal, level: $lvl:literal, $dose:ident,
     $cue_en:literal, $cue_es:literal, $reg:ident $(($reg_id:literal))?, $prog:ident $(($prog_id:literal))?,
     $src:literal) => {
        Exercise {
            id: $id,
            name_en: $en,
            name_es: $es,
            cue_en: $cue_en,
            cue_es: $cue_es,
            // `R` (no rung) is `None`; `Some("id")` names the rung.
            regression: rung!($reg $(($reg_id))?),
            progression: rung!($prog $(($prog_id))?),
            source: $src,
            category: Category::$cat,
            pattern: Pattern::$pat,
            muscles: $mus,
            bone_sites: $sites,
            impact: Impact::$imp,
            equipment: Equipment::$eq,
            spinal_flexion: $flex,
            joint_friendly: $joint,
            recommended: !$flex,
            level: $lvl,
            dose: Dose::$dose,
        }
    };
}

/// The library. Sources: the rules of `docs/evidence.md` (W*, G*, P*) and the citations they name; the
/// seed's sample week for the template exercises (squats, lunges, push-ups, rows, overhead
/// press, deadlifts, glute bridges, pull-downs, chest press, brisk walking, jogging, dancing,
/// stair climbing, yoga, tai chi, stretching).
#[rustfmt::skip]
static TABLE: &[Exercise] = &[
    // ---- resistance: squat / lunge / step ----
    exercise!("sit-to-stand", "Sit-to-stand", "Levantarse de la silla", Resistance, Squat, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Stand up from a firm chair without using your hands; sit down slowly.",
        "Levántese de una silla firme sin usar las manos; siéntese despacio.",
        R, Some("bodyweight-squat"), "W2; P6; OC pocket sheet (5× sit-to-stand, LIFTMOR functional test)"),
    exercise!("bodyweight-squat", "Bodyweight squat", "Sentadilla sin peso", Resistance, Squat, LEGS, HIP_SPINE, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "Feet hip-width, sit back and down, chest up, knees over toes.",
        "Pies al ancho de la cadera; baje como si fuera a sentarse, con el pecho arriba y las rodillas sobre los pies.",
        Some("sit-to-stand"), Some("goblet-squat"), "W2; seed sample week (squats); TFTF 2014"),
    exercise!("goblet-squat", "Goblet squat", "Sentadilla con mancuerna al pecho", Resistance, Squat, LEGS, HIP_SPINE, None, Dumbbells,
        flexion: false, joints: true, level: 3, Reps,
        "Hold one dumbbell at your chest; squat with a tall back.",
        "Sostenga una mancuerna junto al pecho; baje con la espalda recta.",
        Some("bodyweight-squat"), R, "W2; seed sample week (squats); LIFTMOR (squats)"),
    exercise!("band-squat", "Band squat", "Sentadilla con banda", Resistance, Squat, LEGS, HIP_SPINE, None, Bands,
        flexion: false, joints: true, level: 2, Reps,
        "Stand on the band, handles at shoulders; squat with a tall back.",
        "Pise la banda con las manijas a la altura de los hombros; baje con la espalda recta.",
        Some("sit-to-stand"), R, "W2; OC pocket sheet (bands)"),
    exercise!("leg-press", "Leg press (machine)", "Prensa de piernas (máquina)", Resistance, Squat, LEGS, HIP, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Back flat on the pad; push through your heels; do not let your lower back round.",
        "Con la espalda apoyada, empuje con los talones; no deje que se redondee la parte baja de la espalda.",
        Some("sit-to-stand"), Some("back-squat"), "W2; P10 (machines allowed); HOPE"),
    exercise!("back-squat", "Barbell back squat", "Sentadilla con barra", Resistance, Squat, LEGS, HIP_SPINE, None, Gym,
        flexion: false, joints: false, level: 3, Reps,
        "Bar on upper back, brace, squat to a box; moderate load, good form (G4: no >80% 1RM unsupervised).",
        "Barra en la parte alta de la espalda, abdomen firme; baje hasta un cajón. Carga moderada y buena técnica; sin supervisión, no más del 80 % de su máximo.",
        Some("leg-press"), R, "W2; LIFTMOR 2018 (squats); G4"),
    exercise!("split-squat", "Split squat", "Sentadilla dividida", Resistance, Lunge, LEGS, HIP, None, None,
        flexion: false, joints: false, level: 1, Reps,
        "Stagger your feet, hold a support, lower the back knee straight down.",
        "Ponga un pie delante del otro y apóyese en algo firme; baje la rodilla de atrás en línea recta.",
        R, Some("reverse-lunge"), "W2; seed sample week (lunges)"),
    exercise!("reverse-lunge", "Reverse lunge", "Zancada hacia atrás", Resistance, Lunge, LEGS, HIP, None, None,
        flexion: false, joints: false, level: 2, Reps,
        "Step back, lower until both knees bend, push back up through the front heel.",
        "Dé un paso atrás, baje hasta doblar las dos rodillas y vuelva a subir empujando con el talón de adelante.",
        Some("split-squat"), Some("dumbbell-lunge"), "W2; seed sample week (lunges)"),
    exercise!("dumbbell-lunge", "Dumbbell reverse lunge", "Zancada hacia atrás con mancuernas", Resistance, Lunge, LEGS, HIP_SPINE, None, Dumbbells,
        flexion: false, joints: false, level: 3, Reps,
        "A dumbbell in each hand, arms long; step back and lower with control.",
        "Con una mancuerna en cada mano y los brazos estirados, dé un paso atrás y baje con control.",
        Some("reverse-lunge"), R, "W2; seed sample week (lunges)"),
    exercise!("step-up", "Step-up", "Subir al escalón", Resistance, Lunge, LEGS, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Reps,
        "Step up onto a stair with the whole foot, stand tall, step down slowly.",
        "Suba a un escalón con todo el pie, enderece el cuerpo y baje despacio.",
        R, Some("weighted-step-up"), "W2 (step-ups load the hip); BEST"),
    exercise!("weighted-step-up", "Step-up with dumbbells", "Subir al escalón con mancuernas", Resistance, Lunge, LEGS, HIP_SPINE, Lower, Dumbbells,
        flexion: false, joints: true, level: 3, Reps,
        "Dumbbells at your sides; step up with the whole foot, stand tall.",
        "Con las mancuernas a los lados, suba con todo el pie y enderece el cuerpo.",
        Some("step-up"), R, "W2; BEST"),
    // ---- resistance: hinge / bridge ----
    exercise!("hip-hinge-dowel", "Hip hinge with a broomstick", "Bisagra de cadera con un palo", Resistance, Hinge, HINGE, HIP, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Stick along your spine touching head, upper back and tailbone; push hips back keeping all three contacts.",
        "Ponga un palo a lo largo de la espalda, tocando la cabeza, la parte alta de la espalda y el coxis (rabadilla); lleve la cadera hacia atrás sin perder esos tres puntos de contacto.",
        R, Some("dumbbell-romanian-deadlift"), "G2 (deadlift → light hip hinge); TFTF spine-sparing"),
    exercise!("dumbbell-romanian-deadlift", "Dumbbell Romanian deadlift", "Peso muerto rumano con mancuernas", Resistance, Hinge, HINGE, HIP_SPINE, None, Dumbbells,
        flexion: false, joints: true, level: 2, Reps,
        "Soft knees, push hips back, dumbbells close to your legs, back flat.",
        "Rodillas un poco dobladas; lleve la cadera hacia atrás con las mancuernas cerca de las piernas y la espalda recta.",
        Some("hip-hinge-dowel"), Some("deadlift"), "Seed sample week (deadlifts); LIFTMOR; not under G2"),
    exercise!("deadlift", "Deadlift", "Peso muerto", Resistance, Hinge, HINGE, ALL_SITES, None, Gym,
        flexion: false, joints: false, level: 3, Reps,
        "Bar over mid-foot, brace, push the floor away, back flat; moderate load (G4).",
        "Barra sobre la mitad del pie, abdomen firme; empuje el piso con los pies y mantenga la espalda recta. Carga moderada (G4).",
        Some("dumbbell-romanian-deadlift"), R, "Seed sample week (deadlifts); LIFTMOR 2018; G4; not under G2"),
    exercise!("glute-bridge", "Glute bridge", "Puente de glúteos", Resistance, Bridge, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Lie on your back, knees bent; squeeze your buttocks and lift hips to a straight line.",
        "Acuéstese boca arriba con las rodillas dobladas; apriete los glúteos y suba la cadera hasta formar una línea recta.",
        R, Some("single-leg-bridge"), "Seed sample week (glute bridges); G2 (deadlift → bridge)"),
    exercise!("single-leg-bridge", "Single-leg bridge", "Puente con una pierna", Resistance, Bridge, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "As the bridge, one foot lifted; keep hips level.",
        "Como el puente, pero con un pie levantado; mantenga la cadera nivelada.",
        Some("glute-bridge"), Some("dumbbell-bridge"), "P6 ladder; seed sample week"),
    exercise!("dumbbell-bridge", "Weighted glute bridge", "Puente con peso", Resistance, Bridge, LEGS, HIP, None, Dumbbells,
        flexion: false, joints: true, level: 3, Reps,
        "A dumbbell resting on your hips; lift to a straight line.",
        "Con una mancuerna apoyada sobre la cadera, súbala hasta formar una línea recta.",
        Some("single-leg-bridge"), R, "P6 ladder; seed sample week"),
    // ---- resistance: push ----
    exercise!("wall-push-up", "Wall push-up", "Flexión de brazos en la pared", Resistance, PushHorizontal, PUSH_H, WRIST, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Hands on the wall at shoulder height; body straight; bend elbows toward the wall.",
        "Ponga las manos en la pared a la altura de los hombros, con el cuerpo recto; doble los codos hacia la pared.",
        R, Some("knee-push-up"), "P6 (wall → knee → full push-up); seed sample week"),
    exercise!("knee-push-up", "Knee push-up", "Flexión de brazos con rodillas apoyadas", Resistance, PushHorizontal, PUSH_H, WRIST, None, None,
        flexion: false, joints: false, level: 2, Reps,
        "Knees on a mat, body straight from knees to head; lower the chest with control.",
        "Con las rodillas sobre un tapete y el cuerpo recto de las rodillas a la cabeza, baje el pecho con control.",
        Some("wall-push-up"), Some("push-up"), "P6 ladder; seed sample week (push-ups)"),
    exercise!("push-up", "Push-up", "Flexión de brazos", Resistance, PushHorizontal, PUSH_H, WRIST_SPINE, None, None,
        flexion: false, joints: false, level: 3, Reps,
        "Body in one line from heels to head; lower the chest to just above the floor.",
        "Con el cuerpo en línea recta de los talones a la cabeza, baje el pecho hasta casi tocar el piso.",
        Some("knee-push-up"), R, "P6 ladder; seed sample week (push-ups)"),
    exercise!("band-chest-press", "Band chest press", "Press de pecho con banda", Resistance, PushHorizontal, PUSH_H, WRIST, None, Bands,
        flexion: false, joints: true, level: 2, Reps,
        "Band behind your back; press both hands forward to straight arms.",
        "Pase la banda por detrás de la espalda; empuje las manos hacia el frente hasta estirar los brazos.",
        Some("wall-push-up"), R, "W2; seed sample week (chest press); OC (bands)"),
    exercise!("dumbbell-floor-press", "Dumbbell floor press", "Press de pecho en el piso con mancuernas", Resistance, PushHorizontal, PUSH_H, WRIST, None, Dumbbells,
        flexion: false, joints: true, level: 2, Reps,
        "Lie on your back, elbows on the floor; press dumbbells up over the chest.",
        "Acuéstese boca arriba con los codos en el piso; empuje las mancuernas hacia arriba, sobre el pecho.",
        Some("wall-push-up"), R, "W2; seed sample week (chest press)"),
    exercise!("machine-chest-press", "Chest press (machine)", "Press de pecho (máquina)", Resistance, PushHorizontal, PUSH_H, WRIST, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Back on the pad; press handles forward; slow return.",
        "Con la espalda apoyada, empuje las manijas hacia el frente y regrese despacio.",
        Some("wall-push-up"), R, "W2; seed sample week (chest press); P10 (machines)"),
    exercise!("wall-slide", "Wall slide", "Deslizamiento en la pared", Resistance, PushVertical, PUSH_V, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Back and forearms on the wall; slide arms up and down, ribs down.",
        "Con la espalda y los antebrazos en la pared, deslice los brazos hacia arriba y hacia abajo, sin sacar las costillas.",
        R, Some("band-overhead-press"), "W2 (shoulders); W6 (posture)"),
    exercise!("band-overhead-press", "Band overhead press", "Press de hombros con banda", Resistance, PushVertical, PUSH_V, WRIST_SPINE, None, Bands,
        flexion: false, joints: true, level: 2, Reps,
        "Stand on the band; press hands overhead without arching your back.",
        "Pise la banda; empuje las manos por encima de la cabeza sin arquear la espalda.",
        Some("wall-slide"), R, "W2; seed sample week (overhead press)"),
    exercise!("dumbbell-overhead-press", "Dumbbell overhead press", "Press de hombros con mancuernas", Resistance, PushVertical, PUSH_V, WRIST_SPINE, None, Dumbbells,
        flexion: false, joints: false, level: 3, Reps,
        "Standing tall, press dumbbells overhead; ribs down, no back arch.",
        "De pie, con el cuerpo erguido, empuje las mancuernas por encima de la cabeza sin arquear la espalda.",
        Some("wall-slide"), R, "W2; seed sample week (overhead press)"),
    exercise!("machine-shoulder-press", "Shoulder press (machine)", "Press de hombros (máquina)", Resistance, PushVertical, PUSH_V, WRIST, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Back on the pad; press handles up; slow return.",
        "Con la espalda apoyada, empuje las manijas hacia arriba y regrese despacio.",
        Some("wall-slide"), R, "W2; seed sample week (overhead press); P10 (machines)"),
    // ---- resistance: pull ----
    exercise!("backpack-row", "Supported one-arm row (backpack)", "Remo con un brazo y mochila", Resistance, PullHorizontal, PULL, WRIST, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "One hand on a table, back flat; pull a loaded bag to your hip.",
        "Apoye una mano en una mesa, con la espalda recta; jale una mochila con peso hacia la cadera.",
        R, Some("dumbbell-row"), "W2; seed sample week (rows)"),
    exercise!("band-row", "Band row", "Remo con banda", Resistance, PullHorizontal, PULL, WRIST, None, Bands,
        flexion: false, joints: true, level: 2, Reps,
        "Band anchored at chest height; pull elbows back, squeeze shoulder blades.",
        "Con la banda sujeta a la altura del pecho, lleve los codos hacia atrás y junte los omóplatos.",
        Some("backpack-row"), R, "W2; seed sample week (rows); OC (bands)"),
    exercise!("dumbbell-row", "Supported dumbbell row", "Remo con mancuerna, con apoyo", Resistance, PullHorizontal, PULL, WRIST, None, Dumbbells,
        flexion: false, joints: true, level: 2, Reps,
        "Hand and knee on a bench, back flat; row the dumbbell to your hip.",
        "Con una mano y una rodilla en una banca y la espalda recta, lleve la mancuerna hacia la cadera.",
        Some("backpack-row"), R, "W2; seed sample week (rows)"),
    exercise!("seated-cable-row", "Seated cable row", "Remo sentado en polea", Resistance, PullHorizontal, PULL, WRIST, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Sit tall, pull the handle to your ribs; do not rock or round your back.",
        "Siéntese con la espalda recta y jale la manija hacia las costillas, sin mecerse ni redondear la espalda.",
        Some("band-row"), R, "W2; seed sample week (rows)"),
    exercise!("band-pull-apart", "Band pull-apart", "Apertura con banda", Resistance, PullHorizontal, PULL, NO_SITE, None, Bands,
        flexion: false, joints: true, level: 1, Reps,
        "Arms straight in front; pull the band apart to your chest.",
        "Con los brazos estirados al frente, separe la banda hasta que llegue al pecho.",
        R, Some("band-row"), "W2; W6 (posture)"),
    exercise!("band-pulldown", "Band pull-down", "Jalón con banda", Resistance, PullVertical, PULL, WRIST, None, Bands,
        flexion: false, joints: true, level: 1, Reps,
        "Band anchored high; pull elbows down to your sides, chest up.",
        "Con la banda sujeta en alto, baje los codos hacia los costados, con el pecho arriba.",
        R, R, "W2; seed sample week (pull-downs)"),
    exercise!("lat-pulldown", "Lat pull-down (machine)", "Jalón al pecho (máquina)", Resistance, PullVertical, PULL, WRIST, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Sit tall; pull the bar to your upper chest; do not lean back far.",
        "Siéntese con la espalda recta; baje la barra a la parte alta del pecho sin echarse muy atrás.",
        Some("band-pulldown"), R, "W2; seed sample week (pull-downs)"),
    exercise!("towel-pulldown", "Towel pull-down", "Jalón con toalla", Resistance, PullVertical, PULL, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Hold a towel overhead with both hands, pull it apart and bring it down in front of you to your upper chest, squeezing your shoulder blades.",
        "Sostenga una toalla sobre la cabeza con ambas manos, estírela hacia los lados y bájela por delante hasta la parte alta del pecho, juntando los omóplatos.",
        R, Some("band-pulldown"), "W2 (back, body weight)"),
    exercise!("dumbbell-curl", "Dumbbell curl", "Flexión de bíceps con mancuernas", Resistance, Curl, ARMS, WRIST, None, Dumbbells,
        flexion: false, joints: true, level: 2, Reps,
        "Elbows at your sides; curl the dumbbells up, lower slowly.",
        "Con los codos pegados al cuerpo, suba las mancuernas y bájelas despacio.",
        R, R, "W2 (arms); OC pocket sheet"),
    // ---- resistance: calves, carry ----
    exercise!("calf-raise", "Calf raise", "Elevación de talones", Resistance, Calf, CALF, HIP, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Hold a support; rise onto your toes, lower slowly.",
        "Apóyese en algo firme; párese de puntas y baje despacio.",
        R, Some("single-leg-calf-raise"), "W2 (legs); BEST-based site"),
    exercise!("single-leg-calf-raise", "Single-leg calf raise", "Elevación de talón con una pierna", Resistance, Calf, CALF, HIP, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "On one foot holding a support; rise and lower slowly.",
        "Sobre un pie, apoyándose en algo firme; suba y baje despacio.",
        Some("calf-raise"), R, "P6 ladder"),
    exercise!("farmer-carry", "Farmer's carry", "Caminata con peso en las manos", Resistance, Carry, CARRY, ALL_SITES, None, Dumbbells,
        flexion: false, joints: true, level: 2, Seconds,
        "A dumbbell in each hand, stand tall, walk with short steps.",
        "Con una mancuerna en cada mano y el cuerpo erguido, camine con pasos cortos.",
        R, R, "W2 (wrist, hip, spine loading); BEST (wrist)"),
    // ---- back extensors and trunk ----
    exercise!("prone-back-extension", "Prone back extension", "Extensión de espalda boca abajo", Posture, BackExtension, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Lie face down, forehead on a towel; lift head and chest a little, hold 3 s.",
        "Acuéstese boca abajo con la frente sobre una toalla; levante un poco la cabeza y el pecho y sostenga 3 segundos.",
        R, Some("superman"), "W2 (back extensors); W6; CMAJ 2023 rec 1.2; G2 (keep back-extensor work)"),
    exercise!("superman", "Superman", "Superman (extensión boca abajo)", Posture, BackExtension, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "Face down; lift opposite arm and leg a few centimetres, hold 3 s.",
        "Boca abajo, levante el brazo y la pierna contrarios unos centímetros y sostenga 3 segundos.",
        Some("prone-back-extension"), R, "W2; W6; TFTF (back extensors)"),
    exercise!("bird-dog", "Bird dog", "Extensión alterna en cuatro puntos (bird dog)", Posture, Core, TRUNK, SPINE, None, None,
        flexion: false, joints: false, level: 2, Reps,
        "On hands and knees, back flat; reach opposite arm and leg long, hold 3 s.",
        "En cuatro puntos (manos y rodillas), con la espalda recta, estire el brazo y la pierna contrarios y sostenga 3 segundos.",
        Some("dead-bug"), R, "W2 (abdominal and back-extensor work, no flexion); CMAJ 2023 rec 1.2"),
    exercise!("dead-bug", "Dead bug", "Bicho muerto (dead bug)", Resistance, Core, ABS_ONLY, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "On your back, lower back gently pressed down; lower opposite arm and leg slowly.",
        "Boca arriba, con la parte baja de la espalda apoyada en el piso, baje despacio el brazo y la pierna contrarios.",
        R, Some("bird-dog"), "W2 (abdominals without flexion); CMAJ 2023 rec 1.2"),
    exercise!("wall-plank", "Wall plank", "Plancha en la pared", Resistance, Core, TRUNK, WRIST, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Forearms on the wall, body straight, hold and breathe.",
        "Con los antebrazos en la pared y el cuerpo recto, sostenga la posición y respire.",
        R, Some("plank"), "W2 (abdominals); P6 ladder"),
    exercise!("plank", "Forearm plank", "Plancha sobre los antebrazos", Resistance, Core, TRUNK, WRIST_SPINE, None, None,
        flexion: false, joints: false, level: 3, Seconds,
        "Forearms and toes, body in one line; hold and breathe.",
        "Con los antebrazos y las puntas de los pies en el piso y el cuerpo en línea recta, sostenga la posición y respire.",
        Some("wall-plank"), R, "W2 (abdominals); P6 ladder"),
    exercise!("chin-tuck", "Chin tuck against the wall", "Meter la barbilla contra la pared", Posture, Posture, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Back to the wall; glide your chin back to make a double chin, hold 5 s.",
        "De espaldas a la pared, lleve la barbilla hacia atrás (como si hiciera papada) y sostenga 5 segundos.",
        R, Some("wall-angel"), "W6 (posture); TFTF daily posture"),
    exercise!("wall-angel", "Wall angel", "Ángel en la pared", Posture, Posture, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "Back and head on the wall; slide arms up in a W to a Y shape.",
        "Con la espalda y la cabeza en la pared, deslice los brazos hacia arriba, de forma de W a forma de Y.",
        Some("chin-tuck"), R, "W6 (posture); BJSM 2022 (spinal extension)"),
    exercise!("shoulder-blade-squeeze", "Shoulder-blade squeeze", "Juntar los omóplatos", Posture, Posture, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Sit or stand tall; draw shoulder blades back and down, hold 5 s.",
        "De pie o en una silla, con la espalda recta, lleve los omóplatos hacia atrás y hacia abajo, y sostenga 5 segundos.",
        R, Some("wall-angel"), "W6 (posture); TFTF"),
    // ---- impact ----
    exercise!("heel-drop", "Heel drop", "Caída sobre los talones", Impact, Impact, CALF, HIP_SPINE, Lower, None,
        flexion: false, joints: true, level: 1, Impacts,
        "Rise onto your toes and lower onto your heels with a gentle bump.",
        "Póngase de puntillas y baje sobre los talones con un golpe suave.",
        R, Some("stamp"), "W5; P7; ROS impact tiers (gentle heel drops: lower)"),
    exercise!("stamp", "Stamping", "Pisotones", Impact, Impact, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Impacts,
        "Hold a support; stamp each foot down lightly, alternating, like a marked march.",
        "Con un apoyo, dé pisotones suaves alternando los pies, como una marcha marcada.",
        Some("heel-drop"), Some("stamp-firm"), "W5; P7; ROS impact tiers (stamping: lower)"),
    exercise!("heel-drop-firm", "Firm heel drop", "Caída de talones firme", Impact, Impact, CALF, HIP_SPINE, Moderate, None,
        flexion: false, joints: false, level: 1, Impacts,
        "Rise onto your toes and drop onto your heels with a firm thud; knees soft.",
        "Póngase de puntillas y déjese caer sobre los talones con un golpe firme; rodillas sin bloquear.",
        Some("heel-drop"), Some("hop"), "W5; P7; ROS impact tiers (vigorous heel drops: moderate)"),
    exercise!("stamp-firm", "Firm stamping", "Pisotones firmes", Impact, Impact, LEGS_CALVES, HIP, Moderate, None,
        flexion: false, joints: false, level: 1, Impacts,
        "Hold a support; stamp each foot down firmly, alternating.",
        "Con un apoyo, dé pisotones firmes alternando los pies.",
        Some("stamp"), Some("hop"), "W5; P7; ROS impact tiers (vigorous stamping: moderate)"),
    exercise!("hop", "Hopping on the spot", "Saltitos en el lugar", Impact, Impact, LEGS_CALVES, HIP, Moderate, None,
        flexion: false, joints: false, level: 2, Impacts,
        "Small hops on both feet; land softly through the whole foot.",
        "Dé saltitos con los dos pies y caiga suavemente sobre todo el pie.",
        Some("stamp"), Some("jump"), "W5; P7; ROS impact tiers (moderate)"),
    exercise!("skip", "Skipping (no rope)", "Saltos como si saltara la cuerda", Impact, Impact, LEGS_CALVES, HIP, Moderate, None,
        flexion: false, joints: false, level: 2, Impacts,
        "Light skips from foot to foot as if turning a rope.",
        "Dé saltos ligeros de un pie al otro, como si saltara la cuerda.",
        Some("stamp"), R, "W5; P7; ROS impact tiers (moderate)"),
    exercise!("jump", "Low jump", "Salto bajo", Impact, Impact, LEGS_CALVES, HIP_SPINE, Moderate, None,
        flexion: false, joints: false, level: 3, Impacts,
        "Jump a few centimetres and land with soft knees.",
        "Salte unos centímetros y caiga con las rodillas un poco dobladas.",
        Some("hop"), Some("star-jump"), "W5; P7; ROS impact tiers (moderate)"),
    exercise!("star-jump", "Star jump", "Salto de estrella", Impact, Impact, LEGS_CALVES, HIP_SPINE, High, None,
        flexion: false, joints: false, level: 3, Impacts,
        "Jump feet and arms out and back in; only with a supervised programme.",
        "Salte abriendo los brazos y las piernas y vuelva a cerrarlos; solo en un programa supervisado.",
        Some("jump"), R, "ROS impact tiers (high); G4 (supervised only)"),
    exercise!("tuck-jump", "Tuck jump", "Salto con rodillas al pecho", Impact, Impact, LEGS_CALVES, HIP_SPINE, High, None,
        flexion: false, joints: false, level: 3, Impacts,
        "High jump bringing knees up; only with a supervised programme.",
        "Salto alto subiendo las rodillas; solo en un programa supervisado.",
        Some("jump"), R, "ROS impact tiers (high); G4 (supervised only)"),
    // ---- weight-bearing aerobic ----
    exercise!("brisk-walk", "Brisk walk", "Caminata rápida", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Walk fast enough to talk but not sing.",
        "Camine a un paso que le permita hablar, pero no cantar.",
        R, Some("jog"), "W3; seed sample week (brisk walking); ROS (lower)"),
    exercise!("nordic-walk", "Nordic walk", "Caminata nórdica (con bastones)", WeightBearingAerobic, Gait, LEGS_CALVES, HIP_SPINE, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Walk with poles, planting them behind you; stand tall.",
        "Camine con bastones, apoyándolos por detrás de usted, con el cuerpo erguido.",
        R, R, "W3; P10 (Nordic walking, Fields 2016)"),
    exercise!("march-in-place", "Marching on the spot", "Marcha en el lugar", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "March briskly on the spot, arms swinging; hold a support if needed.",
        "Marche con energía en el lugar, moviendo los brazos; apóyese en algo firme si lo necesita.",
        R, Some("brisk-walk"), "W3; ROS impact tiers (marching, lower)"),
    exercise!("comfortable-walk", "Walk at a comfortable pace", "Caminata a paso cómodo", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Walk at an easy, comfortable pace on even ground, with support nearby if you need it; stop and rest if you feel unsteady.",
        "Camine a un paso tranquilo y cómodo por terreno llano, con un apoyo cerca si lo necesita; deténgase y descanse si se siente inestable.",
        R, Some("brisk-walk"), "W3; G3 (no brisk walking at high fall risk, Sherrington 2011)"),
    exercise!("supported-march", "Marching on the spot with support", "Marcha en el lugar con apoyo", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Hold a counter or a sturdy chair; march on the spot at a comfortable pace, lifting your knees a little.",
        "Sujétese a la barra de la cocina o a una silla firme; marche en el lugar a un ritmo cómodo, subiendo un poco las rodillas.",
        R, Some("march-in-place"), "W3; G3 (supported marching, Sherrington 2011); ROS impact tiers (marching: lower)"),
    exercise!("warm-up-march", "Easy warm-up march", "Calentamiento: marcha suave", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "March on the spot or walk around at an easy pace, swinging your arms, holding a support if you need it.",
        "Marche en el lugar o camine a un ritmo suave, moviendo los brazos, con un apoyo si lo necesita.",
        R, R, "P9 (warm-up: 5–10 min of easy aerobic movement)"),
    exercise!("jog", "Jogging", "Trote", WeightBearingAerobic, Gait, LEGS_CALVES, HIP_SPINE, Moderate, None,
        flexion: false, joints: false, level: 3, Minutes,
        "Easy jog, or walk with jogging intervals.",
        "Trote suave, o caminata con ratos de trote.",
        Some("brisk-walk"), R, "W3; seed sample week (jogging); ROS (moderate); Kohrt 2004"),
    exercise!("stair-climb", "Stair climbing", "Subir escaleras", WeightBearingAerobic, Stairs, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: false, level: 2, Minutes,
        "Climb at a steady pace, hand near the rail; walk down.",
        "Suba a un ritmo constante, con la mano cerca del pasamanos; baje caminando.",
        R, R, "W3; seed sample week (stair climbing); ROS (lower); Kohrt 2004"),
    exercise!("dance", "Dancing", "Baile", WeightBearingAerobic, Dance, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Dance to music you like; steps and turns on your feet, no spins at the waist.",
        "Baile la música que le guste; dé los pasos y las vueltas con los pies, sin girar la cintura.",
        R, Some("dance-vigorous"), "W3; seed sample week (dancing)"),
    exercise!("dance-vigorous", "Vigorous dancing", "Baile enérgico", WeightBearingAerobic, Dance, LEGS_CALVES, HIP, Moderate, None,
        flexion: false, joints: false, level: 3, Minutes,
        "Livelier dancing with small jumps and stamps.",
        "Baile con más energía, con saltitos y pisotones.",
        Some("dance"), R, "W3; ROS impact tiers (moderate: Highland dancing)"),
    exercise!("elliptical", "Elliptical trainer", "Elíptica", WeightBearingAerobic, Gait, LEGS, HIP, None, Gym,
        flexion: false, joints: true, level: 1, Minutes,
        "Upright, steady pace, hands light on the handles.",
        "Con el cuerpo erguido y a un ritmo constante, apoye las manos suavemente en las manijas.",
        R, Some("brisk-walk"), "W3 (weight-bearing, no impact); P10"),
    // ---- non-weight-bearing aerobic ----
    exercise!("cycling", "Cycling (stationary or outdoor)", "Bicicleta (fija o al aire libre)", NonWeightBearingAerobic, Cycle, LEGS, NO_SITE, None, Gym,
        flexion: false, joints: true, level: 1, Minutes,
        "Saddle high enough for a slight knee bend; steady pace.",
        "Asiento a una altura que deje la rodilla un poco doblada; ritmo constante.",
        R, R, "W9 (aerobic minutes, not bone loading)"),
    exercise!("water-aerobics", "Water aerobics", "Aeróbicos en el agua", NonWeightBearingAerobic, Water, LEGS, NO_SITE, None, Gym,
        flexion: false, joints: true, level: 1, Minutes,
        "Waist-deep water; walking, arm sweeps, gentle bounces.",
        "Con el agua a la cintura: camine, mueva los brazos y dé rebotes suaves.",
        R, R, "W9; Schinzel/Kemmler 2023 (aquatic meta-analysis)"),
    exercise!("swimming", "Swimming", "Natación", NonWeightBearingAerobic, Water, PULL, NO_SITE, None, Gym,
        flexion: false, joints: true, level: 2, Minutes,
        "Steady laps in any stroke that feels comfortable.",
        "Nade vueltas a un ritmo constante, en el estilo que le resulte cómodo.",
        R, R, "W9 (aerobic minutes only)"),
    // ---- balance ----
    exercise!("supported-single-leg-stand", "Single-leg stand with support", "Pararse en una pierna con apoyo", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Fingertips on a counter; stand on one leg, then the other.",
        "Con las puntas de los dedos en la barra de la cocina, párese en una pierna y luego en la otra.",
        R, Some("single-leg-stand"), "W4; TFTF; CMAJ 2023 rec 1.1"),
    exercise!("single-leg-stand", "Single-leg stand", "Pararse en una pierna", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 2, Seconds,
        "Near a counter but not holding it; stand tall on one leg.",
        "Cerca de la barra de la cocina, pero sin agarrarse, párese sobre una pierna con el cuerpo erguido.",
        Some("supported-single-leg-stand"), R, "W4; TFTF; CMAJ 2023 rec 1.1"),
    exercise!("tandem-stance", "Heel-to-toe stance", "Postura talón con punta", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "One foot directly in front of the other; hold near a counter.",
        "Ponga un pie justo delante del otro; manténgase cerca de la barra de la cocina.",
        R, Some("heel-to-toe-walk"), "W4; OC"),
    exercise!("heel-to-toe-walk", "Heel-to-toe walk", "Caminar talón con punta", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 2, Seconds,
        "Walk along a counter placing heel to toe, eyes ahead.",
        "Camine junto a la barra de la cocina poniendo el talón justo delante de la punta del otro pie, con la mirada al frente.",
        Some("tandem-stance"), R, "W4; OC"),
    exercise!("side-step", "Side stepping", "Pasos laterales", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Step sideways along a counter, toes forward, stand tall.",
        "Camine de lado junto a la barra de la cocina, con las puntas de los pies hacia el frente y el cuerpo erguido.",
        R, R, "W4 (functional training); CMAJ 2023 rec 1.1"),
    exercise!("tai-chi", "Tai chi", "Taichí", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Slow flowing forms; turn by stepping, not by twisting the spine.",
        "Movimientos lentos y fluidos; para girar, dé pasos en vez de torcer la columna.",
        R, R, "W4; P10 (tai chi 2×/week, Yu 2024); seed sample week; TFTF Table 5 (step to turn)"),
    // ---- flexibility ----
    exercise!("spine-safe-yoga", "Spine-safe yoga", "Yoga seguro para la columna", Flexibility, Mobility, TRUNK, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Standing and back-extension poses; no forward folds or end-range twists.",
        "Posturas de pie y de extensión de la espalda; sin inclinarse hacia adelante ni hacer torsiones extremas.",
        R, R, "P10 (yoga 2×/week, Yu 2024); seed sample week; TFTF Table 5"),
    exercise!("chest-stretch", "Doorway chest stretch", "Estiramiento de pecho en la puerta", Flexibility, Mobility, PUSH_H, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Forearm on a door frame; step through gently until the chest stretches.",
        "Apoye el antebrazo en el marco de la puerta y avance suavemente hasta sentir el estiramiento en el pecho.",
        R, R, "P9 (cool-down); W6 (opens the chest)"),
    exercise!("calf-stretch", "Wall calf stretch", "Estiramiento de pantorrillas en la pared", Flexibility, Mobility, CALF, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Hands on a wall, one leg back, heel down; hold.",
        "Con las manos en la pared, lleve una pierna hacia atrás con el talón apoyado y sostenga.",
        R, R, "P9 (cool-down)"),
    exercise!("hip-flexor-stretch", "Standing hip-flexor stretch", "Estiramiento de la parte delantera de la cadera, de pie", Flexibility, Mobility, LEGS, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Staggered stance, tuck your tailbone, shift forward; stay tall.",
        "Con un pie delante del otro, meta el coxis (rabadilla) y lleve el cuerpo hacia adelante; mantenga la espalda recta.",
        R, R, "P9 (cool-down)"),
    exercise!("supine-hamstring-stretch", "Lying hamstring stretch with a strap", "Estiramiento de la parte de atrás del muslo, boca arriba, con una cinta", Flexibility, Mobility, LEGS, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "On your back, strap around one foot; raise the straight leg, back stays flat.",
        "Boca arriba, pase una cinta por un pie; suba la pierna estirada, con la espalda apoyada en el piso.",
        R, R, "P9; TFTF Table 5 (stretch without bending the spine)"),
    // ---- avoid list: recognised for swap detection, never generated ----
    exercise!("sit-up", "Sit-up", "Abdominal completo", Resistance, TrunkFlexion, ABS_ONLY, NO_SITE, None, None,
        flexion: true, joints: false, level: 2, Reps,
        "Not recommended: loads the spine in flexion. Use bird dog or dead bug.",
        "No se recomienda: carga la columna doblada hacia adelante. Haga mejor la extensión alterna en cuatro puntos o el bicho muerto.",
        R, R, "Avoid list: BHOF; TFTF Delphi Table 5"),
    exercise!("crunch", "Crunch", "Abdominal corto (crunch)", Resistance, TrunkFlexion, ABS_ONLY, NO_SITE, None, None,
        flexion: true, joints: false, level: 1, Reps,
        "Not recommended: loads the spine in flexion. Use dead bug or plank.",
        "No se recomienda: carga la columna doblada hacia adelante. Haga mejor el bicho muerto o la plancha.",
        R, R, "Avoid list: BHOF; TFTF Delphi Table 5"),
    exercise!("toe-touch", "Toe touch", "Tocarse las puntas de los pies", Flexibility, TrunkFlexion, NO_MUSCLE, NO_SITE, None, None,
        flexion: true, joints: false, level: 1, Reps,
        "Not recommended: end-range spinal flexion. Bend at hips and knees instead.",
        "No se recomienda: este ejercicio dobla la columna al máximo. Mejor doble la cadera y las rodillas.",
        R, R, "Avoid list: BHOF; TFTF Delphi Table 5"),
    exercise!("seated-twist", "Seated spinal twist", "Torsión de columna en una silla", Flexibility, TrunkFlexion, NO_MUSCLE, NO_SITE, None, None,
        flexion: true, joints: false, level: 1, Seconds,
        "Not recommended: end-range trunk rotation. Step to turn instead.",
        "No se recomienda: este ejercicio gira el tronco al máximo. Para girar, mejor dé pasos.",
        R, R, "Avoid list: TFTF Delphi Table 5"),
    exercise!("forward-fold", "Standing forward fold", "Inclinación hacia adelante de pie", Flexibility, TrunkFlexion, NO_MUSCLE, NO_SITE, None, None,
        flexion: true, joints: false, level: 1, Seconds,
        "Not recommended: end-range flexion (yoga forward bend).",
        "No se recomienda: este ejercicio dobla la columna al máximo (como las flexiones hacia adelante del yoga).",
        R, R, "Avoid list: TFTF Delphi Table 5 (yoga forward bends)"),
    exercise!("weighted-russian-twist", "Weighted Russian twist", "Giro ruso con peso", Resistance, TrunkFlexion, ABS_ONLY, NO_SITE, None, Dumbbells,
        flexion: true, joints: false, level: 3, Reps,
        "Not recommended: twisting the flexed spine while holding a weight.",
        "No se recomienda: este ejercicio gira la columna doblada mientras se sostiene un peso.",
        R, R, "Avoid list: BHOF (twisting with weights)"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_has_at_least_45_exercises_with_unique_ids() {
        assert!(all().len() >= 45, "{}", all().len());
        for (i, a) in all().iter().enumerate() {
            assert!(
                all().iter().skip(i + 1).all(|b| b.id != a.id),
                "duplicate {}",
                a.id
            );
        }
    }

    #[test]
    fn ladders_point_at_real_entries_in_the_same_pattern() {
        for e in all() {
            for next in [e.regression(), e.progression()].into_iter().flatten() {
                let other = get(next).map_err(|err| err.to_string());
                assert!(other.is_ok(), "{} → {next}", e.id);
                if let Ok(o) = other {
                    assert_eq!(o.pattern, e.pattern, "{} → {next}", e.id);
                }
            }
        }
    }

    #[test]
    fn every_entry_has_names_cues_and_a_source() {
        for e in all() {
            assert!(
                !e.name_en().is_empty() && !e.name_es().is_empty(),
                "{}",
                e.id
            );
            assert!(!e.cue_en().is_empty() && !e.cue_es().is_empty(), "{}", e.id);
            assert!(!e.source().is_empty(), "{}", e.id);
        }
        let squat = get("bodyweight-squat").map_err(|e| e.to_string());
        assert!(matches!(squat, Ok(e) if e.name_en() == "Bodyweight squat"
            && e.name_es() == "Sentadilla sin peso"
            && e.regression() == Some("sit-to-stand")
            && e.progression() == Some("goblet-squat")
            && e.cue_es().starts_with("Pies al ancho")
            && e.source() == "W2; seed sample week (squats); TFTF 2014"));
        assert!(matches!(get("sit-to-stand"), Ok(e) if e.regression().is_none()));
    }

    #[test]
    fn avoid_list_moves_are_marked_spinal_flexion_and_not_recommended() {
        for id in ["sit-up", "crunch", "toe-touch"] {
            let e = get(id).map_err(|e| e.to_string());
            assert!(
                matches!(e, Ok(x) if x.spinal_flexion && !x.recommended),
                "{id}"
            );
        }
    }

    #[test]
    fn every_category_and_tier_is_represented() {
        for c in [
            Category::Resistance,
            Category::Impact,
            Category::WeightBearingAerobic,
            Category::NonWeightBearingAerobic,
            Category::Balance,
            Category::Posture,
            Category::Flexibility,
        ] {
            assert!(all().iter().any(|e| e.category == c), "{c:?}");
        }
        for t in [Impact::None, Impact::Lower, Impact::Moderate, Impact::High] {
            assert!(all().iter().any(|e| e.impact == t), "{t:?}");
        }
    }

    #[test]
    fn unknown_id_is_an_unknown_exercise_error() {
        assert_eq!(
            get("nope").map(|e| e.id).map_err(|e| e.code()),
            Err("UNKNOWN_EXERCISE")
        );
    }
}
