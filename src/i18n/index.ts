import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';

/** Languages the UI speaks; German first. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'netzwerkkarte.lang';

function storedLanguage(): Language {
  const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return v === 'en' ? 'en' : 'de';
}

const initial = storedLanguage();

// German ships with the page; English is a chunk of its own, loaded when chosen.
void i18n.use(initReactI18next).init({
  resources: { de: { translation: de } },
  lng: initial,
  fallbackLng: 'de',
  interpolation: { escapeValue: false, defaultVariables: { unit: 'km' } }, // React escapes already; figures are in km unless a run by time says 'min'
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem(STORAGE_KEY, lng);
});
document.documentElement.lang = i18n.language;

/**
 * Texts of parts that load on first use (their chunks carry them, not the first page): per
 * section and language, merged into the one namespace so keys stay `coverage.…`.
 */
const SECTIONS = {
  coverage: { de: () => import('./locales/coverage.de.json'), en: () => import('./locales/coverage.en.json') },
} as const;
type Section = keyof typeof SECTIONS;
const loadedSections = new Set<Section>();

async function addSection(section: Section, lng: 'de' | 'en'): Promise<void> {
  const texts = (await SECTIONS[section][lng]()).default;
  i18n.addResourceBundle(lng, 'translation', texts, true, false);
}

/** Loads a section's texts (German, and English when that is in use) before its part renders. */
export async function loadSection(section: Section): Promise<void> {
  if (loadedSections.has(section)) return;
  await Promise.all([addSection(section, 'de'), ...(i18n.hasResourceBundle('en', 'translation') ? [addSection(section, 'en')] : [])]);
  loadedSections.add(section);
}

/** Switches the UI language, loading its texts first when needed. */
export async function setLanguage(lng: string): Promise<void> {
  if (lng === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    i18n.addResourceBundle('en', 'translation', (await import('./locales/en.json')).default);
    await Promise.all([...loadedSections].map((s) => addSection(s, 'en')));
  }
  await i18n.changeLanguage(lng);
}

/** Resolves when the remembered language is ready (English: after its chunk loaded). */
export const languageReady: Promise<void> = initial === 'en' ? setLanguage('en').catch(() => undefined) : Promise.resolve();

export default i18n;
