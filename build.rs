fn main() {
    // The generated parser goes to OUT_DIR/python.rs and is included with
    // `lalrpop_util::lalrpop_mod!(python, "/python.rs")` in src/syntax/mod.rs.
    lalrpop::Configuration::new()
        .set_out_dir(std::env::var("OUT_DIR").unwrap())
        .process_file("grammar/python.lalrpop")
        .expect("grammar/python.lalrpop failed to generate");
    println!("cargo:rerun-if-changed=grammar/python.lalrpop");
    println!("cargo:rerun-if-changed=build.rs");
}
