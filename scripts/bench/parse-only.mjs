// The baseline: unified + remark-parse over the same files, nothing else.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const processor = unified().use(remarkParse);
const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let nodes = 0;
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
process.stdout.write(`${files.length} files, ${nodes} top-level nodes\n`);
