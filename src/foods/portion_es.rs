//! SR28 household portions in Spanish: `"1 cup, chopped"` → `"1 taza, en trocitos"`.
//!
//! SR28's portion labels (`GmWt_Desc`) are short English phrases: a count, a **unit** (cup,
//! slice, large …), then **details** after commas (chopped, without skin …) and **notes** in
//! parentheses (sizes in inches, "yield from 1 lb raw meat" …). This module keeps the
//! vocabulary as data and renders each part separately, so no word has to agree with the
//! food's gender: units are nouns with their plural (`taza` / `tazas`), details are a
//! preposition and a noun (`en trocitos`, `sin piel`, `después de cocinar`), sizes become
//! inches in Spanish (`3 pulg. de diámetro`). Counts follow US Latin-American usage: `½ taza`,
//! `1½ tazas`, `3.53 oz`. A detail or note this vocabulary cannot say well is **left out**
//! rather than shown in English; the grams next to the label keep the amount exact.
//!
//! Display only: the core still looks portions up by SR28's English label.

/// The vocabulary: units, details and size words, one per line (format in the file). Data, not
/// code, so a translator can read and change it; as text it also costs 1.3 KB less wasm (gzip)
/// than static tables of `&str`.
const VOCABULARY: &str = include_str!("portion_es.tsv");

/// A unit: SR28's word, then the Spanish singular and plural.
type Unit = (&'static str, &'static str, &'static str);

/// The vocabulary's lines of one `kind` (`"unit"`, `"detail"`, `"size"`) as (SR28 words,
/// Spanish, Spanish plural); the plural is the singular when the line has none.
fn entries(kind: &'static str) -> impl Iterator<Item = Unit> {
    VOCABULARY.lines().filter_map(move |line| {
        let mut fields = line.split('\t');
        if fields.next()? != kind {
            return None;
        }
        let en = fields.next()?;
        let one = fields.next().unwrap_or("");
        Some((en, one, fields.next().unwrap_or(one)))
    })
}

/// Fractions written as a glyph, as US recipes and labels do.
static FRACTIONS: &[(f64, &str)] = &[
    (1.0 / 8.0, "⅛"),
    (1.0 / 6.0, "⅙"),
    (1.0 / 5.0, "⅕"),
    (1.0 / 4.0, "¼"),
    (1.0 / 3.0, "⅓"),
    (1.0 / 2.0, "½"),
    (2.0 / 3.0, "⅔"),
    (3.0 / 4.0, "¾"),
    (3.0 / 8.0, "⅜"),
    (5.0 / 8.0, "⅝"),
    (7.0 / 8.0, "⅞"),
];

/// The Spanish for an SR28 portion label (`"1 cup, chopped"` → `"1 taza, en trocitos"`).
///
/// Never returns English: a part the vocabulary does not know is left out, and a label
/// without a count or a known unit becomes `"1 porción"`-style text from what is known.
pub fn label(sr28: &str) -> String {
    let text = words(sr28.split_whitespace(), " ");
    let (count_text, rest) = text.split_once(' ').unwrap_or((text.as_str(), ""));
    let Some(count) = parse_number(count_text) else {
        return String::from("porción");
    };
    let head_end = rest.find([',', '(']).unwrap_or(rest.len());
    let (head, tail) = rest.split_at_checked(head_end).unwrap_or((rest, ""));
    let parts = split_tail(tail);
    let mut skip = 0;
    let mut unit = find_unit(head.trim());
    // "1 each, burrito": the detail is the unit.
    if head.trim().eq_ignore_ascii_case("each") {
        if let Some(Part::Text { text, .. }) = parts.first() {
            if let Some(u) = find_unit(text) {
                unit = Some(u);
                skip = 1;
            }
        }
    }
    let (_, one, many) = unit.unwrap_or(("", "porción", "porciones"));
    let mut out = format_number(count);
    out.push(' ');
    out.push_str(if count > 1.0 { many } else { one });
    for part in parts.into_iter().skip(skip) {
        match part {
            Part::Text { text, after_comma } => {
                let spanish = detail(text);
                if spanish.is_empty() {
                    continue;
                }
                // "1 lata o botella": an alternative joins without a comma.
                let joiner = if after_comma && !spanish.starts_with("o ") {
                    ", "
                } else {
                    " "
                };
                out.push_str(joiner);
                out.push_str(&spanish);
            }
            Part::Note(inner) => {
                let spanish = note(inner);
                if !spanish.is_empty() {
                    out.push_str(" (");
                    out.push_str(&spanish);
                    out.push(')');
                }
            }
        }
    }
    out
}

/// One piece of a label's tail: words outside parentheses, or a note inside them.
#[derive(Debug, PartialEq)]
enum Part<'a> {
    Text { text: &'a str, after_comma: bool },
    Note(&'a str),
}

/// Splits `", chopped (1/2" pieces), loosely packed"` into its details and notes, in order.
/// An unclosed parenthesis (SR28 has one) runs to the end.
fn split_tail(tail: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let mut rest = tail;
    let mut after_comma = false;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('(') {
            let end = inner.find(')').unwrap_or(inner.len());
            let (note, after) = inner.split_at_checked(end).unwrap_or((inner, ""));
            parts.push(Part::Note(note.trim()));
            rest = after.strip_prefix(')').unwrap_or(after);
            after_comma = false;
        } else if let Some(after) = rest.strip_prefix(',') {
            rest = after;
            after_comma = true;
        } else {
            let end = rest.find([',', '(']).unwrap_or(rest.len());
            let (text, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
            let text = text.trim();
            if !text.is_empty() {
                parts.push(Part::Text { text, after_comma });
                after_comma = false;
            }
            rest = after;
        }
    }
    parts
}

/// A detail outside parentheses: the vocabulary's words, or a size or amount (`5" long`,
/// `8 fl oz`); `""` when neither fits.
fn detail(text: &str) -> String {
    // "with pits yields", "large yields": SR28's trailing "yields" says nothing to a reader.
    let text = text.strip_suffix(" yields").unwrap_or(text);
    if let Some(spanish) = lookup("detail", text) {
        return spanish.to_owned();
    }
    size(text).unwrap_or_default()
}

/// A note inside parentheses: the whole note if the vocabulary knows it, otherwise its
/// comma-separated pieces one by one, leaving out those it does not know.
fn note(inner: &str) -> String {
    if let Some(spanish) = lookup("detail", inner) {
        return spanish.to_owned();
    }
    let pieces = inner.split(',').map(|p| detail(p.trim()));
    words(pieces.filter(|s| !s.is_empty()), ", ")
}

/// A size or amount (`2-1/2" dia`, `10-12 kernels`, `1 NLEA serving`), or `None` if any word
/// is not in the vocabulary (or there is no number: then it is not a size).
fn size(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut last_number: Option<f64> = None;
    let mut saw_number = false;
    let mut i = 0;
    while let Some(&word) = words.get(i) {
        // Two-word units first ("fl oz", "NLEA serving", "onion rings").
        let pair = words.get(i + 1).map(|next| self::words([word, next], " "));
        if let Some(u) = pair.as_deref().and_then(find_unit) {
            out.push(unit_text(u, last_number).to_owned());
            last_number = None;
            i += 2;
            continue;
        }
        if let Some((number, max)) = number_word(word) {
            out.push(number);
            last_number = Some(max);
            saw_number = true;
        } else if let Some(spanish) = lookup("size", word) {
            // Before units: `7" square` is a size, not "7 squares".
            if !spanish.is_empty() {
                out.push(spanish.to_owned());
            }
            last_number = None;
        } else if let Some(u) = find_unit(word) {
            out.push(unit_text(u, last_number).to_owned());
            last_number = None;
        } else {
            return None;
        }
        i += 1;
    }
    saw_number.then(|| self::words(out, " "))
}

/// The unit's singular or plural after `count` (plural above 1; singular with no count).
fn unit_text(unit: Unit, count: Option<f64>) -> &'static str {
    match count {
        Some(n) if n > 1.0 => unit.2,
        _ => unit.1,
    }
}

/// A number word of a size note in Spanish, and its largest value: `4-1/2"` → `4½ pulg.`,
/// `11"-12"` → `11 a 12 pulg.`, `10-12` → `10 a 12`, `0.5` → `½`.
fn number_word(word: &str) -> Option<(String, f64)> {
    let inches = word.ends_with('"');
    let bare = word.replace('"', "");
    let (text, max) = match bare.split_once('-') {
        // A range ("10-12", "11-12") unless the part after the dash is a fraction ("4-1/2").
        Some((low, high)) if !high.contains('/') => {
            let (low, high) = (parse_number(low)?, parse_number(high)?);
            (
                words([format_number(low), format_number(high)], " a "),
                high,
            )
        }
        _ => {
            let n = parse_number(&bare)?;
            (format_fraction(n, &bare), n)
        }
    };
    Some((if inches { text + " pulg." } else { text }, max))
}

/// `n` as [`format_number`] writes it, except a fraction without a glyph, which stays as
/// SR28 wrote it (`3-1/16` → `3 1/16`, not `3.06`).
fn format_fraction(n: f64, sr28: &str) -> String {
    let text = format_number(n);
    match sr28.split_once('-') {
        Some((whole, fraction)) if text.contains('.') => words([whole, fraction], " "),
        None if text.contains('.') && sr28.contains('/') => sr28.to_owned(),
        _ => text,
    }
}

/// A number as SR28 writes it: `"2"`, `".5"`, `"3.527"`, `"1/3"`, `"4-1/2"` (4½).
fn parse_number(text: &str) -> Option<f64> {
    if let Some((whole, fraction)) = text.split_once('-') {
        return Some(parse_number(whole)? + parse_number(fraction)?);
    }
    if let Some((top, bottom)) = text.split_once('/') {
        let (top, bottom) = (parse_plain(top)?, parse_plain(bottom)?);
        return (bottom > 0.0).then(|| top / bottom);
    }
    parse_plain(text)
}

/// A plain decimal (`"2"`, `".5"`, `"10.75"`), read by the table's exact decimal reader
/// (`str::parse::<f64>` would add several KB of wasm).
fn parse_plain(text: &str) -> Option<f64> {
    super::table::decimal(text)
}

/// A count as a US Latin-American reader writes it: `2`, `½`, `1½`, `10.5` → `10½`, `3.53`.
pub fn format_number(n: f64) -> String {
    let whole = n.trunc();
    let fraction = n - whole;
    // The whole part of a portion count is small; `as u64` saturates on anything odd.
    let whole_text = digits(whole as u64);
    if fraction < 0.005 {
        return whole_text;
    }
    if let Some((_, glyph)) = FRACTIONS.iter().find(|(v, _)| (fraction - v).abs() < 0.005) {
        return if whole == 0.0 {
            (*glyph).to_owned()
        } else {
            whole_text + glyph
        };
    }
    // Two decimals with integers only: float formatting would add several KB of wasm.
    let hundredths = (n * 100.0).round() as u64;
    let mut text = digits(hundredths / 100);
    let cents = hundredths % 100;
    if cents > 0 {
        text.push('.');
        text.push(char::from(b'0' + (cents / 10) as u8));
        if cents % 10 > 0 {
            text.push(char::from(b'0' + (cents % 10) as u8));
        }
    }
    text
}

/// `parts` joined by `separator` (`[T]::join` adds 1 KB of wasm).
fn words<S: AsRef<str>>(parts: impl IntoIterator<Item = S>, separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// `n` in decimal digits, without `core::fmt` (which would add several KB of wasm).
fn digits(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.iter().rev().map(|&b| char::from(b)).collect()
}

/// The unit SR28 calls `word` (any case).
fn find_unit(word: &str) -> Option<Unit> {
    entries("unit").find(|(en, _, _)| en.eq_ignore_ascii_case(word))
}

/// The Spanish for `key` (any case) among the vocabulary's lines of `kind`.
fn lookup(kind: &'static str, key: &str) -> Option<&'static str> {
    entries(kind)
        .find(|(en, _, _)| en.eq_ignore_ascii_case(key))
        .map(|(_, es, _)| es)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_take_their_plural_and_details_need_no_agreement() {
        assert_eq!(label("1 cup, chopped"), "1 taza, en trocitos");
        assert_eq!(label("2 large"), "2 piezas grandes");
        assert_eq!(label("1 link, cooked"), "1 salchicha, después de cocinar");
        assert_eq!(label("8 fl oz"), "8 oz líq.");
        assert_eq!(label(".5 cup"), "½ taza");
        assert_eq!(label("3 cookie"), "3 galletas");
    }

    #[test]
    fn sizes_are_in_spanish_inches_and_unknown_notes_are_left_out() {
        assert_eq!(
            label("1 potato, large (3\" to 4-1/4\" dia."),
            "1 papa, de tamaño grande (3 pulg. a 4¼ pulg. de diámetro)"
        );
        assert_eq!(label("1 can,  15 oz (303 x 406)"), "1 lata, 15 oz");
        assert_eq!(
            label("1 cookie,  big (3-1/2\" - 4\" dia) (include Archway brand, Grandma brand)"),
            "1 galleta, de tamaño grande (3½ pulg. a 4 pulg. de diámetro)"
        );
        assert_eq!(
            label("1 slice,  or ring (3\" dia) with liquid"),
            "1 rebanada o rodaja (3 pulg. de diámetro) con su líquido"
        );
        assert_eq!(label("1 each, burrito"), "1 burrito");
        assert_eq!(label("1 mystery thing, glorbed (zork)"), "1 porción");
    }

    #[test]
    fn counts_are_fractions_or_short_decimals() {
        assert_eq!(format_number(0.333), "⅓");
        assert_eq!(format_number(1.5), "1½");
        assert_eq!(format_number(3.527), "3.53");
        assert_eq!(format_number(10.0), "10");
        assert_eq!(format_number(1.55), "1.55");
        assert_eq!(format_number(4.4), "4.4");
        assert_eq!(format_number(3.05), "3.05");
        // Found by mutation testing (`make mutants`): every glyph is reached.
        for (n, text) in [
            (0.125, "⅛"),
            (1.0 / 6.0, "⅙"),
            (0.2, "⅕"),
            (0.25, "¼"),
            (2.0 / 3.0, "⅔"),
            (0.75, "¾"),
            (0.375, "⅜"),
            (0.625, "⅝"),
            (2.875, "2⅞"),
        ] {
            assert_eq!(format_number(n), text, "{n}");
        }
        assert_eq!(parse_number("1-1/3"), Some(1.0 + 1.0 / 3.0));
        assert_eq!(parse_number("1/0"), None);
        assert_eq!(parse_number("abc"), None);
    }
}
