import type { PackProblem } from '../core/index';
import { displayPath } from './files';

/** A pack problem's message, with the earlier place a conflict concerns. */
export function packProblemMessage(problem: PackProblem, cwd: string): string {
  const { related } = problem;
  return related ? `${problem.message} (earlier: ${displayPath(related.file, cwd)}:${related.line}:${related.column})` : problem.message;
}

/** "file:line:column: severity: message", as `pack validate` prints it. */
export function describePackProblem(problem: PackProblem, cwd: string): string {
  return `${displayPath(problem.file, cwd)}:${problem.line}:${problem.column}: ${problem.severity}: ${packProblemMessage(problem, cwd)}`;
}
