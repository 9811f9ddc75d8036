// The host APIs the core uses beyond ES2022: Node, browsers and workers all provide them. Declared
// here, for tsconfig.core.json only, so the core compiles against ES2022 without DOM or Node types.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** WHATWG URL parsing (validating the links of source entries). */
declare class URL {
  constructor(input: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
}
