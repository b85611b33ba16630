import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli';

describe('golden-rule lint', () => {
  it('prints findings like a compiler and exits 1 when there is an error', () => {
    const { status, out, err } = run(['lint', 'post.txt'], { 'post.txt': 'Hello all.\nCllr Pennock is corrupt, and sh1t at maths.' });
    expect(status).toBe(1);
    expect(err).toBe('');
    expect(out).toContain('post.txt:2:17: error defamation-risk: This states as fact');
    expect(out).toContain('post.txt:2:30: warning profanity: “sh1t” still reads as swearing with letters hidden.');
    expect(out).toContain('    suggestion: Replace with “rubbish”');
    expect(out).toMatch(/why: .*https:\/\/www\.eastbridge\.gov\.uk\/councillors\/social-media-guidance#core-responsibilities/);
    expect(out).toMatch(/2 findings: 1 error, 1 warning, 0 info\n$/);
  });

  it('exits 0 with no errors, even with warnings', () => {
    expect(run(['lint', '-'], {}, 'Sh1t day at full council.').status).toBe(0);
    expect(run(['lint', '-'], {}, 'Lovely turnout at the gala.')).toEqual({ status: 0, out: '<stdin>: no findings\n', err: '' });
  });

  it('writes JSON with --format json and takes the strictness', () => {
    const { status, out } = run(['lint', '--format', 'json', '--strictness=relaxed', '-'], {}, 'BINS NOT COLLECTED AGAIN ON ELM GROVE!!!');
    expect(status).toBe(0);
    const parsed = JSON.parse(out) as { strictness: string; findings: unknown[] };
    expect(parsed.strictness).toBe('relaxed');
    expect(parsed.findings).toEqual([]);
    const standard = JSON.parse(run(['lint', '--format', 'json', '--strictness', 'standard', '-'], {}, 'BINS NOT COLLECTED AGAIN ON ELM GROVE!!!').out) as {
      findings: Array<{ ruleId: string; start: number; end: number }>;
    };
    expect(standard.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([
      ['shouting', 0, 37],
      ['shouting', 37, 40],
    ]);
  });

  it('checks a JSONL batch in order, one output line per input line', () => {
    const input = ['{"id":"a","text":"Sh1t day"}', '', '{"id":7,"text":"You are a liar, Cllr Jones.","strictness":"relaxed"}', '{"text":"Fine day"}'].join('\n');
    const { status, out } = run(['lint', '--jsonl', '-'], {}, input);
    expect(status).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings: Array<{ ruleId: string }> });
    expect(lines.map((l) => l.id)).toEqual(['a', 7, 4]);
    expect(lines[0]!.findings.map((f) => f.ruleId)).toEqual(['profanity']);
    expect(lines[1]!.findings.map((f) => f.ruleId)).toEqual(['defamation-risk']);
    expect(lines[2]!.findings).toEqual([]);
  });

  it('refuses a bad JSONL line with its number and writes nothing', () => {
    const { status, out, err } = run(['lint', '--jsonl', 'in.jsonl'], { 'in.jsonl': '{"id":1,"text":"ok"}\n{"id":2,"text":5}\n' });
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('golden-rule: in.jsonl:2: "text" must be a string\n');
    expect(run(['lint', '--jsonl', '-'], {}, '{not json').err).toBe('golden-rule: <stdin>:1: not valid JSON\n');
    expect(run(['lint', '--jsonl', '-'], {}, '{"text":"x","strictness":"purdah"}').err).toContain('"strictness" must be one of relaxed, standard, pre-election');
  });

  it('exits 2 with a message and usage, and no stack trace, on bad usage', () => {
    for (const argv of [['lint', '--strictness', 'purdah', '-'], ['lint', '--format', 'xml', '-'], ['lint', '--nope'], ['frobnicate'], ['lint', 'a', 'b']]) {
      const { status, err } = run(argv);
      expect(status).toBe(2);
      expect(err).toMatch(/^golden-rule: /);
      expect(err).toContain('Usage:');
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 for a missing file', () => {
    expect(run(['lint', 'nowhere.txt'])).toEqual({ status: 2, out: '', err: 'golden-rule: nowhere.txt: no such file\n' });
  });

  it('uses a council configuration given with --config, and refuses a broken one with path: reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-rule-cli-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({
      council: { name: 'Testshire County Council', shortName: 'Testshire' },
      guidance: { url: 'https://testshire.example/guide', sections: { profanity: '#swearing' }, codeOfConductUrl: 'https://testshire.example/code' },
      contacts: { monitoringOfficer: { name: 'A. Officer' } },
      severity: { profanity: { standard: 'error' } },
    }));
    const { status, out } = run(['lint', '--config', good, '-'], {}, 'Sh1t day.');
    expect(status).toBe(1);
    expect(out).toContain('error profanity');
    expect(out).toContain('https://testshire.example/guide#swearing');

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"council": {"name": ""}, "colour": "red"}');
    const refused = run(['lint', '--config', bad, '-'], {}, 'Hello');
    expect(refused.status).toBe(2);
    expect(refused.err).toContain('council.name: the council name must not be empty');
    expect(refused.err).toContain('colour: unknown setting (check the spelling;');
  });
});

describe('golden-rule check-config', () => {
  it('validates a configuration and lists what it changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-rule-cli-'));
    const path = join(dir, 'c.json');
    writeFileSync(path, '// comment\n' + JSON.stringify({
      council: { name: 'Testshire County Council', shortName: 'Testshire' },
      guidance: { url: 'https://testshire.example/guide', codeOfConductUrl: 'https://testshire.example/code' },
      contacts: { monitoringOfficer: { name: 'A. Officer' } },
      defaultStrictness: 'relaxed',
    }));
    const { status, out } = run(['check-config', path]);
    expect(status).toBe(0);
    expect(out).toContain('valid configuration for Testshire County Council');
    expect(out).toContain('defaultStrictness: "standard" → "relaxed"');
    expect(out).toContain('council.name: "Eastbridge Borough Council" → "Testshire County Council"');
  });

  it('lists every problem of a broken configuration and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-rule-cli-'));
    const path = join(dir, 'c.json');
    writeFileSync(path, JSON.stringify({ council: { name: 'X' }, guidance: { url: 'ftp://x' } }));
    const { status, err } = run(['check-config', path]);
    expect(status).toBe(2);
    expect(err).toContain('council.shortName:');
    expect(err).toContain('guidance.url: must be a web address starting with https://');
    expect(err).toContain('contacts:');
  });
});
