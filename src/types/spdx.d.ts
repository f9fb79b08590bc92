// The SPDX packages ship no type declarations; these are the shapes src/schemas/license.ts uses.
declare module 'spdx-correct' {
  /** The SPDX expression a free-text licence name most likely means, or null. */
  export default function correct(value: string, options?: { upgrade?: boolean }): string | null;
}
declare module 'spdx-license-ids' {
  const ids: string[];
  export default ids;
}
declare module 'spdx-license-ids/deprecated.json' {
  const ids: string[];
  export default ids;
}
declare module 'spdx-expression-parse' {
  /** A parsed SPDX expression: a licence leaf, or a conjunction of two expressions. */
  export type SpdxNode = { license: string; plus?: boolean; exception?: string } | { conjunction: 'and' | 'or'; left: SpdxNode; right: SpdxNode };
  /** Throws on a string that is not a valid SPDX expression. */
  export default function parse(expression: string): SpdxNode;
}
