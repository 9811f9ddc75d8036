import { neutraliseWorkflowCommands, terminalText } from '../core/index';
import type { Io } from './main';

/**
 * Every write of the CLI goes through here. Plain text (messages, reports, JSON, file names) loses its
 * control characters and cannot start a GitHub workflow command; only our own formatted output keeps
 * what it needs: the github format's annotations, and stylish's colours (both escape their fields).
 */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Workflow commands the github formatter wrote, with every value escaped. */
  annotations(text: string): void;
  /** Colours from the stylish formatter, whose fields are escaped. */
  styled(text: string): void;
}

/** The safe writer over an `Io`. */
export function outputOf(io: Io): Output {
  return {
    stdout: (text) => io.stdout(terminalText(text)),
    stderr: (text) => io.stderr(terminalText(text)),
    annotations: (text) => io.stdout(text),
    styled: (text) => io.stdout(neutraliseWorkflowCommands(text)),
  };
}
