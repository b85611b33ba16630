import '../src/content/underlines.css';
import { startGoldenRule } from '../src/content/start';
import { facebook } from '../src/sites/facebook';

export default defineContentScript({
  matches: [...facebook.matches],
  main: (ctx) => startGoldenRule(ctx, facebook),
});
