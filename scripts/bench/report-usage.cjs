// Preloaded into every benchmarked Node process (NODE_OPTIONS=--require): at exit it writes the
// process's own CPU time and peak memory to the file named by POLICY_LENS_BENCH_USAGE.
const { writeFileSync } = require('node:fs');
const target = process.env.POLICY_LENS_BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }));
  });
}
