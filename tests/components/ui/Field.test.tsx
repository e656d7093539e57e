import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox, FieldGroup, Select, TextArea, TextField } from '@/components/ui/Field';

const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

describe('TextField', () => {
  it('is named by its visible label, exactly', () => {
    render(<TextField label="Your name" hint="Used to sign your drafts" />);
    const box = screen.getByRole('textbox', { name: 'Your name' });
    expect(screen.getByLabelText('Your name')).toBe(box);
    expect(screen.getByText('Your name').tagName).toBe('LABEL');
  });

  it('reads the hint after the name, and is not marked invalid without an error', () => {
    render(<TextField label="Your name" hint="Used to sign your drafts" />);
    const box = screen.getByRole('textbox', { name: 'Your name' });
    expect(describedText(box)).toEqual(['Used to sign your drafts']);
    expect(box.hasAttribute('aria-invalid')).toBe(false);
  });

  it('marks the field invalid and reads the error with it', () => {
    render(<TextField label="Profile URL" type="url" hint="https://…" error="This is not a web address." />);
    const box = screen.getByRole('textbox', { name: 'Profile URL' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(box)).toEqual(['https://…', '⚠ This is not a web address.']);
  });

  it('is a searchbox when its type is search (the prospect search)', () => {
    render(<TextField type="search" label="Search prospects" hideLabel />);
    const box = screen.getByRole('searchbox', { name: 'Search prospects' });
    expect(box.getAttribute('type')).toBe('search');
  });

  it('reports every keystroke with the new text', () => {
    const onValueInput = vi.fn();
    render(<TextField label="Company" value="" onValueInput={onValueInput} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Company' }), { target: { value: 'Acme' } });
    expect(onValueInput).toHaveBeenCalledWith('Acme');
  });

  it('gives each field its own id, so that two fields never share a label', () => {
    render(
      <>
        <TextField label="First" />
        <TextField label="Second" />
      </>,
    );
    const a = screen.getByRole('textbox', { name: 'First' });
    const b = screen.getByRole('textbox', { name: 'Second' });
    expect(a.id).not.toBe(b.id);
  });

  it('renders markup in a label, hint or error as text', () => {
    const { container } = render(<TextField label="<b>x</b>" hint="<img src=x>" error="<i>bad</i>" />);
    expect(container.querySelector('b, img, i')).toBeNull();
    expect(screen.getByRole('textbox', { name: '<b>x</b>' })).toBeTruthy();
  });
});

describe('TextArea', () => {
  it('is a multi-line textbox with label, hint and error', () => {
    const onValueInput = vi.fn();
    render(<TextArea label="Notes" hint="Only you see these" error="Too long" onValueInput={onValueInput} />);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(box)).toEqual(['Only you see these', '⚠ Too long']);
    fireEvent.input(box, { target: { value: 'Met at RustConf' } });
    expect(onValueInput).toHaveBeenCalledWith('Met at RustConf');
  });
});

describe('Select', () => {
  it('is a named combobox whose choice is reported', () => {
    const onValueChange = vi.fn();
    render(
      <Select
        label="Status"
        value="new"
        onValueChange={onValueChange}
        options={[
          { value: 'new', label: 'New' },
          { value: 'requested', label: 'Requested' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['New', 'Requested']);
    fireEvent.change(select, { target: { value: 'requested' } });
    expect(onValueChange).toHaveBeenCalledWith('requested');
  });
});

describe('Checkbox', () => {
  it('toggles from a click on its label and reports the new state', () => {
    const onCheckedChange = vi.fn();
    render(
      <Checkbox
        label="Knows my subject"
        hint="From their posts or talks"
        onCheckedChange={onCheckedChange}
      />,
    );
    const box = screen.getByRole('checkbox', { name: 'Knows my subject' }) as HTMLInputElement;
    expect(describedText(box)).toEqual(['From their posts or talks']);
    fireEvent.click(screen.getByText('Knows my subject'));
    expect(box.checked).toBe(true);
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
  });

  it('can carry an error', () => {
    render(<Checkbox label="I agree" error="Tick this to go on" />);
    const box = screen.getByRole('checkbox', { name: 'I agree' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(box)).toEqual(['⚠ Tick this to go on']);
  });
});

describe('FieldGroup', () => {
  it('groups controls under a legend that names the group', () => {
    render(
      <FieldGroup legend="Fit checklist" hint="What you know so far">
        <Checkbox label="Has time" />
      </FieldGroup>,
    );
    const group = screen.getByRole('group', { name: 'Fit checklist' });
    expect(describedText(group)).toEqual(['What you know so far']);
    expect(group.contains(screen.getByRole('checkbox', { name: 'Has time' }))).toBe(true);
  });
});
