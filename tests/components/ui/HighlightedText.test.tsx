import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '@/components/ui/HighlightedText';
import { HighlightedTextArea } from '@/components/ui/HighlightedTextArea';
import type { HighlightRange } from '@/components/ui/highlight';
import { HOSTILE_STRINGS, HUNDRED_KB, SCRIPT_IMG } from './hostile';

declare global {
  interface Window {
    __pwned?: number;
  }
}

describe('HighlightedText', () => {
  it('marks each finding with its explanation as a tooltip', () => {
    const { container } = render(
      <HighlightedText
        text="Could I pick your brain over coffee?"
        ranges={[{ start: 8, end: 23, title: 'A vague ask: say what you want to learn.' }]}
      />,
    );
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('pick your brain');
    expect(marks[0]?.getAttribute('title')).toBe('A vague ask: say what you want to learn.');
    expect(container.textContent).toBe('Could I pick your brain over coffee?');
  });

  it('shows markup in a name or message as the characters typed, and runs nothing', () => {
    window.__pwned = undefined;
    const { container } = render(
      <HighlightedText text={`Hi ${SCRIPT_IMG}!`} ranges={[{ start: 3, end: 8 }]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe(`Hi ${SCRIPT_IMG}!`);
    expect(container.querySelector('mark')?.textContent).toBe('<img ');
    expect(window.__pwned).toBeUndefined();
  });

  it.each(HOSTILE_STRINGS)('renders hostile text %j exactly, as text nodes only', (text) => {
    window.__pwned = undefined;
    const { container } = render(
      <HighlightedText text={text} ranges={[{ start: 1, end: Math.max(2, text.length - 2), title: text }]} />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.textContent).toBe(text);
    // Nothing but the wrapper and marks: no element was parsed out of the text.
    for (const el of root.querySelectorAll('*')) expect(el.tagName).toBe('MARK');
    expect(root.querySelector('mark')?.getAttribute('title')).toBe(text.trim());
    expect(window.__pwned).toBeUndefined();
  });

  it('renders 100 KB with a thousand findings without losing a character', () => {
    const ranges: HighlightRange[] = Array.from({ length: 1000 }, (_, i) => ({
      start: i * 100,
      end: i * 100 + 10,
      title: `finding ${i}`,
    }));
    const { container } = render(<HighlightedText text={HUNDRED_KB} ranges={ranges} />);
    expect(container.textContent).toBe(HUNDRED_KB);
    expect(container.querySelectorAll('mark')).toHaveLength(1000);
    expect(container.querySelectorAll('b')).toHaveLength(0);
  });

  it('updates the marks when the text and findings change', () => {
    const { container, rerender } = render(
      <HighlightedText text="one two" ranges={[{ start: 0, end: 3 }]} />,
    );
    rerender(<HighlightedText text="one two three" ranges={[{ start: 8, end: 13 }]} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['three']);
    expect(container.textContent).toBe('one two three');
  });
});

function Composer({ initial, findings }: { initial: string; findings: (text: string) => HighlightRange[] }) {
  const [text, setText] = useState(initial);
  const ranges = findings(text);
  return (
    <>
      <HighlightedTextArea
        label="Message"
        value={text}
        onValueInput={setText}
        ranges={ranges}
        describedBy="findings"
      />
      <ul id="findings">
        {ranges.map((r) => (
          <li key={r.start}>{r.title}</li>
        ))}
      </ul>
    </>
  );
}

const pickYourBrain = (text: string): HighlightRange[] => {
  const at = text.indexOf('pick your brain');
  return at < 0 ? [] : [{ start: at, end: at + 15, title: 'Vague ask' }];
};

describe('HighlightedTextArea', () => {
  it('is a textbox named by its label, described by the list of findings', () => {
    render(<Composer initial="Hello" findings={pickYourBrain} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(box).toHaveProperty('value', 'Hello');
    expect(box.getAttribute('aria-describedby')).toBe('findings');
  });

  it('highlights a finding behind the text as the user types it, and drops it when fixed', () => {
    const { container } = render(<Composer initial="Hi Ada, " findings={pickYourBrain} />);
    const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Hi Ada, could I pick your brain?' } });
    const backdrop = container.querySelector('.ui-hl-backdrop') as HTMLElement;
    expect(backdrop.getAttribute('aria-hidden')).toBe('true');
    expect([...backdrop.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['pick your brain']);
    expect(screen.getByRole('listitem').textContent).toBe('Vague ask');
    fireEvent.input(box, { target: { value: 'Hi Ada, could I ask how you chose Rust?' } });
    expect(backdrop.querySelectorAll('mark')).toHaveLength(0);
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('keeps hostile text inert in both the textarea and the backdrop', () => {
    window.__pwned = undefined;
    const { container } = render(<Composer initial={SCRIPT_IMG} findings={() => [{ start: 0, end: 4 }]} />);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('value', SCRIPT_IMG);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.ui-hl-backdrop')?.textContent).toBe(`${SCRIPT_IMG}\u200b`);
    expect(window.__pwned).toBeUndefined();
  });
});
