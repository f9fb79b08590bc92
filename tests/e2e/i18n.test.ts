import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { useTranslations } from '../../src/i18n/translate.ts';
import { usePage } from '../support/e2e.ts';
import { allResultPaths } from '../support/search-page.ts';

const t = usePage();

const body = (path: string) => readFileSync(path, 'utf8').split(/^---$/m).slice(2).join('---');
/** A word of `text` that does not occur in `other`: only the t.page holding `text` can match it. */
function distinctiveWord(text: string, other: string): string {
  const words = text.match(/\p{L}{8,}/gu) ?? [];
  const lowerOther = other.toLowerCase();
  const word = words.find((w) => !lowerOther.includes(w.toLowerCase().slice(0, 6)));
  if (!word) throw new Error('no distinctive word found');
  return word;
}

/** A French tool translated into neither English nor Arabic (the catalogue always has some: translations follow originals). */
function untranslatedTool(): string {
  const id = readdirSync('content/tools')
    .map((f) => f.replace(/\.mdx$/, ''))
    .find((i) => !/^lang: (en|ar)$/m.test(readFileSync(`content/tools/${i}.mdx`, 'utf8')) && !existsSync(`content/translations/en/tools/${i}.mdx`) && !existsSync(`content/translations/ar/tools/${i}.mdx`));
  if (!id) throw new Error('every tool is translated: pick another way to test fallbacks');
  return id;
}

async function searchPaths(locale: string, query: string) {
  await t.page.goto(`${t.base}/${locale}/search/?q=${encodeURIComponent(query)}`);
  return allResultPaths(t.page);
}

describe('entries in several languages', () => {
  test('a translated entry shows its translation, with no notice', async () => {
    await t.page.goto(`${t.base}/en/tools/decidim/`);
    const summary = readFileSync('content/translations/en/tools/decidim.mdx', 'utf8').match(/^summary: "?(.+?)"?$/m)![1];
    await expect(t.page.locator('p.lead').textContent()).resolves.toBe(summary);
    expect(await t.page.locator('.notice').count()).toBe(0);
    expect(await t.page.locator('.prose').getAttribute('lang')).toBeNull();
  });

  test('an untranslated entry shows the original marked with its language, a notice and a link to translate it', async () => {
    const id = untranslatedTool();
    await t.page.goto(`${t.base}/en/tools/${id}/`);
    const prose = t.page.locator('.prose');
    expect(await prose.getAttribute('lang')).toBe('fr');
    expect(await prose.getAttribute('dir')).toBe('ltr');
    expect(await prose.getAttribute('data-pagefind-ignore')).toBe('');
    const notice = t.page.locator('.notice');
    await expect(notice.textContent()).resolves.toContain('This entry is not translated yet: its text is shown in French.');
    expect(await notice.locator('a').getAttribute('href')).toBe(
      `/en/contribute/?translate=tools/${id}`,
    );
    await t.page.goto(`${t.base}/ar/tools/${id}/`);
    expect(await t.page.locator('.prose').getAttribute('dir')).toBe('ltr');
    expect(await t.page.locator('html').getAttribute('dir')).toBe('rtl');
  });

  test('a translated t.page is indexed in its language only, and fallback text is not indexed as another language', async () => {
    const en = body('content/translations/en/tools/decidim.mdx');
    const fr = body('content/tools/decidim.mdx');
    const englishWord = distinctiveWord(en, fr);
    expect(await searchPaths('en', englishWord)).toContain('/en/tools/decidim/');
    expect(await searchPaths('fr', englishWord)).not.toContain('/fr/tools/decidim/');

    const id = untranslatedTool();
    const frText = body(`content/tools/${id}.mdx`);
    // Not a word of its front matter either: the French summary is page metadata on every language's page.
    const front = readFileSync(`content/tools/${id}.mdx`, 'utf8').split(/^---$/m)[1];
    const frenchWord = distinctiveWord(frText, en + front);
    expect(await searchPaths('fr', frenchWord)).toContain(`/fr/tools/${id}/`);
    expect(await searchPaths('en', frenchWord)).not.toContain(`/en/tools/${id}/`);
  });

  test('the language switcher keeps the visitor on the same entry, both ways', async () => {
    await t.page.goto(`${t.base}/fr/use-cases/participatory-budgeting/`);
    for (const [label, path] of [
      ['English', '/en/use-cases/participatory-budgeting/'],
      ['العربية', '/ar/use-cases/participatory-budgeting/'],
      ['Français', '/fr/use-cases/participatory-budgeting/'],
    ]) {
      await t.page.locator('.langs').getByRole('link', { name: label }).click();
      await t.page.waitForURL(`**${path}`);
    }
    const alternates = await t.page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    expect(alternates).toEqual(['fr /fr/use-cases/participatory-budgeting/', 'en /en/use-cases/participatory-budgeting/', 'ar /ar/use-cases/participatory-budgeting/', 'x-default /fr/use-cases/participatory-budgeting/']);
  });

  test('Arabic pages isolate Latin names and format numbers and dates for the locale', async () => {
    await t.page.goto(`${t.base}/ar/tools/decidim/`);
    expect(await t.page.locator('h1 bdi').textContent()).toBe('Decidim');
    const reviewedOn = readFileSync('content/tools/decidim.mdx', 'utf8').match(/^reviewed: (\S+)$/m)![1];
    // The build formats with Intl for the t.page's locale; the t.browser's Intl must agree with it.
    const expected = await t.page.evaluate((d) => new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), reviewedOn);
    expect(expected).toMatch(/[\u0600-\u06FF]/); // an Arabic month name
    const sources = await t.page.locator('section[aria-labelledby="sources"]').textContent();
    expect(sources).toContain(expected);
    await t.page.goto(`${t.base}/ar/`);
    const tools = await t.page.locator('.stats li').first().textContent();
    const count = await t.page.locator('.stats li').count();
    expect(count).toBe(5);
    // The Arabic plural form for the count (Intl.PluralRules: 11 to 99 is "many", as in "٥٥ أداة").
    const total = JSON.parse(readFileSync('dist/api/tools.json', 'utf8')).items.length;
    expect(tools).toBe(useTranslations('ar')('count.tools', { n: total }));
    expect(tools).toMatch(/^\S+ أداة$|^\S+ أدوات$|^أداة واحدة$|^أداتان$/);
    expect(t.watch.errors).toEqual([]);
    expect(t.watch.offOrigin).toEqual([]);
  });

  test('the translations dashboard counts each language and lists what is missing', async () => {
    await t.page.goto(`${t.base}/en/translations/`);
    for (const [lang, name] of [['fr', 'French'], ['en', 'English'], ['ar', 'Arabic']]) {
      const section = t.page.locator(`section[aria-labelledby="lang-${lang}"]`);
      const line = await section.locator('p').first().textContent();
      const [, done, total] = line!.match(new RegExp(`^(\\d+) of (\\d+) entries available in ${name}`))!.map(Number);
      expect(done, lang).toBeGreaterThanOrEqual(36); // the use cases, collections and 15 tools at least
      expect(done, lang).toBeLessThanOrEqual(total);
      expect(await section.locator('details li').count(), lang).toBe(total - done);
      expect(await section.locator('progress').getAttribute('value'), lang).toBe(String(done));
    }
  });

  test('in an Arabic body, every run of Latin text is isolated, and the embed panel shows CSS names as code', async () => {
    await t.page.goto(`${t.base}/ar/tools/decidim/`);
    const loose = await t.page.locator('.prose').first().evaluate((prose) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement!.closest('bdi, code, pre')) continue;
        if (/[A-Za-z]/.test(node.textContent ?? '')) found.push(node.textContent!.trim());
      }
      return found;
    });
    expect(loose).toEqual([]);
    await expect(t.page.locator('.prose bdi').count()).resolves.toBeGreaterThan(0);
    await t.page.goto(`${t.base}/ar/collections/participation-citoyenne/`);
    const help = t.page.locator('#snippet-component-help');
    await expect(help.locator('code').getAttribute('dir')).resolves.toBe('ltr');
    await expect(help.locator('code').textContent()).resolves.toContain('--civic-accent');
    expect(await help.evaluate((p) => [...p.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''))).not.toContain('--civic');
  });

  test('criteria read in the page language: names and enum values, never codes', async () => {
    const answers = async (locale: string) => {
      await t.page.goto(`${t.base}/${locale}/tools/decidim/`);
      return t.page.locator('section[aria-labelledby="criteria"] dl').evaluate((dl) =>
        Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()])),
      );
    };
    const decidim = readFileSync('content/tools/decidim.mdx', 'utf8');
    expect(decidim).toMatch(/deployment: "self-hosted"/);
    expect(decidim).toMatch(/digital-public-good: "archived"/);
    expect(await answers('en')).toMatchObject({ Deployment: 'Self-hosted', 'Digital public good': 'Archived', 'Public API': 'Yes' });
    expect(await answers('fr')).toMatchObject({ Déploiement: 'Installable soi-même', 'Bien public numérique': 'Archivé' });
    const ar = await answers('ar');
    expect(Object.keys(ar).join(' ')).not.toMatch(/[A-Za-zÀ-ÿ]{4,}/);
    expect(Object.values(ar)).not.toContain('self-hosted');
  });
});
