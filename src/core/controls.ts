import { CONTROL_COMMENT_PREFIX } from './constants';
import type { HtmlComment } from './parse';
import type { LineIndex } from './positions';

type Directive = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

interface ControlComment {
  readonly directive: Directive;
  /** Rule ids; empty means every rule. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly endLine: number;
}

const CONTROL = new RegExp(`^\\s*${CONTROL_COMMENT_PREFIX}(disable-next-line|disable-line|disable|enable)\\b([^]*)$`);

/** Decides, from `<!-- policy-lens-… -->` comments, whether a rule is silenced on a line. */
export class ControlComments {
  private readonly comments: ControlComment[] = [];

  constructor(comments: readonly HtmlComment[], lines: LineIndex) {
    for (const comment of comments) {
      const match = CONTROL.exec(comment.body);
      if (!match) continue;
      this.comments.push({
        directive: match[1] as Directive,
        rules: match[2].split(/[\s,]+/).filter(Boolean),
        line: lines.positionAt(comment.start).line,
        endLine: lines.positionAt(comment.end).line,
      });
    }
  }

  get isEmpty(): boolean {
    return this.comments.length === 0;
  }

  /** Whether a finding of `ruleId` on `line` is silenced. */
  isDisabled(ruleId: string, line: number): boolean {
    let disabled = false;
    for (const comment of this.comments) {
      const applies = comment.rules.length === 0 || comment.rules.includes(ruleId);
      if (!applies) continue;
      switch (comment.directive) {
        case 'disable-next-line':
          if (line === comment.endLine + 1) return true;
          break;
        case 'disable-line':
          if (line >= comment.line && line <= comment.endLine) return true;
          break;
        case 'disable':
          if (comment.line <= line) disabled = true;
          break;
        case 'enable':
          if (comment.line <= line) disabled = false;
          break;
      }
    }
    return disabled;
  }
}
