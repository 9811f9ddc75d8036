// Adversarial inputs next to normal prose of the same size: the time for each and the ratio, so a
// super-linear case shows up as a large ratio. The tests only check that they finish sanely.
import { DEFAULT_SEVERITIES, getBundledIndex, lintText, resolveConfig } from '../../src/core/index';
import { distinctAcronyms, longLine, nestedLists, nestedQuotes, normalProse } from '../../test/unit/helpers/adversarial-inputs';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES);
const lint = (text: string) => {
  const started = performance.now();
  lintText(text, { index, config });
  return performance.now() - started;
};

lint(normalProse(256 * 1024));
const inputs: [string, string][] = [
  ['a 2 MB line with no breaks', longLine(2 * 1024 * 1024)],
  ['100,000 nested list levels', nestedLists(100_000)],
  ['100,000 nested quote levels', nestedQuotes(100_000)],
  ['50,000 distinct acronyms', distinctAcronyms(50_000)],
  ['2 MB of "("', '('.repeat(2 * 1024 * 1024)],
];
console.log('adversarial inputs (in-process lintText; ratio to normal prose of the same size):');
for (const [name, text] of inputs) {
  const ms = lint(text);
  const prose = lint(normalProse(text.length));
  console.log(`- ${name} (${(text.length / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms, ${(ms / prose).toFixed(2)}x prose (${prose.toFixed(0)} ms)`);
}
