import { render } from 'preact';
import '@/components/pages.css';

render(<main><h1>Data Sharing Lens</h1></main>, document.getElementById('app')!);
