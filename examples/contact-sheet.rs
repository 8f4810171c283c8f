//! `make figures`: writes the contact sheet of every exercise figure (key poses side by side,
//! labelled with id and English name) to the path given, default `docs/figures.svg`;
//! `contact-sheet out.svg 16 8` draws exercises 16 to 23 only.

use osteoplan::figures::{exercise_figure, Lang, Options};
use osteoplan::planning::library;

const COLUMNS: usize = 4;
const CELL_W: usize = 330;
const CELL_H: usize = 150;

fn main() -> std::io::Result<()> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "docs/figures.svg".into());
    // Optional: first index and count, to look at part of the sheet closely.
    let arg = |i: usize| {
        std::env::args()
            .nth(i)
            .and_then(|a| a.parse::<usize>().ok())
    };
    let all = library::all();
    let start = arg(2).unwrap_or(0).min(all.len());
    let count = arg(3).unwrap_or(all.len());
    let exercises: Vec<_> = all.iter().skip(start).take(count).collect();
    let rows = exercises.len().div_ceil(COLUMNS);
    let (w, h) = (COLUMNS * CELL_W, rows * CELL_H + 30);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"DejaVu Sans, sans-serif\" font-size=\"13\">\n<title>osteoplan exercise figures</title>\n\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#fff\"/>\n\
         <text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">osteoplan: every exercise figure, key poses left to right ({} exercises)</text>\n",
        exercises.len()
    );
    for (i, e) in exercises.iter().enumerate() {
        let (x, y) = ((i % COLUMNS) * CELL_W, (i / COLUMNS) * CELL_H + 30);
        let figure = exercise_figure(
            e.id,
            Options {
                lang: Lang::En,
                animate: false,
            },
        )
        .map_err(|err| std::io::Error::other(err.to_string()))?;
        // The figure's own <svg> nested in a cell, below its label.
        let nested = figure.replacen(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"",
            &format!(
                "<svg x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" color=\"#1d232b\"",
                x + 6,
                y + 22,
                CELL_W - 12,
                CELL_H - 28
            ),
            1,
        );
        let mut label = String::new();
        osteoplan::figures::svg::escape(&mut label, e.name_en());
        out.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#ccd\"/>\n<text x=\"{}\" y=\"{}\">{label}</text>\n{nested}\n",
            x + 2, y + 2, CELL_W - 4, CELL_H - 4, x + 8, y + 18
        ));
    }
    out.push_str("</svg>\n");
    std::fs::write(&path, out)?;
    println!("wrote {path}");
    Ok(())
}
