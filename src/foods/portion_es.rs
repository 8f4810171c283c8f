//! SR28 household portions in Spanish: `"1 cup, chopped"` → `"1 taza, en trocitos"`.
//!
//! SR28's portion labels (`GmWt_Desc`) are short English phrases: a count, a **unit** (cup,
//! slice, large …), then **details** after commas (chopped, without skin …) and **notes** in
//! parentheses (sizes in inches, "yield from 1 lb raw meat" …). This module keeps the
//! vocabulary as data and renders each part separately, so no word has to agree with the
//! food's gender: units are nouns with their plural (`taza` / `tazas`), details are a
//! preposition and a noun (`en trocitos`, `sin piel`, `después de cocinar`), sizes become
//! inches in Spanish (`3 pulg. de diámetro`). Counts follow US Latin-American usage: `½ taza`,
//! `1½ tazas`, `10.5 oz`. A detail or note this vocabulary cannot say well is **left out**
//! rather than shown in English; the grams next to the label keep the amount exact.
//!
//! Display only: the core still looks portions up by SR28's English label.

/// A unit: SR28's word (lowercase), then the Spanish singular and plural.
type Unit = (&'static str, &'static str, &'static str);

/// Units, as SR28 writes them (singular and plural forms both listed).
static UNITS: &[Unit] = &[
    ("cup", "taza", "tazas"),
    ("cups", "taza", "tazas"),
    ("tbsp", "cda.", "cdas."),
    ("tablespoon", "cucharada", "cucharadas"),
    ("tsp", "cdta.", "cdtas."),
    ("oz", "oz", "oz"),
    ("fl oz", "oz líq.", "oz líq."),
    ("lb", "lb", "lb"),
    ("g", "g", "g"),
    ("grams", "g", "g"),
    ("pint", "pinta", "pintas"),
    ("quart", "cuarto de galón", "cuartos de galón"),
    ("jigger", "caballito", "caballitos"),
    ("inch", "pulgada", "pulgadas"),
    ("cubic inch", "pulgada cúbica", "pulgadas cúbicas"),
    (
        "nlea serving",
        "porción de la etiqueta",
        "porciones de la etiqueta",
    ),
    ("serving", "porción", "porciones"),
    ("order", "orden", "órdenes"),
    ("recipe", "receta", "recetas"),
    ("each", "unidad", "unidades"),
    ("unit", "unidad", "unidades"),
    ("item", "pieza", "piezas"),
    ("individual", "envase individual", "envases individuales"),
    ("fruit", "pieza", "piezas"),
    ("piece", "trozo", "trozos"),
    ("pieces", "trozo", "trozos"),
    ("slice", "rebanada", "rebanadas"),
    ("slices", "rebanada", "rebanadas"),
    ("small", "pieza pequeña", "piezas pequeñas"),
    ("medium", "pieza mediana", "piezas medianas"),
    ("large", "pieza grande", "piezas grandes"),
    ("extra large", "pieza extragrande", "piezas extragrandes"),
    ("mini", "pieza mini", "piezas mini"),
    ("container", "envase", "envases"),
    ("can", "lata", "latas"),
    ("bottle", "botella", "botellas"),
    ("bag", "bolsa", "bolsas"),
    ("package", "paquete", "paquetes"),
    ("packet", "sobre", "sobres"),
    ("envelope", "sobre", "sobres"),
    ("bar", "barra", "barras"),
    ("stick", "barrita", "barritas"),
    ("block", "bloque", "bloques"),
    ("square", "cuadro", "cuadros"),
    ("pat", "cuadrito", "cuadritos"),
    ("tablet", "tableta", "tabletas"),
    ("sheets", "hoja", "hojas"),
    ("wrapper", "hoja", "hojas"),
    ("strips", "tira", "tiras"),
    ("twists", "pieza", "piezas"),
    ("chips", "pieza", "piezas"),
    ("kernel", "grano", "granos"),
    ("kernels", "grano", "granos"),
    ("whole kernels", "grano entero", "granos enteros"),
    ("onion rings", "aro de cebolla", "aros de cebolla"),
    ("leaf", "hoja", "hojas"),
    ("leaves", "hoja", "hojas"),
    ("head", "cabeza", "cabezas"),
    ("bunch", "manojo", "manojos"),
    ("stalk", "tallo", "tallos"),
    ("spear", "tallo", "tallos"),
    ("spears", "tallo", "tallos"),
    ("sprig", "ramita", "ramitas"),
    ("sprigs", "ramita", "ramitas"),
    ("floweret", "ramito", "ramitos"),
    ("flowerets", "ramito", "ramitos"),
    ("sprout", "colecita", "colecitas"),
    ("root", "raíz", "raíces"),
    ("bulb", "bulbo", "bulbos"),
    ("plant", "planta", "plantas"),
    ("pad", "penca", "pencas"),
    ("pods", "vaina", "vainas"),
    ("ear", "mazorca", "mazorcas"),
    ("beans", "ejote", "ejotes"),
    ("berries", "baya", "bayas"),
    ("grapes", "uva", "uvas"),
    ("olive", "aceituna", "aceitunas"),
    ("date", "dátil", "dátiles"),
    ("fig", "higo", "higos"),
    ("prune", "ciruela pasa", "ciruelas pasas"),
    ("peanut", "cacahuate", "cacahuates"),
    ("pomegranate", "granada", "granadas"),
    ("artichoke", "alcachofa", "alcachofas"),
    ("beet", "betabel", "betabeles"),
    ("beets", "betabel", "betabeles"),
    ("chayote", "chayote", "chayotes"),
    ("cucumber", "pepino", "pepinos"),
    ("eggplant", "berenjena", "berenjenas"),
    ("leek", "poro", "poros"),
    ("mushroom", "champiñón", "champiñones"),
    ("mushrooms", "champiñón", "champiñones"),
    ("pepper", "pimiento", "pimientos"),
    ("potato", "papa", "papas"),
    ("sweetpotato", "camote", "camotes"),
    ("radish", "rábano", "rábanos"),
    ("squash", "calabaza", "calabazas"),
    ("anchovy", "anchoa", "anchoas"),
    ("fillet", "filete", "filetes"),
    ("steak", "bistec", "bistecs"),
    ("chop", "chuleta", "chuletas"),
    ("patty", "hamburguesa", "hamburguesas"),
    ("pattie", "hamburguesa", "hamburguesas"),
    ("link", "salchicha", "salchichas"),
    ("sausage", "salchicha", "salchichas"),
    ("frankfurter", "salchicha", "salchichas"),
    ("breast", "pechuga", "pechugas"),
    ("drumstick", "pierna", "piernas"),
    ("thigh", "muslo", "muslos"),
    ("leg", "pierna con muslo", "piernas con muslo"),
    ("wing", "ala", "alas"),
    ("liver", "hígado", "hígados"),
    ("bird", "ave entera", "aves enteras"),
    ("loaf", "barra de pan", "barras de pan"),
    ("roll", "panecillo", "panecillos"),
    ("biscuit", "bísquet", "bísquets"),
    ("bagel", "bagel", "bagels"),
    ("mini bagel", "bagel mini", "bagels mini"),
    ("croissant", "cuernito", "cuernitos"),
    ("muffin", "muffin", "muffins"),
    ("doughnut", "dona", "donas"),
    ("pancake", "panqueque", "panqueques"),
    ("waffle", "wafle", "wafles"),
    ("pita", "pan pita", "panes pita"),
    ("cookie", "galleta", "galletas"),
    ("cracker", "galleta salada", "galletas saladas"),
    ("crackers", "galleta salada", "galletas saladas"),
    ("cake", "pieza", "piezas"),
    ("cakes", "pieza", "piezas"),
    ("pie", "pay", "pays"),
    ("pizza", "pizza", "pizzas"),
    ("shell", "concha para taco", "conchas para taco"),
    ("taco", "taco", "tacos"),
    ("burrito", "burrito", "burritos"),
    ("enchilada", "enchilada", "enchiladas"),
    ("quesadilla", "quesadilla", "quesadillas"),
    ("tortilla", "tortilla", "tortillas"),
    ("sandwich", "sándwich", "sándwiches"),
];

/// Details and whole notes, as SR28 writes them (lowercase, single spaces), and what they
/// say in Spanish; `""` leaves the detail out (a note that does not translate well).
static DETAILS: &[(&str, &str)] = &[
    // how it is cut
    ("chopped", "en trocitos"),
    ("diced", "en cubitos"),
    ("cubes", "en cubos"),
    ("chopped or diced", "en trocitos o en cubitos"),
    ("chopped or sliced", "en trocitos o en rebanadas"),
    ("quartered or chopped", "en cuartos o en trocitos"),
    ("sliced", "en rebanadas"),
    ("slices", "en rebanadas"),
    ("sliced or chips", "en rebanadas o en hojuelas"),
    ("pieces", "en trozos"),
    ("chunks", "en trozos"),
    ("or chunks", "o en trozos"),
    ("solid or chunks", "en un trozo o en trozos"),
    ("pieces or slices", "en trozos o en rebanadas"),
    ("flaked and pieces", "en hojuelas y trozos"),
    ("bite size", "en trozos pequeños"),
    ("crushed", "en trozos finos"),
    ("halves", "en mitades"),
    ("halves and whole", "en mitades y sin partir"),
    ("halves or slices", "en mitades o en rebanadas"),
    ("whole or halves", "sin partir o en mitades"),
    ("whole", "sin partir"),
    ("whole kernels", "en granos enteros"),
    ("strips", "en tiras"),
    ("shredded", "en tiras finas"),
    ("grated", "después de rallar"),
    ("ground", "en polvo"),
    ("crumbled", "en migajas"),
    ("mashed", "en puré"),
    ("pureed", "en puré"),
    ("balls", "en bolitas"),
    ("sections", "en gajos"),
    ("sections with juice", "en gajos, con su jugo"),
    ("sections without membranes", "en gajos, sin membranas"),
    ("spaghetti", "en hebras"),
    ("spaghetti packed", "en hebras, apretando bien"),
    ("spaghetti not packed", "en hebras, sin apretar"),
    ("1\" pieces", "en trozos de 1 pulg."),
    ("1/2\" pieces", "en trozos de ½ pulg."),
    ("1\" cubes", "en cubos de 1 pulg."),
    ("1/2\" cubes", "en cubos de ½ pulg."),
    // which part
    ("leaves", "en hojas"),
    ("hearts", "solo los corazones"),
    ("pulp", "solo la pulpa"),
    ("arils", "solo los granos"),
    ("inner", "del centro"),
    ("cherry tomatoes", "de tomates cherry"),
    ("without refuse", "parte comestible"),
    ("excluding refuse", "parte comestible"),
    ("boneless", "sin hueso"),
    ("bone removed", "sin hueso"),
    ("bone and skin removed", "sin hueso ni piel"),
    ("with skin", "con piel"),
    ("without skin", "sin piel"),
    ("peeled", "sin cáscara"),
    ("pitted", "sin hueso"),
    ("without pits", "sin hueso"),
    ("with pits", "con hueso"),
    // how it is prepared
    ("cooked", "después de cocinar"),
    ("yield after cooking", "después de cocinar"),
    ("prepared", "después de preparar"),
    ("dry", "en seco"),
    ("fluid", "sin batir"),
    ("whipped", "después de batir"),
    ("melted", "después de derretir"),
    ("frozen", "sin descongelar"),
    ("unthawed", "sin descongelar"),
    ("thawed", "después de descongelar"),
    ("drained", "sin el líquido"),
    ("drained solids", "sin el líquido"),
    ("undrained", "con su líquido"),
    ("with liquid", "con su líquido"),
    ("packed", "apretando bien"),
    ("loosely packed", "sin apretar"),
    ("not packed", "sin apretar"),
    ("unpacked", "sin apretar"),
    ("total can contents", "todo el contenido"),
    ("as purchased", "tal como se compra"),
    // size and shape
    ("small", "de tamaño pequeño"),
    ("medium", "de tamaño mediano"),
    ("large", "de tamaño grande"),
    ("big", "de tamaño grande"),
    ("mini", "de tamaño mini"),
    ("miniature", "de tamaño mini"),
    ("regular", "de tamaño normal"),
    ("regular size", "de tamaño normal"),
    ("large curd", "de grano grande"),
    ("hole", "de tamaño bolita"),
    ("round", "de forma redonda"),
    ("oval", "de forma ovalada"),
    ("rectangle", "de forma rectangular"),
    ("sub", "sándwich tipo submarino"),
    ("eggroll", "para rollito primavera"),
    ("individually wrapped cake", "en envoltura individual"),
    ("or bottle", "o botella"),
    ("or ring", "o rodaja"),
    ("or 1 packet", "o 1 sobre"),
    ("4/lb", "4 por libra"),
    ("5/lb", "5 por libra"),
    ("1/6 of the loaf", ""),
    ("1/12 of a cake", "1/12 de un pastel"),
    ("1/6 of 17 oz cake", "⅙ de un pastel de 17 oz"),
    ("1/8 of 9\" dia", "⅛ de un pay de 9 pulg."),
    ("approx 20 pieces per cup", "unos 20 trozos por taza"),
    (
        "approximate weight, 1 serving",
        "peso aproximado de 1 porción",
    ),
    ("yields 2 cups whipped", "rinde 2 tazas después de batir"),
    ("4 oz, raw", "4 oz sin cocinar"),
    ("yield from 1 lb raw", "lo que rinde 1 lb sin cocinar"),
    (
        "yield from 1 lb raw meat",
        "lo que rinde 1 lb de carne cruda",
    ),
    (
        "yield from 1 lb raw meat, boneless",
        "lo que rinde 1 lb de carne cruda sin hueso",
    ),
    (
        "yield from 1 lb raw meat with refuse",
        "lo que rinde 1 lb de carne cruda con hueso",
    ),
    (
        "yield from 1/4 lb raw meat",
        "lo que rinde ¼ lb de carne cruda",
    ),
    (
        "yield from 295 g raw meat",
        "lo que rinden 295 g de carne cruda",
    ),
    (
        "yield from 418g raw meat",
        "lo que rinden 418 g de carne cruda",
    ),
    (
        "yield from 532 g raw meat",
        "lo que rinden 532 g de carne cruda",
    ),
    ("yield from 1-1/4 lb", "lo que rinde 1¼ lb"),
    (
        "yield from 1 lb ready-to-cook chicken",
        "lo que rinde 1 lb de pollo listo para cocinar",
    ),
    (
        "yield from 1 lb ready-to-cook duck",
        "lo que rinde 1 lb de pato listo para cocinar",
    ),
    (
        "yield from 1 lb ready-to-cook turkey",
        "lo que rinde 1 lb de pavo listo para cocinar",
    ),
    (
        "yield from 1 raw chop, with refuse, weighing 151 g",
        "de 1 chuleta cruda con hueso de 151 g",
    ),
    (
        "yield from 1 cooked chop, with refuse, weighing 209g",
        "de 1 chuleta cocinada con hueso de 209 g",
    ),
    ("triscuits", "Triscuits"),
    // notes left out: can sizes, brands, serving-size remarks, SR28 bookkeeping
    ("refrigerated", ""),
    ("yield", ""),
    ("yields", ""),
    ("sphere", ""),
    ("303 x 406", ""),
    ("401 x 411", ""),
    ("seed/juice sacs", ""),
    ("sum of drumstick+thigh+back", ""),
    ("include archway brand, grandma brand", ""),
    ("serving size varied from 1 to 3 enchiladas", ""),
    ("serving size varied on diameter and count of quesadila", ""),
    ("varied from 1 to 3 tacos per serving", ""),
];

/// Words of a size or amount note (`2-1/2" dia`, `8-10 inch diameter`, `5" long or less`),
/// besides numbers and units.
static SIZE_WORDS: &[(&str, &str)] = &[
    ("dia", "de diámetro"),
    ("dia.", "de diámetro"),
    ("diameter", "de diámetro"),
    ("long", "de largo"),
    ("high", "de alto"),
    ("thick", "de grosor"),
    ("base", "en la base"),
    ("sq", "por lado"),
    ("square", "por lado"),
    ("x", "×"),
    ("to", "a"),
    ("-", "a"),
    ("or", "o"),
    ("less", "menos"),
    ("approx", "aprox."),
    ("approx.", "aprox."),
    ("raw", "sin cocinar"),
    ("sphere", ""),
];

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
    if let Some(spanish) = lookup(DETAILS, text) {
        return spanish.to_owned();
    }
    size(text).unwrap_or_default()
}

/// A note inside parentheses: the whole note if the vocabulary knows it, otherwise its
/// comma-separated pieces one by one, leaving out those it does not know.
fn note(inner: &str) -> String {
    if let Some(spanish) = lookup(DETAILS, inner) {
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
        } else if let Some(spanish) = lookup(SIZE_WORDS, word) {
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
    UNITS
        .iter()
        .find(|(en, _, _)| en.eq_ignore_ascii_case(word))
        .copied()
}

/// The Spanish for `key` (any case) in a vocabulary table.
fn lookup(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(en, _)| en.eq_ignore_ascii_case(key))
        .map(|(_, es)| *es)
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
        assert_eq!(parse_number("1-1/3"), Some(1.0 + 1.0 / 3.0));
        assert_eq!(parse_number("1/0"), None);
        assert_eq!(parse_number("abc"), None);
    }
}
