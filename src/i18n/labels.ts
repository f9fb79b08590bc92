import { STATUSES, TOOL_TYPES, type Locale, type Status, type ToolType } from '../schemas/vocab.ts';
import { useTranslations } from './translate.ts';
import type { UiKey } from './ui.ts';

/** The one place a licence, a status or a type becomes words: cards, pages, facets, compare, embeds. */
export function licenseLabel(license: string, locale: Locale): string {
  return license === 'proprietary' ? useTranslations(locale)('licenseFamily.proprietary') : license;
}

export function statusLabel(status: Status, locale: Locale): string {
  return useTranslations(locale)(`status.${status}` as UiKey);
}

export function typeLabel(type: ToolType, locale: Locale): string {
  return useTranslations(locale)(`type.${type}` as UiKey);
}

/** Every status and type label of a locale, for browser scripts that draw cards and tables. */
export function vocabularyLabels(locale: Locale) {
  return {
    proprietary: licenseLabel('proprietary', locale),
    statuses: Object.fromEntries(STATUSES.map((s) => [s, statusLabel(s, locale)])) as Record<Status, string>,
    types: Object.fromEntries(TOOL_TYPES.map((ty) => [ty, typeLabel(ty, locale)])) as Record<ToolType, string>,
  };
}
