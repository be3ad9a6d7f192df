import { render } from 'preact';
import { t } from '@/components/i18n';
import { Popup } from './Popup';
import '@/components/pages.css';
import './popup.css';

// The catalogue's language, so assistive technology reads the page (and its counts) right.
document.documentElement.lang = t('htmlLang');
render(<Popup />, document.getElementById('app')!);
