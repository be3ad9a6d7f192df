import { render } from 'preact';
import { SidePanel } from './SidePanel';
import '@/components/pages.css';

render(<SidePanel />, document.getElementById('app')!);
