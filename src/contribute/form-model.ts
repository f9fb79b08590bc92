/**
 * The contribution form's fields, read from the JSON Schema the Zod schemas generate
 * (src/publish/json-schemas.ts): a field or a status value added to a schema appears in the form
 * without touching it. Reference fields (`x-references`) get a picker of the catalogue's entries,
 * licence, country and language fields (`x-suggest`) a list of suggestions.
 */

/** `answers`: a map written as rows of a key (an id) and a value, such as a tool's criteria answers. */
export type Widget = 'text' | 'textarea' | 'url' | 'date' | 'number' | 'checkbox' | 'select' | 'list' | 'group' | 'group-list' | 'answers';

export interface FieldSpec {
  key: string;
  /** Dotted path from the front matter's root; `*` stands for an item's index in a group list. */
  path: string;
  widget: Widget;
  required: boolean;
  /** The schema's own description of the field (English). */
  description?: string;
  /** Values of an enumeration (select). */
  options?: string[];
  /** Kind of entry a reference field (or a list's items) names: `organizations`, `use-cases`... */
  references?: string;
  /** Suggestions for free values: `license`, `country` or `language`. */
  suggest?: string;
  minLength?: number;
  maxLength?: number;
  /** For a list: true when its items are short ids written `[a, b]` in the file. */
  flow?: boolean;
  /** Fields of a group (an object) or of each item of a group list. */
  fields?: FieldSpec[];
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  'x-references'?: string;
  'x-suggest'?: string;
};

/** Fields a person never fills in: an importer's mark, a local image (the form cannot add files), a translation's fingerprint. */
export const NOT_IN_FORM = ['draft', 'logo', 'original_digest'];

/** Values that are short ids, written in flow style by hand and by the importers. */
const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

function spec(key: string, path: string, s: JsonSchema, required: boolean): FieldSpec | undefined {
  const base = { key, path, required, ...(s.description && { description: s.description }) };
  if (s.const !== undefined) return undefined;
  if (s.enum) return { ...base, widget: 'select', options: s.enum.map(String) };
  if (s.type === 'boolean') return { ...base, widget: 'checkbox' };
  if (s.type === 'integer' || s.type === 'number') return { ...base, widget: 'number' };
  if (s.type === 'string') {
    const text = { ...(s.minLength !== undefined && { minLength: s.minLength }), ...(s.maxLength !== undefined && { maxLength: s.maxLength }) };
    if (s['x-references']) return { ...base, ...text, widget: 'text', references: s['x-references'] };
    if (s['x-suggest']) return { ...base, ...text, widget: 'text', suggest: s['x-suggest'] };
    if (s.format === 'uri') return { ...base, widget: 'url' };
    if (s.format === 'date') return { ...base, widget: 'date' };
    return { ...base, ...text, widget: (s.maxLength ?? 0) > 200 ? 'textarea' : 'text' };
  }
  if (s.type === 'array' && s.items) {
    if (s.items.type === 'object') return { ...base, widget: 'group-list', fields: fieldsOf(s.items, `${path}.*`) };
    const item = spec(key, path, s.items, true);
    return {
      ...base,
      widget: 'list',
      ...(item?.references && { references: item.references }),
      ...(item?.suggest && { suggest: item.suggest }),
      ...(item?.options && { options: item.options }),
      flow: !!(item?.references || item?.suggest === 'language' || s.items.pattern === ID_PATTERN || s.items.pattern?.startsWith('^[a-z0-9]')),
    };
  }
  if (s.type === 'object' && s.properties) return { ...base, widget: 'group', fields: fieldsOf(s, path) };
  // A map (criteria answers by criterion, labels by value, notes by tool): rows of key and value.
  if (s.type === 'object' && (s.propertyNames || s.additionalProperties)) return { ...base, widget: 'answers', ...(s.propertyNames?.['x-references'] && { references: s.propertyNames['x-references'] }) };
  // A shape the form does not know how to edit: left to the file itself (the preview still shows it).
  return undefined;
}

function fieldsOf(schema: JsonSchema, prefix: string): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, s]) => {
    if (NOT_IN_FORM.includes(key)) return [];
    const f = spec(key, prefix ? `${prefix}.${key}` : key, s, required.has(key));
    return f ? [f] : [];
  });
}

/** The form of one kind of entry, in the schema's order of fields. */
export function formFields(schema: object): FieldSpec[] {
  return fieldsOf(schema as JsonSchema, '');
}

/** The field a problem's path (`used_by[0].organization`) belongs to, as a form path (`used_by.0.organization`), or the nearest field shown. */
export function formPathOf(problemField: string, shown: ReadonlySet<string>): string | undefined {
  let path = problemField.replace(/\[(\d+)\]/g, '.$1');
  for (;;) {
    if (shown.has(path)) return path;
    const cut = path.lastIndexOf('.');
    if (cut < 0) return undefined;
    path = path.slice(0, cut);
  }
}
