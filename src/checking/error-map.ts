import type { z } from 'zod';
import { didYouMean } from './suggest.ts';
import { suggestLicense } from '../schemas/license.ts';
import countries from 'i18n-iso-countries';
import { isHttpUrl } from '../schemas/fields.ts';
import type { ProblemCode } from './problems.ts';

/** A schema problem in contributor terms: where, what was expected, what was found, how to fix it. */
export interface FieldProblem {
  path: PropertyKey[];
  /** Point at the key (`licence:`) rather than at its value. */
  atKey: boolean;
  message: string;
  suggestion?: string;
  code?: ProblemCode;
}

/** Follows a field path through objects, arrays, records and wrappers to the schema that validates it. */
export function schemaAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: any = schema;
  for (const key of path) {
    current = unwrap(current);
    if (!current) return undefined;
    const type = current.def?.type;
    if (type === 'object') current = current.shape[key as string];
    else if (type === 'array') current = current.element;
    else if (type === 'record') current = current.valueType;
    else return undefined;
  }
  return current;
}

function unwrap(schema: any): any {
  let s = schema;
  while (s && ['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(s.def?.type)) s = s.def.innerType;
  if (s?.def?.type === 'pipe') return unwrap(s.def.in);
  return s;
}

function describe(schema: z.ZodType | undefined): string | undefined {
  return (schema as any)?.description ?? unwrap(schema)?.description;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a set of fields';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return `${typeof value === 'string' ? '' : `${typeof value} `}${text.length > 70 ? `${text.slice(0, 67)}..."` : text}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
};

function expectation(message: string): string {
  return /^(a|an|one|at|no)\b/.test(message) ? `expected ${message}` : message;
}

/** Turns one Zod issue (parsed with `reportInput: true`) into a contributor-facing problem. */
export function mapIssue(issue: z.core.$ZodIssue, schema: z.ZodType): FieldProblem[] {
  const path = issue.path as PropertyKey[];
  const input = (issue as any).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys((unwrap(schemaAt(schema, path)) as any)?.shape ?? {});
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `unknown field "${key}"; expected one of ${known.join(', ')}`,
        suggestion: didYouMean(key, known) ?? 'remove it, or propose the field in an issue',
        code: 'unknown-field' as const,
      }));
    }
    case 'invalid_type': {
      if (input === null) {
        const about = describe(schemaAt(schema, path));
        return [{ path, atKey: false, message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, found an empty value${about ? ` (${about})` : ''}`, suggestion: 'fill it in, or remove the line if the field is optional' }];
      }
      if (input === undefined) {
        const field = schemaAt(schema, path);
        const about = describe(field);
        return [{ path, atKey: true, message: `required field "${String(path.at(-1))}" is missing${about ? `: ${about}` : ''}`, suggestion: `add a line "${String(path.at(-1))}: ..."` }];
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const hint =
        issue.expected === 'string' && typeof input !== 'string'
          ? 'put the value in double quotes'
          : issue.expected === 'array'
            ? 'write a list, such as [a, b] or one "- item" per line'
            : issue.expected === 'number' && typeof input === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(input)
              ? `write the number without quotes: ${input.trim()}`
              : undefined;
      return [{ path, atKey: false, message: `expected ${expected}, found ${typeof input === 'string' ? 'text ' : ''}${show(input)}`, suggestion: hint }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      return [
        {
          path,
          atKey: false,
          message: `expected one of ${values.join(', ')}; found ${show(input)}`,
          suggestion: typeof input === 'string' ? didYouMean(input, values) : undefined,
        },
      ];
    }
    case 'invalid_union': {
      return [{ path, atKey: false, message: `expected true, false or some text; found ${show(input)}` }];
    }
    case 'invalid_key': {
      return [{ path, atKey: true, message: `the key ${show(input)} is not an id in lowercase kebab-case`, suggestion: 'write the id as in the file name, such as "public-api"' }];
    }
    default: {
      const field = String(path.at(-1) ?? '');
      let suggestion: string | undefined;
      if (field === 'license' && typeof input === 'string') {
        const fix = suggestLicense(input);
        suggestion = fix ? `did you mean "${fix}"?` : 'see https://spdx.org/licenses/ for ids';
      } else if (typeof input === 'string' && /^\s*(javascript|data|vbscript|file):/i.test(input)) {
        suggestion = 'only web addresses (https://...) are accepted';
      } else if (typeof input === 'string' && /^[A-Z]+:\/\//.test(input)) {
        suggestion = `write the scheme in lowercase: "${input.replace(/^[A-Z]+/, (s) => s.toLowerCase())}"`;
      } else if (typeof input === 'string' && issue.message.includes('absolute URL') && /^[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/.test(input) && isHttpUrl(`https://${input}`)) {
        suggestion = `did you mean "https://${input}"?`;
      } else if (field === 'country' && typeof input === 'string') {
        const code = /^[a-z]{2}$/i.test(input) ? input.toUpperCase() : /^[a-z]{3}$/i.test(input) ? countries.alpha3ToAlpha2(input.toUpperCase()) : undefined;
        if (code && countries.isValid(code)) suggestion = `did you mean "${code}"?`;
      }
      const found = issue.code === 'too_small' || issue.code === 'too_big' ? foundSize(input) : show(input);
      return [{ path, atKey: false, message: `${expectation(issue.message)}; found ${found}`, suggestion }];
    }
  }
}

function foundSize(input: unknown): string {
  if (typeof input === 'string') return `${[...input].length} characters`;
  if (Array.isArray(input)) return `${input.length} item${input.length === 1 ? '' : 's'}`;
  return show(input);
}
