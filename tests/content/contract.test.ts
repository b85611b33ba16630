// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { clearContract, writeContract } from '../../src/content/contract';
import type { Finding } from '../../src/engine/types';

const finding = (ruleId: Finding['ruleId']) =>
  ({ ruleId, messageId: 'm', severity: 'info', start: 0, end: 1, message: '', why: '', url: '', suggestions: [] }) as Finding;

it('writes the count and the sorted rule ids, each once, and removes both when checking stops', () => {
  const editor = document.createElement('div');
  writeContract(editor, [finding('shouting'), finding('profanity'), finding('shouting')]);
  expect(editor.getAttribute('data-golden-rule-findings')).toBe('3');
  expect(editor.getAttribute('data-golden-rule-rules')).toBe('profanity shouting');
  writeContract(editor, []);
  expect(editor.getAttribute('data-golden-rule-findings')).toBe('0');
  expect(editor.getAttribute('data-golden-rule-rules')).toBe('');
  clearContract(editor);
  expect(editor.attributes.length).toBe(0);
});
