// What `import ... from 'vscode'` resolves to in layers that must not use VS Code (see tsconfig.core.json):
// any use of the API then fails the type check, naming this file.
/** Policy Lens's core, server and CLI never import vscode; only src/extension does. */
export declare const VSCODE_IS_NOT_AVAILABLE_IN_THIS_LAYER: never;
