//! `cargo run -p kith-conformance -- --base http://127.0.0.1:8080`: checks a backend against
//! Kith's REST contract (the checks are in the library, one module per area).

fn main() {
    let code = kith_conformance::main(std::env::args().skip(1), |k| std::env::var(k).ok());
    std::process::exit(code);
}
