import '../src/content/underlines.css';
import { startGoldenRule } from '../src/content/start';
import { x } from '../src/sites/x';

export default defineContentScript({
  matches: [...x.matches],
  main: (ctx) => startGoldenRule(ctx, x),
});
