import '../src/content/underlines.css';
import { startGoldenRule } from '../src/content/start';
import { nextdoor } from '../src/sites/nextdoor';

export default defineContentScript({
  matches: [...nextdoor.matches],
  main: (ctx) => startGoldenRule(ctx, nextdoor),
});
