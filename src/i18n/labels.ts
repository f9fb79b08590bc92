import { SHOWN_STATUSES, TOOL_TYPES, UNKNOWN_STATUS, type Locale, type ShownStatus, type ToolType } from '../schemas/vocab.ts';
import { useTranslations } from './translate.ts';
import type { UiKey } from './ui.ts';

/** The one place a licence, a status or a type becomes words: cards, pages, facets, compare, embeds. */
export function licenseLabel(license: string | undefined, locale: Locale): string {
  return license === undefined ? useTranslations(locale)('licenseFamily.unknown') : license === 'proprietary' ? useTranslations(locale)('licenseFamily.proprietary') : license;
}

/** A status, or "not stated" when no source gives one. */
export function statusLabel(status: ShownStatus | undefined, locale: Locale): string {
  return useTranslations(locale)(`status.${status ?? UNKNOWN_STATUS}` as UiKey);
}

export function typeLabel(type: ToolType, locale: Locale): string {
  return useTranslations(locale)(`type.${type}` as UiKey);
}

/** Every status and type label of a locale, for browser scripts that draw cards and tables. */
export function vocabularyLabels(locale: Locale) {
  return {
    proprietary: licenseLabel('proprietary', locale),
    licenseUnknown: licenseLabel(undefined, locale),
    statuses: Object.fromEntries(SHOWN_STATUSES.map((s) => [s, statusLabel(s, locale)])) as Record<ShownStatus, string>,
    types: Object.fromEntries(TOOL_TYPES.map((ty) => [ty, typeLabel(ty, locale)])) as Record<ToolType, string>,
  };
}
