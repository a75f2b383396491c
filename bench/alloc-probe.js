// The machine's ceiling for two threads of allocation-heavy JavaScript, for bench/scale.bench.ts: a fixed amount
// of work shaped like extraction (many small objects, strings, JSON), timed in one process. The bench runs it alone
// and two at once; 2 × alone / together is what two threads of such work can gain here, whatever our code does.
const started = performance.now();
let sink = 0;
for (let round = 0; round < 40; round++) {
  const items = [];
  for (let i = 0; i < 50_000; i++) items.push({ id: `n${i}`, text: `some turn text ${i}`, spans: [i, i + 1, i + 2], seen: new Map([[i, i]]) });
  const json = JSON.stringify(items.map(({ seen, ...rest }) => (seen.size ? rest : null)));
  sink += JSON.parse(json).length;
}
if (sink !== 2_000_000) throw new Error('probe did not run its work');
process.stdout.write(`${((performance.now() - started) / 1000).toFixed(3)}\n`);
