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
        "Levántate de una silla firme sin usar las manos; siéntate despacio.",
        R, Some("bodyweight-squat"), "W2; P6; OC pocket sheet (5× sit-to-stand, LIFTMOR functional test)"),
    exercise!("bodyweight-squat", "Bodyweight squat", "Sentadilla sin peso", Resistance, Squat, LEGS, HIP_SPINE, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "Feet hip-width, sit back and down, chest up, knees over toes.",
        "Pies al ancho de cadera, baja como para sentarte, pecho arriba, rodillas sobre los pies.",
        Some("sit-to-stand"), Some("goblet-squat"), "W2; seed sample week (squats); TFTF 2014"),
    exercise!("goblet-squat", "Goblet squat", "Sentadilla goblet", Resistance, Squat, LEGS, HIP_SPINE, None, Dumbbells,
        flexion: false, joints: true, level: 3, Reps,
        "Hold one dumbbell at your chest; squat with a tall back.",
        "Sujeta una mancuerna al pecho; baja con la espalda recta.",
        Some("bodyweight-squat"), R, "W2; seed sample week (squats); LIFTMOR (squats)"),
    exercise!("band-squat", "Band squat", "Sentadilla con banda", Resistance, Squat, LEGS, HIP_SPINE, None, Bands,
        flexion: false, joints: true, level: 2, Reps,
        "Stand on the band, handles at shoulders; squat with a tall back.",
        "Pisa la banda, asas a los hombros; baja con la espalda recta.",
        Some("sit-to-stand"), R, "W2; OC pocket sheet (bands)"),
    exercise!("leg-press", "Leg press (machine)", "Prensa de piernas (máquina)", Resistance, Squat, LEGS, HIP, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Back flat on the pad; push through your heels; do not let your lower back round.",
        "Espalda apoyada; empuja con los talones; no redondees la zona lumbar.",
        Some("sit-to-stand"), Some("back-squat"), "W2; P10 (machines allowed); HOPE"),
    exercise!("back-squat", "Barbell back squat", "Sentadilla con barra", Resistance, Squat, LEGS, HIP_SPINE, None, Gym,
        flexion: false, joints: false, level: 3, Reps,
        "Bar on upper back, brace, squat to a box; moderate load, good form (G4: no >80% 1RM unsupervised).",
        "Barra en la parte alta de la espalda, abdomen firme, baja hasta un cajón; carga moderada (G4).",
        Some("leg-press"), R, "W2; LIFTMOR 2018 (squats); G4"),
    exercise!("split-squat", "Split squat", "Sentadilla dividida", Resistance, Lunge, LEGS, HIP, None, None,
        flexion: false, joints: false, level: 1, Reps,
        "Stagger your feet, hold a support, lower the back knee straight down.",
        "Un pie delante del otro, apóyate, baja la rodilla de atrás en vertical.",
        R, Some("reverse-lunge"), "W2; seed sample week (lunges)"),
    exercise!("reverse-lunge", "Reverse lunge", "Zancada hacia atrás", Resistance, Lunge, LEGS, HIP, None, None,
        flexion: false, joints: false, level: 2, Reps,
        "Step back, lower until both knees bend, push back up through the front heel.",
        "Da un paso atrás, baja hasta doblar ambas rodillas, sube empujando con el talón delantero.",
        Some("split-squat"), Some("dumbbell-lunge"), "W2; seed sample week (lunges)"),
    exercise!("dumbbell-lunge", "Dumbbell reverse lunge", "Zancada atrás con mancuernas", Resistance, Lunge, LEGS, HIP_SPINE, None, Dumbbells,
        flexion: false, joints: false, level: 3, Reps,
        "A dumbbell in each hand, arms long; step back and lower with control.",
        "Una mancuerna en cada mano, brazos estirados; paso atrás y baja con control.",
        Some("reverse-lunge"), R, "W2; seed sample week (lunges)"),
    exercise!("step-up", "Step-up", "Subir al escalón", Resistance, Lunge, LEGS, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Reps,
        "Step up onto a stair with the whole foot, stand tall, step down slowly.",
        "Sube a un escalón con todo el pie, estírate, baja despacio.",
        R, Some("weighted-step-up"), "W2 (step-ups load the hip); BEST"),
    exercise!("weighted-step-up", "Step-up with dumbbells", "Subir al escalón con mancuernas", Resistance, Lunge, LEGS, HIP_SPINE, Lower, Dumbbells,
        flexion: false, joints: true, level: 3, Reps,
        "Dumbbells at your sides; step up with the whole foot, stand tall.",
        "Mancuernas a los lados; sube con todo el pie y estírate.",
        Some("step-up"), R, "W2; BEST"),
    // ---- resistance: hinge / bridge ----
    exercise!("hip-hinge-dowel", "Hip hinge with a broomstick", "Bisagra de cadera con palo", Resistance, Hinge, HINGE, HIP, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Stick along your spine touching head, upper back and tailbone; push hips back keeping all three contacts.",
        "Palo a lo largo de la espalda tocando cabeza, espalda alta y sacro; lleva la cadera atrás sin perder los tres contactos.",
        R, Some("dumbbell-romanian-deadlift"), "G2 (deadlift → light hip hinge); TFTF spine-sparing"),
    exercise!("dumbbell-romanian-deadlift", "Dumbbell Romanian deadlift", "Peso muerto rumano con mancuernas", Resistance, Hinge, HINGE, HIP_SPINE, None, Dumbbells,
        flexion: false, joints: true, level: 2, Reps,
        "Soft knees, push hips back, dumbbells close to your legs, back flat.",
        "Rodillas algo dobladas, cadera atrás, mancuernas pegadas a las piernas, espalda plana.",
        Some("hip-hinge-dowel"), Some("deadlift"), "Seed sample week (deadlifts); LIFTMOR; not under G2"),
    exercise!("deadlift", "Deadlift", "Peso muerto", Resistance, Hinge, HINGE, ALL_SITES, None, Gym,
        flexion: false, joints: false, level: 3, Reps,
        "Bar over mid-foot, brace, push the floor away, back flat; moderate load (G4).",
        "Barra sobre el medio del pie, abdomen firme, empuja el suelo, espalda plana; carga moderada (G4).",
        Some("dumbbell-romanian-deadlift"), R, "Seed sample week (deadlifts); LIFTMOR 2018; G4; not under G2"),
    exercise!("glute-bridge", "Glute bridge", "Puente de glúteos", Resistance, Bridge, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Lie on your back, knees bent; squeeze your buttocks and lift hips to a straight line.",
        "Boca arriba, rodillas dobladas; aprieta glúteos y sube la cadera hasta formar una línea.",
        R, Some("single-leg-bridge"), "Seed sample week (glute bridges); G2 (deadlift → bridge)"),
    exercise!("single-leg-bridge", "Single-leg bridge", "Puente a una pierna", Resistance, Bridge, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "As the bridge, one foot lifted; keep hips level.",
        "Como el puente, con un pie elevado; cadera nivelada.",
        Some("glute-bridge"), Some("dumbbell-bridge"), "P6 ladder; seed sample week"),
    exercise!("dumbbell-bridge", "Weighted glute bridge", "Puente con peso", Resistance, Bridge, LEGS, HIP, None, Dumbbells,
        flexion: false, joints: true, level: 3, Reps,
        "A dumbbell resting on your hips; lift to a straight line.",
        "Mancuerna apoyada en la cadera; sube hasta formar una línea.",
        Some("single-leg-bridge"), R, "P6 ladder; seed sample week"),
    // ---- resistance: push ----
    exercise!("wall-push-up", "Wall push-up", "Flexión en la pared", Resistance, PushHorizontal, PUSH_H, WRIST, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Hands on the wall at shoulder height; body straight; bend elbows toward the wall.",
        "Manos en la pared a la altura de los hombros; cuerpo recto; dobla los codos.",
        R, Some("knee-push-up"), "P6 (wall → knee → full push-up); seed sample week"),
    exercise!("knee-push-up", "Knee push-up", "Flexión de rodillas", Resistance, PushHorizontal, PUSH_H, WRIST, None, None,
        flexion: false, joints: false, level: 2, Reps,
        "Knees on a mat, body straight from knees to head; lower the chest with control.",
        "Rodillas en la colchoneta, cuerpo recto; baja el pecho con control.",
        Some("wall-push-up"), Some("push-up"), "P6 ladder; seed sample week (push-ups)"),
    exercise!("push-up", "Push-up", "Flexión de brazos", Resistance, PushHorizontal, PUSH_H, WRIST_SPINE, None, None,
        flexion: false, joints: false, level: 3, Reps,
        "Body in one line from heels to head; lower the chest to just above the floor.",
        "Cuerpo en línea de talones a cabeza; baja el pecho hasta casi el suelo.",
        Some("knee-push-up"), R, "P6 ladder; seed sample week (push-ups)"),
    exercise!("band-chest-press", "Band chest press", "Press de pecho con banda", Resistance, PushHorizontal, PUSH_H, WRIST, None, Bands,
        flexion: false, joints: true, level: 2, Reps,
        "Band behind your back; press both hands forward to straight arms.",
        "Banda por detrás de la espalda; empuja las manos al frente hasta estirar los brazos.",
        Some("wall-push-up"), R, "W2; seed sample week (chest press); OC (bands)"),
    exercise!("dumbbell-floor-press", "Dumbbell floor press", "Press de pecho en el suelo con mancuernas", Resistance, PushHorizontal, PUSH_H, WRIST, None, Dumbbells,
        flexion: false, joints: true, level: 2, Reps,
        "Lie on your back, elbows on the floor; press dumbbells up over the chest.",
        "Boca arriba, codos en el suelo; empuja las mancuernas hacia arriba.",
        Some("wall-push-up"), R, "W2; seed sample week (chest press)"),
    exercise!("machine-chest-press", "Chest press (machine)", "Press de pecho (máquina)", Resistance, PushHorizontal, PUSH_H, WRIST, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Back on the pad; press handles forward; slow return.",
        "Espalda apoyada; empuja las asas al frente; vuelve despacio.",
        Some("wall-push-up"), R, "W2; seed sample week (chest press); P10 (machines)"),
    exercise!("wall-slide", "Wall slide", "Deslizamiento en la pared", Resistance, PushVertical, PUSH_V, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Back and forearms on the wall; slide arms up and down, ribs down.",
        "Espalda y antebrazos en la pared; desliza los brazos arriba y abajo.",
        R, Some("band-overhead-press"), "W2 (shoulders); W6 (posture)"),
    exercise!("band-overhead-press", "Band overhead press", "Press de hombros con banda", Resistance, PushVertical, PUSH_V, WRIST_SPINE, None, Bands,
        flexion: false, joints: true, level: 2, Reps,
        "Stand on the band; press hands overhead without arching your back.",
        "Pisa la banda; empuja las manos hacia arriba sin arquear la espalda.",
        Some("wall-slide"), R, "W2; seed sample week (overhead press)"),
    exercise!("dumbbell-overhead-press", "Dumbbell overhead press", "Press de hombros con mancuernas", Resistance, PushVertical, PUSH_V, WRIST_SPINE, None, Dumbbells,
        flexion: false, joints: false, level: 3, Reps,
        "Standing tall, press dumbbells overhead; ribs down, no back arch.",
        "De pie y recta, empuja las mancuernas hacia arriba; sin arquear la espalda.",
        Some("wall-slide"), R, "W2; seed sample week (overhead press)"),
    exercise!("machine-shoulder-press", "Shoulder press (machine)", "Press de hombros (máquina)", Resistance, PushVertical, PUSH_V, WRIST, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Back on the pad; press handles up; slow return.",
        "Espalda apoyada; empuja hacia arriba; vuelve despacio.",
        Some("wall-slide"), R, "W2; seed sample week (overhead press); P10 (machines)"),
    // ---- resistance: pull ----
    exercise!("backpack-row", "Supported one-arm row (backpack)", "Remo a un brazo con mochila", Resistance, PullHorizontal, PULL, WRIST, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "One hand on a table, back flat; pull a loaded bag to your hip.",
        "Una mano en la mesa, espalda plana; tira de una bolsa con peso hacia la cadera.",
        R, Some("dumbbell-row"), "W2; seed sample week (rows)"),
    exercise!("band-row", "Band row", "Remo con banda", Resistance, PullHorizontal, PULL, WRIST, None, Bands,
        flexion: false, joints: true, level: 2, Reps,
        "Band anchored at chest height; pull elbows back, squeeze shoulder blades.",
        "Banda anclada a la altura del pecho; lleva los codos atrás y junta las escápulas.",
        Some("backpack-row"), R, "W2; seed sample week (rows); OC (bands)"),
    exercise!("dumbbell-row", "Supported dumbbell row", "Remo con mancuerna apoyado", Resistance, PullHorizontal, PULL, WRIST, None, Dumbbells,
        flexion: false, joints: true, level: 2, Reps,
        "Hand and knee on a bench, back flat; row the dumbbell to your hip.",
        "Mano y rodilla en un banco, espalda plana; lleva la mancuerna a la cadera.",
        Some("backpack-row"), R, "W2; seed sample week (rows)"),
    exercise!("seated-cable-row", "Seated cable row", "Remo sentado en polea", Resistance, PullHorizontal, PULL, WRIST, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Sit tall, pull the handle to your ribs; do not rock or round your back.",
        "Siéntate recta, lleva el agarre a las costillas; sin balancearte ni redondear.",
        Some("band-row"), R, "W2; seed sample week (rows)"),
    exercise!("band-pull-apart", "Band pull-apart", "Apertura con banda", Resistance, PullHorizontal, PULL, NO_SITE, None, Bands,
        flexion: false, joints: true, level: 1, Reps,
        "Arms straight in front; pull the band apart to your chest.",
        "Brazos estirados al frente; separa la banda hasta el pecho.",
        R, Some("band-row"), "W2; W6 (posture)"),
    exercise!("band-pulldown", "Band pull-down", "Jalón con banda", Resistance, PullVertical, PULL, WRIST, None, Bands,
        flexion: false, joints: true, level: 1, Reps,
        "Band anchored high; pull elbows down to your sides, chest up.",
        "Banda anclada arriba; baja los codos a los costados, pecho arriba.",
        R, R, "W2; seed sample week (pull-downs)"),
    exercise!("lat-pulldown", "Lat pull-down (machine)", "Jalón al pecho (máquina)", Resistance, PullVertical, PULL, WRIST, None, Gym,
        flexion: false, joints: true, level: 2, Reps,
        "Sit tall; pull the bar to your upper chest; do not lean back far.",
        "Siéntate recta; baja la barra a la parte alta del pecho; sin echarte atrás.",
        Some("band-pulldown"), R, "W2; seed sample week (pull-downs)"),
    exercise!("towel-pulldown", "Towel pull-down", "Jalón con toalla", Resistance, PullVertical, PULL, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Hold a towel overhead with both hands, pull it apart and bring it down in front of you to your upper chest, squeezing your shoulder blades.",
        "Sostenga una toalla sobre la cabeza con ambas manos, estírela hacia los lados y bájela por delante hasta la parte alta del pecho, juntando los omóplatos.",
        R, Some("band-pulldown"), "W2 (back, body weight)"),
    exercise!("dumbbell-curl", "Dumbbell curl", "Curl de bíceps con mancuernas", Resistance, Curl, ARMS, WRIST, None, Dumbbells,
        flexion: false, joints: true, level: 2, Reps,
        "Elbows at your sides; curl the dumbbells up, lower slowly.",
        "Codos pegados; sube las mancuernas y baja despacio.",
        R, R, "W2 (arms); OC pocket sheet"),
    // ---- resistance: calves, carry ----
    exercise!("calf-raise", "Calf raise", "Elevación de talones", Resistance, Calf, CALF, HIP, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Hold a support; rise onto your toes, lower slowly.",
        "Apóyate; sube de puntillas y baja despacio.",
        R, Some("single-leg-calf-raise"), "W2 (legs); BEST-based site"),
    exercise!("single-leg-calf-raise", "Single-leg calf raise", "Elevación de talón a una pierna", Resistance, Calf, CALF, HIP, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "On one foot holding a support; rise and lower slowly.",
        "Sobre un pie con apoyo; sube y baja despacio.",
        Some("calf-raise"), R, "P6 ladder"),
    exercise!("farmer-carry", "Farmer's carry", "Paseo del granjero", Resistance, Carry, CARRY, ALL_SITES, None, Dumbbells,
        flexion: false, joints: true, level: 2, Seconds,
        "A dumbbell in each hand, stand tall, walk with short steps.",
        "Una mancuerna en cada mano, recta, camina con pasos cortos.",
        R, R, "W2 (wrist, hip, spine loading); BEST (wrist)"),
    // ---- back extensors and trunk ----
    exercise!("prone-back-extension", "Prone back extension", "Extensión de espalda boca abajo", Posture, BackExtension, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Lie face down, forehead on a towel; lift head and chest a little, hold 3 s.",
        "Boca abajo, frente sobre una toalla; eleva un poco cabeza y pecho, sostén 3 s.",
        R, Some("superman"), "W2 (back extensors); W6; CMAJ 2023 rec 1.2; G2 (keep back-extensor work)"),
    exercise!("superman", "Superman", "Superman", Posture, BackExtension, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "Face down; lift opposite arm and leg a few centimetres, hold 3 s.",
        "Boca abajo; eleva brazo y pierna contrarios unos centímetros, sostén 3 s.",
        Some("prone-back-extension"), R, "W2; W6; TFTF (back extensors)"),
    exercise!("bird-dog", "Bird dog", "Perro de muestra", Posture, Core, TRUNK, SPINE, None, None,
        flexion: false, joints: false, level: 2, Reps,
        "On hands and knees, back flat; reach opposite arm and leg long, hold 3 s.",
        "A cuatro patas, espalda plana; estira brazo y pierna contrarios, sostén 3 s.",
        Some("dead-bug"), R, "W2 (abdominal and back-extensor work, no flexion); CMAJ 2023 rec 1.2"),
    exercise!("dead-bug", "Dead bug", "Bicho muerto", Resistance, Core, ABS_ONLY, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "On your back, lower back gently pressed down; lower opposite arm and leg slowly.",
        "Boca arriba, zona lumbar apoyada; baja brazo y pierna contrarios despacio.",
        R, Some("bird-dog"), "W2 (abdominals without flexion); CMAJ 2023 rec 1.2"),
    exercise!("wall-plank", "Wall plank", "Plancha en la pared", Resistance, Core, TRUNK, WRIST, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Forearms on the wall, body straight, hold and breathe.",
        "Antebrazos en la pared, cuerpo recto, sostén y respira.",
        R, Some("plank"), "W2 (abdominals); P6 ladder"),
    exercise!("plank", "Forearm plank", "Plancha de antebrazos", Resistance, Core, TRUNK, WRIST_SPINE, None, None,
        flexion: false, joints: false, level: 3, Seconds,
        "Forearms and toes, body in one line; hold and breathe.",
        "Antebrazos y puntas de los pies, cuerpo en línea; sostén y respira.",
        Some("wall-plank"), R, "W2 (abdominals); P6 ladder"),
    exercise!("chin-tuck", "Chin tuck against the wall", "Retracción de mentón en la pared", Posture, Posture, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Back to the wall; glide your chin back to make a double chin, hold 5 s.",
        "Espalda a la pared; lleva el mentón atrás (papada), sostén 5 s.",
        R, Some("wall-angel"), "W6 (posture); TFTF daily posture"),
    exercise!("wall-angel", "Wall angel", "Ángel en la pared", Posture, Posture, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 2, Reps,
        "Back and head on the wall; slide arms up in a W to a Y shape.",
        "Espalda y cabeza en la pared; desliza los brazos de W a Y.",
        Some("chin-tuck"), R, "W6 (posture); BJSM 2022 (spinal extension)"),
    exercise!("shoulder-blade-squeeze", "Shoulder-blade squeeze", "Juntar escápulas", Posture, Posture, EXTENSORS, SPINE, None, None,
        flexion: false, joints: true, level: 1, Reps,
        "Sit or stand tall; draw shoulder blades back and down, hold 5 s.",
        "Sentada o de pie recta; lleva las escápulas atrás y abajo, sostén 5 s.",
        R, Some("wall-angel"), "W6 (posture); TFTF"),
    // ---- impact ----
    exercise!("heel-drop", "Heel drop", "Caída de talones", Impact, Impact, CALF, HIP_SPINE, Lower, None,
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
    exercise!("hop", "Hopping on the spot", "Saltitos en el sitio", Impact, Impact, LEGS_CALVES, HIP, Moderate, None,
        flexion: false, joints: false, level: 2, Impacts,
        "Small hops on both feet; land softly through the whole foot.",
        "Saltitos con los dos pies; aterriza suave con todo el pie.",
        Some("stamp"), Some("jump"), "W5; P7; ROS impact tiers (moderate)"),
    exercise!("skip", "Skipping (no rope)", "Saltar a la comba sin cuerda", Impact, Impact, LEGS_CALVES, HIP, Moderate, None,
        flexion: false, joints: false, level: 2, Impacts,
        "Light skips from foot to foot as if turning a rope.",
        "Saltos ligeros de un pie al otro como con una comba.",
        Some("stamp"), R, "W5; P7; ROS impact tiers (moderate)"),
    exercise!("jump", "Low jump", "Salto bajo", Impact, Impact, LEGS_CALVES, HIP_SPINE, Moderate, None,
        flexion: false, joints: false, level: 3, Impacts,
        "Jump a few centimetres and land with soft knees.",
        "Salta unos centímetros y aterriza con rodillas flexibles.",
        Some("hop"), Some("star-jump"), "W5; P7; ROS impact tiers (moderate)"),
    exercise!("star-jump", "Star jump", "Salto de estrella", Impact, Impact, LEGS_CALVES, HIP_SPINE, High, None,
        flexion: false, joints: false, level: 3, Impacts,
        "Jump feet and arms out and back in; only with a supervised programme.",
        "Salta abriendo brazos y piernas; solo en un programa supervisado.",
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
        "Camina a un ritmo que te deje hablar pero no cantar.",
        R, Some("jog"), "W3; seed sample week (brisk walking); ROS (lower)"),
    exercise!("nordic-walk", "Nordic walk", "Marcha nórdica", WeightBearingAerobic, Gait, LEGS_CALVES, HIP_SPINE, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Walk with poles, planting them behind you; stand tall.",
        "Camina con bastones, apoyándolos por detrás; espalda recta.",
        R, R, "W3; P10 (Nordic walking, Fields 2016)"),
    exercise!("march-in-place", "Marching on the spot", "Marcha en el sitio", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "March briskly on the spot, arms swinging; hold a support if needed.",
        "Marcha enérgica en el sitio, moviendo los brazos; apóyate si lo necesitas.",
        R, Some("brisk-walk"), "W3; ROS impact tiers (marching, lower)"),
    exercise!("comfortable-walk", "Walk at a comfortable pace", "Caminata a paso cómodo", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Walk at an easy, comfortable pace on even ground, with support nearby if you need it; stop and rest if you feel unsteady.",
        "Camine a un paso tranquilo y cómodo por terreno llano, con un apoyo cerca si lo necesita; deténgase y descanse si se siente inestable.",
        R, Some("brisk-walk"), "W3; G3 (no brisk walking at high fall risk, Sherrington 2011)"),
    exercise!("supported-march", "Marching on the spot with support", "Marcha en el sitio con apoyo", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Hold a counter or a sturdy chair; march on the spot at a comfortable pace, lifting your knees a little.",
        "Sujétese a una encimera o a una silla firme; marche en el sitio a un ritmo cómodo, subiendo un poco las rodillas.",
        R, Some("march-in-place"), "W3; G3 (supported marching, Sherrington 2011); ROS impact tiers (marching: lower)"),
    exercise!("warm-up-march", "Easy warm-up march", "Calentamiento: marcha suave", WeightBearingAerobic, Gait, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "March on the spot or walk around at an easy pace, swinging your arms, holding a support if you need it.",
        "Marche en el sitio o camine a un ritmo suave, moviendo los brazos, con un apoyo si lo necesita.",
        R, R, "P9 (warm-up: 5–10 min of easy aerobic movement)"),
    exercise!("jog", "Jogging", "Trote", WeightBearingAerobic, Gait, LEGS_CALVES, HIP_SPINE, Moderate, None,
        flexion: false, joints: false, level: 3, Minutes,
        "Easy jog, or walk with jogging intervals.",
        "Trote suave, o caminata con intervalos de trote.",
        Some("brisk-walk"), R, "W3; seed sample week (jogging); ROS (moderate); Kohrt 2004"),
    exercise!("stair-climb", "Stair climbing", "Subir escaleras", WeightBearingAerobic, Stairs, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: false, level: 2, Minutes,
        "Climb at a steady pace, hand near the rail; walk down.",
        "Sube a ritmo constante, la mano cerca del pasamanos; baja caminando.",
        R, R, "W3; seed sample week (stair climbing); ROS (lower); Kohrt 2004"),
    exercise!("dance", "Dancing", "Baile", WeightBearingAerobic, Dance, LEGS_CALVES, HIP, Lower, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Dance to music you like; steps and turns on your feet, no spins at the waist.",
        "Baila la música que te guste; pasos y giros con los pies, sin girar la cintura.",
        R, Some("dance-vigorous"), "W3; seed sample week (dancing)"),
    exercise!("dance-vigorous", "Vigorous dancing", "Baile enérgico", WeightBearingAerobic, Dance, LEGS_CALVES, HIP, Moderate, None,
        flexion: false, joints: false, level: 3, Minutes,
        "Livelier dancing with small jumps and stamps.",
        "Baile más enérgico con pequeños saltos y pisotones.",
        Some("dance"), R, "W3; ROS impact tiers (moderate: Highland dancing)"),
    exercise!("elliptical", "Elliptical trainer", "Elíptica", WeightBearingAerobic, Gait, LEGS, HIP, None, Gym,
        flexion: false, joints: true, level: 1, Minutes,
        "Upright, steady pace, hands light on the handles.",
        "Erguida, ritmo constante, manos ligeras en las asas.",
        R, Some("brisk-walk"), "W3 (weight-bearing, no impact); P10"),
    // ---- non-weight-bearing aerobic ----
    exercise!("cycling", "Cycling (stationary or outdoor)", "Bicicleta (estática o al aire libre)", NonWeightBearingAerobic, Cycle, LEGS, NO_SITE, None, Gym,
        flexion: false, joints: true, level: 1, Minutes,
        "Saddle high enough for a slight knee bend; steady pace.",
        "Sillín alto con la rodilla algo doblada; ritmo constante.",
        R, R, "W9 (aerobic minutes, not bone loading)"),
    exercise!("water-aerobics", "Water aerobics", "Aquagym", NonWeightBearingAerobic, Water, LEGS, NO_SITE, None, Gym,
        flexion: false, joints: true, level: 1, Minutes,
        "Waist-deep water; walking, arm sweeps, gentle bounces.",
        "Agua a la cintura; caminar, movimientos de brazos, rebotes suaves.",
        R, R, "W9; Schinzel/Kemmler 2023 (aquatic meta-analysis)"),
    exercise!("swimming", "Swimming", "Natación", NonWeightBearingAerobic, Water, PULL, NO_SITE, None, Gym,
        flexion: false, joints: true, level: 2, Minutes,
        "Steady laps in any stroke that feels comfortable.",
        "Largos a ritmo constante en el estilo que te resulte cómodo.",
        R, R, "W9 (aerobic minutes only)"),
    // ---- balance ----
    exercise!("supported-single-leg-stand", "Single-leg stand with support", "Apoyo en una pierna con ayuda", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Fingertips on a counter; stand on one leg, then the other.",
        "Dedos sobre la encimera; sostente en una pierna y luego en la otra.",
        R, Some("single-leg-stand"), "W4; TFTF; CMAJ 2023 rec 1.1"),
    exercise!("single-leg-stand", "Single-leg stand", "Apoyo en una pierna", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 2, Seconds,
        "Near a counter but not holding it; stand tall on one leg.",
        "Cerca de la encimera sin agarrarte; de pie sobre una pierna.",
        Some("supported-single-leg-stand"), R, "W4; TFTF; CMAJ 2023 rec 1.1"),
    exercise!("tandem-stance", "Heel-to-toe stance", "Posición talón-punta", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "One foot directly in front of the other; hold near a counter.",
        "Un pie justo delante del otro; sostente cerca de una encimera.",
        R, Some("heel-to-toe-walk"), "W4; OC"),
    exercise!("heel-to-toe-walk", "Heel-to-toe walk", "Caminar talón-punta", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 2, Seconds,
        "Walk along a counter placing heel to toe, eyes ahead.",
        "Camina junto a una encimera poniendo talón con punta, mirada al frente.",
        Some("tandem-stance"), R, "W4; OC"),
    exercise!("side-step", "Side stepping", "Pasos laterales", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Step sideways along a counter, toes forward, stand tall.",
        "Pasos de lado junto a una encimera, puntas al frente, recta.",
        R, R, "W4 (functional training); CMAJ 2023 rec 1.1"),
    exercise!("tai-chi", "Tai chi", "Taichí", Balance, Balance, LEGS, HIP, None, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Slow flowing forms; turn by stepping, not by twisting the spine.",
        "Formas lentas y fluidas; gira con los pies, no torciendo la columna.",
        R, R, "W4; P10 (tai chi 2×/week, Yu 2024); seed sample week; TFTF Table 5 (step to turn)"),
    // ---- flexibility ----
    exercise!("spine-safe-yoga", "Spine-safe yoga", "Yoga seguro para la columna", Flexibility, Mobility, TRUNK, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Minutes,
        "Standing and back-extension poses; no forward folds or end-range twists.",
        "Posturas de pie y de extensión; sin flexiones hacia delante ni torsiones extremas.",
        R, R, "P10 (yoga 2×/week, Yu 2024); seed sample week; TFTF Table 5"),
    exercise!("chest-stretch", "Doorway chest stretch", "Estiramiento de pecho en la puerta", Flexibility, Mobility, PUSH_H, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Forearm on a door frame; step through gently until the chest stretches.",
        "Antebrazo en el marco; avanza suave hasta notar el pecho.",
        R, R, "P9 (cool-down); W6 (opens the chest)"),
    exercise!("calf-stretch", "Wall calf stretch", "Estiramiento de gemelos en la pared", Flexibility, Mobility, CALF, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Hands on a wall, one leg back, heel down; hold.",
        "Manos en la pared, una pierna atrás con el talón apoyado; sostén.",
        R, R, "P9 (cool-down)"),
    exercise!("hip-flexor-stretch", "Standing hip-flexor stretch", "Estiramiento de flexores de cadera de pie", Flexibility, Mobility, LEGS, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "Staggered stance, tuck your tailbone, shift forward; stay tall.",
        "Un pie delante, mete la pelvis y avanza; mantente recta.",
        R, R, "P9 (cool-down)"),
    exercise!("supine-hamstring-stretch", "Lying hamstring stretch with a strap", "Estiramiento de isquios tumbada con cinta", Flexibility, Mobility, LEGS, NO_SITE, None, None,
        flexion: false, joints: true, level: 1, Seconds,
        "On your back, strap around one foot; raise the straight leg, back stays flat.",
        "Boca arriba, cinta en un pie; sube la pierna estirada, espalda apoyada.",
        R, R, "P9; TFTF Table 5 (stretch without bending the spine)"),
    // ---- avoid list: recognised for swap detection, never generated ----
    exercise!("sit-up", "Sit-up", "Abdominal completo", Resistance, TrunkFlexion, ABS_ONLY, NO_SITE, None, None,
        flexion: true, joints: false, level: 2, Reps,
        "Not recommended: loads the spine in flexion. Use bird dog or dead bug.",
        "No recomendado: carga la columna en flexión. Usa perro de muestra o bicho muerto.",
        R, R, "Avoid list: BHOF; TFTF Delphi Table 5"),
    exercise!("crunch", "Crunch", "Encogimiento abdominal", Resistance, TrunkFlexion, ABS_ONLY, NO_SITE, None, None,
        flexion: true, joints: false, level: 1, Reps,
        "Not recommended: loads the spine in flexion. Use dead bug or plank.",
        "No recomendado: carga la columna en flexión. Usa bicho muerto o plancha.",
        R, R, "Avoid list: BHOF; TFTF Delphi Table 5"),
    exercise!("toe-touch", "Toe touch", "Tocar las puntas de los pies", Flexibility, TrunkFlexion, NO_MUSCLE, NO_SITE, None, None,
        flexion: true, joints: false, level: 1, Reps,
        "Not recommended: end-range spinal flexion. Bend at hips and knees instead.",
        "No recomendado: flexión extrema de la columna. Dobla cadera y rodillas.",
        R, R, "Avoid list: BHOF; TFTF Delphi Table 5"),
    exercise!("seated-twist", "Seated spinal twist", "Torsión sentada", Flexibility, TrunkFlexion, NO_MUSCLE, NO_SITE, None, None,
        flexion: true, joints: false, level: 1, Seconds,
        "Not recommended: end-range trunk rotation. Step to turn instead.",
        "No recomendado: rotación extrema del tronco. Gira dando pasos.",
        R, R, "Avoid list: TFTF Delphi Table 5"),
    exercise!("forward-fold", "Standing forward fold", "Flexión de pie hacia delante", Flexibility, TrunkFlexion, NO_MUSCLE, NO_SITE, None, None,
        flexion: true, joints: false, level: 1, Seconds,
        "Not recommended: end-range flexion (yoga forward bend).",
        "No recomendado: flexión extrema (flexión de yoga hacia delante).",
        R, R, "Avoid list: TFTF Delphi Table 5 (yoga forward bends)"),
    exercise!("weighted-russian-twist", "Weighted Russian twist", "Giro ruso con peso", Resistance, TrunkFlexion, ABS_ONLY, NO_SITE, None, Dumbbells,
        flexion: true, joints: false, level: 3, Reps,
        "Not recommended: twisting the flexed spine while holding a weight.",
        "No recomendado: girar la columna flexionada sujetando peso.",
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
