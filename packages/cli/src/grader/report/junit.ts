// `--format junit`: JUnit XML for CI systems (GitLab, Jenkins, GitHub test reporters): a
// testsuite per submission, a testcase per case, `<failure>` for a case that ran and failed,
// `<error>` for one that could not run or timed out. Everything is escaped; characters XML 1.0
// cannot carry at all are written as \xNN.
import { failureLines, passLine, round, type SubmissionResult } from './model.ts';

/** Text content: markup characters as entities, characters XML forbids as visible escapes. */
export function xmlText(s: string): string {
  return s
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An attribute value: also quotes, and line breaks kept as character references. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const secs = (ms: number): string => (round(ms) / 1000).toFixed(3);

export function junitXml(subs: readonly SubmissionResult[]): string {
  const all = subs.flatMap((s) => s.outcomes);
  const count = (o: typeof all, st: string[]): number => o.filter((c) => st.includes(c.status)).length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="pvm test" tests="${all.length}" failures="${count(all, ['failed'])}" errors="${count(all, ['error', 'timeout'])}" time="${secs(all.reduce((s, c) => s + c.ms, 0))}">`);
  for (const s of subs) {
    const o = s.outcomes;
    out.push(`  <testsuite name="${xmlAttr(s.name)}" tests="${o.length}" failures="${count(o, ['failed'])}" errors="${count(o, ['error', 'timeout'])}" skipped="0" time="${secs(o.reduce((t, c) => t + c.ms, 0))}">`);
    if (s.notes.length) out.push(`    <system-err>${xmlText(s.notes.join('\n'))}</system-err>`);
    for (const c of o) {
      out.push(`    <testcase classname="${xmlAttr(s.name)}" name="${xmlAttr(c.case)}" time="${secs(c.ms)}">`);
      if (c.status === 'passed') out.push(`      <system-out>${xmlText(passLine(c))}</system-out>`);
      else {
        const tag = c.status === 'failed' ? 'failure' : 'error';
        out.push(`      <${tag} message="${xmlAttr(c.message ?? c.status)}" type="${c.status}">${xmlText(failureLines(c).join('\n'))}</${tag}>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
