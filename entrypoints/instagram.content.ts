import '../src/content/underlines.css';
import { startGoldenRule } from '../src/content/start';
import { instagram } from '../src/sites/instagram';

export default defineContentScript({
  matches: [...instagram.matches],
  main: (ctx) => startGoldenRule(ctx, instagram),
});
