//! `cargo run -p kith-api --bin conformance -- --base http://127.0.0.1:8080`: the conformance
//! suite of Kith's REST contract (see `src/conformance/`). Native only; on wasm it is empty.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../conformance/mod.rs"]
mod conformance;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let code = conformance::main(std::env::args().skip(1), |k| std::env::var(k).ok());
    std::process::exit(code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
