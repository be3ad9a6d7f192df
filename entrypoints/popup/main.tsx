import { render } from 'preact';
import { Popup } from './Popup';
import '@/components/pages.css';

render(<Popup />, document.getElementById('app')!);
