/**
 * The contribution form (/<lang>/contribute/): builds the fields from the schemas' field list,
 * turns what the person types into the entry's file, checks it with the validator's own code as
 * they type, previews it through the site's sanitising pipeline, and hands it to the forge.
 * Nothing a person types is ever inserted as HTML: every text goes through textContent or a
 * form control's value, and the preview shows only the pipeline's sanitised HTML.
 */
import countries from 'i18n-iso-countries';
import { languages as languageList } from 'countries-list';
import spdxIds from 'spdx-license-ids' with { type: 'json' };
import type { FieldSpec } from '../contribute/form-model.ts';
import { formPathOf } from '../contribute/form-model.ts';
import { draftOf, editedEntryText, isEmpty, newEntryText, type EntryDraft } from '../contribute/entry-text.ts';
import { filledChecklist, handoff } from '../contribute/forge.ts';
import type { ContributeIndex, ContributionCheck } from '../contribute/check.ts';
import { selectForm } from '../i18n/plural.ts';
import type { Message } from '../i18n/plural.ts';
import { slugify, textDirection, type Kind } from '../schemas/vocab.ts';

interface Config {
  locale: string;
  locales: string[];
  repository: string;
  branch: string;
  index: string;
  sourceBase: string;
  forms: Record<string, FieldSpec[]>;
  translationForm: FieldSpec[];
  labels: Record<string, string>;
  messages: Record<string, Message>;
  checklist: string;
}

type Mode = { type: 'new'; kind: Kind } | { type: 'edit'; kind: Kind; id: string } | { type: 'translate'; kind: Kind; id: string; lang: string };

/** The mode an address asks for: `?edit=tools/decidim`, `?translate=tools/decidim` (into the page's language), `?kind=events`. */
export function modeFromParams(params: URLSearchParams, pageLocale: string, kinds: readonly string[]): Mode {
  const target = (value: string | null) => {
    const m = /^([a-z-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value ?? '');
    return m && kinds.includes(m[1]) ? { kind: m[1] as Kind, id: m[2] } : undefined;
  };
  const edit = target(params.get('edit'));
  if (edit) return { type: 'edit', ...edit };
  const translate = target(params.get('translate'));
  if (translate) return { type: 'translate', ...translate, lang: params.get('lang') ?? pageLocale };
  const kind = params.get('kind');
  return { type: 'new', kind: (kind && kinds.includes(kind) ? kind : 'tools') as Kind };
}

const today = () => new Date().toISOString().slice(0, 10);

export function startContributeForm(doc: Document): void {
  const cfg: Config = JSON.parse(doc.getElementById('contribute-config')!.textContent!);
  const root = doc.getElementById('contribute')!;
  root.hidden = false;
  const form = doc.getElementById('contribute-form') as HTMLFormElement;
  const kindChooser = doc.getElementById('contribute-kind') as HTMLFieldSetElement;
  const status = doc.getElementById('contribute-status')!;
  const others = doc.getElementById('contribute-other-problems')!;
  const preview = doc.getElementById('contribute-preview')!;
  const pathLine = doc.getElementById('contribute-path')!;
  const textBox = doc.getElementById('contribute-text') as HTMLTextAreaElement;
  const propose = doc.getElementById('contribute-propose') as HTMLAnchorElement;
  const hint = doc.getElementById('contribute-hint')!;
  const loadError = doc.getElementById('contribute-load-error')!;
  const confirms = [doc.getElementById('confirm-sources') as HTMLInputElement, doc.getElementById('confirm-personal') as HTMLInputElement];

  const msg = (key: string, values: Record<string, string | number> = {}) => {
    const m = cfg.messages[key];
    const text = typeof m === 'string' ? m : m ? selectForm(m, cfg.locale, Number(values.n ?? 0)) : key;
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  };
  const label = (key: string) => cfg.labels[key] ?? key.replace(/_/g, ' ');

  let mode = modeFromParams(new URLSearchParams(location.search), cfg.locale, Object.keys(cfg.forms));
  let fields: FieldSpec[] = [];
  let raw: string | undefined; // the existing file, for a correction
  let original: { file: string; text: string } | undefined; // a translation's original
  let originalDraft: EntryDraft = { values: {}, body: '' };
  let index: ContributeIndex | undefined;
  let idEdited = false;
  let checker: typeof import('../contribute/check.ts') | undefined;
  let translations: typeof import('../checking/translations.ts') | undefined;
  let entryCheck: typeof import('../checking/entry-check.ts') | undefined;

  // ----- building the controls -----

  const datalists = new Map<string, string>();
  /** A datalist of suggestions or of the catalogue's entries, made once per kind of list. */
  function datalist(name: string, options: () => [string, string][]): string {
    const known = datalists.get(name);
    if (known) return known;
    const id = `list-${name}`;
    const list = doc.createElement('datalist');
    list.id = id;
    for (const [value, text] of options()) {
      const o = doc.createElement('option');
      o.value = value;
      if (text && text !== value) o.label = text;
      list.append(o);
    }
    root.append(list);
    datalists.set(name, id);
    return id;
  }
  const suggestions = (f: FieldSpec): string | undefined => {
    if (f.references && index) return datalist(`ref-${f.references}`, () => (index!.entries[f.references as Kind] ?? []).map((r) => [r.id, r.name]));
    if (f.suggest === 'license') return datalist('license', () => [...(spdxIds as string[]).map((id): [string, string] => [id, id]), ['proprietary', 'proprietary']]);
    if (f.suggest === 'country') {
      const names = new Intl.DisplayNames([cfg.locale], { type: 'region' });
      return datalist('country', () => Object.keys(countries.getAlpha2Codes()).map((code) => [code, names.of(code) ?? code]));
    }
    if (f.suggest === 'language') {
      const names = new Intl.DisplayNames([cfg.locale], { type: 'language' });
      return datalist('language', () => Object.keys(languageList).map((code) => [code, names.of(code) ?? code]));
    }
    return undefined;
  };

  const domId = (path: string) => `f-${path.replace(/[^a-z0-9]+/gi, '-')}`;

  /** Label, control, description and error slot of one field; `path` has the item's index in place of `*`. */
  function fieldBlock(f: FieldSpec, path: string, value: unknown): HTMLElement {
    const wrap = doc.createElement('div');
    wrap.className = `field field-${f.widget}`;
    wrap.dataset.path = path;
    const id = domId(path);
    const describedBy: string[] = [];
    const hintText = f.widget === 'list' ? `${f.description ?? ''} (${msg('contribute.listHint')})` : f.description;
    const error = doc.createElement('p');
    error.className = 'field-error';
    error.id = `${id}-error`;
    error.hidden = true;
    const help = doc.createElement('p');
    help.className = 'field-hint';
    help.id = `${id}-hint`;
    // The schemas describe their fields in English: marked as such, so screen readers read it right.
    if (hintText) {
      help.textContent = hintText;
      help.lang = 'en';
      help.dir = 'ltr';
      describedBy.push(help.id);
    }
    describedBy.push(error.id);

    if (f.widget === 'group' || f.widget === 'group-list' || f.widget === 'answers') {
      const set = doc.createElement('fieldset');
      set.className = `field field-${f.widget}`;
      set.dataset.path = path;
      const legend = doc.createElement('legend');
      legend.textContent = label(f.key) + (f.required ? ' *' : '');
      set.append(legend);
      if (hintText) set.append(help);
      set.append(error);
      if (f.widget === 'group') {
        const v = (value ?? {}) as Record<string, unknown>;
        for (const sub of f.fields ?? []) set.append(fieldBlock(sub, `${path}.${sub.key}`, v[sub.key]));
      } else {
        const items = doc.createElement('div');
        items.className = 'items';
        set.append(items);
        const addItem = (v: unknown) => {
          const n = items.children.length;
          const item = doc.createElement('fieldset');
          item.className = 'item';
          const legendItem = doc.createElement('legend');
          legendItem.textContent = msg('contribute.item', { n: n + 1 });
          item.append(legendItem);
          if (f.widget === 'answers') {
            const [k, answer] = (v as [string, unknown] | undefined) ?? ['', ''];
            item.append(control({ key: 'criterion', path: `${path}.${n}.key`, widget: 'text', required: true, references: f.references }, `${path}.${n}.key`, k, label(f.references === 'criteria' ? 'criteria' : 'id')));
            item.append(control({ key: 'answer', path: `${path}.${n}.value`, widget: 'text', required: true }, `${path}.${n}.value`, answer === undefined ? '' : String(answer), msg('contribute.answer')));
          } else {
            for (const sub of f.fields ?? []) item.append(fieldBlock(sub, `${path}.${n}.${sub.key}`, (v as Record<string, unknown> | undefined)?.[sub.key]));
          }
          const remove = doc.createElement('button');
          remove.type = 'button';
          remove.className = 'secondary';
          remove.textContent = `${msg('contribute.remove')} (${msg('contribute.item', { n: n + 1 })})`;
          remove.addEventListener('click', () => {
            const current = readValue(f, path);
            const list = f.widget === 'answers' ? Object.entries((current ?? {}) as object) : ((current ?? []) as unknown[]);
            list.splice(n, 1);
            rebuild(set, f, path, f.widget === 'answers' ? Object.fromEntries(list as [string, unknown][]) : list);
          });
          item.append(remove);
          items.append(item);
          return item;
        };
        const initial = f.widget === 'answers' ? Object.entries((value ?? {}) as object) : ((value as unknown[]) ?? []);
        for (const v of initial) addItem(v);
        const add = doc.createElement('button');
        add.type = 'button';
        add.className = 'secondary';
        add.textContent = `${msg('contribute.addItem')} : ${label(f.key)}`;
        add.addEventListener('click', () => {
          const item = addItem(undefined);
          item.querySelector<HTMLElement>('input, select, textarea')?.focus();
          schedule();
        });
        set.append(add);
      }
      return set;
    }
    wrap.append(control(f, path, value, label(f.key) + (f.required ? ' *' : ''), describedBy));
    if (hintText) wrap.append(help);
    wrap.append(error);
    return wrap;
  }

  /** Rebuilds a group list after an item is removed, keeping the other items' values. */
  function rebuild(set: HTMLElement, f: FieldSpec, path: string, value: unknown) {
    set.replaceWith(fieldBlock(f, path, value));
    schedule();
  }

  /** The labelled control of a scalar field or of a list (one value per line, with a picker to add one). */
  function control(f: FieldSpec, path: string, value: unknown, text: string, describedBy: string[] = []): HTMLElement {
    const id = domId(path);
    const box = doc.createElement('div');
    box.className = 'control';
    const lab = doc.createElement('label');
    lab.htmlFor = id;
    lab.textContent = text;
    box.append(lab);
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    switch (f.widget) {
      case 'select': {
        const select = doc.createElement('select');
        const empty = doc.createElement('option');
        empty.value = '';
        empty.textContent = '—';
        select.append(empty);
        for (const o of f.options ?? []) {
          const opt = doc.createElement('option');
          opt.value = o;
          opt.textContent = o;
          select.append(opt);
        }
        select.value = value === undefined ? '' : String(value);
        input = select;
        break;
      }
      case 'checkbox': {
        const check = doc.createElement('input');
        check.type = 'checkbox';
        check.checked = value === true;
        input = check;
        box.classList.add('inline');
        box.prepend(check);
        break;
      }
      case 'textarea':
      case 'list': {
        const area = doc.createElement('textarea');
        area.rows = f.widget === 'list' ? Math.max(2, Math.min(8, ((value as unknown[]) ?? []).length + 1)) : 4;
        area.value = f.widget === 'list' ? ((value as unknown[]) ?? []).map(String).join('\n') : value === undefined ? '' : String(value);
        input = area;
        break;
      }
      default: {
        const el = doc.createElement('input');
        el.type = f.widget === 'url' ? 'url' : f.widget === 'number' ? 'number' : f.widget === 'date' ? 'date' : 'text';
        el.value = value === undefined ? '' : String(value);
        el.dir = f.widget === 'url' || f.references || f.suggest ? 'ltr' : 'auto';
        input = el;
      }
    }
    input.id = id;
    input.name = path;
    input.dataset.path = path;
    input.dataset.widget = f.widget;
    if (f.required) input.setAttribute('aria-required', 'true');
    if (describedBy.length) input.setAttribute('aria-describedby', describedBy.join(' '));
    if (f.widget !== 'checkbox') box.append(input);
    const list = f.widget !== 'list' ? suggestions(f) : undefined;
    if (list) input.setAttribute('list', list);
    if (f.widget === 'list' && (f.references || f.suggest)) {
      // A picker to add a value from the catalogue or the suggestions, with the keyboard alone.
      const pick = doc.createElement('input');
      pick.type = 'text';
      pick.id = `${id}-pick`;
      pick.dir = 'ltr';
      pick.setAttribute('list', suggestions(f)!);
      pick.setAttribute('aria-label', `${msg('contribute.pick')} : ${label(f.key)}`);
      const add = doc.createElement('button');
      add.type = 'button';
      add.className = 'secondary';
      add.textContent = msg('contribute.add');
      const addValue = () => {
        const v = pick.value.trim();
        if (!v) return;
        const area = input as HTMLTextAreaElement;
        area.value = area.value.trim() ? `${area.value.trim()}\n${v}` : v;
        pick.value = '';
        schedule();
      };
      add.addEventListener('click', addValue);
      pick.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          addValue();
        }
      });
      const row = doc.createElement('div');
      row.className = 'picker';
      row.append(pick, add);
      box.append(row);
    }
    return box;
  }

  // ----- reading the form -----

  /** The value of a field from its controls, in the file's own terms (numbers, booleans, lists), undefined when empty. */
  function readValue(f: FieldSpec, path: string): unknown {
    const el = form.querySelector<HTMLInputElement>(`[name="${CSS.escape(path)}"]`);
    switch (f.widget) {
      case 'group': {
        const out: Record<string, unknown> = {};
        for (const sub of f.fields ?? []) {
          const v = readValue(sub, `${path}.${sub.key}`);
          if (!isEmpty(v)) out[sub.key] = v;
        }
        return Object.keys(out).length ? out : undefined;
      }
      case 'group-list': {
        const set = form.querySelector(`fieldset[data-path="${CSS.escape(path)}"] .items`);
        const n = set?.children.length ?? 0;
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) {
          const item: Record<string, unknown> = {};
          for (const sub of f.fields ?? []) {
            const v = readValue(sub, `${path}.${i}.${sub.key}`);
            if (!isEmpty(v)) item[sub.key] = v;
          }
          if (Object.keys(item).length) out.push(item);
        }
        return out.length ? out : undefined;
      }
      case 'answers': {
        const set = form.querySelector(`fieldset[data-path="${CSS.escape(path)}"] .items`);
        const n = set?.children.length ?? 0;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const k = form.querySelector<HTMLInputElement>(`[name="${CSS.escape(`${path}.${i}.key`)}"]`)?.value.trim();
          const v = form.querySelector<HTMLInputElement>(`[name="${CSS.escape(`${path}.${i}.value`)}"]`)?.value.trim();
          if (k && v) out[k] = v === 'true' ? true : v === 'false' ? false : v;
        }
        return Object.keys(out).length ? out : undefined;
      }
      case 'checkbox':
        // Unticked means "not stated", unless the file said false.
        return el?.checked ? true : valueAt(originalDraft.values, path) === false ? false : undefined;
      case 'number': {
        const v = el?.value.trim();
        return v ? Number(v) : undefined;
      }
      case 'list': {
        const lines = (el?.value ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
        return lines.length ? lines : undefined;
      }
      default: {
        const v = el?.value.trim();
        return v ? v : undefined;
      }
    }
  }

  function valueAt(values: Record<string, unknown>, path: string): unknown {
    return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), values);
  }

  // ----- the file -----

  const bodyBox = () => form.querySelector<HTMLTextAreaElement>('#f-body')!;
  const idBox = () => form.querySelector<HTMLInputElement>('#f-id');

  function currentId(): string {
    return mode.type === 'new' ? (idBox()?.value.trim() ?? '') : mode.id;
  }
  function filePath(): string {
    if (mode.type === 'translate') return `content/translations/${mode.lang}/${mode.kind}/${mode.id}.mdx`;
    return `content/${mode.kind}/${currentId() || 'new-entry'}.mdx`;
  }
  function draft(): EntryDraft {
    const values: Record<string, unknown> = { ...originalDraft.values };
    for (const f of fields) values[f.key] = readValue(f, f.path);
    if (mode.type === 'translate' && original && translations && entryCheck) {
      // The fingerprint of the original the translation is made from, as `npm run new -- translation` writes it.
      const checked = entryCheck.checkEntryFile(mode.kind, original.file, new TextEncoder().encode(original.text), new Date(), { render: false });
      if (checked.data) values.original_digest = translations.originalDigest(mode.kind, checked);
    }
    return { values, body: bodyBox().value };
  }
  function fileText(d: EntryDraft): string {
    return raw !== undefined ? editedEntryText(raw, fields, d) : newEntryText(fields, d);
  }

  // ----- checking and showing -----

  /** Fields the person has filled in or left: their problems show beside them; all do once they try to propose. */
  const touched = new Set<string>();
  let revealAll = false;
  const isShown = (path: string | undefined) => revealAll || (!!path && [...touched].some((t) => t === path || t.startsWith(`${path}.`) || path.startsWith(`${t}.`)));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  }

  function showProblem(path: string | undefined, text: string): boolean {
    if (!path) return false;
    const el = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"] > .field-error, [data-path="${CSS.escape(path)}"] > fieldset > .field-error`) ?? form.querySelector<HTMLElement>(`#${domId(path)}-error`);
    if (!el) return false;
    el.hidden = false;
    const line = doc.createElement('span');
    line.textContent = text;
    // The validator speaks English: marked so, and isolated from a right-to-left page.
    line.lang = 'en';
    line.dir = 'ltr';
    if (el.childNodes.length) el.append(doc.createElement('br'));
    el.append(line);
    const input = form.querySelector(`#${domId(path)}`);
    input?.setAttribute('aria-invalid', 'true');
    return true;
  }

  async function update() {
    const mine = ++generation;
    if (!checker) status.textContent = msg('contribute.checking');
    checker ??= await import('../contribute/check.ts');
    if (mine !== generation || !index) return;
    const d = draft();
    const text = fileText(d);
    const file = filePath();
    const result: ContributionCheck = checker.checkContribution({ kind: mode.kind, file, text }, index, original);
    const problems = [...result.problems];
    // A new entry may not take the place of an existing one.
    if (mode.type === 'new') {
      const id = currentId();
      if (index.entries[mode.kind]?.some((r) => r.id === id)) problems.unshift({ file, line: 1, column: 1, severity: 'error', field: 'id', message: msg('contribute.idTaken', { file: `content/${mode.kind}/${id}.mdx` }) });
    }
    for (const el of form.querySelectorAll<HTMLElement>('.field-error')) {
      el.hidden = true;
      el.textContent = '';
    }
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    others.textContent = '';
    const shown = new Set([...form.querySelectorAll<HTMLElement>('[data-path]')].map((e) => e.dataset.path!));
    const errors = problems.filter((p) => p.severity === 'error');
    for (const p of problems) {
      const text = `${p.message}${p.suggestion ? ` — ${p.suggestion}` : ''}`;
      const target = p.field === 'file' || p.field === 'body' ? 'body' : formPathOf(p.field, shown);
      if (target && !isShown(target)) continue;
      if (!showProblem(target, text)) {
        if (!revealAll) continue;
        const li = doc.createElement('li');
        li.textContent = `${p.field}: ${text}`;
        li.lang = 'en';
        li.dir = 'ltr';
        others.append(li);
      }
    }
    others.hidden = !others.childElementCount;
    status.textContent = errors.length ? msg('contribute.problems', { n: errors.length }) : msg('contribute.valid');

    // The preview: the name and summary as text, the description as the pipeline's sanitised HTML.
    preview.textContent = '';
    const h = doc.createElement('h3');
    h.textContent = String(d.values.name ?? (mode.type === 'translate' ? '' : currentId()));
    const p = doc.createElement('p');
    p.textContent = String(d.values.summary ?? '');
    const body = doc.createElement('div');
    body.className = 'prose';
    const lang = String(d.values.lang ?? (mode.type === 'translate' ? mode.lang : cfg.locale));
    body.lang = lang;
    body.dir = textDirection(lang);
    body.innerHTML = result.entry.html ?? '';
    // Nothing to show until something is typed: no empty heading.
    if (h.textContent) preview.append(h);
    if (p.textContent) preview.append(p);
    preview.append(body);

    textBox.value = text;
    pathLine.textContent = msg('contribute.path', { path: file });
    const unchanged = raw !== undefined && text === raw;
    const ready = !errors.length && !unchanged && confirms.every((c) => c.checked);
    const name = String(d.values.name ?? originalDraft.values.name ?? currentId());
    const verb = mode.type === 'new' ? 'Add' : mode.type === 'translate' ? `Translate into ${mode.lang}` : 'Correct';
    const ticked = new Set([...(confirms[0].checked ? [0] : []), ...(d.values.reviewed === today() ? [1] : []), ...(!errors.length ? [2] : []), ...(confirms[1].checked ? [3] : [])]);
    const h2 = handoff({ repository: cfg.repository, branch: cfg.branch }, { path: file, text, isNew: raw === undefined, message: `${verb} ${mode.kind}/${mode.type === 'new' ? currentId() : mode.id}: ${name}`, description: filledChecklist(cfg.checklist, ticked) });
    const url = h2.prefilled ?? h2.manual;
    propose.textContent = h2.prefilled ? msg('contribute.propose') : raw !== undefined ? msg('contribute.openEdit') : h2.forge === 'github' ? msg('contribute.openNew') : cfg.repository;
    hint.textContent = unchanged ? msg('contribute.unchanged') : !ready ? msg('contribute.notReady') : h2.forge === 'other' ? msg('contribute.otherForge') : raw !== undefined ? msg('contribute.editHint') : h2.prefilled ? msg('contribute.proposeHint') : msg('contribute.tooLong');
    if (ready) {
      propose.href = url;
      propose.removeAttribute('aria-disabled');
    } else {
      // Still reachable with the keyboard: activating it shows what is left to do.
      propose.href = '#contribute-form';
      propose.setAttribute('aria-disabled', 'true');
    }
  }

  // ----- the modes -----

  async function load() {
    index ??= await (await fetch(cfg.index)).json();
    raw = undefined;
    original = undefined;
    originalDraft = { values: {}, body: '' };
    try {
      if (mode.type === 'edit') {
        raw = await fetchText(`${cfg.sourceBase}${mode.kind}/${mode.id}.mdx`);
        originalDraft = draftOf(raw);
      } else if (mode.type === 'translate') {
        original = { file: `content/${mode.kind}/${mode.id}.mdx`, text: await fetchText(`${cfg.sourceBase}${mode.kind}/${mode.id}.mdx`) };
        [translations, entryCheck] = await Promise.all([import('../checking/translations.ts'), import('../checking/entry-check.ts')]);
        if (index?.translations?.includes(`${mode.lang}/${mode.kind}/${mode.id}`)) {
          raw = await fetchText(`${cfg.sourceBase}translations/${mode.lang}/${mode.kind}/${mode.id}.mdx`);
          originalDraft = draftOf(raw);
        } else {
          // A new translation starts from the original's text, to be replaced sentence by sentence.
          originalDraft = { values: {}, body: draftOf(original.text).body };
        }
      }
    } catch (error) {
      loadError.hidden = false;
      loadError.textContent = msg('contribute.loadFailed', { error: String((error as Error).message ?? error) });
      return;
    }
    render();
  }

  async function fetchText(url: string): Promise<string> {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.text();
  }

  function render() {
    form.textContent = '';
    idEdited = false;
    kindChooser.hidden = mode.type !== 'new';
    const title = doc.getElementById('contribute-title')!;
    if (mode.type !== 'new') {
      const row = index?.entries[mode.kind]?.find((r) => r.id === (mode as { id: string }).id);
      const name = row?.name ?? (mode as { id: string }).id;
      title.textContent = mode.type === 'edit' ? msg('contribute.correctTitle', { name }) : msg('contribute.translateTitle', { name, language: new Intl.DisplayNames([cfg.locale], { type: 'language' }).of(mode.lang) ?? mode.lang });
    }
    fields = mode.type === 'translate' ? cfg.translationForm.filter((f) => f.key !== 'question' || mode.kind === 'criteria') : cfg.forms[mode.kind];
    const values = { ...originalDraft.values };
    if (mode.type === 'new') {
      values.reviewed ??= today();
      if (fields.some((f) => f.key === 'lang') && cfg.locales.includes(cfg.locale)) values.lang ??= cfg.locale;
      const idField: FieldSpec = { key: 'id', path: 'id', widget: 'text', required: true, description: msg('contribute.idHint') };
      const block = fieldBlock(idField, 'id', '');
      block.querySelector('label')!.textContent = `${msg('contribute.id')} *`;
      block.querySelector('.field-hint')?.removeAttribute('lang');
      block.querySelector('.field-hint')?.removeAttribute('dir');
      form.append(block);
    }
    if (mode.type === 'translate' && original) {
      const details = doc.createElement('details');
      const summary = doc.createElement('summary');
      summary.textContent = msg('contribute.original');
      const pre = doc.createElement('pre');
      pre.textContent = original.text;
      pre.dir = 'auto';
      details.append(summary, pre);
      form.append(details);
    }
    for (const f of fields) form.append(fieldBlock(f, f.path, values[f.key]));
    const body: FieldSpec = { key: 'body', path: 'body', widget: 'textarea', required: false, description: msg('contribute.bodyHint') };
    const block = fieldBlock(body, 'body', '');
    block.querySelector('label')!.textContent = msg('contribute.body');
    block.querySelector('.field-hint')?.removeAttribute('lang');
    block.querySelector('.field-hint')?.removeAttribute('dir');
    form.append(block);
    const area = bodyBox();
    area.rows = 12;
    area.dir = 'auto';
    area.value = originalDraft.body;
    schedule();
  }

  form.addEventListener('focusout', (e) => {
    const path = (e.target as HTMLElement).dataset?.path;
    if (path && (e.target as HTMLInputElement).value) {
      touched.add(path);
      schedule();
    }
  });
  form.addEventListener('input', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.dataset.path) touched.add(target.dataset.path);
    if (target.id === 'f-id') idEdited = true;
    if (mode.type === 'new' && target.name === 'name' && !idEdited) {
      const id = idBox();
      if (id) id.value = slugify(target.value);
    }
    schedule();
  });
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const c of confirms)
    c.addEventListener('change', () => {
      revealAll = true;
      schedule();
    });
  kindChooser.addEventListener('change', (e) => {
    const kind = (e.target as HTMLInputElement).value as Kind;
    mode = { type: 'new', kind };
    touched.clear();
    revealAll = false;
    const params = new URLSearchParams(location.search);
    params.set('kind', kind);
    history.replaceState(null, '', `?${params}`);
    render();
  });
  if (mode.type === 'new') {
    const radio = kindChooser.querySelector<HTMLInputElement>(`input[value="${mode.kind}"]`);
    if (radio) radio.checked = true;
  }
  propose.addEventListener('click', (e) => {
    if (propose.getAttribute('aria-disabled') !== 'true') return;
    // Not ready: show every problem, and take the person to the first one.
    e.preventDefault();
    revealAll = true;
    void update().then(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  });
  doc.getElementById('contribute-copy')!.addEventListener('click', async () => {
    const done = doc.getElementById('contribute-copied')!;
    try {
      await navigator.clipboard.writeText(textBox.value);
      done.textContent = msg('contribute.copied');
    } catch {
      // No clipboard access (an old browser, a permission refused): the text is selected, ready for Ctrl+C.
      textBox.focus();
      textBox.select();
    }
  });
  doc.getElementById('contribute-download')!.addEventListener('click', () => {
    const a = doc.createElement('a');
    a.href = URL.createObjectURL(new Blob([textBox.value], { type: 'text/markdown;charset=utf-8' }));
    a.download = filePath().split('/').pop()!;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  void load();
}
