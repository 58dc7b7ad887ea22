// The benchmark's peer: wink-nlp over the same corpus Pamir analyses, reading sentences, tokens
// and its entities (dates, numbers, money). Prints one JSON object with the timings of each run.
// usage: node wink.js CORPUS_DIR RUNS
'use strict';
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const [dir, runsArg] = process.argv.slice(2);
const runs = Math.max(1, parseInt(runsArg || '3', 10));
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const nlp = winkNLP(model);
const its = nlp.its;

function analyse() {
  let sentences = 0, tokens = 0, entities = 0;
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    sentences += doc.sentences().length();
    tokens += doc.tokens().length();
    doc.entities().each((e) => { e.out(its.type); entities += 1; });
  }
  return { sentences, tokens, entities };
}

analyse(); // warm-up
const seconds = [];
let counts;
for (let i = 0; i < runs; i++) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  counts = analyse();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  seconds.push({ wall, cpu: (cpu.user + cpu.system) / 1e6 });
}
process.stdout.write(JSON.stringify({ documents: texts.length, bytes, runs: seconds, ...counts }) + '\n');
