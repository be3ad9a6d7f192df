import { t, type MessageKey } from '@/components/i18n';

let rules: Intl.PluralRules | undefined;

/**
 * The plural rules of the catalogue in use ("htmlLang"), not of the browser: Chromium started
 * with --lang=es can still report en-US, and the words must agree with the sentence around them.
 */
function pluralRules(): Intl.PluralRules {
  try {
    return new Intl.PluralRules(t('htmlLang'));
  } catch {
    return new Intl.PluralRules('en');
  }
}

/**
 * A count in words that agree with it: "1 answer", "2 answers". English and Spanish need only
 * "one" and "other"; any other category a language has (Spanish "many" for millions) reads as "other".
 */
export function plural(n: number, one: MessageKey, other: MessageKey, substitutions: (string | number)[] = [n]): string {
  rules ??= pluralRules();
  return t(rules.select(n) === 'one' ? one : other, substitutions);
}
