import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The example team pack, as the repository names it. */
export const EXAMPLE_PACK_FILE = 'examples/packs/semiconductor-supply-chain.policypack.json';
/** Its absolute path, for configurations that name it from a temporary folder. */
export const EXAMPLE_PACK_PATH = join(import.meta.dirname, '..', '..', '..', EXAMPLE_PACK_FILE);
export const EXAMPLE_PACK_TEXT = readFileSync(EXAMPLE_PACK_PATH, 'utf8');

/** A valid pack term that the bundled glossary does not know. */
export const PACK_TERM = {
  id: 'apwg',
  term: 'APWG',
  kind: 'acronym',
  expansion: 'Advanced Packaging Working Group',
  definition: 'The interagency group that tracks packaging capacity for the office.',
  category: 'institution',
  status: 'current',
  asOf: '2026-11',
  sources: [{ id: 'official-chips-and-science-act' }],
};
