// Types for corpus.mjs, which the TypeScript benchmarks import.
export function markdownFiles(folder: string): string[];
export function benchCorpus(root: string): { folder: string; files: string[]; generated: boolean };
export function totalBytes(files: readonly string[]): number;
