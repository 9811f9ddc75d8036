// Validates the human-edited corpus files against their schema, checks every reference, links
// recommendations to terms and writes the compiled corpus the engine bundles.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { Corpus } from '../src/core/corpus';
import { checkCorpusLinks, linkRecommendationsToTerms } from '../src/core/corpus-links';
import { LineIndex } from '../src/core/positions';

const root = join(import.meta.dirname, '..');
const corpusDir = join(root, 'corpus');
const output = join(root, 'src/core/corpus.generated.json');

/** Reads every corpus data file, reporting schema problems as file:line:column. */
export function loadCorpusFiles(dir: string): { corpus: Corpus; problems: string[] } {
  const schema = JSON.parse(readFileSync(join(dir, 'schema/corpus.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const corpus: Corpus = { terms: [], recommendations: [], sources: [] };
  const problems: string[] = [];
  for (const file of dataFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const name = relative(root, file);
    let data: Partial<Corpus>;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push(`${name}:1:1 invalid JSON: ${(error as Error).message}`);
      continue;
    }
    if (!validate(data)) {
      const tree = parseTree(text);
      const lines = new LineIndex(text);
      for (const error of validate.errors ?? []) {
        const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        const node = tree && findNodeAtLocation(tree, path);
        const position = lines.positionAt(node?.offset ?? 0);
        problems.push(`${name}:${position.line}:${position.column} ${error.instancePath || '/'} ${error.message}`);
      }
      continue;
    }
    corpus.terms.push(...(data.terms ?? []));
    corpus.recommendations.push(...(data.recommendations ?? []));
    corpus.sources.push(...(data.sources ?? []));
  }
  for (const problem of checkCorpusLinks(corpus)) problems.push(`corpus: ${problem.entry} ${problem.message}`);
  return { corpus: linkRecommendationsToTerms(corpus), problems };
}

function dataFiles(dir: string): string[] {
  return ['sources', 'terms', 'recommendations'].flatMap((folder) =>
    readdirSync(join(dir, folder))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => join(dir, folder, file)),
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { corpus, problems } = loadCorpusFiles(corpusDir);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`corpus: ${problems.length} problem(s); nothing written`);
    process.exit(1);
  }
  corpus.terms.sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(output, JSON.stringify(corpus) + '\n');
  console.log(`corpus: ${corpus.terms.length} terms, ${corpus.recommendations.length} recommendations, ${corpus.sources.length} sources → ${relative(root, output)}`);
}
