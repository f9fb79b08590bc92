/**
 * Plural-aware interface strings. A dictionary entry is either a string or its forms by CLDR plural
 * category, as the platform's Intl.PluralRules names them: French has one/many/other, English
 * one/other, Arabic zero/one/two/few/many/other. A language writes only the forms it needs;
 * `other` is always there. Browser scripts import this module too (no Node API).
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralForms;

const rules = new Map<string, Intl.PluralRules>();

/** The form of `message` for the count `n` in `locale` (`other` when the language wrote no form for that category). */
export function selectForm(message: Message, locale: string, n: number): string {
  if (typeof message === 'string') return message;
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return message[rule.select(n)] ?? message.other;
}

/** Every text of a message, one per form (for checks over a dictionary). */
export function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string');
}
