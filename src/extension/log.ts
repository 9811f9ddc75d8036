import * as vscode from 'vscode';
import { escapeControlCharacters } from '../core/index';

/** The "Policy Lens" output channel: what failed and why, so a failure is never silent. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Policy Lens');

  /** A problem with a configuration, a pack or a file, with where it is. */
  problem(message: string): void {
    this.write('problem', message);
  }

  /** Something that failed: a lint, a load, a command. */
  failure(what: string, error: unknown): void {
    this.write('failure', `${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  private write(kind: string, message: string): void {
    this.channel.appendLine(`[${new Date().toISOString()}] ${kind}: ${escapeControlCharacters(message)}`);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
