import { render } from 'preact';
import '../../src/ui/styles.css';
import { PopupApp } from './App';

render(<PopupApp />, document.getElementById('app')!);
