import { describe, expect, it } from 'vitest';
import { processBody } from './markdown.ts';

describe('Latin runs in right-to-left bodies', () => {
  it('isolates a parenthesised French name so its punctuation stays in place', () => {
    const { html } = processBody('تستعملها اللجنة (Commission nationale du débat public).\n', { lang: 'ar' });
    expect(html).toBe('<p>تستعملها اللجنة (<bdi>Commission nationale du débat public</bdi>).</p>');
  });

  it('isolates names inside links and emphasis, leaves code and Arabic text alone', () => {
    const { html } = processBody('منصة [Decidim](https://decidim.org) و**CONSUL Democracy** و`npm run build` فقط\n', { lang: 'ar' });
    expect(html).toBe('<p>منصة <a href="https://decidim.org"><bdi>Decidim</bdi></a> و<strong><bdi>CONSUL Democracy</bdi></strong> و<code>npm run build</code> فقط</p>');
    expect(processBody('نص عربي فقط، ١٢٣.\n', { lang: 'ar' }).html).toBe('<p>نص عربي فقط، ١٢٣.</p>');
  });

  it('changes nothing in left-to-right bodies', () => {
    expect(processBody('La (Commission nationale).\n', { lang: 'fr' }).html).toBe('<p>La (Commission nationale).</p>');
  });
});
