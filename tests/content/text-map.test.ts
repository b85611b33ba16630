// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetAt, pointAt, rangeFor, readEditable } from '../../src/content/text-map';

/** How each editor library lays out two paragraphs, an empty line, and a soft line break. */
const EDITORS: Array<{ name: string; html: string; text: string }> = [
  {
    name: 'Lexical, rich text (a <p> per paragraph, <br> in an empty one)',
    html: '<p><span data-lexical-text="true">ROAD CLOSED</span></p><p><br></p><p><span data-lexical-text="true">Loved it!!!</span></p>',
    text: 'ROAD CLOSED\n\nLoved it!!!',
  },
  {
    name: 'Lexical, plain text (line breaks inside one paragraph)',
    html: '<p><span data-lexical-text="true">ROAD CLOSED</span><br><span data-lexical-text="true">Loved it!!!</span></p>',
    text: 'ROAD CLOSED\nLoved it!!!',
  },
  {
    name: 'Lexical, a line break at the end of a paragraph',
    html: '<p><span data-lexical-text="true">Hi</span><br><br></p>',
    text: 'Hi\n',
  },
  {
    name: 'Draft.js (nested block divs, <br data-text> in an empty block)',
    html:
      '<div data-contents="true">' +
      '<div data-block="true"><div data-offset-key="a-0-0"><span data-offset-key="a-0-0"><span data-text="true">ROAD CLOSED</span></span></div></div>' +
      '<div data-block="true"><div data-offset-key="b-0-0"><span data-offset-key="b-0-0"><br data-text="true"></span></div></div>' +
      '<div data-block="true"><div data-offset-key="c-0-0"><span data-offset-key="c-0-0"><span data-text="true">Loved </span></span><span data-offset-key="c-0-1"><span data-text="true">it!!!</span></span></div></div>' +
      '</div>',
    text: 'ROAD CLOSED\n\nLoved it!!!',
  },
  {
    name: 'Quill (<p> per line, <br> in an empty one)',
    html: '<p>ROAD CLOSED</p><p><br></p><p>Loved <strong>it</strong>!!!</p>',
    text: 'ROAD CLOSED\n\nLoved it!!!',
  },
  {
    name: 'ProseMirror/TipTap (trailing break in an empty paragraph, hard break)',
    html: '<p>ROAD CLOSED</p><p><br class="ProseMirror-trailingBreak"></p><p>Loved<br>it!!!</p>',
    text: 'ROAD CLOSED\n\nLoved\nit!!!',
  },
  {
    name: 'a plain contenteditable with <div> lines',
    html: 'ROAD CLOSED<div><br></div><div>Loved it!!!</div>',
    text: 'ROAD CLOSED\n\nLoved it!!!',
  },
  {
    name: 'an empty editor',
    html: '<p><br></p>',
    text: '',
  },
];

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('readEditable', () => {
  it.each(EDITORS)('$name', ({ html, text }) => {
    expect(readEditable(editor(html)).text).toBe(text);
  });

  it('skips what is not text: scripts, hidden elements, images', () => {
    const root = editor('<p>Hello<script>x()</script><span hidden>secret</span><img alt="😀"> world</p>');
    expect(readEditable(root).text).toBe('Hello world');
  });
});

describe('from offsets to the DOM and back', () => {
  it.each(EDITORS.filter((e) => e.text))('every passage of $name maps to a range with the same text', ({ html, text }) => {
    const map = readEditable(editor(html));
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const range = rangeFor(map, start, end);
        const expected = text.slice(start, end);
        if (expected.replace(/\n/g, '') === '') continue; // Only separators: nothing to underline.
        expect(range?.toString().replace(/\n/g, ''), `${start}–${end}`).toBe(expected.replace(/\n/g, ''));
      }
    }
  });

  it('turns a DOM position back into the offset', () => {
    const html = EDITORS[0]!.html;
    const map = readEditable(editor(html));
    for (let offset = 0; offset <= map.text.length; offset++) {
      const point = pointAt(map, offset, 'forward')!;
      const back = offsetAt(map, point.node, point.offset);
      // Offsets on a separator come back as the start of the next line.
      expect(back === offset || map.text[offset - 1] === '\n' || map.text[offset] === '\n').toBe(true);
    }
  });

  it('keeps a range out of the separator it does not need', () => {
    const map = readEditable(editor('<p>ROAD</p><p>Loved</p>'));
    const end = pointAt(map, 4, 'backward')!;
    const start = pointAt(map, 5, 'forward')!;
    expect(end.node.data).toBe('ROAD');
    expect(end.offset).toBe(4);
    expect(start.node.data).toBe('Loved');
    expect(start.offset).toBe(0);
  });

  it('reads a caret placed between elements', () => {
    const root = editor('<p>ROAD</p><p>Loved</p>');
    const map = readEditable(root);
    expect(offsetAt(map, root, 1)).toBe(5);
    expect(offsetAt(map, root, 2)).toBe(map.text.length);
  });
});
