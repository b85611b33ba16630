import { render } from 'preact';
import '../../src/ui/styles.css';
import { OptionsApp } from './App';

render(<OptionsApp />, document.getElementById('app')!);
