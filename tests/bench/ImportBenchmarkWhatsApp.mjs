// The npm package whatsapp-chat-parser parsing the same WhatsApp export as ImportBenchmark, for comparison.
// Run by ImportBenchmark when node is installed and the package can be found (NODE_PATH, or a node_modules folder
// beside this script): npm install --prefix DIR whatsapp-chat-parser && NODE_PATH=DIR/node_modules ...
// Prints one JSON line: {"messages": N, "seconds": S} or {"skipped": "why"}. Never needed for CI.
// Usage: node ImportBenchmarkWhatsApp.mjs CHAT.txt [RUNS]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let parser;
try {
    parser = require('whatsapp-chat-parser');
} catch (e) {
    console.log(JSON.stringify({ skipped: 'whatsapp-chat-parser is not installed' }));
    process.exit(0);
}
// Timed RUNS times (argument 3, default 1), the fastest kept, as the C++ side does for its own parser.
const runs = Number(process.argv[3] ?? 1);
const text = readFileSync(process.argv[2], 'utf8');
let seconds = Infinity;
let messages = [];
for (let run = 0; run < runs; ++run) {
    const start = process.hrtime.bigint();
    messages = parser.parseString(text, { daysFirst: true });
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
}
console.log(JSON.stringify({ messages: messages.length, seconds }));
