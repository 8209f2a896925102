//! Prints, per country, how many numbers a woman sees and how many of them two independent
//! publishers give (issue 18): `cargo run -p ruta-contentc --bin sources`.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    match ruta_contentc::load(&root) {
        Ok(pack) => print!("{}", ruta_contentc::coverage::report(&pack)),
        Err(e) => {
            eprint!("{e}");
            std::process::exit(1);
        }
    }
}
