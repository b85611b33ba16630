import { render } from 'preact';
import '../../src/ui/styles.css';
import '../../src/ui/records.css';
import { RecordsApp } from './App';

render(<RecordsApp />, document.getElementById('app')!);
