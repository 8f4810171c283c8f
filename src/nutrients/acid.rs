//! Dietary acid load: PRAL (Remer & Manz 1995) and NEAP (Frassetto et al. 1998), the
//! "animal protein vs potassium" indicators described in `docs/evidence.md` (acid load).
//!
//! Both are estimates for a whole day of food; they say nothing about one food alone and are
//! shown as context, not as a target.

/// Source of [`pral`].
pub const SRC_PRAL: &str = "Remer & Manz 1995, potential renal acid load (J Am Diet Assoc 95:791)";
/// Source of [`neap`].
pub const SRC_NEAP: &str =
    "Frassetto et al. 1998, AJCN 68:576–583 (NEAP from protein and potassium)";

/// PRAL coefficient for protein, mEq per g. The reference gives the rounded published form
/// (0.49 / 0.037 / 0.021 / 0.026 / 0.013) as `[primary]`; the unrounded ones (0.4888, 0.0366,
/// 0.0205, 0.0263, 0.0125) are `[unchecked]` there, so osteoplan uses the rounded ones.
pub const PRAL_PROTEIN: f64 = 0.49;
/// PRAL coefficient for phosphorus, mEq per mg.
pub const PRAL_PHOSPHORUS: f64 = 0.037;
/// PRAL coefficient for potassium, mEq per mg (subtracted).
pub const PRAL_POTASSIUM: f64 = 0.021;
/// PRAL coefficient for magnesium, mEq per mg (subtracted).
pub const PRAL_MAGNESIUM: f64 = 0.026;
/// PRAL coefficient for calcium, mEq per mg (subtracted).
pub const PRAL_CALCIUM: f64 = 0.013;

/// mg of potassium per mEq (atomic mass 39.1).
pub const POTASSIUM_MG_PER_MEQ: f64 = 39.1;

/// Potential renal acid load in mEq/day (Remer & Manz 1995):
/// `0.49 × protein g + 0.037 × P mg − 0.021 × K mg − 0.026 × Mg mg − 0.013 × Ca mg`.
/// Positive means acid-forming, negative base-forming.
pub fn pral(
    protein_g: f64,
    phosphorus_mg: f64,
    potassium_mg: f64,
    magnesium_mg: f64,
    calcium_mg: f64,
) -> f64 {
    PRAL_PROTEIN * protein_g + PRAL_PHOSPHORUS * phosphorus_mg
        - PRAL_POTASSIUM * potassium_mg
        - PRAL_MAGNESIUM * magnesium_mg
        - PRAL_CALCIUM * calcium_mg
}

/// Net endogenous acid production in mEq/day (Frassetto et al. 1998):
/// `54.5 × protein g ÷ potassium mEq − 10.2`, with potassium mEq = mg ÷ 39.1.
/// `None` without potassium (the ratio is undefined).
pub fn neap(protein_g: f64, potassium_mg: f64) -> Option<f64> {
    let potassium_meq = potassium_mg / POTASSIUM_MG_PER_MEQ;
    (potassium_meq > 0.0).then(|| 54.5 * protein_g / potassium_meq - 10.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cup_of_whole_milk_is_nearly_neutral() {
        // SR28 01077 per 244 g: protein 7.686 g, P 204.96, K 322.08, Mg 24.4, Ca 275.72 mg.
        // 0.49×7.686 + 0.037×204.96 − 0.021×322.08 − 0.026×24.4 − 0.013×275.72
        // = 3.76614 + 7.58352 − 6.76368 − 0.6344 − 3.58436 = 0.36722
        let v = pral(7.686, 204.96, 322.08, 24.4, 275.72);
        assert!((v - 0.36722).abs() < 1e-9, "{v}");
    }

    #[test]
    fn neap_needs_potassium() {
        assert_eq!(neap(70.0, 0.0), None);
        // 3910 mg K = 100 mEq: 54.5 × 70 / 100 − 10.2 = 27.95
        let v = neap(70.0, 3910.0).unwrap();
        assert!((v - 27.95).abs() < 1e-9, "{v}");
    }
}
