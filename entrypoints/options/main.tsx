import { render } from 'preact';
import { t } from '@/components/i18n';
import { Options } from './Options';
import '@/components/pages.css';
import './options.css';

// The language of the catalogue actually in use (getUILanguage can differ from it, e.g. Chromium
// started with --lang=es still reports en-US), so assistive technology reads the page right.
document.documentElement.lang = t('htmlLang');
document.title = t('optPageTitle');
render(<Options />, document.getElementById('app')!);
