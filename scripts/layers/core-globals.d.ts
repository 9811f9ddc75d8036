// The one host API the core uses beyond ES2022: Node, browsers and workers all provide it. Declared
// here, for tsconfig.core.json only, so the core compiles against ES2022 without DOM or Node types.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
