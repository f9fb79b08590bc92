import { sitePath } from './paths.ts';

/**
 * How an entry shows its logo: the local image when the entry names one (copied to
 * /logos/<kind>/<id>.<ext> by the build), otherwise a monogram drawn from its name, in a colour
 * drawn from its id, so that a list of cards is easy to scan and no logo is ever fetched elsewhere.
 */
export interface LogoView {
  /** The image, when the entry has one. */
  src?: string;
  /** Up to two letters of the name, for the drawn monogram. */
  initials: string;
  /** Hue (0-359) of the monogram's background; dark enough for white letters (contrast over 7:1). */
  hue: number;
  /** Where the image comes from and under what terms, shown beside it on the entry's page. */
  source?: string;
  license?: string;
}

/** Where the build copies an entry's logo. */
export function logoPath(kind: 'tools' | 'organizations', id: string, file: string): string {
  return sitePath(`/logos/${kind}/${id}${file.slice(file.lastIndexOf('.'))}`);
}

/** The first letters of the first two words of a name (letters or digits, in any script). */
export function initials(name: string): string {
  const words = name.replace(/\([^)]*\)/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu) ?? [];
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0]);
  return (letters.join('') || '?').toLocaleUpperCase();
}

/** A stable hue for an id (FNV-1a). */
export function hueOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 360;
}

export function logoView(kind: 'tools' | 'organizations', id: string, name: string, data: { logo?: string; logo_source?: string; logo_license?: string }): LogoView {
  return {
    ...(data.logo && { src: logoPath(kind, id, data.logo), source: data.logo_source, license: data.logo_license }),
    initials: initials(name),
    hue: hueOf(id),
  };
}
