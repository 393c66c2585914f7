// Lists the largest functions of a wasm file by body size, grouped by crate, using the name
// section (run on target/wasm32-unknown-unknown/release/kith.wasm, before wasm-opt strips it).
// Usage: node scripts/wasm-sizes.mjs <file.wasm> [top=40]
import { readFileSync } from "node:fs";

const buf = readFileSync(process.argv[2]);
const top = Number(process.argv[3] || 40);
let p = 8;
const u32 = () => { let r = 0, s = 0, b; do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
let imported = 0; const bodies = []; const names = new Map();
while (p < buf.length) {
  const id = buf[p++]; const size = u32(); const end = p + size;
  if (id === 2) { // imports
    const n = u32();
    for (let i = 0; i < n; i++) {
      p += u32(); p += u32(); const kind = buf[p++];
      if (kind === 0) { u32(); imported++; } else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { p += 2; } else if (kind === 4) { p++; u32(); }
    }
  } else if (id === 10) {
    const n = u32();
    for (let i = 0; i < n; i++) { const s = u32(); bodies.push(s); p += s; }
  } else if (id === 0) {
    const nl = u32(); const name = buf.subarray(p, p + nl).toString(); p += nl;
    if (name === "name") {
      while (p < end) {
        const sub = buf[p++]; const ss = u32(); const se = p + ss;
        if (sub === 1) { const n = u32(); for (let i = 0; i < n; i++) { const idx = u32(); const l = u32(); names.set(idx, buf.subarray(p, p + l).toString()); p += l; } }
        p = se;
      }
    }
  }
  p = end;
}
const rows = bodies.map((s, i) => [s, names.get(i + imported) || `func${i + imported}`]);
const total = rows.reduce((a, [s]) => a + s, 0);
// Legacy Rust mangling: _ZN<len><segment>...; an impl segment reads _$LT$path..Type$u20$as...
const crateOf = (n) => {
  const m = /^_ZN(\d+)/.exec(n);
  if (!m) return n.split(/[:.]/)[0] || "?";
  let seg = n.slice(3 + m[1].length, 3 + m[1].length + Number(m[1]));
  seg = seg.replace(/^_?\$LT\$/, "").replace(/^\$RF\$/, "").replace(/^\$u5b\$/, "");
  const c = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(seg);
  return c ? c[1] : seg.slice(0, 20);
};
const byCrate = new Map();
for (const [s, n] of rows) byCrate.set(crateOf(n), (byCrate.get(crateOf(n)) || 0) + s);
console.log(`code bytes: ${total} in ${rows.length} functions`);
console.log("\nby crate:");
[...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([c, s]) => console.log(`${String(s).padStart(9)}  ${(100 * s / total).toFixed(1).padStart(5)}%  ${c}`));
console.log("\nlargest functions:");
rows.sort((a, b) => b[0] - a[0]).slice(0, top).forEach(([s, n]) => console.log(`${String(s).padStart(8)}  ${n.slice(0, 150)}`));
