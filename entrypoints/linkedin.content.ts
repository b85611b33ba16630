import '../src/content/underlines.css';
import { startGoldenRule } from '../src/content/start';
import { linkedin } from '../src/sites/linkedin';

export default defineContentScript({
  matches: [...linkedin.matches],
  main: (ctx) => startGoldenRule(ctx, linkedin),
});
