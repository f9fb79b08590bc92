import { expect, test } from 'vitest';
import { hueOf, initials, logoView } from './logo.ts';

test('a monogram from the first two words, in any script', () => {
  expect(initials('Decidim')).toBe('D');
  expect(initials('CONSUL Democracy')).toBe('CD');
  expect(initials('Portail national de la participation citoyenne (eparticipation.ma)')).toBe('PN');
  expect(initials('البوصلة')).toBe('ا');
  expect(initials('uMap')).toBe('U');
  expect(initials('18F foia-hub')).toBe('1F');
});

test('a stable colour per id, and the image when the entry has one', () => {
  expect(hueOf('decidim')).toBe(hueOf('decidim'));
  expect(hueOf('decidim')).not.toBe(hueOf('consul-democracy'));
  expect(logoView('tools', 'decidim', 'Decidim', {})).toEqual({ initials: 'D', hue: hueOf('decidim') });
  expect(logoView('tools', 'decidim', 'Decidim', { logo: './logos/decidim.svg', logo_source: 'https://decidim.org/brand', logo_license: 'CC-BY-SA-4.0' })).toMatchObject({ src: '/logos/tools/decidim.svg', source: 'https://decidim.org/brand', license: 'CC-BY-SA-4.0' });
});
