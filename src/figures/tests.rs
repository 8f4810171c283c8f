use super::*;
use crate::planning::library;

/// A small XML well-formedness check: balanced tags, quoted attributes, escaped text, one root.
fn well_formed(xml: &str) -> std::result::Result<(), String> {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = xml;
    let mut roots = 0;
    while let Some(open) = rest.find(['<', '&']) {
        let (text, tail) = rest.split_at(open);
        if text.contains('>') {
            return Err(format!("stray '>' in {text:?}"));
        }
        if tail.starts_with('&') {
            let end = tail.find(';').ok_or("unterminated entity")?;
            if !["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(&&tail[..=end]) {
                return Err(format!("unknown entity {}", &tail[..=end]));
            }
            rest = &tail[end + 1..];
            continue;
        }
        let close = tail.find('>').ok_or("unterminated tag")?;
        let tag = &tail[1..close];
        rest = &tail[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop() != Some(name) {
                return Err(format!("mismatched </{name}>"));
            }
            continue;
        }
        if stack.is_empty() {
            roots += 1;
        }
        let self_closing = tag.ends_with('/');
        let body = tag.trim_end_matches('/');
        let name = body.split(' ').next().unwrap_or("");
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(format!("bad tag name {name:?}"));
        }
        // Attributes: name="value" pairs, values without '<' or '"'.
        let mut attrs = body[name.len()..].trim();
        while !attrs.is_empty() {
            let eq = attrs
                .find("=\"")
                .ok_or(format!("bad attribute in {tag:?}"))?;
            let key = &attrs[..eq];
            if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err(format!("bad attribute name {key:?}"));
            }
            let after = &attrs[eq + 2..];
            let end = after.find('"').ok_or("unterminated attribute")?;
            if after[..end].contains('<') {
                return Err("'<' in an attribute".into());
            }
            attrs = after[end + 1..].trim_start();
        }
        if !self_closing {
            stack.push(name);
        }
    }
    if !stack.is_empty() || roots != 1 || !rest.trim().is_empty() {
        return Err(format!("unclosed {stack:?}, {roots} roots"));
    }
    Ok(())
}

fn all_options() -> [Options; 4] {
    [
        Options {
            lang: Lang::En,
            animate: true,
        },
        Options {
            lang: Lang::Es,
            animate: true,
        },
        Options {
            lang: Lang::En,
            animate: false,
        },
        Options {
            lang: Lang::Es,
            animate: false,
        },
    ]
}

#[test]
fn every_library_exercise_has_a_figure_with_at_least_two_poses() {
    for e in library::all() {
        let f = find(e.id);
        assert!(f.is_some(), "no figure for {}", e.id);
        assert!(f.is_some_and(|f| f.poses.len() >= 2), "{}", e.id);
    }
    let written: Vec<&str> = poses::TABLE.iter().map(|f| f.id).collect();
    let library: Vec<&str> = library::all().iter().map(|e| e.id).collect();
    assert_eq!(written, library, "the pose table is in the library's order");
}

#[test]
fn the_stored_layout_gives_back_every_written_figure() {
    for (i, written) in poses::TABLE.iter().enumerate() {
        assert_eq!(poses::figure(i).as_ref(), Some(written), "{}", written.id);
        assert_eq!(find(written.id).as_ref(), Some(written));
    }
    assert_eq!(poses::figure(poses::TABLE.len()), None);
}

#[test]
fn every_pose_is_anatomically_and_physically_possible() {
    let problems: Vec<String> = poses::TABLE.iter().flat_map(scene::problems).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checks_catch_a_bent_back_knee_a_foot_below_the_floor_and_a_leg_through_the_chair() {
    static KNEE_BACK: [Pose; 2] = [
        skeleton::p(0, 0, 0, 0, [0, 0], [0, 0], [0, -10, 0], [0, 0, 0]),
        skeleton::p(0, 0, 0, 0, [0, 0], [0, 0], [0, 0, 0], [0, 0, 0]),
    ];
    let knee_back = Figure {
        poses: &KNEE_BACK,
        props: &[],
        ..poses::TABLE[0]
    };
    assert!(scene::problems(&knee_back)
        .iter()
        .any(|p| p.contains("knee -10")));
    // The chair of sit-to-stand placed in the figure's thighs.
    let through_chair = Figure {
        props: &[Prop::Chair(At(Joint::Hip, 0, 6, -6))],
        ..poses::TABLE[0]
    };
    assert!(scene::problems(&through_chair)
        .iter()
        .any(|p| p.contains("through a prop")));
    let through_wall = Figure {
        props: &[Prop::Wall(At(Joint::Hand, 0, -6, 0))],
        ..find("wall-push-up").expect("figure")
    };
    assert!(scene::problems(&through_wall)
        .iter()
        .any(|p| p.contains("through a prop")));
    // The deadlift's plate rests on the floor with the feet, not below it and not floating.
    let bodies = scene::bodies(&find("deadlift").expect("figure"));
    let plate_bottom = bodies[0].at(Joint::Hand).1 + 11.0;
    assert!((-2.0..=0.5).contains(&plate_bottom), "{plate_bottom}");
    assert!(bodies[0].at(Joint::Heel).1 + skeleton::FOOT_R > -2.0);
}

#[test]
fn every_svg_is_well_formed_with_title_desc_and_nothing_the_csp_refuses() {
    for e in library::all() {
        for options in all_options() {
            let svg = exercise_figure(e.id, options).expect("figure");
            if let Err(why) = well_formed(&svg) {
                panic!("{} {options:?}: {why}\n{svg}", e.id);
            }
            let (name, cue) = match options.lang {
                Lang::En => (e.name_en(), e.cue_en()),
                Lang::Es => (e.name_es(), e.cue_es()),
            };
            let mut title = String::new();
            svg::escape(&mut title, name);
            let mut desc = String::new();
            svg::escape(&mut desc, cue);
            assert!(
                svg.contains(&format!("<title>{title}</title><desc>{desc}</desc>")),
                "{}",
                e.id
            );
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(svg.contains(" viewBox=\""));
            for banned in [
                "style",
                "<script",
                "href",
                "url(",
                "javascript:",
                "<foreignObject",
            ] {
                assert!(!svg.contains(banned), "{} contains {banned}", e.id);
            }
            // No event-handler attributes (` onload="…"`): every attribute name is known.
            let mut rest = svg.as_str();
            while let Some(eq) = rest.find("=\"") {
                let name = rest[..eq].rsplit([' ', '<']).next().unwrap_or("");
                assert!(!name.starts_with("on"), "{} has {name}", e.id);
                rest = &rest[eq + 2..];
            }
            let animated = svg.contains("<animateTransform");
            assert_eq!(animated, options.animate, "{}", e.id);
        }
    }
}

#[test]
fn still_figures_show_every_key_pose_side_by_side() {
    let f = find("sit-to-stand").expect("figure");
    let svg = exercise_figure(
        "sit-to-stand",
        Options {
            lang: Lang::En,
            animate: false,
        },
    )
    .expect("svg");
    assert_eq!(svg.matches("class=\"fig-body\"").count(), f.poses.len());
    assert!(!svg.contains("<animate"));
    let animated = exercise_figure("sit-to-stand", Options::default()).expect("svg");
    assert_eq!(animated.matches("class=\"fig-body\"").count(), 1);
}

#[test]
fn repetitions_take_two_to_four_seconds_and_holds_hold() {
    for f in poses::TABLE {
        let tenths = match f.motion {
            Motion::Rep(t) | Motion::Hold(t) | Motion::Loop(t) => t,
        };
        assert!((12..=60).contains(&tenths), "{} {tenths}", f.id);
    }
    let svg = exercise_figure("plank", Options::default()).expect("svg");
    // Hold: into the pose by 20 %, held until 70 %.
    assert!(svg.contains("keyTimes=\"0;0.2;0.7;0.9;1\""), "{svg}");
}

#[test]
fn titles_are_escaped_and_unknown_ids_are_errors() {
    let mut out = String::new();
    svg::escape(&mut out, "a<b & \"c\" 'd'>");
    assert_eq!(out, "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    assert!(well_formed("<a><b/></a>").is_ok());
    assert!(well_formed("<a><b></a>").is_err());
    assert!(well_formed("<a>&nope;</a>").is_err());
    assert_eq!(
        exercise_figure("<script>", Options::default()).map_err(|e| e.code()),
        Err("UNKNOWN_EXERCISE")
    );
}

#[test]
fn languages_read_from_their_tags_and_others_are_refused() {
    assert_eq!(Lang::try_from("en".to_owned()), Ok(Lang::En));
    assert_eq!(Lang::try_from("es".to_owned()), Ok(Lang::Es));
    assert_eq!(Lang::try_from("fr".to_owned()), Err("unknown language"));
    assert_eq!(Lang::try_from("ES".to_owned()), Err("unknown language"));
}
