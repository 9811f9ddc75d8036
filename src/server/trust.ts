/**
 * Whether the client trusts the workspace (VS Code's Restricted Mode), as it said in
 * `initializationOptions.trusted` and later by `policyLens/workspaceTrusted`. Clients that say
 * nothing are trusted, as every other editor treats the folders it opens. Untrusted, packs from the
 * workspace are not loaded and the options whose cost a workspace chooses are ignored.
 */
export class WorkspaceTrust {
  private toldAboutPacks = false;

  constructor(
    public trusted: boolean,
    /** Shows a message to the user (window/showMessage). */
    readonly tell: (message: string) => void,
    /** A file's name as the user knows it: relative to its workspace folder. */
    readonly displayName: (uri: string) => string,
  ) {}

  /** Says once that the workspace's packs wait for trust. */
  packsLeftOut(): void {
    if (this.toldAboutPacks) return;
    this.toldAboutPacks = true;
    this.tell('Policy Lens: team packs from this workspace are not loaded until you trust the workspace. The bundled glossary and rules work as usual.');
  }
}
