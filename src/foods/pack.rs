//! A small context-mixing compressor for the embedded food table: the table is the largest
//! part of the wasm, and gzip (what the size budget and the web server use) leaves text at
//! about 2.7 bits per byte; this model gets it well below that, with a decoder of a few
//! hundred bytes of wasm.
//!
//! How: each bit of the text is predicted by several context models (the previous 1, 2, 3, 4
//! and 6 bytes, the current word, the field number in the line), their predictions are mixed
//! in the logistic domain by weights learnt on the way, and a binary arithmetic coder turns
//! the mixed probability into output bits (the scheme of Matt Mahoney's lpaq, much reduced).
//! Integer arithmetic only: packing and unpacking run the same model and so see the same
//! probabilities, on every machine. Format: the unpacked length (u32, little endian), then
//! the coded bytes.

/// log2 of the slots per context model.
const BITS: u32 = 18;
/// Highest count of a slot (its slowest learning rate is 1/(LIMIT + 1.5)).
const LIMIT: usize = 4;
const SLOTS: usize = 1 << BITS;
/// Context models (see [`Model::contexts`]).
const MODELS: usize = 8;
/// Mixer inputs: the models plus a bias.
const INPUTS: usize = MODELS + 1;

/// The logistic function on the 12-bit scale: `d` (stretched, ±2047) → probability 0–4095.
fn squash(d: i32) -> i32 {
    const T: [i32; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994,
        3348, 3607, 3785, 3901, 3975, 4022, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
    ];
    let d = d.clamp(-2047, 2047);
    let w = d & 127;
    let i = usize::try_from((d >> 7) + 16).unwrap_or(0);
    let at = |i: usize| T.get(i).copied().unwrap_or(4095);
    (at(i) * (128 - w) + at(i + 1) * w + 64) >> 7
}

/// The shared predictor.
struct Model {
    /// `MODELS` tables of 16-bit probabilities that the next bit is 1.
    probs: Vec<u16>,
    /// Mixer weights (16.16 fixed point), one set of `INPUTS` per partial byte.
    weights: Vec<i32>,
    /// Inverse of [`squash`]: probability 0–4095 → stretched.
    stretch: Vec<i16>,
    /// Per model, the context hash of the current byte.
    hashes: [u32; MODELS],
    /// Per model, the slot used for the current bit.
    slots: [usize; MODELS],
    /// The stretched inputs of the current bit.
    inputs: [i32; INPUTS],
    /// The bits of the current byte so far, after a leading 1.
    partial: u32,
    /// The last eight bytes, the newest in the low byte.
    history: u64,
    /// Hash of the letters of the current word (0 between words).
    word: u32,
    /// Field number in the current line (tabs seen).
    field: u32,
    /// The mixed prediction, 12 bits.
    p: i32,
}

fn hash(a: u32, b: u64) -> u32 {
    let h = (u64::from(a) + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ b.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    // The high half of a 64-bit product: well mixed; the cast keeps it.
    #[allow(clippy::cast_possible_truncation)]
    let h = ((h ^ (h >> 29)).wrapping_mul(0x1656_67B1_9E37_79F9) >> 32) as u32;
    h
}

impl Model {
    fn new() -> Model {
        let mut stretch = vec![0i16; 4096];
        let mut next = 0usize;
        for d in -2047..=2047 {
            let p = usize::try_from(squash(d)).unwrap_or(0);
            for slot in stretch.iter_mut().take(p + 1).skip(next) {
                // ±2047 fits in i16.
                #[allow(clippy::cast_possible_truncation)]
                let d = d as i16;
                *slot = d;
            }
            next = next.max(p + 1);
        }
        for slot in stretch.iter_mut().skip(next) {
            *slot = 2047;
        }
        let mut model = Model {
            probs: vec![1 << 15; MODELS * SLOTS],
            weights: vec![1 << 14; 256 * INPUTS],
            stretch,
            hashes: [0; MODELS],
            slots: [0; MODELS],
            inputs: [0; INPUTS],
            partial: 1,
            history: 0,
            word: 0,
            field: 0,
            p: 2048,
        };
        model.contexts();
        model.predict();
        model
    }

    /// The contexts of the next byte, from what came before it.
    fn contexts(&mut self) {
        let h = self.history;
        let field = u64::from(self.field.min(15));
        let keys = [
            h & 0xFF,
            h & 0xFFFF,
            h & 0xFF_FFFF,
            h & 0xFFFF_FFFF,
            h & 0xFFFF_FFFF_FFFF,
            u64::from(self.word) << 8 | (h & 0xFF),
            field << 16 | (h & 0xFFFF),
            field << 32 | u64::from(self.word),
        ];
        for ((i, key), slot) in keys.iter().enumerate().zip(self.hashes.iter_mut()) {
            // At most MODELS, so the cast is exact.
            #[allow(clippy::cast_possible_truncation)]
            let i = i as u32;
            *slot = hash(i, *key);
        }
    }

    /// Predicts the next bit into `self.p`.
    fn predict(&mut self) {
        let mut dot: i64 = 0;
        let set = usize::try_from(self.partial).unwrap_or(0) * INPUTS;
        for i in 0..MODELS {
            let h = self.hashes.get(i).copied().unwrap_or(0);
            // Cheap per bit: the byte's context hash is already well mixed.
            let mixed = (h ^ self.partial.wrapping_mul(0x9E37_79B1)).wrapping_mul(0x85EB_CA6B);
            let slot = i * SLOTS + usize::try_from(mixed >> (32 - BITS)).unwrap_or(0);
            let p = self.probs.get(slot).copied().unwrap_or(1 << 15) >> 4;
            let st = i32::from(self.stretch.get(usize::from(p)).copied().unwrap_or(0));
            if let (Some(s), Some(input)) = (self.slots.get_mut(i), self.inputs.get_mut(i)) {
                *s = slot;
                *input = st;
            }
        }
        if let Some(bias) = self.inputs.get_mut(MODELS) {
            *bias = 256;
        }
        for (w, x) in self.weights.iter().skip(set).zip(self.inputs) {
            dot += i64::from(*w) * i64::from(x);
        }
        // Clamped to ±2047 before the cast.
        #[allow(clippy::cast_possible_truncation)]
        let d = (dot >> 16).clamp(-2047, 2047) as i32;
        self.p = squash(d).clamp(1, 4095);
    }

    /// Learns from `bit` and predicts the next one.
    fn update(&mut self, bit: u32) {
        // A slot holds a 12-bit probability and a 4-bit count: it learns fast while the count
        // is low (rate 1/(n + 1.5)), then at 1/LIMIT.
        const RATE: [i32; 16] = [
            43690, 26214, 18724, 14563, 11915, 10082, 8738, 7710, 6898, 6241, 5698, 5242, 4854,
            4519, 4228, 3971,
        ];
        let target = if bit == 1 { 4095 } else { 0 };
        for slot in self.slots {
            if let Some(v) = self.probs.get_mut(slot) {
                let p = i32::from(*v >> 4);
                let n = usize::from(*v & 15);
                let rate = RATE.get(n).copied().unwrap_or(4096);
                let p = (p + (((target - p) * rate) >> 16)).clamp(0, 4095);
                let n = (n + 1).min(LIMIT);
                // p < 4096 and n < 16: fits in 16 bits.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let next = (p as u16) << 4 | n as u16;
                *v = next;
            }
        }
        // bit is 0 or 1, so the cast is exact.
        #[allow(clippy::cast_possible_wrap)]
        let err = ((bit as i32) << 12) - self.p;
        let set = usize::try_from(self.partial).unwrap_or(0) * INPUTS;
        for (w, x) in self.weights.iter_mut().skip(set).zip(self.inputs) {
            *w += (x * err) >> 11;
        }
        self.partial = self.partial << 1 | bit;
        if self.partial >= 256 {
            let byte = self.partial.to_le_bytes()[0];
            self.partial = 1;
            self.history = self.history << 8 | u64::from(byte);
            match byte {
                b'\n' => self.field = 0,
                b'\t' => self.field += 1,
                _ => {}
            }
            self.word = if byte.is_ascii_alphabetic() || byte >= 0x80 {
                hash(self.word, u64::from(byte | 0x20))
            } else {
                0
            };
            self.contexts();
        }
        self.predict();
    }

    /// The probability of a 1 as the coder wants it, 12 bits.
    fn p(&self) -> u32 {
        self.p.unsigned_abs()
    }
}

/// Compresses `text` (the generator uses this; the wasm only unpacks).
pub fn pack(text: &[u8]) -> Vec<u8> {
    let len = u32::try_from(text.len()).unwrap_or(u32::MAX);
    let mut out = len.to_le_bytes().to_vec();
    let mut model = Model::new();
    let (mut x1, mut x2): (u32, u32) = (0, u32::MAX);
    for &byte in text {
        for i in (0..8).rev() {
            let bit = u32::from(byte >> i & 1);
            let mid = x1 + ((x2 - x1) >> 12) * model.p();
            if bit == 1 {
                x2 = mid;
            } else {
                x1 = mid + 1;
            }
            model.update(bit);
            while (x1 ^ x2) & 0xFF00_0000 == 0 {
                out.push(x2.to_be_bytes()[0]);
                x1 <<= 8;
                x2 = x2 << 8 | 0xFF;
            }
        }
    }
    out.extend_from_slice(&x1.to_be_bytes());
    out
}

/// Decompresses what [`pack`] wrote; `None` if `packed` is too short to hold a length.
pub fn unpack(packed: &[u8]) -> Option<Vec<u8>> {
    let (len, coded) = packed.split_first_chunk::<4>()?;
    let len = usize::try_from(u32::from_le_bytes(*len)).ok()?;
    let mut input = coded.iter().copied().chain(std::iter::repeat(0));
    let mut next = || u32::from(input.next().unwrap_or(0));
    let mut model = Model::new();
    let (mut x1, mut x2): (u32, u32) = (0, u32::MAX);
    let mut x = (0..4).fold(0u32, |x, _| x << 8 | next());
    let mut out = Vec::with_capacity(len);
    for _ in 0..len {
        let mut byte = 0u8;
        for _ in 0..8 {
            let mid = x1 + ((x2 - x1) >> 12) * model.p();
            let bit = u32::from(x <= mid);
            if bit == 1 {
                x2 = mid;
            } else {
                x1 = mid + 1;
            }
            model.update(bit);
            // bit is 0 or 1.
            #[allow(clippy::cast_possible_truncation)]
            let b = bit as u8;
            byte = byte << 1 | b;
            while (x1 ^ x2) & 0xFF00_0000 == 0 {
                x1 <<= 8;
                x2 = x2 << 8 | 0xFF;
                x = x << 8 | next();
            }
        }
        out.push(byte);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_text_and_edge_cases() {
        for text in [
            &b""[..],
            b"a",
            b"\x00\xff\x00\xff",
            "Queso añejo\tcheese\n".repeat(50).as_bytes(),
        ] {
            assert_eq!(unpack(&pack(text)).as_deref(), Some(text));
        }
    }

    #[test]
    fn too_short_input_is_none() {
        assert_eq!(unpack(&[1, 2]), None);
    }
}
