// jieba-rs through @node-rs/jieba: load time and MiB/s of cut(text, hmm=true), best of N runs, in wall-clock and in
// CPU time, and the peak resident set. Prints one JSON object; with ENDS_FILE, also writes each token's end as a UTF-16
// offset, one per line, which bench-segmenter.sh compares with the other implementations' ends.
// Usage: node bench-segmenter-node.mjs NODE_PREFIX FILE [RUNS [ENDS_FILE]]   (NODE_PREFIX: where npm installed @node-rs/jieba)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [prefix, file, runsArg, endsFile] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const require = createRequire(join(resolve(prefix), 'package.json'));
const text = readFileSync(file, 'utf8');
const mib = Buffer.byteLength(text, 'utf8') / (1024 * 1024);

let started = process.hrtime.bigint();
const loadCpu = process.cpuUsage();
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);
jieba.cut('预热', true);
const loadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const loadUsed = process.cpuUsage(loadCpu);

const words = jieba.cut(text, true);
const tokens = words.length;
let best = Infinity;
let bestCpu = Infinity;
for (let run = 0; run < runs; run++) {
  started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  jieba.cut(text, true);
  const used = process.cpuUsage(cpu);
  best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
}
if (endsFile) {
  let end = 0;
  writeFileSync(endsFile, words.map((word) => `${(end += word.length)}\n`).join(''), 'ascii');
}
// resourceUsage().maxRSS is in KiB.
console.log(JSON.stringify({
  implementation: '@node-rs/jieba 2.0.3 (jieba-rs)', load_seconds: loadSeconds,
  load_cpu_seconds: (loadUsed.user + loadUsed.system) / 1e6, mib_per_second: mib / best,
  mib_per_cpu_second: mib / bestCpu, peak_working_set_mib: process.resourceUsage().maxRSS / 1024, tokens,
}));
